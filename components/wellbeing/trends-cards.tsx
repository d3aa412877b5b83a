import "server-only";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import { getDb } from "@/lib/db/client";
import { log } from "@/lib/log";
import { getTrends, type TrendRange, type Trends } from "@/lib/wellbeing/trends";
import { MoodCard } from "./mood-card";
import { RangeBreakdown } from "./range-breakdown";
import { BreakdownFrame, DEFAULT_RANGE, MoodCardFrame, YEAR_PIXELS_HEIGHT, YearCardFrame } from "./trends-frames";
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

/** The three cards' frames with their figures still loading, each the size its data will take. */
export async function TrendsCardsSkeleton() {
  const t = await getTranslations("Wellbeing");
  const breakdown = (
    <div role="status" aria-label={t("breakdownLoading")}>
      <Skeleton className="h-20" />
    </div>
  );
  return (
    <>
      <MoodCardFrame range={DEFAULT_RANGE}>
        <div role="status" aria-label={t("moodLoading")} className="grid gap-2">
          <Skeleton className="h-56" />
          <Skeleton className="h-10 w-2/3 sm:h-5" />
        </div>
      </MoodCardFrame>
      <YearCardFrame>
        <div role="status" aria-label={t("yearLoading")}>
          <Skeleton className={YEAR_PIXELS_HEIGHT} />
        </div>
      </YearCardFrame>
      <BreakdownFrame range={DEFAULT_RANGE} emotions={breakdown} betterDay={breakdown} />
    </>
  );
}
