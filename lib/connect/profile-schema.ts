import { z } from "zod";
import { languageCodes } from "../account/languages";
import { isoDate } from "../api/safe-input";
import { fieldMessage } from "@/lib/i18n/field-message";

// The Connect profile as clients send it (PUT /api/connect/profile and the profile form).

export const genders = ["woman", "man", "nonbinary", "other"] as const;
export type Gender = (typeof genders)[number];

export const MIN_AGE = 13;
export const MAX_AGE = 120;

const language = z.enum(languageCodes, fieldMessage("chooseALanguageFromTheList"));
const age = z.number().int().min(MIN_AGE, fieldMessage("agesStartAt")).max(MAX_AGE, fieldMessage("agesEndAt"));

export const connectProfileSchema = z
  .object({
    displayName: z.string().trim().min(2, fieldMessage("minChars")).max(50, fieldMessage("maxChars")),
    birthDate: isoDate(fieldMessage("enterYourDateOfBirthYYYY")),
    gender: z.enum(genders, fieldMessage("chooseAGenderFromTheList")).nullish(),
    tagline: z.string().trim().max(200, fieldMessage("maxChars")).optional(),
    interests: z.array(z.string().trim().min(1).max(50, fieldMessage("eachInterestIsAtMost50"))).max(10, fieldMessage("pickAtMost10Interests")).optional(),
    languages: z.array(language).min(1, fieldMessage("pickAtLeastOneLanguageYou")).max(10),
    preferences: z
      .object({
        languages: z.array(language).max(10).optional(),
        ageMin: age.optional(),
        ageMax: age.optional(),
        genders: z.array(z.enum(genders)).max(genders.length).optional(),
      })
      .strict()
      .refine((p) => p.ageMin === undefined || p.ageMax === undefined || p.ageMin <= p.ageMax, {
        message: fieldMessage("theYoungestAgeMustNotBe"),
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
