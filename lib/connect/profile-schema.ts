import { z } from "zod";
import { languageCodes } from "../account/languages";
import { isoDate } from "../api/safe-input";

// The Connect profile as clients send it (PUT /api/connect/profile and the profile form).

export const genders = ["woman", "man", "nonbinary", "other"] as const;
export type Gender = (typeof genders)[number];

export const MIN_AGE = 13;
export const MAX_AGE = 120;

const language = z.enum(languageCodes, "Choose a language from the list.");
const age = z.number().int().min(MIN_AGE, `Ages start at ${MIN_AGE}.`).max(MAX_AGE, `Ages end at ${MAX_AGE}.`);

export const connectProfileSchema = z
  .object({
    displayName: z.string().trim().min(2, "Use at least 2 characters.").max(50, "Use at most 50 characters."),
    birthDate: isoDate("Enter your date of birth (YYYY-MM-DD)."),
    gender: z.enum(genders, "Choose a gender from the list.").nullish(),
    tagline: z.string().trim().max(200, "Use at most 200 characters.").optional(),
    interests: z.array(z.string().trim().min(1).max(50, "Each interest is at most 50 characters.")).max(10, "Pick at most 10 interests.").optional(),
    languages: z.array(language).min(1, "Pick at least one language you speak.").max(10),
    preferences: z
      .object({
        languages: z.array(language).max(10).optional(),
        ageMin: age.optional(),
        ageMax: age.optional(),
        genders: z.array(z.enum(genders)).max(genders.length).optional(),
      })
      .strict()
      .refine((p) => p.ageMin === undefined || p.ageMax === undefined || p.ageMin <= p.ageMax, {
        message: "The youngest age must not be above the oldest.",
        path: ["ageMin"],
      })
      .default({}),
  })
  .strict();

export type ConnectProfileInput = z.input<typeof connectProfileSchema>;
export type ConnectProfileValues = z.output<typeof connectProfileSchema>;

/** Whole years between `birthDate` (YYYY-MM-DD) and `now`, in UTC. */
export function ageOn(birthDate: string, now: Date): number {
  const [y, m, d] = birthDate.split("-").map(Number) as [number, number, number];
  let years = now.getUTCFullYear() - y;
  const beforeBirthday = now.getUTCMonth() + 1 < m || (now.getUTCMonth() + 1 === m && now.getUTCDate() < d);
  if (beforeBirthday) years--;
  return years;
}
