"use client";

import { ArrowLeft, ArrowRight, Check } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { useCompleteOnboarding } from "@/hooks/use-coach-profile";
import type { CoachStyle } from "@/lib/db/schema/users";
import { BusinessProfileFields, useDraftCheckMessages } from "./business-profile-fields";
import { CoachPreferenceFields, type Preferences } from "./coach-preference-fields";
import { GoalDraftsField, goalInputOf, newGoalDraft, type GoalDraft } from "./goal-drafts-field";
import { clearOnboardingDraft, readOnboardingDraft, useHydrated, writeOnboardingDraft, type OnboardingDraft } from "./onboarding-draft";
import { EMPTY_DRAFT, OnboardingProgress, STEPS, checkGoals, stepOfField } from "./onboarding-steps";
import { checkDraft, profileErrorsOf, profileOf, type ProfileDraft, type ProfileField } from "./profile-draft";

type Props = { zones: string[]; timezone: string; coachStyle: CoachStyle; draftKey: string };

/** The wizard, started from what this tab typed before a reload when there is a draft. The server
 * and hydration render a blank form; once hydrated, a saved draft mounts it again filled in. */
export function OnboardingWizard(props: Props) {
  const hydrated = useHydrated();
  // Read once per key: the draft changes as the user types, and must not remount the form then.
  const draft = useMemo(() => (hydrated ? readOnboardingDraft(sessionStorage, props.draftKey) : null), [hydrated, props.draftKey]);
  return <OnboardingForm key={draft ? "restored" : "blank"} {...props} draft={draft} persist={hydrated} />;
}

/** Three steps (business → goals → coach), each checked before moving on; the server's verdict on
 * the whole sends the user back to the first step with a problem. */
function OnboardingForm({ zones, timezone, coachStyle, draftKey, draft, persist }: Props & { draft: OnboardingDraft | null; persist: boolean }) {
  const t = useTranslations("CoachPlanning.onboarding");
  const checkMessages = useDraftCheckMessages();
  const router = useRouter();
  const heading = useRef<HTMLHeadingElement>(null);
  const keys = useRef(Math.max(0, ...(draft?.goals ?? []).map((g) => g.key)) + 1);
  const [step, setStep] = useState(draft?.step ?? 0);
  const [profile, setProfile] = useState<ProfileDraft>(draft?.profile ?? EMPTY_DRAFT);
  const [goals, setGoals] = useState<GoalDraft[]>(draft?.goals ?? [newGoalDraft(0)]);
  const [prefs, setPrefs] = useState<Preferences>(draft?.prefs ?? { coachStyle, formality: "balanced", voiceId: "", timezone });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const onboarding = useCompleteOnboarding();

  useEffect(() => {
    if (persist && !onboarding.isSuccess) writeOnboardingDraft(sessionStorage, draftKey, { step, profile, goals, prefs });
  }, [persist, draftKey, step, profile, goals, prefs, onboarding.isSuccess]);

  function goTo(next: number) {
    setStep(next);
    requestAnimationFrame(() => heading.current?.focus());
  }

  function errorsFor(current: number): Record<string, string> {
    if (current === 0) return Object.fromEntries(Object.entries(checkDraft(profile, { required: true }, checkMessages)).map(([k, v]) => [`profile.${k}`, v]));
    if (current === 1) return checkGoals(goals, { noGoals: t("noGoals"), noTitle: t("noTitle") });
    return {};
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = errorsFor(step);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (step < STEPS.length - 1) return goTo(step + 1);
    onboarding.mutate(
      {
        profile: profileOf(profile),
        goals: goals.map(goalInputOf),
        coachStyle: prefs.coachStyle,
        formality: prefs.formality,
        voiceId: prefs.voiceId || null,
        timezone: prefs.timezone,
      },
      {
        onSuccess: () => {
          clearOnboardingDraft(sessionStorage, draftKey);
          router.replace("/coach");
          router.refresh();
        },
        onError: (error) => {
          setErrors(error.fields);
          const steps = Object.keys(error.fields).map(stepOfField);
          if (steps.length > 0) goTo(Math.min(...steps));
        },
      },
    );
  }

  const profileErrors = profileErrorsOf(errors);
  const prefErrors = errors as Partial<Record<keyof Preferences, string>>;
  const last = step === STEPS.length - 1;
  const current = STEPS[step] ?? STEPS[0];

  return (
    <form onSubmit={submit} noValidate className="grid gap-6" aria-label={t("formLabel")}>
      {/* Disabled until hydrated: the render that follows hydration would wipe anything typed before it. */}
      <fieldset disabled={!persist} className="contents">
      <OnboardingProgress step={step} />
      <div className="grid gap-1">
        <h2 ref={heading} tabIndex={-1} className="text-xl font-semibold outline-none">
          {t(`${current}Title`)}
        </h2>
        <p className="text-sm text-muted-foreground">{t(`${current}Description`)}</p>
      </div>
      {onboarding.error && Object.keys(onboarding.error.fields).length === 0 ? <Alert variant="error">{onboarding.error.message}</Alert> : null}
      {step === 0 ? (
        <BusinessProfileFields
          required
          value={profile}
          errors={profileErrors}
          onChange={(field: ProfileField, value) => setProfile((current) => ({ ...current, [field]: value }))}
        />
      ) : null}
      {step === 1 ? <GoalDraftsField goals={goals} errors={errors} onChange={setGoals} nextKey={() => keys.current++} /> : null}
      {step === 2 ? (
        <CoachPreferenceFields value={prefs} zones={zones} errors={prefErrors} onChange={(field, value) => setPrefs((current) => ({ ...current, [field]: value }))} />
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-3 border-t border-border pt-6">
        <Button variant="outline" disabled={step === 0 || onboarding.isPending} onClick={() => goTo(step - 1)}>
          <ArrowLeft aria-hidden />
          {t("back")}
        </Button>
        <Button type="submit" disabled={onboarding.isPending} aria-busy={onboarding.isPending || undefined}>
          {onboarding.isPending ? <Spinner /> : null}
          {t(last ? "finish" : "next")}
          {last ? <Check aria-hidden /> : <ArrowRight aria-hidden />}
        </Button>
      </div>
      </fieldset>
    </form>
  );
}
