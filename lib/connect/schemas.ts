import { z } from "zod";
import { unsafeTextReason } from "../api/safe-input";
import { CONNECT_EMOTIONS, type ConnectEmotion } from "../emotion/emotions";
import { matchModes, reportReasons } from "../db/schema";
import { moderationActions } from "../safety/moderation-actions";

// Request bodies for the Connect and moderation routes (profile: profile-schema.ts).

const intensity = z.number().min(0).max(1);

export const adjustEmotionsSchema = z
  .object({
    emotions: z.object(Object.fromEntries(CONNECT_EMOTIONS.map((e) => [e, intensity])) as Record<ConnectEmotion, typeof intensity>).strict(),
  })
  .strict();

export const matchRequestSchema = z.object({ clipId: z.uuid("Send the clip's id."), mode: z.enum(matchModes, "Use similar or uplift.") }).strict();

export const retryClipSchema = z.object({ transcript: z.string().trim().min(1).max(5000).optional() }).strict();

export const blockSchema = z.object({ userId: z.uuid("Send the person's id.") }).strict();

export const reportSchema = z
  .object({
    userId: z.uuid("Send the person's id."),
    reason: z.enum(reportReasons, "Choose a reason from the list."),
    note: z.string().trim().max(1000, "Use at most 1,000 characters.").optional(),
    matchId: z.uuid().optional(),
  })
  .strict();

export const resolveReportSchema = z
  .object({
    action: z.enum(moderationActions, "Use dismiss, warn, suspend or ban."),
    days: z.number().int().min(1).max(365).optional(),
    note: z.string().trim().max(1000).optional(),
  })
  .strict();

export const clipFieldsSchema = z.object({
  transcript: z
    .string()
    .trim()
    .max(5000, "Use at most 5,000 characters.")
    .refine((v) => !unsafeTextReason(v), "Contains characters that cannot be stored.")
    .optional(),
  language: z.string().trim().regex(/^[a-z]{2}(-[A-Z]{2})?$/, "Use a language code such as en or en-GB.").optional(),
});
