import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { log } from "@/lib/log";
import { getTrends, type TrendRange, type Trends } from "@/lib/wellbeing/trends";
import { MoodCard } from "./mood-card";
import { RangeBreakdown } from "./range-breakdown";
import { DEFAULT_RANGE } from "./trends-frames";
import { YearCard } from "./year-card";

// The trends page's cards, read on the server so the mood line, the year in colour and the
// breakdown come in the HTML. A failed read leaves the card to fetch for itself in the browser (and
// show the error there if that fails too).

/** Once per range per request: the mood card and the breakdown share the default range's read. */
const loadTrends = cache(async (userId: string, range: TrendRange): Promise<Trends | undefined> => {
  try {
    return await getTrends({ db: await getDb(), userId, range });
  } catch (err) {
    log.error({ err, userId, range }, "could not load the wellbeing trends");
    return undefined;
  }
});

export async function MoodSection({ userId }: { userId: string }) {
  return <MoodCard initial={await loadTrends(userId, DEFAULT_RANGE)} />;
}

export async function YearSection({ userId }: { userId: string }) {
  return <YearCard initial={await loadTrends(userId, "year")} />;
}

export async function BreakdownSection({ userId }: { userId: string }) {
  return <RangeBreakdown initial={await loadTrends(userId, DEFAULT_RANGE)} />;
}
