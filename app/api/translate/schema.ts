import { z } from "zod";
import { languageSchema } from "@/lib/translation/languages";

export const MAX_TRANSLATE_CHARS = 5_000;

export const translateSchema = z.object({
  text: z.string().trim().min(1).max(MAX_TRANSLATE_CHARS),
  from: languageSchema.optional(),
  to: languageSchema,
  formality: z.enum(["default", "more", "less", "prefer_more", "prefer_less"]).optional(),
});
