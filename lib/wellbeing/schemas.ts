import { z } from "zod";
import { isoDate } from "../api/safe-input";
import { entryVisibilities } from "../db/schema/wellbeing";
import { MAX_ENTRY_CHARS, WELLBEING_EMOTIONS } from "./vocabulary";

// Request bodies and queries of the Wellbeing API.

const mood = z.number("Use a mood from 1 to 5.").int("Use a whole number from 1 to 5.").min(1, "Use a mood from 1 to 5.").max(5, "Use a mood from 1 to 5.");
const tag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(40, "Keep a tag under 40 characters.");
const tags = z.array(tag).max(12, "Use at most 12 tags.").transform((list) => [...new Set(list)]);
const content = z.string().max(MAX_ENTRY_CHARS, `An entry can hold at most ${MAX_ENTRY_CHARS.toLocaleString("en")} characters.`);

export const checkinInputSchema = z.strictObject({
  mood,
  emotions: z.array(z.enum(WELLBEING_EMOTIONS, "Unknown emotion.")).max(2, "Pick a primary and at most one secondary emotion.").optional(),
  note: z.string().trim().max(1_000, "Keep the note under 1,000 characters.").optional(),
  tags: tags.optional(),
});
export type CheckinInput = z.infer<typeof checkinInputSchema>;

export const rangeQuerySchema = z.object({ from: isoDate().optional(), to: isoDate().optional() });

export const entryInputSchema = z.strictObject({
  title: z.string().trim().max(200, "Keep the title under 200 characters.").optional(),
  content,
  mood: mood.nullable().optional(),
  tags: tags.optional(),
  visibility: z.enum(entryVisibilities, "Choose private or shared.").optional(),
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

export const careQuerySchema = z.object({ country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "Use a two-letter country code.").optional() });

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use HH:mm.").nullable();

export const settingsUpdateSchema = z
  .strictObject({ shareMoodWithCoach: z.boolean(), checkinReminderTime: hhmm, meditationReminderTime: hhmm })
  .partial();
