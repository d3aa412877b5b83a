// @vitest-environment happy-dom
import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useRealtime, type RealtimeHandlers } from "@/hooks/use-realtime";

/** Stands in for the browser's EventSource so the test drives opens, messages and failures. */
class FakeEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static instances: FakeEventSource[] = [];
  readyState = FakeEventSource.CONNECTING;
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;

  constructor(readonly url: string) {
    FakeEventSource.instances.push(this);
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
  open() {
    this.readyState = FakeEventSource.OPEN;
    this.onopen?.(new Event("open"));
  }
  emit(id: string, message: { channel: string; type: string; payload: Record<string, unknown> }) {
    this.onmessage?.(new MessageEvent("message", { data: JSON.stringify(message), lastEventId: id }));
  }
  /** The browser retries by itself (CONNECTING) unless the server refused outright (CLOSED). */
  fail(readyState: number) {
    this.readyState = readyState;
    this.onerror?.(new Event("error"));
  }
}

const latest = () => FakeEventSource.instances.at(-1)!;

beforeEach(() => {
  FakeEventSource.instances = [];
  vi.stubGlobal("EventSource", FakeEventSource);
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function render(channels: string[], handlers: RealtimeHandlers) {
  return renderHook(({ c, h }) => useRealtime(c, h), { initialProps: { c: channels, h: handlers } });
}

describe("useRealtime", () => {
  it("opens one stream for all channels and reports when it is open", () => {
    const { result } = render(["user:b", "user:a"], {});
    expect(FakeEventSource.instances).toHaveLength(1);
    expect(latest().url).toBe("/api/realtime?channel=user%3Aa&channel=user%3Ab");
    expect(result.current).toBe("connecting");
    act(() => latest().open());
    expect(result.current).toBe("open");
  });

  it("calls the handler for the event's type and the catch-all", () => {
    const onMatch = vi.fn();
    const onAny = vi.fn();
    render(["user:a"], { "match.found": onMatch, "*": onAny });
    act(() => latest().open());
    const message = { channel: "user:a", type: "match.found", payload: { matchId: "m1" } };
    act(() => latest().emit("7", message));
    act(() => latest().emit("8", { ...message, type: "notification" }));
    expect(onMatch).toHaveBeenCalledTimes(1);
    expect(onMatch).toHaveBeenCalledWith(message);
    expect(onAny).toHaveBeenCalledTimes(2);
  });

  it("lets the browser resume by itself after a dropped connection", () => {
    const { result } = render(["user:a"], {});
    act(() => latest().open());
    act(() => latest().fail(FakeEventSource.CONNECTING));
    expect(result.current).toBe("reconnecting");
    expect(FakeEventSource.instances).toHaveLength(1);
    act(() => latest().open());
    expect(result.current).toBe("open");
  });

  it("reopens with backoff after a refusal, resuming from the last event it saw", () => {
    const { result } = render(["user:a"], {});
    act(() => latest().open());
    act(() => latest().emit("41", { channel: "user:a", type: "t", payload: {} }));
    act(() => latest().fail(FakeEventSource.CLOSED));
    expect(result.current).toBe("reconnecting");
    act(() => vi.advanceTimersByTime(999));
    expect(FakeEventSource.instances).toHaveLength(1);
    act(() => vi.advanceTimersByTime(1));
    expect(FakeEventSource.instances).toHaveLength(2);
    expect(latest().url).toContain("lastEventId=41");

    act(() => latest().fail(FakeEventSource.CLOSED));
    act(() => vi.advanceTimersByTime(1_999));
    expect(FakeEventSource.instances).toHaveLength(2);
    act(() => vi.advanceTimersByTime(1));
    expect(FakeEventSource.instances).toHaveLength(3);
  });

  it("stays closed with no channels", () => {
    const { result } = render([], {});
    expect(result.current).toBe("closed");
    expect(FakeEventSource.instances).toHaveLength(0);
  });

  it("closes the stream on unmount and does not come back", () => {
    const { unmount } = render(["user:a"], {});
    const source = latest();
    unmount();
    expect(source.readyState).toBe(FakeEventSource.CLOSED);
    act(() => source.fail(FakeEventSource.CLOSED));
    act(() => vi.advanceTimersByTime(60_000));
    expect(FakeEventSource.instances).toHaveLength(1);
  });
});
