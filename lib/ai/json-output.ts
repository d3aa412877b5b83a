import "server-only";
import { z } from "zod";
import type { ChatMessage } from "./types";

export type JsonCheck<T> =
  | { success: true; data: T }
  | { success: false; code: "invalid_json" | "schema_mismatch"; message: string };

// Models sometimes wrap JSON in a Markdown fence even in JSON mode.
const FENCE = /^```(?:json)?\s*([\s\S]*?)\s*```$/i;

/** Parses a model's reply and validates it against the task's schema. */
export function parseJsonOutput<T>({ text, schema }: { text: string; schema: z.ZodType<T> }): JsonCheck<T> {
  const trimmed = text.trim();
  const body = FENCE.exec(trimmed)?.[1] ?? trimmed;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { success: false, code: "invalid_json", message: `The reply is not valid JSON (${reason}).` };
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    return {
      success: false,
      code: "schema_mismatch",
      message: `The JSON does not match the required schema:\n${z.prettifyError(result.error)}`,
    };
  }
  return { success: true, data: result.data };
}

/** The conversation for the one repair attempt: the bad reply, then what was wrong with it. */
export function buildRepairMessages({
  messages,
  reply,
  problem,
}: {
  messages: ChatMessage[];
  reply: string;
  problem: string;
}): ChatMessage[] {
  return [
    ...messages,
    { role: "assistant", content: reply },
    {
      role: "user",
      content:
        `Your previous reply could not be used. ${problem}\n` +
        "Reply again with only the corrected JSON object, matching the required schema exactly.",
    },
  ];
}
