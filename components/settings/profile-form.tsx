"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { FieldError, TextField } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { SaveBar } from "@/components/ui/save-bar";
import { updateProfileAction } from "@/app/(app)/settings/actions";
import { useFormAction } from "@/hooks/use-form-action";
import { meQueryKey, useMe } from "@/hooks/use-me";
import { languages } from "@/lib/account/languages";
import type { PublicUser } from "@/lib/account/profile";
import type { ProfileUpdate } from "@/lib/account/profile-schema";
import { CoachStyleField } from "./coach-style-field";
import { TimezoneField } from "./timezone-field";

type ProfileValues = Required<ProfileUpdate>;

function valuesOf(user: PublicUser): ProfileValues {
  return {
    displayName: user.displayName,
    preferredLanguage: user.preferredLanguage as ProfileValues["preferredLanguage"],
    timezone: user.timezone,
    coachStyle: user.coachStyle,
  };
}

export function ProfileForm({ initialUser, zones }: { initialUser: PublicUser; zones: string[] }) {
  const t = useTranslations("Settings");
  const queryClient = useQueryClient();
  const { data: user = initialUser } = useMe(initialUser);
  const [values, setValues] = useState<ProfileValues>(() => valuesOf(user));
  const update = useFormAction(updateProfileAction, {
    onSuccess: (saved) => {
      setValues(valuesOf(saved));
      queryClient.setQueryData(meQueryKey, saved);
    },
    onError: (error, form) => {
      const first = Object.keys(error.fields)[0];
      const element = first ? form.elements.namedItem(first) : null;
      if (element instanceof HTMLElement) element.focus();
    },
  });
  const fields = update.error?.fields ?? {};

  function change<K extends keyof ProfileValues>(key: K, value: ProfileValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
    if (!update.pending) update.reset();
  }

  return (
    <form action={update.formAction} onSubmit={update.onSubmit} noValidate className="grid gap-6" aria-label={t("profile")}>
      {update.error ? <Alert variant="error">{update.error.message}</Alert> : null}
      <TextField
        idPrefix="settings"
        name="displayName"
        label={t("displayName")}
        autoComplete="nickname"
        maxLength={100}
        value={values.displayName}
        onChange={(event) => change("displayName", event.target.value)}
        error={fields.displayName}
      />
      <div className="grid gap-2">
        <Label htmlFor="settings-language">{t("preferredLanguage")}</Label>
        <Select
          id="settings-language"
          name="preferredLanguage"
          value={values.preferredLanguage}
          onChange={(event) => change("preferredLanguage", event.target.value as ProfileValues["preferredLanguage"])}
          aria-invalid={fields.preferredLanguage ? true : undefined}
          aria-describedby={fields.preferredLanguage ? "settings-language-hint settings-language-error" : "settings-language-hint"}
        >
          {languages.map((language) => (
            <option key={language.code} value={language.code} lang={language.code}>
              {language.name}
            </option>
          ))}
        </Select>
        <p id="settings-language-hint" className="text-xs text-muted-foreground">
          {t("languageHint")}
        </p>
        <FieldError id="settings-language-error" message={fields.preferredLanguage} />
      </div>
      <TimezoneField zones={zones} value={values.timezone} error={fields.timezone} onChange={(zone) => change("timezone", zone)} />
      <CoachStyleField value={values.coachStyle} error={fields.coachStyle} onChange={(style) => change("coachStyle", style)} />
      <SaveBar pending={update.pending} saved={update.result.data !== undefined}>
        {t("saveChanges")}
      </SaveBar>
    </form>
  );
}
