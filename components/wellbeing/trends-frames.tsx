import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { Trends } from "./api-types";

// The trends cards' frames: titles, descriptions and the range switch around each card's figures.

export const RANGES: Trends["range"][] = ["week", "month", "year"];
export const DEFAULT_RANGE: Trends["range"] = "month";
/** The Year-in-Pixels' height (12 rows and the colour key; the key wraps on a phone), for its placeholder. */
export const YEAR_PIXELS_HEIGHT = "h-69 sm:h-62";

/** The mood card with its range switch. */
export function MoodCardFrame({ range, onRange, children }: { range: Trends["range"]; onRange: (range: Trends["range"]) => void; children: ReactNode }) {
  const t = useTranslations("Wellbeing");
  return (
    <Card>
      <CardHeader className="flex-row flex-wrap items-center justify-between gap-3">
        <CardTitle>{t("moodTitle")}</CardTitle>
        <div role="group" aria-label={t("range")} className="flex gap-1">
          {RANGES.map((r) => (
            <button
              key={r}
              type="button"
              aria-pressed={range === r}
              onClick={() => onRange(r)}
              className={cn("rounded-md border px-3 py-1.5 text-sm capitalize outline-none focus-visible:ring-2 focus-visible:ring-ring", range === r ? "border-primary bg-primary text-primary-foreground" : "border-input hover:bg-accent")}
            >
              {t(`rangeName.${r}`)}
            </button>
          ))}
        </div>
      </CardHeader>
      <CardContent>{children}</CardContent>
    </Card>
  );
}

export function YearCardFrame({ children }: { children: ReactNode }) {
  const t = useTranslations("Wellbeing");
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("yearInColour")}</CardTitle>
        <CardDescription>{t("yearDescription")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">{children}</CardContent>
    </Card>
  );
}

/** The range's emotions and what goes with a better day, side by side under the year. */
export function BreakdownFrame({ range, emotions, betterDay }: { range: Trends["range"]; emotions: ReactNode; betterDay: ReactNode }) {
  const t = useTranslations("Wellbeing");
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <Card>
        <CardHeader>
          <CardTitle>{t("emotionsTitle")}</CardTitle>
          <CardDescription>{t("howOften", { range })}</CardDescription>
        </CardHeader>
        <CardContent>{emotions}</CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("betterDay")}</CardTitle>
          <CardDescription>{t("betterDayDescription")}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4 text-sm">{betterDay}</CardContent>
      </Card>
    </div>
  );
}
