import { describe, expect, it } from "vitest";
import type { Room, RoomParticipant } from "@/lib/db/schema";
import { durationOf, lapsedEnding } from "@/lib/media/settle-room";

const t0 = new Date("2026-12-02T23:00:00Z");
const at = (s: number) => new Date(t0.getTime() + s * 1000);

function room(overrides: Partial<Room> = {}): Room {
  return {
    id: "r",
    originKind: "connect-match",
    originId: "m",
    status: "active",
    endReason: null,
    createdAt: t0,
    startedAt: at(5),
    endedAt: null,
    expiresAt: at(3600),
    durationSeconds: null,
    endedBy: null,
    ...overrides,
  };
}

const person = (userId: string, lastBeat: number | null, joined = lastBeat !== null): RoomParticipant => ({
  roomId: "r",
  userId,
  joinedAt: joined ? at(0) : null,
  lastHeartbeatAt: lastBeat === null ? null : at(lastBeat),
  leftAt: null,
  minutesWarnedAt: null,
});

describe("when an open room has ended by itself", () => {
  it("keeps a call whose heartbeats are within 30 s", () => {
    expect(lapsedEnding(room(), [person("a", 100), person("b", 75)], at(104))).toBeNull();
  });

  it("ends it at the silent side's last heartbeat once 30 s have passed", () => {
    expect(lapsedEnding(room(), [person("a", 100), person("b", 70)], at(101))).toEqual({ status: "completed", endReason: "heartbeat-lost", endedAt: at(70) });
  });

  it("closes it at its hour, and an initiated room two minutes after it opened as missed", () => {
    expect(lapsedEnding(room(), [person("a", 3595), person("b", 3598)], at(3601))).toEqual({ status: "completed", endReason: "expired", endedAt: at(3600) });
    expect(lapsedEnding(room({ status: "initiated", startedAt: null }), [person("a", 110), person("b", null)], at(119))).toBeNull();
    expect(lapsedEnding(room({ status: "initiated", startedAt: null }), [person("a", 110), person("b", null)], at(121))).toMatchObject({ status: "missed", endedAt: at(120) });
  });

  it("leaves rooms that are already over alone, and measures a call from its start", () => {
    expect(lapsedEnding(room({ status: "completed" }), [person("a", 0)], at(5000))).toBeNull();
    expect(durationOf(room(), at(65))).toBe(60);
    expect(durationOf(room({ startedAt: null }), at(65))).toBe(0);
  });
});
