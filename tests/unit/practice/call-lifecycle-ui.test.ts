// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createElement, type ReactElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CallListItem, PublicCall } from "@/components/practice/api-types";
import { CallDetailsForm } from "@/components/practice/call-details-form";
import { HistoryList } from "@/components/practice/history-list";
import { IntlWrapper } from "@/tests/setup/intl";

const baseCall: PublicCall = {
  id: "c1",
  personaId: "p1",
  mode: "discovery",
  status: "completed",
  failureReason: null,
  title: null,
  notes: null,
  voiceMode: "browser",
  source: "practice",
  startedAt: "2026-12-01T09:00:00.000Z",
  endedAt: "2026-12-01T09:05:00.000Z",
  durationSeconds: 300,
  quickScore: null,
  scoreStatus: "ready",
  createdAt: "2026-12-01T09:00:00.000Z",
};

function renderWith(element: ReactElement) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(createElement(QueryClientProvider, { client }, element), { wrapper: IntlWrapper });
}

function serve(answer: unknown) {
  const fetchMock = vi.fn<(url: string, init?: RequestInit) => Promise<Response>>(async () => Response.json(answer));
  vi.stubGlobal("fetch", fetchMock);
  return () =>
    fetchMock.mock.calls
      .filter(([, init]) => init?.method === "PATCH")
      .map(([url, init]) => ({ url, body: JSON.parse(String(init!.body)) as unknown }));
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("the call's title and notes form", () => {
  it("saves the trimmed title and notes with PATCH /api/calls/:id", async () => {
    const sent = serve({ ...baseCall, title: "Take 2", notes: "Slow down." });
    renderWith(createElement(CallDetailsForm, { call: baseCall }));
    const form = screen.getByRole("form", { name: "Call title and notes" });
    const save = within(form).getByRole("button", { name: "Save" }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);

    fireEvent.change(within(form).getByLabelText("Title"), { target: { value: "  Take 2 " } });
    fireEvent.change(within(form).getByLabelText("Notes"), { target: { value: "Slow down." } });
    fireEvent.click(save);

    await waitFor(() => expect(sent()).toEqual([{ url: "/api/calls/c1", body: { title: "Take 2", notes: "Slow down." } }]));
  });
});

describe("the call history", () => {
  it("shows a call's own title over persona and mode, and a failed call as one that could not start", () => {
    serve({});
    const calls: CallListItem[] = [
      { ...baseCall, title: "Pricing push-back", personaName: "Dana", overallScore: 71 },
      { ...baseCall, id: "c2", status: "failed", failureReason: "ElevenLabs did not give us a conversation link.", scoreStatus: "none", durationSeconds: null, personaName: "Lee", overallScore: null },
    ];
    renderWith(createElement(HistoryList, { calls }));
    const [titled, failed] = screen.getAllByRole("listitem");
    expect(within(titled!).getByRole("link").textContent).toBe("Pricing push-back");
    expect(within(titled!).getByText("Dana · Discovery")).toBeTruthy();
    expect(within(failed!).getByRole("link").textContent).toBe("Lee · Discovery");
    expect(within(failed!).getByText("Could not start")).toBeTruthy();
    expect(within(failed!).getByText("Not scored")).toBeTruthy();
  });
});
