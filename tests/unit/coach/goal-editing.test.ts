// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createElement, type ReactElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ActionItemRow } from "@/components/coach/planning/action-item-row";
import type { ActionItem, Goal } from "@/components/coach/planning/api-types";
import { GoalCard } from "@/components/coach/planning/goal-card";
import { updateActionItemAction, updateGoalAction } from "@/app/(app)/coach/goals/actions";
import { IntlWrapper } from "@/tests/setup/intl";

// The card and row save through server actions; here they answer with what `serve` is given.
const actions = vi.hoisted(() => ({ answer: undefined as unknown }));
vi.mock("@/app/(app)/coach/goals/actions", () => ({
  updateGoalAction: vi.fn(async () => ({ data: actions.answer })),
  deleteGoalAction: vi.fn(async () => ({ data: { deleted: true } })),
  updateActionItemAction: vi.fn(async () => ({ data: actions.answer })),
  deleteActionItemAction: vi.fn(async () => ({ data: { deleted: true } })),
}));

const TODAY = "2026-12-02";

const goal: Goal = {
  id: "g1",
  title: "Hire engineers",
  category: "team",
  priority: 3,
  targetDate: "2026-11-30",
  status: "active",
  progress: 20,
  history: [{ at: "2026-11-20T09:00:00.000Z", changes: [{ field: "priority", from: 2, to: 3 }] }],
  createdAt: "2026-11-01T09:00:00.000Z",
  updatedAt: "2026-11-20T09:00:00.000Z",
  completedAt: null,
};

const item: ActionItem = {
  id: "a1",
  text: "Draft the job ad",
  dueDate: "2026-12-01",
  status: "pending",
  source: "manual",
  goalId: "g1",
  conversationId: null,
  sessionId: null,
  history: [],
  createdAt: "2026-11-01T09:00:00.000Z",
  completedAt: null,
};

function renderWith(element: ReactElement) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(createElement(QueryClientProvider, { client }, element), { wrapper: IntlWrapper });
}

function serve(answer: unknown) {
  actions.answer = answer;
  vi.stubGlobal("fetch", vi.fn(async () => Response.json({ goals: [], actionItems: [] })));
  const calls = (action: unknown) => vi.mocked(action as (input: unknown) => unknown).mock.calls.map(([input]) => input);
  return () => [...calls(updateGoalAction), ...calls(updateActionItemAction)];
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.clearAllMocks();
});

describe("a goal card", () => {
  it("flags a target date gone by while the goal is open, but not once it is completed", () => {
    renderWith(createElement(GoalCard, { goal, today: TODAY }));
    expect(screen.getByText("Past target date")).toBeTruthy();
    cleanup();
    renderWith(createElement(GoalCard, { goal: { ...goal, targetDate: TODAY }, today: TODAY }));
    expect(screen.queryByText("Past target date")).toBeNull();
    cleanup();
    renderWith(createElement(GoalCard, { goal: { ...goal, status: "completed", completedAt: "2026-12-01T09:00:00.000Z" }, today: TODAY }));
    expect(screen.queryByText("Past target date")).toBeNull();
    expect(screen.queryByRole("button", { name: /Edit/ })).toBeNull();
  });

  it("edits title, category, priority and date, sending only what changed, and shows the history", async () => {
    const sent = serve({ ...goal, title: "Hire two senior engineers", priority: 1 });
    renderWith(createElement(GoalCard, { goal, today: TODAY }));
    expect(screen.getByText(/Edited once/)).toBeTruthy();
    expect(screen.getByText(/Priority 2 → 3/)).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Edit Hire engineers" }));
    const form = screen.getByRole("form", { name: "Edit Hire engineers" });
    fireEvent.change(within(form).getByLabelText("Title"), { target: { value: "Hire two senior engineers" } });
    fireEvent.change(within(form).getByLabelText("Priority"), { target: { value: "1" } });
    fireEvent.change(within(form).getByLabelText("Target date"), { target: { value: "2027-02-01" } });
    fireEvent.click(within(form).getByRole("button", { name: "Save changes" }));

    await waitFor(() => expect(screen.queryByRole("form", { name: /Edit/ })).toBeNull());
    expect(sent()[0]).toEqual({ id: "g1", changes: { title: "Hire two senior engineers", priority: 1, targetDate: "2027-02-01" } });
  });
});

describe("an action item row", () => {
  const titles = new Map([["g1", "Hire engineers"]]);

  it("flags an open item whose due date has passed, and not a done one", () => {
    renderWith(createElement("ul", null, createElement(ActionItemRow, { item, goalTitles: titles, today: TODAY })));
    expect(screen.getByText("Overdue")).toBeTruthy();
    cleanup();
    renderWith(createElement("ul", null, createElement(ActionItemRow, { item: { ...item, status: "done" }, goalTitles: titles, today: TODAY })));
    expect(screen.queryByText("Overdue")).toBeNull();
  });

  it("edits the text and due date, and lists the edit in its history", async () => {
    const sent = serve({ ...item, text: "Draft the VP Eng job ad", dueDate: null });
    const edited: ActionItem = {
      ...item,
      history: [{ at: "2026-12-01T10:00:00.000Z", changes: [{ field: "goalId", from: null, to: "g1" }, { field: "dueDate", from: null, to: "2026-12-01" }] }],
    };
    renderWith(createElement("ul", null, createElement(ActionItemRow, { item: edited, goalTitles: titles, today: TODAY })));
    expect(screen.getByText(/Goal no goal → “Hire engineers”; Due date none → /)).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Edit “Draft the job ad”" }));
    const form = screen.getByRole("form", { name: "Edit “Draft the job ad”" });
    fireEvent.change(within(form).getByLabelText("Action item"), { target: { value: "Draft the VP Eng job ad" } });
    fireEvent.change(within(form).getByLabelText("Due"), { target: { value: "" } });
    fireEvent.click(within(form).getByRole("button", { name: "Save changes" }));
    await waitFor(() => expect(sent()).toHaveLength(1));
    expect(sent()[0]).toEqual({ id: "a1", changes: { text: "Draft the VP Eng job ad", dueDate: null } });
  });
});
