import { useFormatter, useTranslations } from "next-intl";
import type { EditRecord } from "@/lib/db/schema/coach";

type Props = {
  history: EditRecord[];
  labels: Record<string, string>;
  /** How a field's value reads ("none" for null is the default). */
  show: (field: string, value: string | number | null) => string;
};

/** The edits made to a goal or action item, newest first, each field's value before and after. */
export function EditHistory({ history, labels, show }: Props) {
  const t = useTranslations("CoachPlanning.edit");
  const format = useFormatter();
  if (history.length === 0) return null;
  return (
    <details className="text-xs text-muted-foreground">
      <summary className="cursor-pointer">
        {t("edited", { count: history.length })}
      </summary>
      <ol className="mt-2 grid gap-1.5">
        {[...history].reverse().map((edit) => (
          <li key={edit.at}>
            <time dateTime={edit.at}>{format.dateTime(new Date(edit.at), { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" })}</time>:{" "}
            {edit.changes.map((change) => `${labels[change.field] ?? change.field} ${show(change.field, change.from)} → ${show(change.field, change.to)}`).join("; ")}
          </li>
        ))}
      </ol>
    </details>
  );
}
