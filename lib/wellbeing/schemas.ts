import { z } from "zod";
import { isoDate } from "../api/safe-input";
import { entryVisibilities } from "../db/schema/wellbeing";
import { MAX_ENTRY_CHARS, WELLBEING_EMOTIONS } from "./vocabulary";
import { fieldMessage } from "@/lib/i18n/field-message";

// Request bodies and queries of the Wellbeing API.

const mood = z.number(fieldMessage("useAMoodFrom1To")).int(fieldMessage("useAWholeNumberFrom1")).min(1, fieldMessage("useAMoodFrom1To")).max(5, fieldMessage("useAMoodFrom1To"));
const tag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(40, fieldMessage("keepATagUnder40Characters"));
const tags = z.array(tag).max(12, fieldMessage("useAtMost12Tags")).transform((list) => [...new Set(list)]);
const content = z.string().max(MAX_ENTRY_CHARS, fieldMessage("entryMaxChars"));

export const checkinInputSchema = z.strictObject({
  mood,
  emotions: z.array(z.enum(WELLBEING_EMOTIONS, fieldMessage("unknownEmotion"))).max(2, fieldMessage("pickAPrimaryAndAtMost")).optional(),
  note: z.string().trim().max(1_000, fieldMessage("keepTheNoteUnder1000")).optional(),
  tags: tags.optional(),
});
export type CheckinInput = z.infer<typeof checkinInputSchema>;

export const rangeQuerySchema = z.object({ from: isoDate().optional(), to: isoDate().optional() });

export const entryInputSchema = z.strictObject({
  title: z.string().trim().max(200, fieldMessage("keepTheTitleUnder200Characters")).optional(),
  content,
  mood: mood.nullable().optional(),
  tags: tags.optional(),
  visibility: z.enum(entryVisibilities, fieldMessage("choosePrivateOrShared")).optional(),
});
export type EntryInput = z.infer<typeof entryInputSchema>;

export const entryUpdateSchema = entryInputSchema.partial().strict();
export type EntryUpdate = z.infer<typeof entryUpdateSchema>;

export const entryQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  tag: tag.optional(),
  day: isoDate().optional(),
});

export const trendsQuerySchema = z.object({ range: z.enum(["week", "month", "year"]).default("month") });

export const meditationStartSchema = z.strictObject({ programId: z.string().min(1).max(60), moodBefore: mood });

export const meditationEndSchema = z.strictObject({
  moodAfter: mood.nullable(),
  completed: z.boolean(),
  durationSeconds: z.number().int().min(0).max(4 * 3600),
  interruptions: z.number().int().min(0).max(1000),
  notes: z.string().trim().max(2_000).optional(),
});

export const musicQuerySchema = z.object({ mood: z.coerce.number().int().min(1).max(5).optional() });

export const careQuerySchema = z.object({ country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, fieldMessage("useATwoLetterCountryCode")).optional() });

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, fieldMessage("useHHMm")).nullable();

export const settingsUpdateSchema = z
  .strictObject({ shareMoodWithCoach: z.boolean(), checkinReminderTime: hhmm, meditationReminderTime: hhmm })
  .partial();
