import { z } from "zod";
import { CONNECT_EMOTIONS, type ConnectEmotion } from "../emotion/emotions";
import { DEFAULT_LOCALE, isUiLocale } from "../i18n/locales";
import { formatterFor, translatorFor } from "../i18n/translator";
import type { MatchReason } from "./reason";

// A match's reason is stored as emotion ids (reason.ts) and put into words for whoever reads it.

const emotion = z.enum(CONNECT_EMOTIONS);
const storedReason = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("shared"), emotions: z.array(emotion) }),
  z.object({ kind: z.literal("closest"), emotions: z.array(emotion) }),
  z.object({ kind: z.literal("theyFeel"), emotions: z.array(emotion) }),
  z.object({ kind: z.literal("uplift"), feeling: emotion, offers: emotion.nullable(), helps: z.boolean() }),
  z.object({ kind: z.literal("helper"), feeling: emotion.nullable(), mood: emotion.nullable() }),
]);

export function encodeReason(reason: MatchReason): string {
  return JSON.stringify(reason);
}

function decodeReason(stored: string): MatchReason | null {
  try {
    const parsed = storedReason.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A stored reason in `locale`'s words. One stored as a sentence (matches made before reasons were
 * kept as ids) reads as it was written. */
export function reasonInWords(stored: string, locale: string): string {
  const reason = decodeReason(stored);
  if (!reason) return stored;
  const t = translatorFor(locale);
  // The list is joined in the language its words are in ("and", not "et", between English words).
  const wordsLocale = isUiLocale(locale.split("-")[0]!) ? locale : DEFAULT_LOCALE;
  const word = (e: ConnectEmotion) => t(`Connect.reasonEmotion.${e}`);
  const words = (list: ConnectEmotion[]) => formatterFor(wordsLocale, "UTC").list(list.map(word), { type: "conjunction" });
  switch (reason.kind) {
    case "shared":
      return t("Connect.reasons.shared", { emotions: words(reason.emotions) });
    case "closest":
      return reason.emotions.length ? t("Connect.reasons.closest", { emotions: words(reason.emotions) }) : t("Connect.reasons.closestNone");
    case "theyFeel":
      return reason.emotions.length ? t("Connect.reasons.theyFeel", { emotions: words(reason.emotions) }) : t("Connect.reasons.readyToTalk");
    case "uplift": {
      const feeling = word(reason.feeling);
      if (!reason.offers) return t("Connect.reasons.upliftSteady", { feeling });
      return t(reason.helps ? "Connect.reasons.upliftHelps" : "Connect.reasons.uplift", { feeling, offers: word(reason.offers) });
    }
    case "helper":
      if (!reason.feeling) return t("Connect.reasons.someone");
      return reason.mood ? t("Connect.reasons.helper", { feeling: word(reason.feeling), mood: word(reason.mood) }) : t("Connect.reasons.helperFeeling", { feeling: word(reason.feeling) });
  }
}
