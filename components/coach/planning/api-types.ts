// Shapes of the Coach planning API's answers as the browser sees them.
import type { PublicSession } from "@/lib/coach/planning/sessions";

export type { PublicActionItem as ActionItem } from "@/lib/coach/planning/action-item-crud";
export type { PublicGoal as Goal } from "@/lib/coach/planning/goals";
export type { BusinessProfile, GoalInput, CoachProfileUpdate, OnboardingInput, SessionCreate } from "@/lib/coach/planning/planning-schemas";
export type { CoachProfileView } from "@/lib/coach/planning/profile";
export type { CompletedSession } from "@/lib/coach/planning/session-outcome";
export type Session = PublicSession;

export type SessionList = { upcoming: Session[]; past: Session[] };
