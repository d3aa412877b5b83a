// Shapes of the Coach planning API's answers as the browser sees them.
import type { PublicSession } from "@/lib/coach/sessions";

export type { PublicActionItem as ActionItem } from "@/lib/coach/action-item-crud";
export type { PublicGoal as Goal } from "@/lib/coach/goals";
export type { BusinessProfile, GoalInput, CoachProfileUpdate, OnboardingInput, SessionCreate } from "@/lib/coach/planning-schemas";
export type { CoachProfileView } from "@/lib/coach/profile";
export type { CompletedSession } from "@/lib/coach/session-outcome";
export type Session = PublicSession;

export type SessionList = { upcoming: Session[]; past: Session[] };
