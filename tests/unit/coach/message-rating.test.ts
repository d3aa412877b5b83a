// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { adoptStoredIds, type ChatTurn } from "@/components/coach/chat/api-types";
import { MessageList } from "@/components/coach/chat/message-list";
import { IntlWrapper } from "@/tests/setup/intl";

const turn = (id: string, role: ChatTurn["role"], content: string, extra: Partial<ChatTurn> = {}): ChatTurn => ({
  id,
  role,
  content,
  createdAt: "2026-12-01T10:00:00.000Z",
  memories: [],
  offline: false,
  streaming: false,
  doneActionItem: null,
  rating: null,
  ...extra,
});

const sent: { url: string; body: unknown }[] = [];

function serve() {
  sent.length = 0;
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body)) as { rating: string; note?: string };
      sent.push({ url: String(input), body });
      return Response.json({ messageId: "a1", rating: body.rating, note: body.note ?? null }, { status: 201 });
    }),
  );
}

function renderList(turns: ChatTurn[]) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(createElement(QueryClientProvider, { client }, createElement(MessageList, { turns })), { wrapper: IntlWrapper });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("rating the coach's answers", () => {
  it("shows thumbs under stored answers only, pressed as rated", () => {
    serve();
    renderList([
      turn("u1", "user", "Our churn is up."),
      turn("a1", "assistant", "What changed?", { rating: { rating: "up", note: null } }),
      turn("local-answer-x", "assistant", "Still streaming…", { streaming: true }),
    ]);
    const groups = screen.getAllByRole("group", { name: "Rate this answer" });
    expect(groups).toHaveLength(1);
    expect(within(groups[0]!).getByRole("button", { name: "Helpful" }).getAttribute("aria-pressed")).toBe("true");
    expect(within(groups[0]!).getByRole("button", { name: "Not helpful" }).getAttribute("aria-pressed")).toBe("false");
  });

  it("sends a thumbs down, then offers an optional note and sends it", async () => {
    serve();
    renderList([turn("u1", "user", "Our churn is up."), turn("a1", "assistant", "What changed?")]);
    fireEvent.click(screen.getByRole("button", { name: "Not helpful" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Not helpful" }).getAttribute("aria-pressed")).toBe("true"));
    expect(sent).toEqual([{ url: "/api/coach/messages/a1/rating", body: { rating: "down" } }]);

    fireEvent.change(screen.getByLabelText("What was wrong? (optional)"), { target: { value: "It ignored my pricing question." } });
    fireEvent.click(screen.getByRole("button", { name: "Send note" }));
    expect(await screen.findByText("Thanks — noted for review.")).toBeTruthy();
    expect(sent.at(-1)).toEqual({ url: "/api/coach/messages/a1/rating", body: { rating: "down", note: "It ignored my pricing question." } });
    expect(screen.queryByLabelText("What was wrong? (optional)")).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "Helpful" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Helpful" }).getAttribute("aria-pressed")).toBe("true"));
    expect(screen.getByRole("button", { name: "Not helpful" }).getAttribute("aria-pressed")).toBe("false");
    expect(sent.at(-1)?.body).toEqual({ rating: "up" });
  });
});

describe("adoptStoredIds", () => {
  it("gives a streamed answer its stored id and rating once stored, and leaves the rest", () => {
    const stored = [
      { id: "m1", role: "user" as const, content: "Hi", metadata: {}, createdAt: "2026-12-01T10:00:00.000Z", rating: null },
      { id: "m2", role: "assistant" as const, content: "Hello. What's on your mind?", metadata: {}, createdAt: "2026-12-01T10:00:01.000Z", rating: null },
    ];
    const turns = [turn("local-user-1", "user", "Hi"), turn("local-answer-1", "assistant", "Hello. What's on your mind? "), turn("local-answer-2", "assistant", "Not stored yet")];
    expect(adoptStoredIds(turns, stored).map((t) => t.id)).toEqual(["m1", "m2", "local-answer-2"]);
  });
});
