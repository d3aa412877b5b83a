import { z } from "zod";
import { messageRatingValues } from "../../db/schema/coach";
import { fieldMessage } from "@/lib/i18n/field-message";

export const NOTE_MAX_CHARS = 1000;

/** The body of POST /api/coach/messages/:id/rating; an empty note is no note. */
export const messageRatingSchema = z
  .object({
    rating: z.enum(messageRatingValues, fieldMessage("chooseUpOrDown")),
    note: z
      .string()
      .trim()
      .max(NOTE_MAX_CHARS, fieldMessage("maxChars"))
      .nullish()
      .transform((note) => note || null),
  })
  .strict();

export type MessageRatingInput = z.infer<typeof messageRatingSchema>;
