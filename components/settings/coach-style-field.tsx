import { useTranslations } from "next-intl";
import { FieldError } from "@/components/ui/field";
import type { CoachStyle } from "@/lib/db/schema/users";

const styles: CoachStyle[] = ["strategic", "tactical", "supportive"];

type CoachStyleFieldProps = { value: CoachStyle; error?: string; onChange: (style: CoachStyle) => void };

/** A radio group named t("coachStyle"); each option is named by its style and described by its line. */
export function CoachStyleField({ value, error, onChange }: CoachStyleFieldProps) {
  const t = useTranslations("Settings");
  const errorId = "settings-coach-style-error";
  return (
    <fieldset className="grid gap-3" aria-describedby={error ? errorId : undefined}>
      <legend className="mb-2 text-sm font-medium">{t("coachStyle")}</legend>
      {styles.map((style) => {
        const id = `settings-coach-style-${style}`;
        return (
          <div
            key={style}
            className="flex items-start gap-3 rounded-md border border-border p-3 has-checked:border-primary has-checked:bg-accent/50"
          >
            <input
              type="radio"
              id={id}
              name="coachStyle"
              value={style}
              checked={value === style}
              onChange={() => onChange(style)}
              aria-describedby={`${id}-description`}
              className="mt-0.5 size-4 shrink-0 accent-primary outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background"
            />
            <div className="grid gap-0.5">
              <label htmlFor={id} className="text-sm font-medium">
                {t(`style.${style}.name`)}
              </label>
              <p id={`${id}-description`} className="text-sm text-muted-foreground">
                {t(`style.${style}.description`)}
              </p>
            </div>
          </div>
        );
      })}
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
