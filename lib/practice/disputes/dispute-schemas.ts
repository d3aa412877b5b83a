import { z } from "zod";
import { rubricCategories } from "../types";
import { fieldMessage } from "@/lib/i18n/field-message";

export const disputeRequestSchema = z
  .object({
    category: z.enum(rubricCategories, `Choose one of ${rubricCategories.join(", ")}.`),
    reason: z
      .string()
      .trim()
      .min(10, fieldMessage("sayWhyTheGradeIsWrong"))
      .max(2_000, fieldMessage("keepTheArgumentUnder2000")),
  })
  .strict();

export type DisputeRequest = z.infer<typeof disputeRequestSchema>;

/** What the "score-dispute" task answers: the category's new grade and why it moved (or didn't). */
export const regradeSchema = z.object({
  /** Null: the call holds no evidence for this category, so it stays unscored. */
  score: z.number().int().min(0).max(100).nullable(),
  reasons: z.array(z.string().trim().min(1).max(400)).min(1).max(4),
  evidence: z.array(z.string().trim().min(1).max(300)).max(3).optional(),
  explanation: z.string().trim().min(1).max(800),
});

export type Regrade = z.infer<typeof regradeSchema>;
