"use client";

import { useFormatter, useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { moodColour } from "@/lib/wellbeing/vocabulary";
import { useMoodLabel } from "./use-mood-label";

const MONTH_INDEXES = Array.from({ length: 12 }, (_, m) => m);
const MOODS = [1, 2, 3, 4, 5];
const pad = (n: number) => String(n).padStart(2, "0");
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month + 1, 0)).getUTCDate();

/** A square per day of the year, coloured by that day's mood; tap one to see the day. */
export function YearPixels({ year, moods, today, selected, onSelect }: { year: number; moods: Map<string, number>; today: string; selected: string | null; onSelect: (day: string) => void }) {
  const t = useTranslations("Wellbeing");
  const format = useFormatter();
  const moodLabel = useMoodLabel();
  return (
    <div className="grid gap-3">
      <div className="overflow-x-auto">
        <table className="border-separate border-spacing-0.5 text-xs">
          <caption className="sr-only">{t("yearCaption", { year })}</caption>
          <tbody>
            {MONTH_INDEXES.map((month) => (
              <tr key={month}>
                <th scope="row" className="pr-1 text-left font-normal text-muted-foreground">
                  {format.dateTime(new Date(Date.UTC(2000, month, 1)), { month: "short", timeZone: "UTC" })}
                </th>
                {Array.from({ length: daysIn(year, month) }, (_, i) => {
                  const day = `${year}-${pad(month + 1)}-${pad(i + 1)}`;
                  const mood = moods.get(day);
                  const future = day > today;
                  return (
                    <td key={day} className="p-0">
                      <button
                        type="button"
                        data-day={day}
                        data-mood={mood ?? ""}
                        disabled={future}
                        aria-pressed={selected === day}
                        aria-label={mood ? t("dayMood", { day, mood: Math.round(mood * 10) / 10, label: moodLabel(mood) }) : t("dayNoMood", { day })}
                        onClick={() => onSelect(day)}
                        style={mood ? { backgroundColor: moodColour(mood) } : undefined}
                        className={cn(
                          "block size-3.5 rounded-[3px] outline-none focus-visible:ring-2 focus-visible:ring-ring sm:size-4",
                          !mood && (future ? "bg-muted/40" : "bg-muted"),
                          day === today && "ring-1 ring-foreground",
                          selected === day && "ring-2 ring-primary",
                        )}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="flex flex-wrap items-center gap-3 text-xs text-muted-foreground" aria-label={t("colourKey")}>
        {MOODS.map((mood) => (
          <li key={mood} className="flex items-center gap-1">
            <span aria-hidden className="size-3 rounded-[3px]" style={{ backgroundColor: moodColour(mood) }} />
            {mood} {moodLabel(mood)}
          </li>
        ))}
      </ul>
    </div>
  );
}
