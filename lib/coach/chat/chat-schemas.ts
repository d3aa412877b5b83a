import { z } from "zod";
import { conversationModes, conversationSessionTypes } from "../../db/schema";
import { fieldMessage } from "@/lib/i18n/field-message";

// Request shapes of the coach chat, conversation and context routes.

export const MAX_MESSAGE_CHARS = 8_000;

const message = z
  .string("Write a message.")
  .trim()
  .min(1, fieldMessage("writeAMessageFirst"))
  .max(MAX_MESSAGE_CHARS, fieldMessage("keepMessageUnder"));

export const chatRequestSchema = z.object({
  message,
  conversationId: z.uuid().optional(),
  sessionType: z.enum(conversationSessionTypes).default("check_in"),
  mode: z.enum(conversationModes).default("text"),
  sessionId: z.uuid().optional(),
});

export type ChatRequest = z.infer<typeof chatRequestSchema>;

export const listConversationsSchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const contextQuerySchema = z.object({
  message: z.string().trim().max(MAX_MESSAGE_CHARS).optional(),
  sessionType: z.enum(conversationSessionTypes).default("check_in"),
});

export const ttsRequestSchema = z.object({
  text: z.string().trim().min(1, fieldMessage("nothingToSay")).max(5_000, fieldMessage("keepSpokenTextUnder5000")),
  // Voice ids are short alphanumeric strings; anything else would change the vendor URL.
  voiceId: z.string().regex(/^[A-Za-z0-9]{8,40}$/, fieldMessage("notAVoiceId")).optional(),
});
