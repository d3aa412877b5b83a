// @vitest-environment happy-dom
import type { UseConversationOptions } from "@elevenlabs/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, renderHook, waitFor } from "@testing-library/react";
import { createElement, type ReactNode } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { VoiceAgentStart } from "@/components/practice/api-types";
import { useElevenLabsCall } from "@/hooks/use-elevenlabs-call";
import { IntlWrapper } from "@/tests/setup/intl";

/** Stands in for the ElevenLabs SDK: records the session calls and keeps the callbacks so tests can fire them. */
const fake = vi.hoisted(() => ({
  options: {} as UseConversationOptions,
  startSession: vi.fn(),
  endSession: vi.fn(),
  setMuted: vi.fn(),
}));
vi.mock("@elevenlabs/react", () => ({
  useConversation: (options: UseConversationOptions) => {
    fake.options = options;
    const { startSession, endSession, setMuted } = fake;
    return { startSession, endSession, setMuted, isSpeaking: false, isMuted: false };
  },
}));

const start: VoiceAgentStart = {
  callId: "call-1",
  mode: "elevenlabs",
  signedUrl: "wss://api.elevenlabs.io/v1/convai/conversation?token=signed",
  overrides: {
    agent: { prompt: { prompt: "You are Dana, a CFO." }, firstMessage: "Dana speaking.", language: "en" },
    tts: { voiceId: "voice-1" },
  },
};

type Posted = { url: string; body: Record<string, unknown> | null };
let posted: Posted[];
const getUserMedia = vi.fn();

beforeEach(() => {
  posted = [];
  vi.clearAllMocks();
  getUserMedia.mockResolvedValue({ getTracks: () => [{ stop: vi.fn() }] });
  Object.defineProperty(navigator, "mediaDevices", { value: { getUserMedia }, configurable: true });
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init: RequestInit) => {
      const body = typeof init.body === "string" ? (JSON.parse(init.body) as Record<string, unknown>) : null;
      posted.push({ url, body });
      if (url.endsWith("/end")) return Response.json({ call: { id: "call-1", status: "completed" }, quickScore: { overall: 70 } });
      return Response.json({ id: `entry-${posted.length}`, ...body }, { status: 201 });
    }),
  );
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-03-01T10:00:00Z"));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function render(session: VoiceAgentStart | null = start) {
  const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => createElement(IntlWrapper, null, createElement(QueryClientProvider, { client: queryClient }, children));
  return renderHook(() => useElevenLabsCall("call-1", session), { wrapper });
}

async function connected() {
  const hook = render();
  await waitFor(() => expect(fake.startSession).toHaveBeenCalledTimes(1));
  act(() => fake.options.onConnect?.({ conversationId: "conv-1" }));
  return hook;
}

const transcriptPosts = () => posted.filter((p) => p.url === "/api/calls/call-1/transcript").map((p) => p.body);

describe("useElevenLabsCall", () => {
  it("asks for the microphone, then starts the session with the signed URL and the persona overrides", async () => {
    const { result } = await connected();
    expect(getUserMedia).toHaveBeenCalledWith({ audio: true });
    expect(fake.startSession).toHaveBeenCalledWith({ signedUrl: start.signedUrl, overrides: start.overrides });
    expect(result.current.phase).toBe("live");
  });

  it("waits for the start answer before connecting", () => {
    const { result } = render(null);
    expect(getUserMedia).not.toHaveBeenCalled();
    expect(result.current.phase).toBe("connecting");
  });

  it("stores each spoken line with the rep/persona role, a per-line client id and its time into the call", async () => {
    await connected();
    vi.setSystemTime(new Date("2026-03-01T10:00:02Z"));
    act(() => fake.options.onMessage?.({ message: "Dana speaking.", source: "ai", role: "agent" }));
    vi.setSystemTime(new Date("2026-03-01T10:00:05Z"));
    act(() => fake.options.onMessage?.({ message: " Hi Dana, it's Sam. ", source: "user", role: "user" }));
    act(() => fake.options.onMessage?.({ message: "   ", source: "ai", role: "agent" }));
    await waitFor(() => expect(transcriptPosts()).toHaveLength(2));
    expect(transcriptPosts()).toEqual([
      { role: "persona", content: "Dana speaking.", timestampMs: 2_000, clientId: "el-ai-1" },
      { role: "rep", content: "Hi Dana, it's Sam.", timestampMs: 5_000, clientId: "el-user-2" },
    ]);
  });

  it("ends the voice session, then ends and scores the call", async () => {
    const { result } = await connected();
    act(() => result.current.end());
    expect(fake.endSession).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(result.current.endCall.isSuccess).toBe(true));
    expect(posted.map((p) => p.url)).toContain("/api/calls/call-1/end");
    act(() => fake.options.onDisconnect?.({ reason: "user" }));
    expect(result.current.phase).toBe("ended");
  });

  it("ends and scores the call when the persona hangs up", async () => {
    const { result } = await connected();
    act(() => fake.options.onDisconnect?.({ reason: "agent" }));
    expect(result.current.phase).toBe("ended");
    await waitFor(() => expect(posted.map((p) => p.url)).toContain("/api/calls/call-1/end"));
  });

  it("explains an unexpected disconnect", async () => {
    const { result } = await connected();
    act(() => fake.options.onDisconnect?.({ reason: "error", message: "socket closed", context: { type: "close" } }));
    expect(result.current.phase).toBe("failed");
    expect(result.current.failure).toEqual({ kind: "session", message: expect.stringContaining("text mode") });
    expect(posted).toHaveLength(0);
  });

  it("does not start when the microphone is refused, and can try again", async () => {
    getUserMedia.mockRejectedValueOnce(new DOMException("denied", "NotAllowedError"));
    const { result } = render();
    await waitFor(() => expect(result.current.failure?.kind).toBe("microphone"));
    expect(result.current.failure?.message).toMatch(/Allow the microphone/);
    expect(fake.startSession).not.toHaveBeenCalled();
    act(() => result.current.retry());
    await waitFor(() => expect(fake.startSession).toHaveBeenCalledTimes(1));
    expect(result.current.failure).toBeNull();
  });
});
