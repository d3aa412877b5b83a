// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, renderHook, waitFor } from "@testing-library/react";
import { createElement, type ReactNode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useCoachChat } from "@/hooks/use-coach-chat";
import { sessionsKey } from "@/hooks/use-coach-sessions";
import { IntlWrapper } from "@/tests/setup/intl";

function answer() {
  return new Response("What would a good first week look like?", {
    headers: { "content-type": "text/plain; charset=utf-8", "x-coach-conversation-id": "c1", "x-coach-new-conversation": "true" },
  });
}

function setup() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 60_000 } } });
  client.setQueryData(sessionsKey, { upcoming: [], past: [] });
  const wrapper = ({ children }: { children: ReactNode }) => createElement(IntlWrapper, null, createElement(QueryClientProvider, { client }, children));
  vi.stubGlobal("fetch", vi.fn(async () => answer()));
  return { client, hook: renderHook(() => useCoachChat(), { wrapper }) };
}

afterEach(() => vi.unstubAllGlobals());

describe("useCoachChat", () => {
  it("marks the sessions list stale after a message in a session, which starts it", async () => {
    const { client, hook } = setup();
    await act(() => hook.result.current.send("Let's plan the pricing.", { sessionType: "structured", mode: "text", sessionId: "s1" }));
    expect(hook.result.current.turns.map((t) => t.content)).toEqual(["Let's plan the pricing.", "What would a good first week look like?"]);
    expect(client.getQueryState(sessionsKey)?.isInvalidated).toBe(true);
  });

  it("leaves the sessions list alone after a check-in", async () => {
    const { client, hook } = setup();
    await act(() => hook.result.current.send("Quick check-in.", { sessionType: "check_in", mode: "text", sessionId: null }));
    expect(client.getQueryState(sessionsKey)?.isInvalidated).toBe(false);
  });

  it("gives the streamed answer its stored id once it is saved, so it can be rated", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { hook } = setup();
      const stored = (id: string, role: "user" | "assistant", content: string) => ({ id, role, content, metadata: {}, createdAt: "2026-12-01T10:00:00.000Z", rating: null });
      vi.stubGlobal(
        "fetch",
        vi.fn(async (input: RequestInfo | URL) =>
          String(input) === "/api/coach/chat"
            ? answer()
            : Response.json({ conversation: { id: "c1" }, messages: [stored("m1", "user", "Hi."), stored("m2", "assistant", "What would a good first week look like?")], actionItems: [] }),
        ),
      );
      await act(() => hook.result.current.send("Hi.", { sessionType: "check_in", mode: "text", sessionId: null }));
      expect(hook.result.current.turns.every((t) => t.id.startsWith("local-"))).toBe(true);
      await act(() => vi.advanceTimersByTimeAsync(2_000));
      await waitFor(() => expect(hook.result.current.turns.map((t) => t.id)).toEqual(["m1", "m2"]));
    } finally {
      vi.useRealTimers();
    }
  });
});
