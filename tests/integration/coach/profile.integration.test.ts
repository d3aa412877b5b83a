import { describe, expect, it } from "vitest";
import { GET as getMe } from "@/app/api/me/route";
import { POST as onboard } from "@/app/api/coach/onboarding/route";
import { GET as getProfile, PUT as putProfile } from "@/app/api/coach/profile/route";
import { GET as getGoals } from "@/app/api/coach/goals/route";
import { send, sendOk } from "../../fixtures/coach-planning";
import { errorOf } from "../../fixtures/http";
import { signUpUser, type TestUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";

useTestDatabase();

const ONBOARDING = {
  profile: {
    industry: "Logistics software",
    stage: "Seed",
    company: "Haulwise",
    location: "Leeds, UK",
    revenueRange: "£250k–£1m",
    teamSize: 12,
    role: "CEO",
    reportsTo: "The board",
    directReports: 4,
    markets: ["UK", "Netherlands"],
    keyChallenges: ["Hiring senior engineers", "Closing enterprise deals"],
  },
  goals: [
    { title: "Close three enterprise pilots", category: "sales", priority: 1, targetDate: "2027-03-31" },
    { title: "Hire a VP Engineering", category: "team", priority: 2, targetDate: null },
  ],
  coachStyle: "tactical",
  formality: "casual",
  voiceId: "voice_rachel",
  timezone: "Europe/London",
};

type ProfileView = {
  profile: Record<string, unknown>;
  coachStyle: string;
  formality: string;
  voiceId: string | null;
  timezone: string;
  onboardingState: string;
};

const readProfile = (user: TestUser) => sendOk<ProfileView>(getProfile, "/api/coach/profile", user);
const readGoals = async (user: TestUser) => (await sendOk<{ goals: { title: string }[] }>(getGoals, "/api/coach/goals", user)).goals;
const readMe = (user: TestUser) => sendOk<{ onboardingState: string; coachStyle: string; timezone: string }>(getMe, "/api/me", user);

describe("onboarding", () => {
  it("stores the profile, the first goals and the coach preferences, and completes onboarding", async () => {
    const user = await signUpUser();
    expect(await readProfile(user)).toMatchObject({ onboardingState: "not_started", formality: "balanced", profile: { company: "" } });

    const res = await send(onboard, "/api/coach/onboarding", user, { method: "POST", json: ONBOARDING });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.goals.map((g: { title: string; status: string }) => [g.title, g.status])).toEqual([
      ["Close three enterprise pilots", "active"],
      ["Hire a VP Engineering", "active"],
    ]);

    expect(await readProfile(user)).toEqual({
      profile: ONBOARDING.profile,
      coachStyle: "tactical",
      formality: "casual",
      voiceId: "voice_rachel",
      sharePracticeStats: false,
      timezone: "Europe/London",
      onboardingState: "completed",
    });
    expect(await readMe(user)).toMatchObject({ onboardingState: "completed", coachStyle: "tactical", timezone: "Europe/London" });
    expect(await readGoals(user)).toHaveLength(2);
  });

  it("happens once: a second onboarding is a 409 and adds no goals", async () => {
    const user = await signUpUser();
    await sendOk(onboard, "/api/coach/onboarding", user, { method: "POST", json: ONBOARDING, status: 201 });
    const again = await send(onboard, "/api/coach/onboarding", user, { method: "POST", json: ONBOARDING });
    expect(again.status).toBe(409);
    expect(await readGoals(user)).toHaveLength(2);
  });

  it.each([
    ["an unknown timezone", { timezone: "Mars/Olympus_Mons" }, "timezone"],
    ["no goals", { goals: [] }, "goals"],
    ["a priority outside 1–5", { goals: [{ title: "Grow", category: "sales", priority: 6, targetDate: null }] }, "goals.0.priority"],
    ["a missing industry", { profile: { ...ONBOARDING.profile, industry: " " } }, "profile.industry"],
    ["an unknown coach style", { coachStyle: "drill-sergeant" }, "coachStyle"],
  ])("rejects %s with 400 and stores nothing", async (_, change, field) => {
    const user = await signUpUser();
    const res = await send(onboard, "/api/coach/onboarding", user, { method: "POST", json: { ...ONBOARDING, ...change } });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).details?.map((d) => d.field)).toContain(field);
    expect((await readMe(user)).onboardingState).toBe("not_started");
    expect(await readGoals(user)).toEqual([]);
  });
});

describe("editing the coach profile", () => {
  it("changes only the fields sent, including coach style and timezone", async () => {
    const user = await signUpUser();
    await sendOk(onboard, "/api/coach/onboarding", user, { method: "POST", json: ONBOARDING, status: 201 });
    const updated = await sendOk<ProfileView>(putProfile, "/api/coach/profile", user, {
      method: "PUT",
      json: { profile: { company: "Haulwise Ltd", teamSize: 15 }, formality: "formal", coachStyle: "strategic", timezone: "America/New_York" },
    });
    expect(updated).toMatchObject({
      profile: { ...ONBOARDING.profile, company: "Haulwise Ltd", teamSize: 15 },
      formality: "formal",
      coachStyle: "strategic",
      timezone: "America/New_York",
      voiceId: "voice_rachel",
    });
    expect(await readProfile(user)).toEqual(updated);
    expect(await readMe(user)).toMatchObject({ coachStyle: "strategic", timezone: "America/New_York" });
  });

  it("works before onboarding too, creating the profile", async () => {
    const user = await signUpUser();
    const updated = await sendOk<ProfileView>(putProfile, "/api/coach/profile", user, {
      method: "PUT",
      json: { profile: { industry: "Retail" } },
    });
    expect(updated.profile).toMatchObject({ industry: "Retail", company: "", markets: [] });
    expect(updated.onboardingState).toBe("not_started");
  });

  it("rejects an invalid timezone, unknown fields and an empty change with 400", async () => {
    const user = await signUpUser();
    const badZone = await send(putProfile, "/api/coach/profile", user, { method: "PUT", json: { timezone: "Europe/Atlantis" } });
    expect(badZone.status).toBe(400);
    expect((await errorOf(badZone)).details?.[0]?.field).toBe("timezone");
    const unknown = await send(putProfile, "/api/coach/profile", user, { method: "PUT", json: { profile: { favouriteColour: "red" } } });
    expect(unknown.status).toBe(400);
    const empty = await send(putProfile, "/api/coach/profile", user, { method: "PUT", json: {} });
    expect(empty.status).toBe(400);
    const negative = await send(putProfile, "/api/coach/profile", user, { method: "PUT", json: { profile: { teamSize: -1 } } });
    expect(negative.status).toBe(400);
    expect((await readMe(user)).timezone).toBe("UTC");
  });
});

describe("another user", () => {
  it("sees only their own profile and cannot change anyone else's", async () => {
    const alice = await signUpUser();
    const bob = await signUpUser();
    await sendOk(onboard, "/api/coach/onboarding", alice, { method: "POST", json: ONBOARDING, status: 201 });

    const bobsView = await readProfile(bob);
    expect(bobsView.profile.company).toBe("");
    expect(bobsView.onboardingState).toBe("not_started");
    await sendOk(putProfile, "/api/coach/profile", bob, { method: "PUT", json: { profile: { company: "Bob & Co" }, coachStyle: "supportive" } });

    const alicesView = await readProfile(alice);
    expect(alicesView.profile.company).toBe("Haulwise");
    expect(alicesView.coachStyle).toBe("tactical");
    expect(await readGoals(bob)).toEqual([]);
  });

  it("is 401 when signed out", async () => {
    const res = await getProfile(new Request("http://localhost:3000/api/coach/profile"), { params: Promise.resolve({}) });
    expect(res.status).toBe(401);
  });
});
