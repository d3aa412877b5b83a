// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CompletedSession, Session } from "@/components/coach/planning/api-types";
import { SessionsBoard } from "@/components/coach/planning/sessions-board";
import { IntlWrapper } from "@/tests/setup/intl";

const actions = vi.hoisted(() => ({ completed: undefined as unknown }));
// The board's buttons call server actions; here they answer as the real ones would.
vi.mock("@/app/(app)/coach/sessions/actions", () => ({
  scheduleSessionAction: vi.fn(),
  updateSessionAction: vi.fn(),
  completeSessionAction: vi.fn(async () => ({ data: actions.completed })),
}));

vi.mock("next/link", () => ({
  default: ({ href, children, ...props }: { href: string; children: unknown }) => createElement("a", { href, ...props }, children as never),
}));

function session(overrides: Partial<Session>): Session {
  return {
    id: "s1",
    scheduledFor: new Date(Date.now() - 30 * 60_000).toISOString(),
    durationMinutes: 45,
    goal: "Decide the London pitch",
    framework: "GROW",
    status: "scheduled",
    outcomeSummary: null,
    rating: null,
    createdAt: "2026-11-01T09:00:00.000Z",
    completedAt: null,
    links: { google: "https://calendar.google.com/x", outlook: "https://outlook.live.com/x", ics: "/api/coach/sessions/s1/ics" },
    ...overrides,
  };
}

type Lists = { upcoming: Session[]; past: Session[] };

function serve(lists: [Lists, ...Lists[]], completed?: CompletedSession) {
  let listCalls = 0;
  actions.completed = completed;
  const fetchMock = vi.fn(async () => {
    const list = lists[Math.min(listCalls, lists.length - 1)];
    listCalls += 1;
    return Response.json(list);
  });
  vi.stubGlobal("fetch", fetchMock);
  return { listCalls: () => listCalls, first: lists[0] };
}

function renderBoard(initialSessions: Lists) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(createElement(QueryClientProvider, { client }, createElement(SessionsBoard, { timezone: "Europe/London", initialSessions })), { wrapper: IntlWrapper });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("completing a session on the sessions board", () => {
  it("keeps the dialog open on the outcome and suggested items, and moves the session to Past only after Done", async () => {
    const started = session({});
    const done = session({ status: "completed", rating: 4, outcomeSummary: "You chose to lead with payback." });
    const served = serve([{ upcoming: [started], past: [] }, { upcoming: [], past: [done] }], {
      session: done,
      outcome: { summary: "You chose to lead with payback.", provider: "offline" },
      actionItems: [
        { id: "a1", text: "Rework the pricing slide", dueDate: "2026-12-04", status: "suggested", source: "session", goalId: null, conversationId: null, sessionId: "s1", createdAt: "2026-12-01T10:00:00.000Z", completedAt: null, history: [] },
      ],
    });
    renderBoard(served.first);

    fireEvent.click(await screen.findByRole("button", { name: /Complete session: Decide the London pitch/ }));
    const dialog = await screen.findByRole("dialog");
    fireEvent.click(within(dialog).getByLabelText(/4 — Very useful/));
    fireEvent.click(within(dialog).getByRole("button", { name: "Complete session" }));

    expect(await within(dialog).findByText("You chose to lead with payback.")).toBeTruthy();
    expect(within(dialog).getByText("Rework the pricing slide")).toBeTruthy();
    expect(within(dialog).getByRole("heading", { name: "Session complete" })).toBeTruthy();
    expect(served.listCalls()).toBe(1);

    fireEvent.click(within(dialog).getByRole("button", { name: "Done" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(await screen.findByRole("heading", { name: "Past" })).toBeTruthy();
    expect(served.listCalls()).toBe(2);
  });

  it("offers no Complete action for a session that has not started yet", async () => {
    const served = serve([{ upcoming: [session({ scheduledFor: new Date(Date.now() + 3 * 3_600_000).toISOString() })], past: [] }]);
    renderBoard(served.first);
    expect(await screen.findByText("You can complete it once it has started.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Complete session/ })).toBeNull();
    expect(screen.getByRole("link", { name: /Start session/ })).toBeTruthy();
  });
});
