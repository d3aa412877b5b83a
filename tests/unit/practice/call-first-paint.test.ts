// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, render, renderHook } from "@testing-library/react";
import { createElement, type ReactNode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CallDetail, TranscriptEntry } from "@/components/practice/api-types";
import { TranscriptPanel } from "@/components/practice/transcript-panel";
import { useCallDetail } from "@/hooks/use-practice-call";
import { IntlWrapper } from "@/tests/setup/intl";

const detail = {
  call: { id: "c1", personaId: "p1", mode: "discovery", status: "pending", startedAt: null },
  persona: { id: "p1", name: "Dana" },
  transcript: [],
  score: null,
  personaReplies: "offline",
  hiddenPains: null,
  progress: null,
  disputes: [],
  hints: [],
  previousAttemptId: null,
} as unknown as CallDetail;

const line = (n: number): TranscriptEntry => ({ id: `l${n}`, role: "persona", content: `Line ${n}`, timestampMs: n * 1000, clientId: `k${n}` });

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("the call page's first paint", () => {
  it("uses the server's copy of the call instead of fetching it again after hydrating", () => {
    const fetchMock = vi.fn(async () => Response.json(detail));
    vi.stubGlobal("fetch", fetchMock);
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: false } } });
    const wrapper = ({ children }: { children: ReactNode }) => createElement(QueryClientProvider, { client }, children);
    const { result } = renderHook(() => useCallDetail("c1", detail), { wrapper });
    expect(result.current.data).toBe(detail);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("does not scroll (a forced layout) for an empty transcript, and follows the last line once there is one", () => {
    const scroll = vi.fn();
    vi.spyOn(Element.prototype, "scrollIntoView").mockImplementation(scroll);
    const panel = (entries: TranscriptEntry[]) => createElement(IntlWrapper, null, createElement(TranscriptPanel, { entries, personaName: "Dana" }));
    const { rerender } = render(panel([]));
    expect(scroll).not.toHaveBeenCalled();
    rerender(panel([line(1)]));
    expect(scroll).toHaveBeenCalledTimes(1);
  });
});
