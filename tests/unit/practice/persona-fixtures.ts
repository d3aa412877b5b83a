import type { RepIntentKind } from "@/lib/practice/persona/rep-intent";
import type { CallMode } from "@/lib/practice/types";

// Rep lines the offline buyer must understand: the intent it should read, and words its answer must
// draw on (from the persona's fact sheet, pains or objections). `before` lines set the scene.

export type RepLineFixture = {
  slug: string;
  mode: CallMode;
  before?: string[];
  line: string;
  intent: RepIntentKind;
  /** Each must appear in the reply (case-insensitive); they come from the persona's own facts. */
  mustInclude: string[];
};

const dana = "saas-skeptical-vp-sales";
const marco = "logistics-busy-head-of-ops";
const priya = "healthcare-friendly-practice-admin";
const tom = "retail-technical-ecommerce-director";
const gloria = "manufacturing-hostile-plant-manager";
const james = "finance-skeptical-cfo";
const nadia = "hospitality-friendly-general-manager";
const alan = "education-technical-it-director";
const hi = "Hi, this is Sam from Relay.";

export const repLineFixtures: RepLineFixture[] = [
  { slug: dana, mode: "discovery", line: "How big is your sales team?", intent: "discovery", mustInclude: ["40-rep"] },
  { slug: dana, mode: "discovery", line: "What tools do your reps use today?", intent: "current_solution", mustInclude: ["Salesforce", "Gong"] },
  { slug: dana, mode: "discovery", line: "Walk me through how your team builds the forecast.", intent: "discovery", mustInclude: ["roll the forecast up"] },
  { slug: dana, mode: "discovery", line: "How accurate is your forecast month to month?", intent: "discovery", mustInclude: ["misses by 20%"] },
  { slug: dana, mode: "discovery", before: ["How accurate is your forecast month to month?"], line: "How much does that cost you?", intent: "impact", mustInclude: ["hours a week", "a year"] },
  { slug: dana, mode: "discovery", line: "Who else would be involved in a decision like this?", intent: "discovery", mustInclude: ["RevOps lead"] },
  { slug: dana, mode: "discovery", line: "What does your budget look like for this kind of thing?", intent: "discovery", mustInclude: ["$25,000", "mostly committed"] },
  { slug: dana, mode: "discovery", line: "Our platform will save you time and boost revenue.", intent: "vague_claim", mustInclude: ["Gong"] },
  { slug: dana, mode: "discovery", line: "Do your reps log their calls in the CRM?", intent: "closed_question", mustInclude: ["Salesforce"] },
  { slug: dana, mode: "cold_call", line: "Hi Dana, this is Sam from Relay.", intent: "intro", mustInclude: [] },
  { slug: dana, mode: "cold_call", before: [hi], line: "The reason I'm calling is I saw Brightloop is hiring more reps.", intent: "reason", mustInclude: ["40-rep"] },
  { slug: marco, mode: "discovery", line: "How do orders get into your TMS today?", intent: "current_solution", mustInclude: ["TMS"] },
  { slug: marco, mode: "discovery", line: "What happens with your drivers at the docks?", intent: "discovery", mustInclude: ["idle for hours"] },
  { slug: marco, mode: "discovery", line: "When could a change like this realistically go live?", intent: "closed_question", mustInclude: ["peak season"] },
  { slug: marco, mode: "objection_gauntlet", line: "Hi Marco, Sam from Dockwise.", intent: "intro", mustInclude: ["two minutes"] },
  { slug: priya, mode: "discovery", line: "How are you doing today?", intent: "small_talk", mustInclude: [] },
  { slug: priya, mode: "discovery", line: "How many people work across your clinics?", intent: "discovery", mustInclude: ["60 staff"] },
  { slug: priya, mode: "discovery", line: "How does your front desk confirm appointments right now?", intent: "current_solution", mustInclude: ["confirm"] },
  { slug: priya, mode: "discovery", line: "What do no-shows cost you each day?", intent: "impact", mustInclude: ["fifteen slots"] },
  { slug: priya, mode: "discovery", line: "Did you watch the football last night?", intent: "off_topic", mustInclude: [] },
  { slug: priya, mode: "discovery", line: "Who signs off on new software at Lakeside?", intent: "discovery", mustInclude: ["medical director"] },
  { slug: tom, mode: "discovery", line: "What systems does your digital team work with?", intent: "discovery", mustInclude: ["Shopify Plus", "NetSuite"] },
  { slug: tom, mode: "discovery", line: "How does inventory sync between the stores and the site?", intent: "discovery", mustInclude: ["oversell"] },
  { slug: tom, mode: "discovery", line: "Our seamless, best-in-class platform will transform your business.", intent: "vague_claim", mustInclude: [] },
  { slug: gloria, mode: "cold_call", line: "Our revolutionary platform is a game changer for plants like yours.", intent: "vague_claim", mustInclude: ["How did you get this number"] },
  { slug: gloria, mode: "cold_call", line: "What happens when your CNC line goes down unexpectedly?", intent: "impact", mustInclude: ["Unplanned downtime"] },
  { slug: james, mode: "discovery", line: "How long does your month-end close take today?", intent: "discovery", mustInclude: ["twelve days"] },
  { slug: james, mode: "discovery", line: "We'll streamline everything and make your team more efficient.", intent: "vague_claim", mustInclude: ["total cost"] },
  { slug: james, mode: "discovery", line: "When does the board approve next year's budget?", intent: "closed_question", mustInclude: ["board"] },
  { slug: nadia, mode: "discovery", line: "How do guest requests get from the front desk to housekeeping?", intent: "discovery", mustInclude: ["lost between the front desk and housekeeping"] },
  { slug: nadia, mode: "discovery", line: "What tools does your staff use at the moment?", intent: "current_solution", mustInclude: ["property management system"] },
  { slug: alan, mode: "discovery", line: "How much of your team's time goes to device tickets?", intent: "impact", mustInclude: ["Chromebooks"] },
  { slug: alan, mode: "discovery", line: "Who is involved in approving a purchase like this?", intent: "discovery", mustInclude: ["board"] },
];
