import { describe, expect, it } from "vitest";
import { languageCodes, languages } from "@/lib/account/languages";
import { deleteAccountSchema, isValidTimezone, profileUpdateSchema } from "@/lib/account/profile-schema";
import type { z } from "zod";
import { emailSchema, signInSchema, signUpSchema } from "@/lib/auth/credentials";
import { issueMessage } from "@/lib/i18n/issue-message";

/** The issues as an English reader gets them. */
function issuesOf(result: { success: boolean; error?: z.ZodError }) {
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => ({ field: i.path.join("."), message: issueMessage(i) }));
}

// 64 + 1 + 189 = 254 characters, the longest address SMTP allows.
const email254 = `${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(57)}.com`;

describe("profileUpdateSchema", () => {
  it.each(["UTC", "Europe/Berlin", "America/Argentina/Buenos_Aires", "Asia/Kolkata", "Pacific/Chatham"])("accepts the timezone %s", (tz) => {
    expect(profileUpdateSchema.safeParse({ timezone: tz }).success).toBe(true);
  });

  it.each(["Mars/Olympus_Mons", "", "Europe/", "GMT+25", "x".repeat(65)])("rejects the timezone %j", (tz) => {
    expect(new Set(issuesOf(profileUpdateSchema.safeParse({ timezone: tz })).map((i) => i.field))).toEqual(new Set(["timezone"]));
  });

  it("offers at least 20 languages, each with a unique code and a name, all accepted", () => {
    expect(languages.length).toBeGreaterThanOrEqual(20);
    expect(new Set(languageCodes).size).toBe(languages.length);
    for (const { code, name } of languages) {
      expect(name.trim()).not.toBe("");
      expect(profileUpdateSchema.safeParse({ preferredLanguage: code }).success).toBe(true);
    }
  });

  it("rejects a language outside the list", () => {
    expect(issuesOf(profileUpdateSchema.safeParse({ preferredLanguage: "klingon" }))).toEqual([
      { field: "preferredLanguage", message: "Choose a language from the list." },
    ]);
  });

  it("accepts the three coach styles only", () => {
    for (const coachStyle of ["strategic", "tactical", "supportive"]) {
      expect(profileUpdateSchema.safeParse({ coachStyle }).success).toBe(true);
    }
    expect(profileUpdateSchema.safeParse({ coachStyle: "Supportive" }).success).toBe(false);
  });

  it("trims the display name and bounds it to 1–100 characters", () => {
    expect(profileUpdateSchema.parse({ displayName: "  Zoë  " })).toEqual({ displayName: "Zoë" });
    expect(profileUpdateSchema.safeParse({ displayName: "x".repeat(100) }).success).toBe(true);
    expect(profileUpdateSchema.safeParse({ displayName: "x".repeat(101) }).success).toBe(false);
    expect(profileUpdateSchema.safeParse({ displayName: "   " }).success).toBe(false);
  });

  it("rejects unknown keys, even next to valid ones", () => {
    const issues = issuesOf(profileUpdateSchema.safeParse({ displayName: "Ok", subscriptionTier: "vip" }));
    expect(issues[0]?.message).toMatch(/subscriptionTier/);
  });

  it("rejects an empty change", () => {
    expect(issuesOf(profileUpdateSchema.safeParse({}))).toEqual([{ field: "", message: "Send at least one field to change." }]);
  });

  it("isValidTimezone agrees with Intl", () => {
    expect(isValidTimezone("Africa/Lagos")).toBe(true);
    expect(isValidTimezone("Nowhere/Special")).toBe(false);
  });
});

describe("deleteAccountSchema", () => {
  it("needs exactly DELETE", () => {
    expect(deleteAccountSchema.safeParse({ confirm: "DELETE" }).success).toBe(true);
    for (const confirm of ["delete", "DELETE ", "", undefined, true]) {
      expect(deleteAccountSchema.safeParse({ confirm }).success).toBe(false);
    }
  });
});

describe("credentials", () => {
  const valid = { name: "Ada", email: "ada@example.com", password: "12345678" };

  it("accepts a 254-character email and rejects 255", () => {
    expect(email254).toHaveLength(254);
    expect(emailSchema.safeParse(email254).success).toBe(true);
    const email255 = `a${email254}`;
    expect(email255).toHaveLength(255);
    expect(issuesOf(emailSchema.safeParse(email255)).map((i) => i.message)).toContain("Email is too long.");
    expect(signUpSchema.safeParse({ ...valid, email: email254 }).success).toBe(true);
    expect(signUpSchema.safeParse({ ...valid, email: email255 }).success).toBe(false);
  });

  it.each(["plainaddress", "@example.com", "ada@", "ada@example", "ada example@example.com"])("rejects the email %j", (email) => {
    expect(signUpSchema.safeParse({ ...valid, email }).success).toBe(false);
  });

  it("bounds the password to 8–128 characters on sign-up", () => {
    expect(signUpSchema.safeParse({ ...valid, password: "1234567" }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...valid, password: "x".repeat(128) }).success).toBe(true);
    expect(signUpSchema.safeParse({ ...valid, password: "x".repeat(129) }).success).toBe(false);
  });

  it("names each invalid sign-up field", () => {
    const fields = issuesOf(signUpSchema.safeParse({ name: " ", email: "nope", password: "" })).map((i) => i.field);
    expect(fields.sort()).toEqual(["email", "name", "password"]);
  });

  it("keeps unicode and markup in names as typed (only trimmed)", () => {
    expect(signUpSchema.parse({ ...valid, name: " Zoë 山田 🚀 " }).name).toBe("Zoë 山田 🚀");
    expect(signUpSchema.parse({ ...valid, name: "<b>x</b>\u0007" }).name).toBe("<b>x</b>\u0007");
  });

  it("sign-in needs an email and any non-empty password up to 128", () => {
    expect(signInSchema.safeParse({ email: "ada@example.com", password: "x" }).success).toBe(true);
    expect(signInSchema.safeParse({ email: "ada@example.com", password: "" }).success).toBe(false);
    expect(signInSchema.safeParse({ email: "ada@example.com", password: "x".repeat(129) }).success).toBe(false);
  });
});
