import { z } from "zod";
import { isoDate, isoDateTime } from "../../api/safe-input";
import { isValidTimezone } from "../../account/profile-schema";
import { actionItemStatuses, coachFormalities, goalStatuses, sessionFrameworks } from "../../db/schema/coach";
import { coachStyles } from "../../db/schema/users";
import { fieldMessage } from "@/lib/i18n/field-message";

// Request bodies of the Coach planning API: profile, onboarding, goals, action items, sessions.

const shortText = (max: number) => z.string().trim().max(max, fieldMessage("maxChars"));
const count = z.number().int(fieldMessage("useAWholeNumber")).min(0, fieldMessage("use0OrMore")).max(1_000_000);
const isoDay = isoDate();
const nonEmpty = (v: object) => Object.keys(v).length > 0;

export const businessProfileSchema = z.object({
  industry: shortText(120),
  stage: shortText(60),
  company: shortText(120),
  location: shortText(120),
  revenueRange: shortText(60),
  teamSize: count.nullable(),
  role: shortText(120),
  reportsTo: shortText(120),
  directReports: count.nullable(),
  markets: z.array(shortText(80).min(1)).max(20, fieldMessage("listAtMost20Markets")),
  keyChallenges: z.array(shortText(300).min(1)).max(10, fieldMessage("listAtMost10Challenges")),
});

export type BusinessProfile = z.infer<typeof businessProfileSchema>;

const preferenceFields = {
  coachStyle: z.enum(coachStyles, fieldMessage("chooseStrategicTacticalOrSupportive")),
  formality: z.enum(coachFormalities, fieldMessage("chooseCasualBalancedOrFormal")),
  voiceId: shortText(64).min(1).nullable(),
  timezone: z.string().max(64).refine(isValidTimezone, fieldMessage("unknownTimezone")),
  sharePracticeStats: z.boolean(fieldMessage("sendTrueOrFalse")),
};

export const coachProfileUpdateSchema = z
  .object({ profile: businessProfileSchema.partial().strict(), ...preferenceFields })
  .partial()
  .strict()
  .refine(nonEmpty, fieldMessage("sendAtLeastOneFieldTo"));

export type CoachProfileUpdate = z.infer<typeof coachProfileUpdateSchema>;

export const goalInputSchema = z.object({
  title: shortText(200).min(1, fieldMessage("giveTheGoalATitle")),
  category: shortText(50).min(1, fieldMessage("chooseACategory")).default("general"),
  priority: z.number().int().min(1, fieldMessage("priorityIs1To5")).max(5, fieldMessage("priorityIs1To5")).default(3),
  targetDate: isoDay.nullable().default(null),
});

export type GoalInput = z.infer<typeof goalInputSchema>;

export const onboardingSchema = z
  .object({
    profile: businessProfileSchema.partial().extend({
      industry: shortText(120).min(1, fieldMessage("enterYourIndustry")),
      stage: shortText(60).min(1, fieldMessage("chooseYourStage")),
      role: shortText(120).min(1, fieldMessage("enterYourRole")),
    }),
    goals: z.array(goalInputSchema).min(1, fieldMessage("addAtLeastOneGoal")).max(10, fieldMessage("startWithAtMost10Goals")),
    coachStyle: preferenceFields.coachStyle,
    formality: preferenceFields.formality,
    voiceId: preferenceFields.voiceId.optional(),
    timezone: preferenceFields.timezone.optional(),
  })
  .strict();

export type OnboardingInput = z.infer<typeof onboardingSchema>;

export const goalUpdateSchema = z
  .object({
    title: goalInputSchema.shape.title,
    category: shortText(50).min(1, fieldMessage("chooseACategory")),
    priority: z.number().int().min(1, fieldMessage("priorityIs1To5")).max(5, fieldMessage("priorityIs1To5")),
    targetDate: isoDay.nullable(),
    progress: z.number().int().min(0, fieldMessage("progressIs0To100")).max(100, fieldMessage("progressIs0To100")),
    status: z.enum(goalStatuses, fieldMessage("chooseActivePausedCompletedOrAbandoned")),
  })
  .partial()
  .strict()
  .refine(nonEmpty, fieldMessage("sendAtLeastOneFieldTo"));

export type GoalUpdate = z.infer<typeof goalUpdateSchema>;

const actionItemText = shortText(500).min(1, fieldMessage("describeTheActionItem"));

export const actionItemCreateSchema = z
  .object({
    text: actionItemText,
    dueDate: isoDay.nullable().default(null),
    goalId: z.uuid(fieldMessage("chooseOneOfYourGoals")).nullable().default(null),
  })
  .strict();

export type ActionItemCreate = z.infer<typeof actionItemCreateSchema>;

export const actionItemUpdateSchema = z
  .object({
    text: actionItemText,
    dueDate: isoDay.nullable(),
    goalId: z.uuid(fieldMessage("chooseOneOfYourGoals")).nullable(),
    status: z.enum(actionItemStatuses, fieldMessage("chooseSuggestedPendingDoneOrDismissed")),
  })
  .partial()
  .strict()
  .refine(nonEmpty, fieldMessage("sendAtLeastOneFieldTo"));

export type ActionItemUpdate = z.infer<typeof actionItemUpdateSchema>;

export const actionItemListSchema = z.object({ status: z.enum(actionItemStatuses).optional() });

const sessionFields = {
  scheduledFor: isoDateTime(),
  durationMinutes: z.number().int().min(5, fieldMessage("sessionsLast5To240Minutes")).max(240, fieldMessage("sessionsLast5To240Minutes")),
  goal: shortText(500).min(1, fieldMessage("sayWhatTheSessionIsFor")),
  framework: z.enum(sessionFrameworks, fieldMessage("chooseGROWOKRSWOTRetrospectiveOr")),
};

export const sessionCreateSchema = z.object(sessionFields).strict();

export type SessionCreate = z.infer<typeof sessionCreateSchema>;

export const sessionUpdateSchema = z
  .object({ ...sessionFields, status: z.literal("cancelled", fieldMessage("onlyCancellingIsAllowedHere")) })
  .partial()
  .strict()
  .refine(nonEmpty, fieldMessage("sendAtLeastOneFieldTo"));

export type SessionUpdate = z.infer<typeof sessionUpdateSchema>;

export const sessionCompleteSchema = z.object({
  rating: z.number().int().min(1, fieldMessage("rateTheSession1To5")).max(5, fieldMessage("rateTheSession1To5")),
});

/** What the "session-outcome" task answers. */
export const sessionOutcomeSchema = z.object({
  summary: z.string().trim().min(1).max(2_000),
  actionItems: z
    .array(z.object({ text: z.string().trim().min(2).max(500), dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable() }))
    .max(20),
});

export type SessionOutcome = z.infer<typeof sessionOutcomeSchema>;
