import { describe, expect, it } from "vitest";
import type { ChatMessage } from "@/lib/ai/types";
import { agendaOpening } from "@/lib/coach/carry-forward/agenda-opening";
import { commitmentStatus, type CarriedCommitment } from "@/lib/coach/carry-forward/carried-commitments";
import { composeGrowReply } from "@/lib/coach/chat/coach-engine";
import { buildCoachSystemPrompt } from "@/lib/coach/chat/prompts";
import { coachContext } from "../../../fixtures/coach-context";

const item = (text: string, status: CarriedCommitment["status"], dueDate: string | null = "2026-11-27"): CarriedCommitment => ({ id: text, text, dueDate, status });
const user = (content: string): ChatMessage => ({ role: "user", content });

describe("commitmentStatus", () => {
  it("is done when ticked, overdue when due before the user's today, pending otherwise", () => {
    expect(commitmentStatus({ status: "done", dueDate: "2026-01-01" }, "2026-12-02")).toBe("done");
    expect(commitmentStatus({ status: "pending", dueDate: "2026-12-01" }, "2026-12-02")).toBe("overdue");
    expect(commitmentStatus({ status: "pending", dueDate: "2026-12-02" }, "2026-12-02")).toBe("pending");
    expect(commitmentStatus({ status: "pending", dueDate: null }, "2026-12-02")).toBe("pending");
  });
});

describe("agendaOpening", () => {
  it("asks about the overdue commitment first, counting the other overdue ones, and praises what was done", () => {
    const opening = agendaOpening([item("Send Acme the price sheet", "overdue"), item("Call Priya", "overdue"), item("Book the offsite", "done")]);
    expect(opening.asks).toBe(true);
    expect(opening.sentences.join(" ")).toBe(
      "Since last session you finished “Book the offsite” — well done. Before anything else: from last session, “Send Acme the price sheet” was due 27 Nov and is still open, and 1 more is overdue. What got in the way, and what would it take to finish it this week?",
    );
  });

  it("only mentions open ones when nothing is overdue, and lets the coach go on", () => {
    const opening = agendaOpening([item("Draft the hiring plan", "pending", "2026-12-20")]);
    expect(opening).toEqual({ sentences: ["Still open from last session: “Draft the hiring plan”."], asks: false });
  });
});

describe("the offline coach opening a session", () => {
  const context = { name: "Dana Whitfield", timezone: "Europe/London", goals: [], memories: [] };

  it("opens the first answer with the overdue commitment and asks about it", () => {
    const reply = composeGrowReply({ messages: [user("Let's plan the enterprise pricing.")], context: { ...context, carried: [item("Send Acme the price sheet", "overdue")] } });
    expect(reply.startsWith("Hi Dana. Before anything else: from last session, “Send Acme the price sheet” was due 27 Nov")).toBe(true);
    expect(reply.endsWith("What got in the way, and what would it take to finish it this week?")).toBe(true);
  });

  it("does not repeat the agenda after the first answer", () => {
    const messages = [user("Let's plan the enterprise pricing."), { role: "assistant" as const, content: "…" }, user("It slipped because of the audit.")];
    const reply = composeGrowReply({ messages, context: { ...context, carried: [item("Send Acme the price sheet", "overdue")] } });
    expect(reply).not.toContain("Before anything else");
  });
});

describe("the model's prompt in a session", () => {
  it("lists last session's commitments with their status and asks for the overdue ones first", () => {
    const ctx = coachContext({ user: { name: "Dana", coachStyle: "tactical", timezone: "UTC", language: "en" } });
    const prompt = buildCoachSystemPrompt({ context: ctx, sessionType: "structured", carried: [item("Send Acme the price sheet", "overdue"), item("Book the offsite", "done", null)] });
    expect(prompt).toContain("## Commitments from the last session\n- [overdue] Send Acme the price sheet (due 2026-11-27)\n- [done] Book the offsite");
    expect(prompt).toContain("Open this session by asking about the overdue commitments, before anything else.");
    expect(buildCoachSystemPrompt({ context: ctx, sessionType: "structured" })).not.toContain("Commitments from the last session");
  });
});
