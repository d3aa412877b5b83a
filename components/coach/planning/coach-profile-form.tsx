"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { SaveBar } from "@/components/ui/save-bar";
import { useCoachProfile, useUpdateCoachProfile } from "@/hooks/use-coach-profile";
import type { CoachProfileView } from "./api-types";
import { BusinessProfileFields, useDraftCheckMessages } from "./business-profile-fields";
import { CoachPreferenceFields, type Preferences } from "./coach-preference-fields";
import type { Formality } from "./labels";
import { checkDraft, draftOf, profileErrorsOf, profileOf, type ProfileDraft, type ProfileField } from "./profile-draft";

function prefsOf(view: CoachProfileView): Preferences {
  return { coachStyle: view.coachStyle, formality: view.formality as Formality, voiceId: view.voiceId ?? "", timezone: view.timezone };
}

/** Edits everything onboarding asked for (except goals, which have their own page). */
export function CoachProfileForm({ initial, zones }: { initial: CoachProfileView; zones: string[] }) {
  const t = useTranslations("CoachPlanning.profile");
  const checkMessages = useDraftCheckMessages();
  const router = useRouter();
  const { data = initial } = useCoachProfile(initial);
  const [profile, setProfile] = useState<ProfileDraft>(() => draftOf(data.profile));
  const [prefs, setPrefs] = useState<Preferences>(() => prefsOf(data));
  const [localErrors, setLocalErrors] = useState<Partial<Record<ProfileField, string>>>({});
  const update = useUpdateCoachProfile();
  const fields = update.error?.fields ?? {};

  function touched() {
    if (!update.isPending) update.reset();
  }

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const found = checkDraft(profile, { required: false }, checkMessages);
    setLocalErrors(found);
    const focus = (name?: string) => {
      const element = name ? form.elements.namedItem(name) : null;
      if (element instanceof HTMLElement) element.focus();
    };
    if (Object.keys(found).length > 0) return focus(Object.keys(found)[0]);
    update.mutate(
      { profile: profileOf(profile), coachStyle: prefs.coachStyle, formality: prefs.formality, voiceId: prefs.voiceId || null, timezone: prefs.timezone },
      {
        onSuccess: (saved) => {
          setProfile(draftOf(saved.profile));
          setPrefs(prefsOf(saved));
          router.refresh();
        },
        onError: (error) => focus(Object.keys(error.fields)[0]?.replace(/^profile\./, "")),
      },
    );
  }

  return (
    <form onSubmit={save} noValidate className="grid gap-6" aria-label={t("formLabel")}>
      {update.error ? <Alert variant="error">{update.error.message}</Alert> : null}
      <Card>
        <CardHeader>
          <CardTitle>{t("business")}</CardTitle>
          <CardDescription>{t("businessDescription")}</CardDescription>
        </CardHeader>
        <CardContent>
          <BusinessProfileFields
            value={profile}
            errors={{ ...profileErrorsOf(fields), ...localErrors }}
            onChange={(field, value) => {
              setProfile((current) => ({ ...current, [field]: value }));
              touched();
            }}
          />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("coach")}</CardTitle>
          <CardDescription>{t("coachDescription")}</CardDescription>
        </CardHeader>
        <CardContent>
          <CoachPreferenceFields
            value={prefs}
            zones={zones}
            errors={fields}
            onChange={(field, value) => {
              setPrefs((current) => ({ ...current, [field]: value }));
              touched();
            }}
          />
        </CardContent>
      </Card>
      <SaveBar pending={update.isPending} saved={update.isSuccess}>
        {t("save")}
      </SaveBar>
    </form>
  );
}
