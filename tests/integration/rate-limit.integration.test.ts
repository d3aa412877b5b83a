import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/http";
import { assertUnderLimit, consume, consumeForUser, estimateHits, recordHit, windowFor } from "@/lib/rate-limit";
import { useTestDatabase } from "../setup/database";

const test = useTestDatabase();
const MINUTE = 60_000;
// A window boundary, far from the wall clock: nothing here depends on when the test runs.
const T0 = Date.UTC(2030, 0, 1, 12, 0, 0);
let keys = 0;
const newKey = () => `test:${++keys}`;

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("sliding-window limiter", () => {
  it("allows `limit` hits in a window and refuses the next with Retry-After until the window ends", async () => {
    const key = newKey();
    const args = { db: test.db, key, limit: 3, windowMs: MINUTE };
    for (let i = 0; i < 3; i++) await consume({ ...args, now: T0 + 10_000 + i });
    const error = await rejection(consume({ ...args, now: T0 + 15_000 }));
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.status).toBe(429);
    expect(error.headers["Retry-After"]).toBe("45");
    expect(error.details).toEqual({ retryAfterSeconds: 45 });
    // A refused attempt is not counted.
    expect((await estimateHits({ ...args, now: T0 + 15_000 })).currentHits).toBe(3);
  });

  it("weighs the previous window's hits by how much of it the sliding window still covers", async () => {
    const key = newKey();
    const args = { db: test.db, key, windowMs: MINUTE };
    for (let i = 0; i < 4; i++) await recordHit({ ...args, now: T0 + 30_000 });
    await recordHit({ ...args, now: T0 + MINUTE + 5_000 });

    // A quarter into the next window, three quarters of the previous one still counts.
    const quarter = await estimateHits({ ...args, now: T0 + MINUTE + 15_000 });
    expect(quarter).toMatchObject({ previousHits: 4, currentHits: 1, elapsed: 0.25 });
    expect(quarter.estimate).toBeCloseTo(4 * 0.75 + 1);
    // Two windows later, nothing of those hits is left.
    expect((await estimateHits({ ...args, now: T0 + 3 * MINUTE })).estimate).toBe(0);
  });

  it("frees up as the previous window slides out", async () => {
    const key = newKey();
    const args = { db: test.db, key, limit: 4, windowMs: MINUTE };
    for (let i = 0; i < 4; i++) await consume({ ...args, now: T0 + 50_000 });
    // Half-way through the next window half of the old hits still count: 4 * 0.5 + 2 = 4.
    const halfway = T0 + MINUTE + 30_000;
    await consume({ ...args, now: halfway });
    await consume({ ...args, now: halfway });
    const error = await rejection(consume({ ...args, now: halfway }));
    expect(error.headers["Retry-After"]).toBe("1");
    await expect(assertUnderLimit({ ...args, now: halfway + 1 })).resolves.toBeUndefined();
  });

  it("computes Retry-After from the previous window's weight", async () => {
    const key = newKey();
    const args = { db: test.db, key, limit: 3, windowMs: MINUTE };
    for (let i = 0; i < 3; i++) await consume({ ...args, now: T0 + 59_000 });
    const now = T0 + MINUTE + 30_000;
    await consume({ ...args, now });
    await consume({ ...args, now });
    const error = await rejection(consume({ ...args, now }));
    // 3 * (1 - e) + 2 < 3 once e > 2/3, i.e. 40 s into the window: 10 s from now (rounded up).
    const retryAfter = Number(error.headers["Retry-After"]);
    expect(retryAfter).toBeGreaterThanOrEqual(10);
    expect(retryAfter).toBeLessThanOrEqual(11);
    await expect(assertUnderLimit({ ...args, now: now + 9_000 })).rejects.toThrow(AppError);
    await expect(assertUnderLimit({ ...args, now: now + retryAfter * 1000 })).resolves.toBeUndefined();
  });

  it("keeps keys independent", async () => {
    const [a, b] = [newKey(), newKey()];
    const window = { db: test.db, limit: 2, windowMs: MINUTE, now: T0 + 1_000 };
    await consume({ ...window, key: a });
    await consume({ ...window, key: a });
    await expect(consume({ ...window, key: a })).rejects.toThrow(AppError);
    await consume({ ...window, key: b });
    expect((await estimateHits({ ...window, key: b })).estimate).toBe(1);
    expect((await estimateHits({ ...window, key: a })).estimate).toBe(2);
  });

  it("shares one count between every caller of the same key (concurrent hits are all recorded)", async () => {
    const key = newKey();
    await Promise.all(Array.from({ length: 10 }, () => recordHit({ db: test.db, key, windowMs: MINUTE, now: T0 + 1 })));
    expect((await estimateHits({ db: test.db, key, windowMs: MINUTE, now: T0 + 2 })).currentHits).toBe(10);
  });
});

describe("policies", () => {
  it("sizes windows by tier, falling back to free", () => {
    expect(windowFor("account.export")).toEqual({ limit: 5, windowMs: 60 * MINUTE });
    expect(windowFor("account.export", "premium").limit).toBe(20);
    expect(windowFor("account.export", "vip").limit).toBe(50);
    expect(windowFor("auth.failed-sign-in", "vip")).toEqual({ limit: 5, windowMs: MINUTE });
  });

  it("consumeForUser limits per user and per address", async () => {
    const user = { id: `user-${newKey()}`, subscriptionTier: "free" as const };
    for (let i = 0; i < 5; i++) await consumeForUser({ db: test.db, user, ip: `192.0.2.${i}`, policy: "account.export" });
    const error = await rejection(consumeForUser({ db: test.db, user, ip: "192.0.2.99", policy: "account.export" }));
    expect(error.code).toBe("RATE_LIMITED");

    const premium = { id: `user-${newKey()}`, subscriptionTier: "premium" as const };
    for (let i = 0; i < 6; i++) await consumeForUser({ db: test.db, user: premium, ip: `198.51.100.${i}`, policy: "account.export" });
  });
});
