"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { apiRequest, type ApiError } from "@/hooks/api-request";
import { languages } from "@/lib/account/languages";
import { genders } from "@/lib/connect/profile-schema";
import type { ConnectProfile } from "./api-types";

const list = (text: string) => text.split(",").map((s) => s.trim()).filter(Boolean);
const numberOrUndefined = (text: string) => (text.trim() ? Number(text) : undefined);

function LanguageChecks({ legend, name, value, onChange }: { legend: string; name: string; value: string[]; onChange: (v: string[]) => void }) {
  return (
    <fieldset className="grid gap-2">
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="grid grid-cols-2 gap-1 sm:grid-cols-3">
        {languages.map((language) => (
          <label key={language.code} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name={name}
              checked={value.includes(language.code)}
              onChange={(e) => onChange(e.target.checked ? [...value, language.code] : value.filter((c) => c !== language.code))}
            />
            {language.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The Connect profile form: who you are (date of birth once) and whom you would like to meet. */
export function ConnectProfileForm({ initial }: { initial: ConnectProfile | null }) {
  const t = useTranslations("Connect");
  const router = useRouter();
  const [displayName, setDisplayName] = useState(initial?.displayName ?? "");
  const [birthDate, setBirthDate] = useState(initial?.birthDate ?? "");
  const [gender, setGender] = useState(initial?.gender ?? "");
  const [tagline, setTagline] = useState(initial?.tagline ?? "");
  const [interests, setInterests] = useState(initial?.interests.join(", ") ?? "");
  const [spoken, setSpoken] = useState<string[]>(initial?.languages ?? ["en"]);
  const [wanted, setWanted] = useState<string[]>(initial?.preferences.languages ?? []);
  const [ageMin, setAgeMin] = useState(initial?.preferences.ageMin?.toString() ?? "");
  const [ageMax, setAgeMax] = useState(initial?.preferences.ageMax?.toString() ?? "");
  const [wantedGenders, setWantedGenders] = useState<string[]>(initial?.preferences.genders ?? []);
  const save = useMutation<{ profile: ConnectProfile }, ApiError>({
    mutationFn: () =>
      apiRequest("/api/connect/profile", {
        method: "PUT",
        body: {
          displayName,
          birthDate,
          gender: gender || null,
          tagline,
          interests: list(interests),
          languages: spoken,
          preferences: { languages: wanted, ageMin: numberOrUndefined(ageMin), ageMax: numberOrUndefined(ageMax), genders: wantedGenders },
        },
      }),
    onSuccess: () => router.push("/connect"),
  });
  const fields = save.error?.fields ?? {};
  return (
    <form
      className="grid gap-5"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <TextField name="displayName" label={t("displayName")} value={displayName} onChange={(e) => setDisplayName(e.target.value)} error={fields.displayName} required minLength={2} maxLength={50} />
      <TextField
        name="birthDate"
        label={t("birthDate")}
        type="date"
        value={birthDate}
        onChange={(e) => setBirthDate(e.target.value)}
        error={fields.birthDate}
        hint={initial ? t("birthSetOnce") : t("birthEnterOnce")}
        readOnly={Boolean(initial)}
        required
      />
      <div className="grid gap-2">
        <Label htmlFor="gender">{t("genderOptional")}</Label>
        <Select id="gender" value={gender} onChange={(e) => setGender(e.target.value)}>
          <option value="">{t("preferNot")}</option>
          {genders.map((g) => (
            <option key={g} value={g}>
              {t(`gender.${g}`)}
            </option>
          ))}
        </Select>
      </div>
      <TextField name="tagline" label={t("tagline")} value={tagline} onChange={(e) => setTagline(e.target.value)} error={fields.tagline} maxLength={200} />
      <TextField name="interests" label={t("interests")} value={interests} onChange={(e) => setInterests(e.target.value)} error={fields.interests} />
      <LanguageChecks legend={t("languagesSpoken")} name="languages" value={spoken} onChange={setSpoken} />
      {fields.languages ? <p className="text-sm text-destructive">{fields.languages}</p> : null}
      <LanguageChecks legend={t("matchLanguages")} name="prefLanguages" value={wanted} onChange={setWanted} />
      <div className="grid grid-cols-2 gap-3">
        <TextField name="ageMin" label={t("youngest")} type="number" min={13} max={120} value={ageMin} onChange={(e) => setAgeMin(e.target.value)} error={fields["preferences.ageMin"]} />
        <TextField name="ageMax" label={t("oldest")} type="number" min={13} max={120} value={ageMax} onChange={(e) => setAgeMax(e.target.value)} error={fields["preferences.ageMax"]} />
      </div>
      <fieldset className="grid gap-2">
        <legend className="text-sm font-medium">{t("matchGenders")}</legend>
        <div className="flex flex-wrap gap-3">
          {genders.map((g) => (
            <label key={g} className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={wantedGenders.includes(g)} onChange={(e) => setWantedGenders(e.target.checked ? [...wantedGenders, g] : wantedGenders.filter((x) => x !== g))} />
              {t(`gender.${g}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {save.error ? <Alert variant="error">{save.error.message}</Alert> : null}
      <div>
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? t("saving") : t("saveProfile")}
        </Button>
      </div>
    </form>
  );
}
