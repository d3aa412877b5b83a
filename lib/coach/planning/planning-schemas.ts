import { z } from "zod";
import { isoDate, isoDateTime } from "../../api/safe-input";
import { isValidTimezone } from "../../account/profile-schema";
import { actionItemStatuses, coachFormalities, goalStatuses, sessionFrameworks } from "../../db/schema/coach";
import { coachStyles } from "../../db/schema/users";

// Request bodies of the Coach planning API: profile, onboarding, goals, action items, sessions.

const shortText = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`);
const count = z.number().int("Use a whole number.").min(0, "Use 0 or more.").max(1_000_000);
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
  markets: z.array(shortText(80).min(1)).max(20, "List at most 20 markets."),
  keyChallenges: z.array(shortText(300).min(1)).max(10, "List at most 10 challenges."),
});

export type BusinessProfile = z.infer<typeof businessProfileSchema>;

const preferenceFields = {
  coachStyle: z.enum(coachStyles, "Choose strategic, tactical or supportive."),
  formality: z.enum(coachFormalities, "Choose casual, balanced or formal."),
  voiceId: shortText(64).min(1).nullable(),
  timezone: z.string().max(64).refine(isValidTimezone, "Unknown timezone."),
  sharePracticeStats: z.boolean("Send true or false."),
};

export const coachProfileUpdateSchema = z
  .object({ profile: businessProfileSchema.partial().strict(), ...preferenceFields })
  .partial()
  .strict()
  .refine(nonEmpty, "Send at least one field to change.");

export type CoachProfileUpdate = z.infer<typeof coachProfileUpdateSchema>;

export const goalInputSchema = z.object({
  title: shortText(200).min(1, "Give the goal a title."),
  category: shortText(50).min(1, "Choose a category.").default("general"),
  priority: z.number().int().min(1, "Priority is 1 to 5.").max(5, "Priority is 1 to 5.").default(3),
  targetDate: isoDay.nullable().default(null),
});

export type GoalInput = z.infer<typeof goalInputSchema>;

export const onboardingSchema = z
  .object({
    profile: businessProfileSchema.partial().extend({
      industry: shortText(120).min(1, "Enter your industry."),
      stage: shortText(60).min(1, "Choose your stage."),
      role: shortText(120).min(1, "Enter your role."),
    }),
    goals: z.array(goalInputSchema).min(1, "Add at least one goal.").max(10, "Start with at most 10 goals."),
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
    category: shortText(50).min(1, "Choose a category."),
    priority: z.number().int().min(1, "Priority is 1 to 5.").max(5, "Priority is 1 to 5."),
    targetDate: isoDay.nullable(),
    progress: z.number().int().min(0, "Progress is 0 to 100.").max(100, "Progress is 0 to 100."),
    status: z.enum(goalStatuses, "Choose active, paused, completed or abandoned."),
  })
  .partial()
  .strict()
  .refine(nonEmpty, "Send at least one field to change.");

export type GoalUpdate = z.infer<typeof goalUpdateSchema>;

const actionItemText = shortText(500).min(1, "Describe the action item.");

export const actionItemCreateSchema = z
  .object({
    text: actionItemText,
    dueDate: isoDay.nullable().default(null),
    goalId: z.uuid("Choose one of your goals.").nullable().default(null),
  })
  .strict();

export type ActionItemCreate = z.infer<typeof actionItemCreateSchema>;

export const actionItemUpdateSchema = z
  .object({
    text: actionItemText,
    dueDate: isoDay.nullable(),
    goalId: z.uuid("Choose one of your goals.").nullable(),
    status: z.enum(actionItemStatuses, "Choose suggested, pending, done or dismissed."),
  })
  .partial()
  .strict()
  .refine(nonEmpty, "Send at least one field to change.");

export type ActionItemUpdate = z.infer<typeof actionItemUpdateSchema>;

export const actionItemListSchema = z.object({ status: z.enum(actionItemStatuses).optional() });

const sessionFields = {
  scheduledFor: isoDateTime(),
  durationMinutes: z.number().int().min(5, "Sessions last 5 to 240 minutes.").max(240, "Sessions last 5 to 240 minutes."),
  goal: shortText(500).min(1, "Say what the session is for."),
  framework: z.enum(sessionFrameworks, "Choose GROW, OKR, SWOT, retrospective or open."),
};

export const sessionCreateSchema = z.object(sessionFields).strict();

export type SessionCreate = z.infer<typeof sessionCreateSchema>;

export const sessionUpdateSchema = z
  .object({ ...sessionFields, status: z.literal("cancelled", "Only cancelling is allowed here.") })
  .partial()
  .strict()
  .refine(nonEmpty, "Send at least one field to change.");

export type SessionUpdate = z.infer<typeof sessionUpdateSchema>;

export const sessionCompleteSchema = z.object({
  rating: z.number().int().min(1, "Rate the session 1 to 5.").max(5, "Rate the session 1 to 5."),
});

/** What the "session-outcome" task answers. */
export const sessionOutcomeSchema = z.object({
  summary: z.string().trim().min(1).max(2_000),
  actionItems: z
    .array(z.object({ text: z.string().trim().min(2).max(500), dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable() }))
    .max(20),
});

export type SessionOutcome = z.infer<typeof sessionOutcomeSchema>;
