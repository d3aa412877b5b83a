import "server-only";
import { and, eq, lt, sql } from "drizzle-orm";
import { rateLimitWindows, type SubscriptionTier, type User } from "./db/schema";
import type { Db } from "./db/types";
import { rateLimited } from "./http";

// Sliding-window counter: hits in the current fixed window plus the previous window's hits weighted
// by how much of it still overlaps the sliding window. One row per key and window, so every app
// instance behind the same Postgres shares the count.

export type Window = { limit: number; windowMs: number };
type Args = { db: Db; key: string; now?: number } & Window;

function windows(now: number, windowMs: number) {
  const current = Math.floor(now / windowMs) * windowMs;
  return { current, previous: current - windowMs, elapsed: (now - current) / windowMs };
}

async function windowHits(db: Db, key: string, start: number): Promise<number> {
  const [row] = await db
    .select({ hits: rateLimitWindows.hits })
    .from(rateLimitWindows)
    .where(and(eq(rateLimitWindows.key, key), eq(rateLimitWindows.windowStart, new Date(start))));
  return row?.hits ?? 0;
}

function retryAfterSeconds(previousHits: number, currentHits: number, elapsed: number, { limit, windowMs }: Window) {
  // Time until the weighted estimate falls below the limit again.
  const needed = currentHits >= limit ? 1 - elapsed : 1 - (limit - currentHits) / previousHits - elapsed;
  return Math.max(1, Math.ceil((Math.max(needed, 0) * windowMs) / 1000));
}

/** The sliding-window estimate of hits for a key, without recording one. */
export async function estimateHits({ db, key, windowMs, now = Date.now() }: Omit<Args, "limit">) {
  const w = windows(now, windowMs);
  const [previousHits, currentHits] = await Promise.all([
    windowHits(db, key, w.previous),
    windowHits(db, key, w.current),
  ]);
  return { estimate: previousHits * (1 - w.elapsed) + currentHits, previousHits, currentHits, elapsed: w.elapsed };
}

export async function recordHit({ db, key, windowMs, now = Date.now() }: Omit<Args, "limit">): Promise<void> {
  const { current } = windows(now, windowMs);
  await db
    .insert(rateLimitWindows)
    .values({ key, windowStart: new Date(current), hits: 1 })
    .onConflictDoUpdate({
      target: [rateLimitWindows.key, rateLimitWindows.windowStart],
      set: { hits: sql`${rateLimitWindows.hits} + 1` },
    });
}

/** Throws RATE_LIMITED (with Retry-After) when the key is already at its limit; records nothing. */
export async function assertUnderLimit(args: Args): Promise<void> {
  const { estimate, previousHits, currentHits, elapsed } = await estimateHits(args);
  if (estimate >= args.limit) throw rateLimited(retryAfterSeconds(previousHits, currentHits, elapsed, args));
}

/** Records a hit and throws RATE_LIMITED when that takes the key past its limit. */
export async function consume(args: Args): Promise<void> {
  await assertUnderLimit(args);
  await recordHit(args);
}

export const policies = {
  "auth.failed-sign-in": { free: { limit: 5, windowMs: 60_000 } },
  "account.export": {
    free: { limit: 5, windowMs: 60 * 60_000 },
    premium: { limit: 20, windowMs: 60 * 60_000 },
    vip: { limit: 50, windowMs: 60 * 60_000 },
  },
} satisfies Record<string, Partial<Record<SubscriptionTier, Window>> & { free: Window }>;

export type PolicyName = keyof typeof policies;

export function windowFor(policy: PolicyName, tier: SubscriptionTier = "free"): Window {
  const tiers: Partial<Record<SubscriptionTier, Window>> & { free: Window } = policies[policy];
  return tiers[tier] ?? tiers.free;
}

/** Per-user and per-IP limit for an action, sized by the user's tier. */
export async function consumeForUser({
  db,
  user,
  ip,
  policy,
}: {
  db: Db;
  user: Pick<User, "id" | "subscriptionTier">;
  ip: string;
  policy: PolicyName;
}): Promise<void> {
  const window = windowFor(policy, user.subscriptionTier);
  await consume({ db, key: `${policy}:user:${user.id}`, ...window });
  await consume({ db, key: `${policy}:ip:${ip}`, ...window });
}

export async function deleteExpiredWindows({ db, olderThanMs = 24 * 60 * 60_000 }: { db: Db; olderThanMs?: number }) {
  const deleted = await db
    .delete(rateLimitWindows)
    .where(lt(rateLimitWindows.windowStart, new Date(Date.now() - olderThanMs)))
    .returning({ key: rateLimitWindows.key });
  return deleted.length;
}

export function clientIp(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "local";
}
