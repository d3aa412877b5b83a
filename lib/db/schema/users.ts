import { sql } from "drizzle-orm";
import { boolean, check, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { inList } from "./in-list";

export const authProviders = ["local", "clerk"] as const;
export const coachStyles = ["strategic", "tactical", "supportive"] as const;
export const onboardingStates = ["not_started", "in_progress", "completed"] as const;
export const subscriptionTiers = ["free", "premium", "vip"] as const;
export const userRoles = ["user", "moderator", "admin"] as const;

export type CoachStyle = (typeof coachStyles)[number];
export type SubscriptionTier = (typeof subscriptionTiers)[number];
export type UserRole = (typeof userRoles)[number];

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    authProvider: text("auth_provider", { enum: authProviders }).notNull(),
    authSubject: text("auth_subject").notNull(),
    email: text("email").notNull(),
    /** Local auth: set when the user follows the verification link; Clerk: what Clerk says. */
    emailVerified: boolean("email_verified").notNull().default(false),
    displayName: text("display_name").notNull().default(""),
    avatarUrl: text("avatar_url"),
    preferredLanguage: text("preferred_language").notNull().default("en"),
    timezone: text("timezone").notNull().default("UTC"),
    coachStyle: text("coach_style", { enum: coachStyles }).notNull().default("supportive"),
    onboardingState: text("onboarding_state", { enum: onboardingStates })
      .notNull()
      .default("not_started"),
    subscriptionTier: text("subscription_tier", { enum: subscriptionTiers })
      .notNull()
      .default("free"),
    role: text("role", { enum: userRoles }).notNull().default("user"),
    /** Moderation: no recording, matching or calls until then (suspension) or ever (ban). */
    suspendedUntil: timestamp("suspended_until", { withTimezone: true }),
    bannedAt: timestamp("banned_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    unique("users_auth_identity_unique").on(t.authProvider, t.authSubject),
    check("users_auth_provider_check", sql`${t.authProvider} in (${inList(authProviders)})`),
    check("users_coach_style_check", sql`${t.coachStyle} in (${inList(coachStyles)})`),
    check("users_onboarding_state_check", sql`${t.onboardingState} in (${inList(onboardingStates)})`),
    check("users_subscription_tier_check", sql`${t.subscriptionTier} in (${inList(subscriptionTiers)})`),
    check("users_role_check", sql`${t.role} in (${inList(userRoles)})`),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
