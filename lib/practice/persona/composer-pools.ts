import "server-only";
import type { Personality } from "../types";

// Curated parts the persona composer draws from. Pains and objections are first-person sentences
// so they read naturally both in the LLM prompt and in the offline persona's replies.

export type IndustryPool = {
  aliases: RegExp;
  companyRoots: string[];
  companySuffixes: string[];
  context: string;
  pains: string[];
  objections: string[];
};

export const industryPools: IndustryPool[] = [
  {
    aliases: /saas|software|tech|cloud|app/i,
    companyRoots: ["Brightloop", "Stackwise", "Cloudnine", "Orbitly", "Pathlight"], companySuffixes: ["", "Labs", "Software", "HQ"],
    context: "The company sells subscription software and lives or dies by churn and growth targets.",
    pains: ["Our churn crept up to 3% a month and we only notice at renewal time.", "Onboarding new customers takes six weeks of engineering time.", "Our support queue doubled this year while the team stayed the same size.", "Product usage data sits in one tool and revenue data in another."],
    objections: ["We could probably build this ourselves.", "We're already consolidating tools, not adding them."],
  },
  {
    aliases: /logistic|freight|shipping|transport|supply chain|warehous|trucking/i,
    companyRoots: ["Northbound", "Redline", "Crossdock", "Meridian", "Keel"], companySuffixes: ["Freight", "Logistics", "Transport", "Carriers"],
    context: "Margins are thin, fuel prices swing, and every late delivery costs a customer's trust.",
    pains: ["Dispatchers re-key orders from email into our systems by hand.", "Trucks sit idle at docks because appointment times are wrong.", "Customers call us for delivery updates because our tracking is unreliable.", "Driver turnover is over 60% a year."],
    objections: ["Our TMS already handles most of this.", "We're heading into peak season, nobody can learn a new system now."],
  },
  {
    aliases: /health|clinic|hospital(?!ity)|medical|pharma|dental|care/i,
    companyRoots: ["Lakeside", "Evergreen", "Cedar", "Harborview", "Summit"], companySuffixes: ["Health", "Clinics", "Medical Group", "Care Partners"],
    context: "Patient volumes are up, staffing is short, and every new system needs a compliance review.",
    pains: ["Our front desk spends hours a day confirming appointments by phone.", "No-shows cost us a dozen appointment slots a day.", "Clinicians spend their evenings finishing documentation.", "Prior authorizations delay treatment by a week."],
    objections: ["Anything that touches patient data needs a HIPAA review first.", "Our EHR vendor says they're building something similar."],
  },
  {
    aliases: /retail|e-?commerce|store|shop|consumer|fashion|grocery/i,
    companyRoots: ["Harbor & Pine", "Fieldstone", "Juniper", "Copper Lane", "Northwind"], companySuffixes: ["Outfitters", "Goods", "Market", "Co."],
    context: "Stores and the online shop compete for the same inventory and the same shrinking margins.",
    pains: ["Inventory between stores and the website is out of sync, so we oversell.", "Returns processing is manual and eats two people's week.", "Our store managers spend Sunday nights building staff schedules.", "We don't know which promotions actually make money."],
    objections: ["Nothing changes before the holiday season.", "We built something in-house that mostly works."],
  },
  {
    aliases: /manufactur|industrial|factory|plant|automotive|machin/i,
    companyRoots: ["Keystone", "Ironbridge", "Precision", "Allied", "Granite"], companySuffixes: ["Manufacturing", "Industries", "Precision Parts", "Fabrication"],
    context: "The plant runs three shifts, and unplanned downtime is the number everyone is judged on.",
    pains: ["Unplanned downtime on our main line caused late shipments this quarter.", "Maintenance still runs on paper work orders that get lost.", "Our most experienced machinists retire soon and their know-how isn't written down.", "Scrap rates jump whenever we change over a line."],
    objections: ["Corporate decides on software, not the plant.", "My people don't have time to learn another screen on the floor."],
  },
  {
    aliases: /financ|bank|insurance|credit|fintech|accounting|invest|wealth/i,
    companyRoots: ["Meridian", "Sterling", "Bluewater", "Granite Peak", "Harbor"], companySuffixes: ["Credit Union", "Financial", "Capital", "Insurance Group"],
    context: "Regulators audit everything, and the cost of a mistake is far higher than the cost of waiting.",
    pains: ["Month-end close takes two weeks because reconciliations live in spreadsheets.", "Our last audit found we couldn't trace report numbers back to source data.", "Onboarding a new client takes three weeks of paperwork.", "Analysts spend most of their time preparing reports instead of analysing."],
    objections: ["Any new vendor goes through a six-month security and compliance review.", "Our core platform provider offers a module for this already."],
  },
  {
    aliases: /real estate|property|realty|housing|mortgage|construction/i,
    companyRoots: ["Crestview", "Keystone", "Oakmont", "Bayside", "Cornerstone"], companySuffixes: ["Realty", "Properties", "Real Estate Group", "Homes"],
    context: "Agents are independent, the market is slower than last year, and every lead counts.",
    pains: ["Web leads wait hours before an agent follows up.", "Agents track their pipeline in their own notebooks, so nobody has the full picture.", "Transaction paperwork delays closings by a week.", "Maintenance requests from tenants fall through the cracks."],
    objections: ["My agents won't adopt anything complicated.", "The market is slow, so we're cutting costs, not adding them."],
  },
  {
    aliases: /educat|school|universit|college|edtech|academ|training/i,
    companyRoots: ["Riverbend", "Westfield", "Lincoln", "Maple Grove", "Summit"], companySuffixes: ["School District", "University", "Academy", "College"],
    context: "Budgets are set a year in advance and every purchase answers to a board and to parents.",
    pains: ["Half of IT's time goes to device tickets.", "Teachers use a dozen apps that don't talk to our student information system.", "Enrollment data breaks at the start of every semester.", "Parents complain they never know what's happening in class."],
    objections: ["Purchases over our threshold need a board vote and an RFP.", "We need proof of compliance with student privacy law."],
  },
  {
    aliases: /hospitality|hotel|restaurant|travel|resort|leisure|catering/i,
    companyRoots: ["The Alder", "Seaside", "Grand Oak", "Blue Harbor", "Copperleaf"], companySuffixes: ["Hotel", "Hospitality", "Resorts", "Group"],
    context: "Occupancy is back, staffing isn't, and online reviews drive next month's bookings.",
    pains: ["Guest requests get lost between the front desk and housekeeping.", "Check-in lines get long on busy evenings because we're short-staffed.", "Our review score dropped because we respond to complaints too slowly.", "Staff schedules change daily and people miss shifts."],
    objections: ["Our management group picks most of our systems.", "My staff are already juggling too many tablets and apps."],
  },
  {
    aliases: /energy|utilit|power|oil|gas|solar|renewable|electric/i,
    companyRoots: ["Sunridge", "Prairie", "Northstar", "Clearwater", "Ridgeline"], companySuffixes: ["Power", "Energy", "Utilities", "Cooperative"],
    context: "Storms, regulators and ageing infrastructure compete for the same limited budget.",
    pains: ["Field crews wait on parts because inventory counts are wrong.", "Storm restoration ran well over budget last year.", "Vendor contracts renew automatically because nobody tracks the dates.", "Asset inspection data is still collected on paper."],
    objections: ["Everything goes through a formal bid process.", "We've used the same supplier for over a decade."],
  },
];

export const genericPool: Omit<IndustryPool, "aliases"> = {
  companyRoots: ["Summit", "Northgate", "Bluestone", "Clearview", "Redwood"], companySuffixes: ["Group", "Partners", "Co.", "Holdings"],
  context: "The business has grown quickly and the processes haven't kept up.",
  pains: ["Too much of our work still runs on spreadsheets and email.", "Nobody has a reliable view of what's happening across teams.", "We lose hours every week to manual reporting.", "Hiring hasn't kept up with the workload."],
  objections: ["We've tried tools like this before and they didn't stick.", "I don't see how this is different from what we do today."],
};

export const roleGroups: { pattern: RegExp; pains: string[]; objection: string }[] = [
  { pattern: /cfo|financ|controller|account|procure|purchas|buyer|treasur/i, pains: ["I can't forecast spend accurately until the quarter is over.", "Every department buys its own tools and I find out at invoice time."], objection: "I'd need a clear ROI before I put money behind this." },
  { pattern: /cto|cio|\bit\b|engineer|technical|technolog|developer|architect|data|security|systems/i, pains: ["My team spends more time maintaining integrations than building anything.", "We have no single source of truth for our data."], objection: "How does this integrate with our stack, and who maintains it?" },
  { pattern: /sales|marketing|revenue|growth|cro|business development|account exec/i, pains: ["My team spends hours on admin instead of selling.", "My forecast is a guess because pipeline data is stale."], objection: "My team won't use another tool unless it saves them time on day one." },
  { pattern: /operat|ops|coo|manager|supervisor|plant|dispatch|logistic|facilit/i, pains: ["I find out about problems after they've already cost us money.", "My team is firefighting all day and can't fix root causes."], objection: "My people can't take time out of operations for training." },
  { pattern: /ceo|founder|owner|president|chief|vp|vice|director|head|partner|principal|general manager/i, pains: ["I don't have a clear view of the business without asking five people.", "Growth is outpacing our ability to hire."], objection: "I'd have to bring this to my leadership team first." },
];

export const genericRole = { pains: ["I spend too much of my week on work that should be automated.", "Problems reach me too late to fix them cheaply."], objection: "I'd need to check with my boss before committing to anything." };

export const personalityObjections: Record<Personality, string> = {
  skeptical: "Every vendor promises results like that. Why would you be different?",
  busy: "I really don't have time for this right now.",
  friendly: "I like the sound of it, but I'm not the only one who decides.",
  technical: "I'd want to see your security documentation and API before going further.",
  hostile: "We're not interested. We've got a system that works.",
};

export const firstNames = ["Alex", "Jordan", "Morgan", "Priya", "Daniel", "Elena", "Marcus", "Aisha", "Tom", "Grace", "Luis", "Hannah", "Kenji", "Fatima", "Ryan", "Sofia", "Omar", "Claire", "Ben", "Nadia"];
export const lastNames = ["Whitfield", "Okafor", "Alvarez", "Chen", "Becker", "Novak", "Haddad", "Pierce", "Raman", "Dawson", "Kowalski", "Murphy", "Tanaka", "Silva", "Andersen", "Brooks", "Mensah", "Rossi", "Larsen", "Patel"];
