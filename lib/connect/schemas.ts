import { z } from "zod";
import { unsafeTextReason } from "../api/safe-input";
import { CONNECT_EMOTIONS, type ConnectEmotion } from "../emotion/emotions";
import { matchModes, reportReasons } from "../db/schema";
import { moderationActions } from "../safety/moderation-actions";
import { fieldMessage } from "@/lib/i18n/field-message";

// Request bodies for the Connect and moderation routes (profile: profile-schema.ts).

const intensity = z.number().min(0).max(1);

export const adjustEmotionsSchema = z
  .object({
    emotions: z.object(Object.fromEntries(CONNECT_EMOTIONS.map((e) => [e, intensity])) as Record<ConnectEmotion, typeof intensity>).strict(),
  })
  .strict();

export const matchRequestSchema = z.object({ clipId: z.uuid(fieldMessage("sendTheClipSId")), mode: z.enum(matchModes, fieldMessage("useSimilarOrUplift")) }).strict();

export const retryClipSchema = z.object({ transcript: z.string().trim().min(1).max(5000).optional() }).strict();

export const blockSchema = z.object({ userId: z.uuid(fieldMessage("sendThePersonSId")) }).strict();

export const reportSchema = z
  .object({
    userId: z.uuid(fieldMessage("sendThePersonSId")),
    reason: z.enum(reportReasons, fieldMessage("chooseAReasonFromTheList")),
    note: z.string().trim().max(1000, fieldMessage("maxChars")).optional(),
    matchId: z.uuid().optional(),
  })
  .strict();

export const resolveReportSchema = z
  .object({
    action: z.enum(moderationActions, fieldMessage("useDismissWarnSuspendOrBan")),
    days: z.number().int().min(1).max(365).optional(),
    note: z.string().trim().max(1000).optional(),
  })
  .strict();

export const clipFieldsSchema = z.object({
  transcript: z
    .string()
    .trim()
    .max(5000, fieldMessage("maxChars"))
    .refine((v) => !unsafeTextReason(v), fieldMessage("containsCharactersThatCannotBeStored"))
    .optional(),
  language: z.string().trim().regex(/^[a-z]{2}(-[A-Z]{2})?$/, fieldMessage("useALanguageCodeSuchAs")).optional(),
});
