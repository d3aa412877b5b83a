import "server-only";
import { and, asc, eq, gt, lt, sql } from "drizzle-orm";
import { rateLimitWindows, type SubscriptionTier, type User } from "./db/schema";
import type { Db } from "./db/types";
import { rateLimited } from "./http";

// Sliding window over small buckets: each window is split into BUCKETS buckets, one row per key and
// bucket, and a check counts every bucket that overlaps the last `windowMs`. The oldest bucket is
// counted whole, so the limit is never exceeded in any sliding window; the price is that a blocked
// key may wait up to one bucket (window / 12) longer than strictly needed. Rows live in Postgres, so
// every app instance behind it shares the count.

export const BUCKETS = 12;

export type Window = { limit: number; windowMs: number };
type Args = { db: Db; key: string; now?: number } & Window;
type Bucket = { start: number; hits: number };

const bucketMs = (windowMs: number) => Math.ceil(windowMs / BUCKETS);
const bucketStart = (now: number, windowMs: number) => Math.floor(now / bucketMs(windowMs)) * bucketMs(windowMs);

/** Hits in the sliding window ending at `now`, with the buckets they sit in (oldest first). */
export async function countHits({ db, key, windowMs, now = Date.now() }: Omit<Args, "limit">) {
  const rows = await db
    .select({ start: rateLimitWindows.windowStart, hits: rateLimitWindows.hits })
    .from(rateLimitWindows)
    .where(
      and(
        eq(rateLimitWindows.key, key),
        gt(rateLimitWindows.windowStart, new Date(now - windowMs - bucketMs(windowMs))),
        lt(rateLimitWindows.windowStart, new Date(now + 1)),
      ),
    )
    .orderBy(asc(rateLimitWindows.windowStart));
  const buckets: Bucket[] = rows.map((r) => ({ start: r.start.getTime(), hits: r.hits }));
  return { hits: buckets.reduce((n, b) => n + b.hits, 0), buckets };
}

/** Seconds until enough of the oldest buckets have left the window for one more hit. */
function retryAfterSeconds(buckets: Bucket[], { limit, windowMs }: Window, now: number): number {
  let remaining = buckets.reduce((n, b) => n + b.hits, 0);
  for (const bucket of buckets) {
    remaining -= bucket.hits;
    if (remaining < limit) return Math.max(1, Math.ceil((bucket.start + bucketMs(windowMs) + windowMs - now) / 1000));
  }
  return 1;
}

export async function recordHit({ db, key, windowMs, now = Date.now() }: Omit<Args, "limit">): Promise<void> {
  await db
    .insert(rateLimitWindows)
    .values({ key, windowStart: new Date(bucketStart(now, windowMs)), hits: 1 })
    .onConflictDoUpdate({
      target: [rateLimitWindows.key, rateLimitWindows.windowStart],
      set: { hits: sql`${rateLimitWindows.hits} + 1` },
    });
}

/** Throws RATE_LIMITED (with Retry-After) when the key is already at its limit; records nothing. */
export async function assertUnderLimit(args: Args): Promise<void> {
  const now = args.now ?? Date.now();
  const { hits, buckets } = await countHits({ ...args, now });
  if (hits >= args.limit) throw rateLimited(retryAfterSeconds(buckets, args, now));
}

/** Records a hit, or throws RATE_LIMITED when the key is already at its limit. The check and the
 * count are one step: callers of one key queue on a transaction-scoped advisory lock, so parallel
 * requests can never all pass a check that only one of them should. */
export async function consume(args: Args): Promise<void> {
  const now = args.now ?? Date.now();
  await args.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${args.key}, 0))`);
    const { hits, buckets } = await countHits({ ...args, db: tx as unknown as Db, now });
    if (hits >= args.limit) throw rateLimited(retryAfterSeconds(buckets, args, now));
    await recordHit({ ...args, db: tx as unknown as Db, now });
  });
}

/** Takes the hit back (an attempt that turned out not to count, such as a right password). */
export async function releaseHit({ db, key, windowMs, now = Date.now() }: Omit<Args, "limit">): Promise<void> {
  await db
    .update(rateLimitWindows)
    .set({ hits: sql`greatest(${rateLimitWindows.hits} - 1, 0)` })
    .where(and(eq(rateLimitWindows.key, key), eq(rateLimitWindows.windowStart, new Date(bucketStart(now, windowMs)))));
}

/** Consumes a hit on every key, all or nothing: when one refuses, the hits already taken are
 * released. Resolves to a function that releases them all (for an attempt that did not count). */
export async function reserveAll(db: Db, entries: ({ key: string } & Window)[], now = Date.now()) {
  const taken: ({ key: string } & Window)[] = [];
  const release = () => Promise.all(taken.map((e) => releaseHit({ db, ...e, now }))).then(() => undefined);
  try {
    for (const entry of entries) {
      await consume({ db, ...entry, now });
      taken.push(entry);
    }
  } catch (error) {
    await release();
    throw error;
  }
  return release;
}

export const policies = {
  // Per email: three quick tries, then a wait, then five per 15 minutes, so the owner is slowed,
  // never locked out for long, by a stranger who knows their email. Per address: 20 per 15 minutes.
  "auth.failed-sign-in": { free: { limit: 5, windowMs: 15 * 60_000 } },
  "auth.failed-sign-in.burst": { free: { limit: 3, windowMs: 60_000 } },
  "auth.failed-sign-in.ip": { free: { limit: 20, windowMs: 15 * 60_000 } },
  "auth.sign-up.ip": { free: { limit: 5, windowMs: 60 * 60_000 } },
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

export async function deleteExpiredWindows({
  db,
  now = Date.now(),
  olderThanMs = 24 * 60 * 60_000,
}: {
  db: Db;
  now?: number;
  olderThanMs?: number;
}) {
  const deleted = await db
    .delete(rateLimitWindows)
    .where(lt(rateLimitWindows.windowStart, new Date(now - olderThanMs)))
    .returning({ key: rateLimitWindows.key });
  return deleted.length;
}

export { clientIp } from "./api/client-ip";
