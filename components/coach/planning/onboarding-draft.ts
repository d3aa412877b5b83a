"use client";

import { useSyncExternalStore } from "react";
import type { Preferences } from "./coach-preference-fields";
import type { GoalDraft } from "./goal-drafts-field";
import type { ProfileDraft } from "./profile-draft";

// What the user has typed into onboarding, kept in this tab's sessionStorage so a reload (or an
// accidental close and reopen of the page) does not lose it; cleared when onboarding finishes.

export type OnboardingDraft = { step: number; profile: ProfileDraft; goals: GoalDraft[]; prefs: Preferences };

function isDraft(value: unknown): value is OnboardingDraft {
  const draft = value as Partial<OnboardingDraft> | null;
  return (
    typeof draft === "object" &&
    draft !== null &&
    typeof draft.step === "number" &&
    typeof draft.profile === "object" &&
    Array.isArray(draft.goals) &&
    typeof draft.prefs === "object"
  );
}

export function readOnboardingDraft(storage: Storage, key: string): OnboardingDraft | null {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(key) ?? "null");
    return isDraft(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function writeOnboardingDraft(storage: Storage, key: string, draft: OnboardingDraft): void {
  try {
    storage.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or disabled (private mode): the form still works, it just will not survive a reload.
  }
}

export function clearOnboardingDraft(storage: Storage, key: string): void {
  storage.removeItem(key);
}

const noSubscription = () => () => {};

/** False while server-rendering and hydrating, true after: sessionStorage exists only then. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
