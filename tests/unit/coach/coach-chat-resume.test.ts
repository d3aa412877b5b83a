// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { createElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ConversationDetail, PublicConversation } from "@/components/coach/chat/api-types";
import { CoachChat } from "@/components/coach/chat/coach-chat";
import { IntlWrapper } from "@/tests/setup/intl";

vi.mock("@/hooks/use-realtime", () => ({ useRealtime: () => undefined }));
vi.mock("@/hooks/use-coach-voice", () => ({
  useCoachVoice: () => ({ supported: false, speaking: false, speak: vi.fn(), cancel: vi.fn(), engine: "your browser" }),
}));

const conversation: PublicConversation = {
  id: "c1",
  title: "Hiring a VP Sales",
  sessionType: "check_in",
  mode: "text",
  sessionId: null,
  status: "active",
  messageCount: 2,
  startedAt: "2026-12-01T10:00:00.000Z",
  lastMessageAt: "2026-12-01T10:01:00.000Z",
  endedAt: null,
  endsAt: new Date(Date.now() + 9 * 60_000).toISOString(),
};

const message = (id: string, role: "user" | "assistant", content: string) => ({ id, role, content, metadata: {}, rating: null, createdAt: "2026-12-01T10:01:00.000Z" });
const resume: ConversationDetail = {
  conversation,
  messages: [message("m1", "user", "We need a VP Sales before Q2."), message("m2", "assistant", "What would the first 90 days look like?")],
  actionItems: [],
};

function serve(detail: ConversationDetail) {
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: RequestInfo | URL) => {
      const url = new URL(String(input), "http://localhost");
      if (url.pathname === "/api/coach/conversations") return Response.json({ conversations: [detail.conversation], page: 1, pageSize: 20, total: 1 });
      return Response.json(detail);
    }),
  );
}

function renderChat(props: { resume: ConversationDetail | null }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(createElement(QueryClientProvider, { client }, createElement(CoachChat, { userId: "u1", name: "Ada", session: null, serverVoice: false, ...props })), { wrapper: IntlWrapper });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("/coach opens on the live conversation", () => {
  it("shows the resumed conversation's messages at once, with no ended notice while it is live", async () => {
    serve(resume);
    renderChat({ resume });
    expect(screen.getByText("We need a VP Sales before Q2.")).toBeTruthy();
    expect(screen.getByText("What would the first 90 days look like?")).toBeTruthy();
    expect((await screen.findByRole("button", { name: /Hiring a VP Sales/ })).textContent).toContain("· live");
    expect(screen.queryByText(/after 10 quiet minutes/)).toBeNull();
  });

  it("says when a conversation on screen has ended, and starts a new one on request", async () => {
    const ended: ConversationDetail = { ...resume, conversation: { ...conversation, status: "ended", endedAt: "2026-12-01T10:11:00.000Z", endsAt: "2026-12-01T10:11:00.000Z" } };
    serve(ended);
    renderChat({ resume: ended });
    expect(await screen.findByText(/This conversation ended on .*after 10 quiet minutes/)).toBeTruthy();
    expect((await screen.findByRole("button", { name: /Hiring a VP Sales/ })).textContent).toContain("· ended");
    expect(screen.getByText("We need a VP Sales before Q2.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /Start a new conversation/ }));
    expect(screen.queryByText("We need a VP Sales before Q2.")).toBeNull();
    expect(screen.queryByText(/after 10 quiet minutes/)).toBeNull();
  });
});
