"use client";

import { useMessages, useTranslations } from "next-intl";

// The shipped meditation programmes (lib/wellbeing/programs.ts) have their words in
// Wellbeing.programTexts, keyed by the programme's id without its length ("box-breathing-5").

const SHIPPED = ["breathing-478", "box-breathing", "body-scan", "focus", "sleep"] as const;
type Shipped = (typeof SHIPPED)[number];

function shippedOf(programId: string): { key: Shipped; minutes: number } | null {
  const match = /^(.+)-(\d+)$/.exec(programId);
  const key = match?.[1];
  return key && (SHIPPED as readonly string[]).includes(key) ? { key: key as Shipped, minutes: Number(match[2]) } : null;
}

/** A programme's title, description and guidance in the interface language; one the messages do not
 * know (added on the server since) as the API sent it. */
export function useProgramText() {
  const t = useTranslations("Wellbeing");
  const texts = useMessages().Wellbeing.programTexts;
  return {
    title(programId: string, sent: string): string {
      const shipped = shippedOf(programId);
      return shipped ? t("programTitle", { name: t(`programTexts.${shipped.key}.name`), minutes: shipped.minutes }) : sent;
    },
    description(programId: string, sent: string): string {
      const shipped = shippedOf(programId);
      return shipped ? t(`programTexts.${shipped.key}.description`) : sent;
    },
    guidance(programId: string, sent: string[]): string[] {
      const shipped = shippedOf(programId);
      return shipped ? Object.values(texts[shipped.key].steps) : sent;
    },
  };
}
