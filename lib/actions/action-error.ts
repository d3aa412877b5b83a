// The one error shape a server action answers with: the code, message and field messages the JSON
// API sends (ARCHITECTURE.md §6); the browser reads it as an ApiError (hooks/action-result.ts).

export type ActionError = {
  code: string;
  message: string;
  status: number;
  /** Field path ("title", "goals.0.title") → its first message. */
  fields?: Record<string, string>;
};
