import type { BusinessProfile } from "./api-types";

// The business profile as a form edits it: numbers and lists as the text the user types.

export type ProfileDraft = Record<Exclude<keyof BusinessProfile, "teamSize" | "directReports" | "markets" | "keyChallenges">, string> & {
  teamSize: string;
  directReports: string;
  markets: string;
  keyChallenges: string;
};

export type ProfileField = keyof ProfileDraft;

export function draftOf(profile: BusinessProfile): ProfileDraft {
  return {
    ...profile,
    teamSize: profile.teamSize === null ? "" : String(profile.teamSize),
    directReports: profile.directReports === null ? "" : String(profile.directReports),
    markets: profile.markets.join(", "),
    keyChallenges: profile.keyChallenges.join("\n"),
  };
}

function count(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === "" ? null : Number(trimmed);
}

function list(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);
}

export function profileOf(draft: ProfileDraft): BusinessProfile {
  return {
    industry: draft.industry.trim(),
    stage: draft.stage,
    company: draft.company.trim(),
    location: draft.location.trim(),
    revenueRange: draft.revenueRange,
    teamSize: count(draft.teamSize),
    role: draft.role.trim(),
    reportsTo: draft.reportsTo.trim(),
    directReports: count(draft.directReports),
    markets: list(draft.markets, /,/),
    keyChallenges: list(draft.keyChallenges, /\n/),
  };
}

/** The words of checkDraft's errors, in the interface language (CoachPlanning.business.check). */
export type DraftCheckMessages = { industry: string; stage: string; role: string; wholeNumber: string };

/** What the browser can check before sending: the fields onboarding needs, and whole numbers. */
export function checkDraft(draft: ProfileDraft, { required }: { required: boolean }, messages: DraftCheckMessages): Partial<Record<ProfileField, string>> {
  const errors: Partial<Record<ProfileField, string>> = {};
  if (required && !draft.industry.trim()) errors.industry = messages.industry;
  if (required && !draft.stage) errors.stage = messages.stage;
  if (required && !draft.role.trim()) errors.role = messages.role;
  for (const field of ["teamSize", "directReports"] as const) {
    const value = draft[field].trim();
    if (value && !/^\d{1,7}$/.test(value)) errors[field] = messages.wholeNumber;
  }
  return errors;
}

/** Server field errors ("profile.teamSize") for this form's fields ("teamSize"). */
export function profileErrorsOf(fields: Record<string, string>): Partial<Record<ProfileField, string>> {
  const errors: Partial<Record<ProfileField, string>> = {};
  for (const [key, message] of Object.entries(fields)) {
    const match = /^profile\.(\w+)/.exec(key);
    if (match) errors[match[1] as ProfileField] ??= message;
  }
  return errors;
}
