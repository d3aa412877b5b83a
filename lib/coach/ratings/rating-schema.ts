import { z } from "zod";
import { messageRatingValues } from "../../db/schema/coach";

export const NOTE_MAX_CHARS = 1000;

/** The body of POST /api/coach/messages/:id/rating; an empty note is no note. */
export const messageRatingSchema = z
  .object({
    rating: z.enum(messageRatingValues, "Choose up or down."),
    note: z
      .string()
      .trim()
      .max(NOTE_MAX_CHARS, `Use at most ${NOTE_MAX_CHARS} characters.`)
      .nullish()
      .transform((note) => note || null),
  })
  .strict();

export type MessageRatingInput = z.infer<typeof messageRatingSchema>;
