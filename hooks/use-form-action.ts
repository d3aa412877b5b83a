"use client";

import { useActionState, useState, useTransition, type FormEvent } from "react";
import { actionErrorOf, unreachableError, type ActionResult as Result } from "./action-result";
import type { ApiError } from "./api-request";

type StateAction<State extends Result> = (previous: State, form: FormData) => Promise<State>;

type Options<State extends Result> = {
  /** Checks in the browser first; false keeps the form from being sent. */
  beforeSubmit?: (form: HTMLFormElement) => boolean;
  onSuccess?: (data: NonNullable<State["data"]>, form: HTMLFormElement) => void;
  onError?: (error: ApiError, form: HTMLFormElement) => void;
};

/** A form backed by a server action. Before hydration `<form action={formAction}>` posts natively and
 * the page renders the action's result; once hydrated, `onSubmit` runs the same action in a transition,
 * keeping what was typed and catching a dropped connection instead of throwing to the error page. */
export function useFormAction<State extends Result>(action: StateAction<State>, options: Options<State> = {}) {
  const [rendered, formAction] = useActionState<State, FormData>(action, {} as Awaited<State>);
  const [result, setResult] = useState<State>(rendered);
  const [unreachable, setUnreachable] = useState<ApiError | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    if (options.beforeSubmit && !options.beforeSubmit(form)) return;
    const input = new FormData(form);
    startTransition(async () => {
      try {
        const next = await action(result, input);
        setUnreachable(null);
        setResult(next);
        const error = actionErrorOf(next);
        if (error) options.onError?.(error, form);
        else if (next.data !== undefined) options.onSuccess?.(next.data as NonNullable<State["data"]>, form);
      } catch {
        const failed = unreachableError();
        setUnreachable(failed);
        options.onError?.(failed, form);
      }
    });
  }

  const reset = () => {
    setResult({} as State);
    setUnreachable(null);
  };
  return { formAction, onSubmit, pending, result, error: unreachable ?? actionErrorOf(result), reset };
}
