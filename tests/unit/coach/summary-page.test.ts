// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { createElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { DailySummary, WeeklySummary } from "@/components/coach/summaries/api-types";
import { SummariesTimeline } from "@/components/coach/summaries/summaries-timeline";
import { IntlWrapper } from "@/tests/setup/intl";

vi.mock("next/link", () => ({
  default: ({ href, children, ...props }: { href: string; children: unknown }) => createElement("a", { href, ...props }, children as never),
}));

// recharts measures its container, which happy-dom does not lay out; the chart's caption is what is asserted.
vi.mock("@/components/coach/summaries/sentiment-chart", () => ({
  SentimentChart: ({ dailies }: { dailies: DailySummary[] }) => createElement("figure", null, `Mood over ${dailies.length} days`),
}));

const daily: DailySummary = {
  id: "d1",
  day: "2026-11-17",
  summary: "You rehearsed the London pitch.",
  keyTopics: ["London pitch", "hiring"],
  sentiment: 0.6,
  actionItems: [{ text: "Send the deck to Priya", status: "pending" }],
  conversationCount: 2,
  engine: "offline/extractive-summary",
  offline: true,
  createdAt: "2026-11-18T00:05:00.000Z",
};

const weekly: WeeklySummary = {
  id: "w1",
  weekStart: "2026-11-16",
  progressNotes: "A week of pitch practice.",
  goalsProgress: [{ goalId: "g1", title: "Raise the seed round", progress: 40, note: "Two angel meetings." }],
  keyDecisions: ["Open a London office."],
  challenges: ["Cash is tight."],
  wins: ["Done: Send the deck"],
  dayCount: 1,
  engine: "groq/llama-3.3-70b-versatile",
  offline: false,
  createdAt: "2026-11-23T00:30:00.000Z",
};

function serve(answer: (url: URL) => Response) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => answer(new URL(String(input), "http://localhost")));
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

function renderTimeline() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(createElement(QueryClientProvider, { client }, createElement(SummariesTimeline)), { wrapper: IntlWrapper });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("SummariesTimeline", () => {
  it("shows loading, then explains when summaries will appear", async () => {
    serve((url) => Response.json({ kind: url.searchParams.get("kind"), items: [], nextBefore: null }));
    renderTimeline();
    expect(screen.getByRole("status", { name: "Loading summaries" })).toBeTruthy();
    expect(await screen.findByText("No summaries yet.")).toBeTruthy();
    expect(screen.getByText(/appear after your first day of check-ins/)).toBeTruthy();
    expect(screen.getByRole("link", { name: /Check in now/ }).getAttribute("href")).toBe("/coach");
  });

  it("nests the days under their week's review, with topics as chips", async () => {
    const fetchMock = serve((url) =>
      Response.json(url.searchParams.get("kind") === "weekly" ? { kind: "weekly", items: [weekly], nextBefore: null } : { kind: "daily", items: [daily], nextBefore: null }),
    );
    renderTimeline();
    const week = await screen.findByRole("region", { name: /Week of .*16/ });
    expect(within(week).getByText("A week of pitch practice.")).toBeTruthy();
    expect(within(week).getByRole("progressbar", { name: "Raise the seed round progress" }).getAttribute("aria-valuenow")).toBe("40");
    expect(within(week).getByText("Cash is tight.")).toBeTruthy();
    const day = within(week).getByRole("article", { name: /November 17|17 November/ });
    expect(within(within(day).getByRole("list", { name: "Key topics" })).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["London pitch", "hiring"]);
    expect(within(day).getByText("Offline summary")).toBeTruthy();
    expect(within(day).getByText("Send the deck to Priya")).toBeTruthy();
    expect(within(day).getByText("Mood: Upbeat")).toBeTruthy();
    expect(within(day).getByRole("img", { name: "5 of 5" })).toBeTruthy();
    expect(day.textContent).not.toContain("0.6");
    expect(screen.getByText("Mood over 1 days")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /older/ })).toBeNull();
    expect(fetchMock.mock.calls.map(([input]) => String(input)).sort()).toEqual([
      "/api/coach/summaries?kind=daily&limit=28",
      "/api/coach/summaries?kind=weekly&limit=8",
    ]);
  });

  it("shows the error with a way to try again", async () => {
    serve(() => Response.json({ error: { code: "INTERNAL_ERROR", message: "Database is down.", requestId: "r1" } }, { status: 500 }));
    renderTimeline();
    expect((await screen.findByRole("alert")).textContent).toContain("Database is down.");
    serve((url) => Response.json({ kind: url.searchParams.get("kind"), items: [], nextBefore: null }));
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("No summaries yet.")).toBeTruthy();
  });
});
