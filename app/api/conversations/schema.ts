import { z } from "zod";
import { MAX_MESSAGE_CHARS } from "@/lib/translation/chat/send-message";
import { MAX_MEMBERS } from "@/lib/translation/chat/membership";
import { languageSchema } from "@/lib/translation/languages";
import { fieldMessage } from "@/lib/i18n/field-message";

export const conversationCreateSchema = z.object({
  memberIds: z.array(z.uuid()).min(1).max(MAX_MEMBERS - 1),
  title: z.string().trim().min(1).max(120).optional(),
});

export const conversationUpdateSchema = z.object({ language: languageSchema.nullable() });

export const messageCreateSchema = z.object({
  text: z.string().trim().min(1).max(MAX_MESSAGE_CHARS, fieldMessage("messageMaxChars")),
  clientId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/),
});

export const historyQuerySchema = z.object({
  before: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

export const searchQuerySchema = z.object({ q: z.string().trim().min(1).max(200) });

export const flagSchema = z.object({ reason: z.string().trim().max(500).optional() });
