// How a business in each industry usually runs: the tools, the process, when money gets decided and
// who signs. The fact sheet combines this with the persona's own backstory, pains and objections.
// No "server-only": pure data.

export type IndustryFacts = {
  aliases: RegExp;
  tools: string;
  process: string;
  budgetCycle: string;
  timeline: string;
  approver: string;
};

export const industryFacts: IndustryFacts[] = [
  {
    aliases: /saas|software|tech|it services|cloud|platform/i,
    tools: "Salesforce for pipeline, a call recorder, and more spreadsheets than I'd like to admit",
    process: "reps log activity after each call, managers review pipeline on Mondays and I roll the forecast up on Thursdays",
    budgetCycle: "we set tool budgets in Q4 for the whole next year",
    timeline: "if something changes this year it has to be live before our Q3 planning",
    approver: "our RevOps lead and finance",
  },
  {
    aliases: /logistic|freight|shipping|transport|supply chain|warehous|trucking/i,
    tools: "a TMS, email, a shared dispatch spreadsheet and a lot of phone calls",
    process: "orders come in by email, dispatch keys them into the TMS and books dock appointments by phone",
    budgetCycle: "capital and software spend gets approved once a year, after peak season",
    timeline: "nothing new goes in during peak season, so realistically after the holidays",
    approver: "our COO and the owner",
  },
  {
    aliases: /hospitality|hotel|restaurant|travel|resort|leisure|catering/i,
    tools: "our property management system, a housekeeping app and a lot of radios",
    process: "requests come to the front desk and get radioed or written down for housekeeping",
    budgetCycle: "ownership signs off on budgets every autumn",
    timeline: "we'd want anything new in before the summer season",
    approver: "our management group's regional director",
  },
  {
    aliases: /health|clinic|hospital(?!ity)|medical|pharma|dental|care/i,
    tools: "our EHR, a phone system, and paper sign-in sheets at two of the sites",
    process: "the front desk confirms appointments by phone the day before and rebooks no-shows by hand",
    budgetCycle: "we plan spend with the medical director every January",
    timeline: "any change needs a HIPAA review first, which takes about six weeks",
    approver: "the medical director and our compliance officer",
  },
  {
    aliases: /retail|e-?commerce|store|shop|consumer|fashion|grocery/i,
    tools: "Shopify Plus on the web, NetSuite behind it, and a POS in the stores",
    process: "inventory syncs from the stores to the site in batches, and returns are processed by hand at the warehouse",
    budgetCycle: "budgets are set in spring, before the holiday planning starts",
    timeline: "we freeze changes from October through January",
    approver: "our CFO and the head of IT",
  },
  {
    aliases: /manufactur|industrial|factory|plant|automotive|machin/i,
    tools: "an old ERP, paper work orders and a whiteboard on the shop floor",
    process: "maintenance gets paper work orders from the shift leads, and the planner schedules them by hand",
    budgetCycle: "corporate approves capital and software budgets once a year",
    timeline: "any change has to fit around the production schedule, so planned shutdowns are our windows",
    approver: "corporate operations and the plant controller",
  },
  {
    aliases: /financ|bank|insurance|credit|fintech|accounting|invest|wealth/i,
    tools: "our core banking system, Excel for reconciliations and a reporting module nobody trusts",
    process: "month-end, my team pulls data from the core system into spreadsheets and reconciles it line by line",
    budgetCycle: "the board approves the budget in the autumn for the following year",
    timeline: "after the audit findings, anything we do has to show progress before the next exam",
    approver: "the board and our risk committee",
  },
  {
    aliases: /real estate|property|realty|housing|mortgage|construction/i,
    tools: "a brokerage CRM most agents ignore, email, and their own notebooks",
    process: "web leads land in a shared inbox and whoever sees one first calls it back",
    budgetCycle: "we look at spend every quarter with the owners",
    timeline: "the spring market is when we need things working",
    approver: "the two owners of the brokerage",
  },
  {
    aliases: /educat|school|universit|college|edtech|academ|training/i,
    tools: "Google Workspace, Clever for rostering, our student information system and a ticketing tool",
    process: "teachers file tickets, my team triages them by school, and rostering gets rebuilt each semester",
    budgetCycle: "the budget is set a year in advance and anything big goes to a board vote",
    timeline: "changes go in over the summer break or not at all",
    approver: "the superintendent's cabinet and the school board",
  },
  {
    aliases: /energy|utilit|power|oil|gas|solar|renewable|electric/i,
    tools: "an asset system from the nineties, spreadsheets for inventory and paper inspection forms",
    process: "crews request parts from the warehouse by phone and counts get reconciled once a month",
    budgetCycle: "the co-op board approves budgets in December",
    timeline: "nothing changes during storm season",
    approver: "the general manager and the board",
  },
];

export const genericFacts: Omit<IndustryFacts, "aliases"> = {
  tools: "a mix of spreadsheets, email and a couple of tools each team picked for itself",
  process: "each team runs things its own way and we reconcile it in a weekly meeting",
  budgetCycle: "we set budgets once a year",
  timeline: "anything new would have to wait for next quarter's planning",
  approver: "my boss and finance",
};

export function industryFactsFor(industry: string): Omit<IndustryFacts, "aliases"> {
  return industryFacts.find((facts) => facts.aliases.test(industry)) ?? genericFacts;
}
