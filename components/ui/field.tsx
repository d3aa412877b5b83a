import type { ComponentProps } from "react";
import { Input } from "./input";
import { Label } from "./label";

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm text-destructive">
      {message}
    </p>
  );
}

type TextFieldProps = Omit<ComponentProps<"input">, "id" | "name"> & {
  name: string;
  label: string;
  error?: string;
  hint?: string;
  idPrefix?: string;
};

/** A labelled input whose error (or, without one, its hint) is tied to it with aria-describedby. */
export function TextField({ name, label, error, hint: hintText, idPrefix = "field", ...props }: TextFieldProps) {
  const id = `${idPrefix}-${name}`;
  const hint = error ? undefined : hintText;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="grid content-start gap-2">
      <Label htmlFor={id}>{label}</Label>
      <Input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...props} />
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted-foreground">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
