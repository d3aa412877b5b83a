import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/http";
import { assertUnderLimit, consume, consumeForUser, countHits, recordHit, reserveAll, windowFor } from "@/lib/rate-limit";
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
  it("allows `limit` hits and refuses the next with Retry-After until the oldest bucket leaves the window", async () => {
    const key = newKey();
    const args = { db: test.db, key, limit: 3, windowMs: MINUTE };
    for (let i = 0; i < 3; i++) await consume({ ...args, now: T0 + 10_000 + i });
    const error = await rejection(consume({ ...args, now: T0 + 15_000 }));
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.status).toBe(429);
    // The hits sit in the 5 s bucket starting at 10 s; it leaves the window at 10 + 5 + 60 = 75 s.
    expect(error.headers["Retry-After"]).toBe("60");
    expect(error.details).toEqual({ retryAfterSeconds: 60 });
    // A refused attempt is not counted.
    expect((await countHits({ ...args, now: T0 + 15_000 })).hits).toBe(3);
    await expect(assertUnderLimit({ ...args, now: T0 + 74_999 })).rejects.toThrow(AppError);
    await expect(assertUnderLimit({ ...args, now: T0 + 75_000 })).resolves.toBeUndefined();
  });

  it("still refuses just after a minute boundary (no fixed-window reset)", async () => {
    const key = newKey();
    const args = { db: test.db, key, limit: 5, windowMs: MINUTE };
    for (let i = 0; i < 5; i++) await consume({ ...args, now: T0 + 54_000 });
    const justAfter = T0 + MINUTE + 1_000;
    const error = await rejection(consume({ ...args, now: justAfter }));
    expect(Number(error.headers["Retry-After"])).toBe(54);
    await expect(assertUnderLimit({ ...args, now: justAfter + 53_000 })).rejects.toThrow(AppError);
    await expect(assertUnderLimit({ ...args, now: justAfter + 54_000 })).resolves.toBeUndefined();
  });

  it("never lets more than `limit` hits into any sliding window, and keeps letting hits through", async () => {
    const key = newKey();
    const args = { db: test.db, key, limit: 5, windowMs: MINUTE };
    const accepted: number[] = [];
    // An attempt every 1.7 s for five minutes.
    for (let t = T0; t < T0 + 5 * MINUTE; t += 1_700) {
      const ok = await consume({ ...args, now: t }).then(() => true, () => false);
      if (ok) accepted.push(t);
    }
    for (const t of accepted) {
      expect(accepted.filter((u) => u > t - MINUTE && u <= t).length).toBeLessThanOrEqual(5);
    }
    // Conservative by at most one bucket: at least 5 hits per 65 s get through.
    expect(accepted.length).toBeGreaterThanOrEqual(Math.floor((5 * MINUTE * 5) / 65_000));
  });

  it("keeps keys independent", async () => {
    const [a, b] = [newKey(), newKey()];
    const window = { db: test.db, limit: 2, windowMs: MINUTE, now: T0 + 1_000 };
    await consume({ ...window, key: a });
    await consume({ ...window, key: a });
    await expect(consume({ ...window, key: a })).rejects.toThrow(AppError);
    await consume({ ...window, key: b });
    expect((await countHits({ ...window, key: b })).hits).toBe(1);
    expect((await countHits({ ...window, key: a })).hits).toBe(2);
  });

  it("shares one count between every caller of the same key (concurrent hits are all recorded)", async () => {
    const key = newKey();
    await Promise.all(Array.from({ length: 10 }, () => recordHit({ db: test.db, key, windowMs: MINUTE, now: T0 + 1 })));
    expect((await countHits({ db: test.db, key, windowMs: MINUTE, now: T0 + 2 })).hits).toBe(10);
  });
});

describe("atomic check-and-count", () => {
  it("lets exactly `limit` of many parallel consumers through", async () => {
    const key = newKey();
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, () =>
        consume({ db: test.db, key, limit: 5, windowMs: MINUTE, now: T0 + 1 }).then(() => "ok", (e: unknown) => (e as AppError).code),
      ),
    );
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(5);
    expect(outcomes.filter((o) => o === "RATE_LIMITED")).toHaveLength(25);
    expect((await countHits({ db: test.db, key, windowMs: MINUTE, now: T0 + 2 })).hits).toBe(5);
  });

  it("reserveAll takes a hit on every key or none, and its release gives them back", async () => {
    const [a, b] = [newKey(), newKey()];
    const window = { limit: 1, windowMs: MINUTE };
    await consume({ db: test.db, key: b, ...window, now: T0 + 1 });
    await expect(reserveAll(test.db, [{ key: a, ...window }, { key: b, ...window }], T0 + 2)).rejects.toThrow(AppError);
    expect((await countHits({ db: test.db, key: a, windowMs: MINUTE, now: T0 + 3 })).hits).toBe(0);
    const release = await reserveAll(test.db, [{ key: a, ...window }], T0 + 4);
    expect((await countHits({ db: test.db, key: a, windowMs: MINUTE, now: T0 + 5 })).hits).toBe(1);
    await release();
    expect((await countHits({ db: test.db, key: a, windowMs: MINUTE, now: T0 + 6 })).hits).toBe(0);
  });
});

describe("policies", () => {
  it("sizes windows by tier, falling back to free", () => {
    expect(windowFor("account.export")).toEqual({ limit: 5, windowMs: 60 * MINUTE });
    expect(windowFor("account.export", "premium").limit).toBe(20);
    expect(windowFor("account.export", "vip").limit).toBe(50);
    expect(windowFor("auth.failed-sign-in", "vip")).toEqual({ limit: 5, windowMs: 15 * MINUTE });
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
