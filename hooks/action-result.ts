import type { ActionError } from "@/lib/actions/action-error";
import { apiErrorText } from "./api-error-text";
import { ApiError, networkError } from "./api-request";

// A server action's result read the way the JSON API's answers are: an ApiError carrying the same
// code, message and field messages.

export type ActionResult<Data = unknown> = { data?: Data; serverError?: ActionError; validationErrors?: ActionError };

/** What a form shows when the action could not be reached at all. */
export const unreachableError = networkError;

/** The result's error, if it failed. */
export function actionErrorOf(result: ActionResult): ApiError | undefined {
  const error = result.serverError ?? result.validationErrors;
  return error ? new ApiError(apiErrorText(error.code, error.message), error.code, error.status, error.fields ?? {}) : undefined;
}

/** Runs an action for a mutation: its data, or the ApiError it failed with (a dropped connection too). */
export async function runAction<Data>(call: () => Promise<ActionResult<Data> | undefined>): Promise<Data> {
  let result: ActionResult<Data> | undefined;
  try {
    result = await call();
  } catch {
    throw unreachableError();
  }
  const error = result ? actionErrorOf(result) : undefined;
  if (error) throw error;
  return result?.data as Data;
}
