import { useTranslations } from "next-intl";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { goalCategories } from "./labels";

type FieldProps<T> = { id: string; value: T; onChange: (value: T) => void };

export function GoalCategoryField({ id, value, onChange }: FieldProps<string>) {
  const t = useTranslations("CoachPlanning.goals");
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{t("category")}</Label>
      <Select id={id} name="category" value={value} onChange={(event) => onChange(event.target.value)}>
        {goalCategories.map((category) => (
          <option key={category} value={category}>
            {t(`categories.${category}`)}
          </option>
        ))}
      </Select>
    </div>
  );
}

export function GoalPriorityField({ id, value, onChange }: FieldProps<number>) {
  const t = useTranslations("CoachPlanning.goals");
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{t("priority")}</Label>
      <Select id={id} name="priority" value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {[1, 2, 3, 4, 5].map((p) => (
          <option key={p} value={p}>
            {p}
            {p === 1 ? t("highest") : p === 5 ? t("lowest") : ""}
          </option>
        ))}
      </Select>
    </div>
  );
}
