import { z } from "zod";
import { fieldMessage } from "@/lib/i18n/field-message";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, fieldMessage("useYYYYMMDD"));

/** What the "action-items" task answers: the commitments the user made, as short imperative tasks. */
export const extractedActionItemsSchema = z.object({
  items: z
    .array(z.object({ text: z.string().trim().min(2).max(500), dueDate: isoDay.nullable() }))
    .max(20),
});

export type ExtractedActionItemsAnswer = z.infer<typeof extractedActionItemsSchema>;

export function actionItemsPrompt({ text, today, timezone }: { text: string; today: string; timezone: string }): string {
  return [
    "Extract the action items the user commits to in the message below.",
    "Only first-person commitments the user makes for themselves (\"I will\", \"I'll\", \"I need to\", \"let me\", \"my next step is\").",
    "Ignore questions, hypotheticals (\"if I ...\"), negations (\"I won't\") and things other people will do.",
    "Write each item as a short imperative phrase (\"Call Sarah about the renewal\").",
    `Resolve due dates to YYYY-MM-DD: today is ${today} in ${timezone}; use null when no date is mentioned.`,
    'Answer as JSON: {"items": [{"text": string, "dueDate": string | null}]}; an empty list when there are none.',
    "",
    "Message:",
    text,
  ].join("\n");
}
