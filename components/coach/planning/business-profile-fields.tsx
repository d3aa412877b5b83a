"use client";

import { useTranslations } from "next-intl";
import { FieldError, TextField } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { cn } from "@/components/ui/cn";
import { fieldControlClasses } from "@/components/ui/input";
import { revenueRanges, stages } from "./labels";
import type { DraftCheckMessages, ProfileDraft, ProfileField } from "./profile-draft";

type Props = {
  value: ProfileDraft;
  errors: Partial<Record<ProfileField, string>>;
  onChange: (field: ProfileField, value: string) => void;
  required?: boolean;
};

function ChoiceField({ name, label, options, value, error, onChange }: {
  name: ProfileField;
  label: string;
  options: readonly { value: string; label: string }[];
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  const t = useTranslations("CoachPlanning.business");
  const id = `coach-profile-${name}`;
  // A value saved before the list changed stays selectable, as stored.
  const all = value && !options.some((option) => option.value === value) ? [...options, { value, label: value }] : options;
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{label}</Label>
      <Select
        id={id}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <option value="">{t("choose")}</option>
        {all.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** checkDraft's error messages in the interface language. */
export function useDraftCheckMessages(): DraftCheckMessages {
  const t = useTranslations("CoachPlanning.business.check");
  return { industry: t("industry"), stage: t("stage"), role: t("role"), wholeNumber: t("wholeNumber") };
}

/** The business profile: who the user is, what they run and what is in their way. */
export function BusinessProfileFields({ value, errors, onChange, required = false }: Props) {
  const t = useTranslations("CoachPlanning.business");
  const stageOptions = stages.map(({ value, key }) => ({ value, label: t(`stages.${key}`) }));
  const revenueOptions = revenueRanges.map(({ value, key }) => ({ value, label: t(`revenueRanges.${key}`) }));
  const text = (name: ProfileField, label: string, extra: Record<string, unknown> = {}) => (
    <TextField
      idPrefix="coach-profile"
      name={name}
      label={label}
      value={value[name]}
      onChange={(event) => onChange(name, event.target.value)}
      error={errors[name]}
      {...extra}
    />
  );
  return (
    <div className="grid gap-5 sm:grid-cols-2">
      {text("industry", t(required ? "industryRequired" : "industry"), { maxLength: 120, placeholder: t("industryPlaceholder") })}
      <ChoiceField name="stage" label={t(required ? "stageRequired" : "stage")} options={stageOptions} value={value.stage} error={errors.stage} onChange={(v) => onChange("stage", v)} />
      {text("company", t("company"), { maxLength: 120, autoComplete: "organization" })}
      {text("location", t("location"), { maxLength: 120, placeholder: t("locationPlaceholder") })}
      <ChoiceField name="revenueRange" label={t("revenue")} options={revenueOptions} value={value.revenueRange} error={errors.revenueRange} onChange={(v) => onChange("revenueRange", v)} />
      {text("teamSize", t("teamSize"), { inputMode: "numeric", placeholder: t("teamSizePlaceholder") })}
      {text("role", t(required ? "roleRequired" : "role"), { maxLength: 120, autoComplete: "organization-title", placeholder: t("rolePlaceholder") })}
      {text("reportsTo", t("reportsTo"), { maxLength: 120, placeholder: t("reportsToPlaceholder") })}
      {text("directReports", t("directReports"), { inputMode: "numeric" })}
      {text("markets", t("markets"), { maxLength: 1_600, hint: t("marketsHint") })}
      <div className="grid gap-2 sm:col-span-2">
        <Label htmlFor="coach-profile-keyChallenges">{t("challenges")}</Label>
        <textarea
          id="coach-profile-keyChallenges"
          name="keyChallenges"
          rows={4}
          value={value.keyChallenges}
          onChange={(event) => onChange("keyChallenges", event.target.value)}
          aria-invalid={errors.keyChallenges ? true : undefined}
          aria-describedby={errors.keyChallenges ? "coach-profile-keyChallenges-error" : "coach-profile-keyChallenges-hint"}
          className={cn(fieldControlClasses, "py-2")}
          placeholder={t("challengesPlaceholder")}
        />
        <p id="coach-profile-keyChallenges-hint" className="text-sm text-muted-foreground">
          {t("onePerLine")}
        </p>
        <FieldError id="coach-profile-keyChallenges-error" message={errors.keyChallenges} />
      </div>
    </div>
  );
}
