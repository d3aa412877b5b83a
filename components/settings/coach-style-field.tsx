import { FieldError } from "@/components/ui/field";
import type { CoachStyle } from "@/lib/db/schema/users";

const styles: { value: CoachStyle; name: string; description: string }[] = [
  { value: "strategic", name: "Strategic", description: "Big picture first: goals, priorities and the plan to reach them." },
  { value: "tactical", name: "Tactical", description: "Concrete next steps: scripts, checklists and what to do this week." },
  { value: "supportive", name: "Supportive", description: "Patient and encouraging: helps you think out loud and keep going." },
];

type CoachStyleFieldProps = { value: CoachStyle; error?: string; onChange: (style: CoachStyle) => void };

/** A radio group named "Coach style"; each option is named by its style and described by its line. */
export function CoachStyleField({ value, error, onChange }: CoachStyleFieldProps) {
  const errorId = "settings-coach-style-error";
  return (
    <fieldset className="grid gap-3" aria-describedby={error ? errorId : undefined}>
      <legend className="mb-2 text-sm font-medium">Coach style</legend>
      {styles.map((style) => {
        const id = `settings-coach-style-${style.value}`;
        return (
          <div
            key={style.value}
            className="flex items-start gap-3 rounded-md border border-border p-3 has-checked:border-primary has-checked:bg-accent/50"
          >
            <input
              type="radio"
              id={id}
              name="coachStyle"
              value={style.value}
              checked={value === style.value}
              onChange={() => onChange(style.value)}
              aria-describedby={`${id}-description`}
              className="mt-0.5 size-4 shrink-0 accent-primary outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background"
            />
            <div className="grid gap-0.5">
              <label htmlFor={id} className="text-sm font-medium">
                {style.name}
              </label>
              <p id={`${id}-description`} className="text-sm text-muted-foreground">
                {style.description}
              </p>
            </div>
          </div>
        );
      })}
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
