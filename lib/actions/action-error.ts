// The one error shape a server action answers with, the same code, message and field messages the
// JSON API sends (ARCHITECTURE.md §6); forms read it as an ApiError (hooks/action-error.ts).

export type ActionError = {
  code: string;
  message: string;
  status: number;
  /** Field path ("title", "goals.0.title") → its first message. */
  fields?: Record<string, string>;
};

/** What a form's useActionState starts from and keeps: the last result of its action. */
export type ActionState<Data> = { data?: Data; serverError?: ActionError; validationErrors?: ActionError };
