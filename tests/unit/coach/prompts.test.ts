import { describe, expect, it } from "vitest";
import type { CoachContext } from "@/lib/coach/chat/context";
import { buildCoachSystemPrompt } from "@/lib/coach/chat/prompts";
import { coachContext } from "../../fixtures/coach-context";

const context = coachContext;

const profile: NonNullable<CoachContext["profile"]> = {
  industry: "SaaS",
  stage: "seed",
  company: "Brightline",
  location: "",
  revenueRange: "£0–£250k",
  teamSize: 6,
  role: "CEO",
  reportsTo: "",
  directReports: null,
  markets: ["UK", "Ireland"],
  keyChallenges: ["churn", "hiring"],
  formality: "casual",
  voiceId: null,
  sharePracticeStats: false,
};

describe("buildCoachSystemPrompt", () => {
  it("asks the model to answer in the user's preferred language, and says nothing about language for English", () => {
    const spanish = buildCoachSystemPrompt({ context: context({ user: { name: "Maya", coachStyle: "tactical", timezone: "Europe/London", language: "es" } }), sessionType: "check_in" });
    expect(spanish).toContain("Always answer in Spanish (es)");
    expect(buildCoachSystemPrompt({ context: context(), sessionType: "check_in" })).not.toMatch(/Always answer in/);
  });

  it("names the user, the coaching style and tone, and lists only the profile fields that are filled in", () => {
    const prompt = buildCoachSystemPrompt({ context: context({ profile }), sessionType: "check_in" });
    expect(prompt.startsWith("You are Cadence Coach, an experienced business coach talking with Maya.")).toBe(true);
    expect(prompt).toContain("Coach tactically");
    expect(prompt).toContain("Use a casual, friendly tone");
    expect(prompt).toContain("This is a quick check-in");
    expect(prompt).toContain("- Company: Brightline\n- Industry: SaaS\n- Stage: seed\n- Revenue: £0–£250k\n- Team size: 6\n- Role: CEO\n- Markets: UK, Ireland\n- Key challenges: churn; hiring");
    expect(prompt).not.toContain("Location:");
    expect(prompt).not.toContain("Direct reports:");
  });

  it("includes shared Practice results, saying where they come from, and nothing when not shared", () => {
    const practice = { lastScores: [{ score: 64, mode: "cold_call" as const, endedAt: "2026-11-30T10:00:00Z" }], weakest: { category: "closing" as const, average: 41 } };
    const prompt = buildCoachSystemPrompt({ context: context({ practice }), sessionType: "check_in" });
    expect(prompt).toContain("## Practice calls (shared by the user; refer to them when relevant and say that they come from Practice)");
    expect(prompt).toContain("- Last 1 practice call scores, newest first: 64 (cold call).\n- Weakest category lately: closing (average 41).");
    expect(buildCoachSystemPrompt({ context: context(), sessionType: "check_in" })).not.toContain("## Practice calls");
  });

  it("says so when there is no profile, and leaves out empty sections", () => {
    const prompt = buildCoachSystemPrompt({ context: context(), sessionType: "check_in" });
    expect(prompt).toContain("(No business profile yet.)");
    expect(prompt).not.toContain("## Active goals");
    expect(prompt).not.toContain("## Remembered from earlier conversations");
  });

  it("puts every tier in, dating memories and sessions in the user's timezone", () => {
    const prompt = buildCoachSystemPrompt({
      context: context({
        goals: [{ id: "g1", title: "Reach £50k MRR", category: "revenue", priority: 1, targetDate: "2026-12-31", progress: 40 }],
        actionItems: [{ id: "a1", text: "Send the deck to Priya", dueDate: "2026-09-25" }],
        upcomingSessions: [{ id: "s1", scheduledFor: "2026-09-24T23:30:00Z", durationMinutes: 45, goal: "pricing", framework: "OKR" }],
        dailySummaries: [{ day: "2026-09-19", summary: "Talked about churn.", keyTopics: ["churn"] }],
        recent: {
          used: true,
          reason: "the message refers to a recent period",
          conversations: [
            {
              id: "c1",
              title: "Pricing worries",
              lastMessageAt: "2026-09-15T10:00:00Z",
              messages: [
                { role: "user", content: "Our price is too low.", createdAt: "2026-09-15T10:00:00Z" },
                { role: "assistant", content: "What would fair look like?", createdAt: "2026-09-15T10:00:01Z" },
              ],
            },
          ],
          weeklySummaries: [{ weekStart: "2026-09-07", progressNotes: "Closed two pilots.", wins: [], challenges: [] }],
        },
        memory: { status: "used", memories: [{ messageId: "m1", createdAt: "2026-07-14T23:30:00Z", snippet: "The London pitch went badly.", similarity: 0.61 }] },
      }),
      sessionType: "check_in",
    });
    expect(prompt).toContain("- [P1] Reach £50k MRR (revenue, 40% done, target 2026-12-31)");
    expect(prompt).toContain("- Send the deck to Priya (due 2026-09-25)");
    expect(prompt).toContain("- 25 Sept 2026: OKR session on pricing");
    expect(prompt).toContain("- 2026-09-19: Talked about churn.");
    expect(prompt).toContain("- Week of 2026-09-07: Closed two pilots.");
    expect(prompt).toContain("  Maya: Our price is too low.\n  Coach: What would fair look like?");
    expect(prompt).toContain('- On 15 Jul 2026 they said: "The London pitch went badly."');
  });

  it("describes a structured session with its framework and goal, and keeps voice answers speakable", () => {
    const prompt = buildCoachSystemPrompt({
      context: context(),
      sessionType: "structured",
      mode: "voice",
      session: { goal: "Plan the Q3 launch", framework: "GROW", durationMinutes: 30 },
    });
    expect(prompt).toContain("This is a structured GROW session (30 minutes) on: Plan the Q3 launch.");
    expect(prompt).toContain("voice conversation: answer in short spoken sentences, no lists or markdown");
    expect(prompt).not.toContain("Keep answers under 200 words.");
  });

  it("carries the safety policy in every prompt, and a note when the latest message was flagged", () => {
    const plain = buildCoachSystemPrompt({ context: context(), sessionType: "check_in" });
    expect(plain).toContain("## Safety policy");
    expect(plain).toContain("Never present legal, medical, tax, financial or investment advice as fact");
    expect(plain).toContain("Samaritans — call 116 123");
    expect(plain).toContain("call or text 988");
    expect(plain).toContain("Refuse to help deceive or harass anyone");
    expect(plain).not.toContain("The user's latest message");

    const crisis = buildCoachSystemPrompt({ context: context(), sessionType: "structured", safety: { kind: "crisis" } });
    expect(crisis).toContain("The user's latest message shows possible self-harm signals.");
    const legal = buildCoachSystemPrompt({ context: context(), sessionType: "check_in", safety: { kind: "professional-advice", field: "legal" } });
    expect(legal).toContain("touches on legal matters");
    const misuse = buildCoachSystemPrompt({ context: context(), sessionType: "check_in", mode: "voice", safety: { kind: "deceive-or-harass", misuse: "deceive" } });
    expect(misuse).toContain("appears to ask for help to deceive");
  });
});
