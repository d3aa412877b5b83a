// Shapes of GET /api/coach/summaries as the browser sees them.
export type { PublicDailySummary as DailySummary, PublicWeeklySummary as WeeklySummary, SummaryPage } from "@/lib/coach/summaries/summaries-query";
