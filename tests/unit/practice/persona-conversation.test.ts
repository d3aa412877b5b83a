import { describe, expect, it } from "vitest";
import { createPersonaState, nextPersonaTurn, type PersonaState } from "@/lib/practice/persona/persona-engine";
import { classifyRepLine } from "@/lib/practice/persona/persona-intents";
import { buildFactSheet, toFirstPerson } from "@/lib/practice/persona/fact-sheet";
import { classifyRepIntent } from "@/lib/practice/persona/rep-intent";
import { composePersona } from "@/lib/practice/persona/persona-composer";
import { phraseReply } from "@/lib/practice/persona/persona-replies";
import { presetPersonas } from "@/lib/practice/persona/presets";
import { isBuyerAgreement } from "@/lib/practice/rubric/buyer-agreement";
import { detectObjection } from "@/lib/practice/rubric/lexicon";
import type { CallMode, PersonaProfile, PersonaTurn, TranscriptLine } from "@/lib/practice/types";
import { repLineFixtures } from "./persona-fixtures";

function preset(slug: string): PersonaProfile {
  const found = presetPersonas.find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(`no preset ${slug}`);
  return found;
}

function play({ persona, mode, lines }: { persona: PersonaProfile; mode: CallMode; lines: string[] }) {
  let state: PersonaState = createPersonaState({ persona, mode });
  const transcript: TranscriptLine[] = [];
  const turns: PersonaTurn[] = [];
  for (const content of lines) {
    transcript.push({ role: "rep", content, timestampMs: transcript.length * 4_000 });
    const result = nextPersonaTurn({ persona, mode, state: JSON.parse(JSON.stringify(state)), transcript });
    state = result.state;
    transcript.push({ role: "persona", content: result.turn.text, timestampMs: transcript.length * 4_000 });
    turns.push(result.turn);
  }
  return { turns, state, transcript };
}

describe("the offline buyer answers the question asked, from its fact sheet", () => {
  it("has at least 30 fixtures across all three modes", () => {
    expect(repLineFixtures.length).toBeGreaterThanOrEqual(30);
    expect(new Set(repLineFixtures.map((fixture) => fixture.mode)).size).toBe(3);
  });

  it.each(repLineFixtures.map((fixture) => [`${fixture.slug} · ${fixture.mode} · ${fixture.line}`, fixture] as const))("%s", (_, fixture) => {
    const persona = preset(fixture.slug);
    const { turns, state } = play({ persona, mode: fixture.mode, lines: [...(fixture.before ?? []), fixture.line] });
    const intents = classifyRepLine({ text: fixture.line });
    const intent = classifyRepIntent({ text: fixture.line, intents, turn: (fixture.before?.length ?? 0) + 1, objectionPending: false });
    expect(intent.kind).toBe(fixture.intent);
    const reply = turns.at(-1)!.text;
    for (const words of fixture.mustInclude) expect(reply.toLowerCase(), reply).toContain(words.toLowerCase());
    expect(reply.length).toBeGreaterThan(0);
    expect(state.said).toHaveLength(turns.length);
  });
});

describe("fact sheets", () => {
  it("derive team, tools, process, pains with numbers, budget, timeline and decision makers for every preset", () => {
    for (const persona of presetPersonas) {
      const topics = new Set(buildFactSheet(persona).facts.map((fact) => fact.topic));
      for (const topic of ["team", "tools", "process", "pain", "impact", "budget", "timeline", "decision"] as const) expect(topics.has(topic), `${persona.name} ${topic}`).toBe(true);
      for (const fact of buildFactSheet(persona).facts.filter((candidate) => candidate.topic === "impact")) expect(fact.text).toMatch(/\d+ hours a week.*\$\d/);
    }
  });

  it("derive one for a generated persona too, deterministically", () => {
    const persona = composePersona({ industry: "Logistics", role: "Head of Operations", personality: "busy", difficulty: "hard" });
    expect(buildFactSheet(persona)).toEqual(buildFactSheet({ ...persona }));
    expect(buildFactSheet(persona).facts.filter((fact) => fact.topic === "pain")).toHaveLength(persona.hiddenPains.length);
  });

  it("speak the backstory in the first person", () => {
    expect(toFirstPerson({ sentence: "Sofia manages 35 agents across two offices.", firstName: "Sofia" })).toBe("I manage 35 agents across two offices.");
    expect(toFirstPerson({ sentence: "The board now asks her for forecast accuracy every month.", firstName: "Dana" })).toBe("The board now asks me for forecast accuracy every month.");
  });
});

const twentyTurns = [
  "Hi Dana, this is Sam from Relay.",
  "Thanks for making the time today.",
  "How big is your team?",
  "What tools do you use today?",
  "Walk me through your forecast process.",
  "How accurate is your forecast month to month?",
  "How much does that cost you?",
  "Okay.",
  "Okay.",
  "Right.",
  "Do you use Salesforce?",
  "Do you use Salesforce?",
  "What else is hard for your reps?",
  "What else is hard for your reps?",
  "Who else decides?",
  "Who else decides?",
  "Okay.",
  "Okay.",
  "What's your budget?",
  "What's your budget?",
];

describe("conversation rules", () => {
  it.each(presetPersonas.map((persona) => [persona.slug, persona] as const))("never says the same line twice over a 20-turn call (%s)", (_, persona) => {
    for (const mode of ["discovery", "cold_call", "objection_gauntlet"] as const) {
      const { turns } = play({ persona, mode, lines: twentyTurns });
      const spoken = turns.map((turn) => turn.text).filter(Boolean);
      expect(new Set(spoken).size, `${mode}: ${spoken.join(" | ")}`).toBe(spoken.length);
    }
  });

  it("skeptical and hostile buyers raise a real objection from their list at a vague claim; a friendly one asks how", () => {
    for (const slug of ["saas-skeptical-vp-sales", "manufacturing-hostile-plant-manager", "energy-hostile-procurement-manager"]) {
      const persona = preset(slug);
      const { turns } = play({ persona, mode: "discovery", lines: ["We'll save you time and boost your revenue."] });
      expect(persona.objections.some((objection) => turns[0]!.text.includes(objection)), turns[0]!.text).toBe(true);
    }
    const friendly = play({ persona: preset("healthcare-friendly-practice-admin"), mode: "discovery", lines: ["We'll save you time and boost your revenue."] });
    expect(friendly.turns[0]!.text).toMatch(/\?$/);
  });

  it("a discovery buyer who made time does not hang up on polite asks, even a hard one", () => {
    const james = preset("finance-skeptical-cfo");
    const polite = Array.from({ length: 8 }, () => "Would you be open to a demo next week?");
    const { turns, state } = play({ persona: james, mode: "discovery", lines: polite });
    expect(turns.some((turn) => turn.hangUp)).toBe(false);
    expect(state.hungUp).toBe(false);
  });

  it("keeps hidden pains back from closed and vague questions", () => {
    const dana = preset("saas-skeptical-vp-sales");
    const { state } = play({ persona: dana, mode: "discovery", lines: ["Is everything fine?", "Do you have a CRM?", "Are you busy?", "Anything else?"] });
    expect(state.revealedPains).toEqual([]);
  });

  it("agrees to an earned next step in words the scorer recognises", () => {
    for (const persona of presetPersonas) {
      const { turns } = play({
        persona,
        mode: "discovery",
        lines: [
          `Hi ${persona.name.split(" ")[0]}, thanks for making the time.`,
          "How does your team spend its week right now?",
          "What's the hardest part of that for you?",
          "How does that affect the rest of the business?",
          "That makes sense. What have you tried so far?",
          "I hear you. Tell me more about what that costs you each month?",
          "That sounds painful. Could we book thirty minutes next Tuesday to go through it?",
        ],
      });
      const agreement = turns.find((turn) => turn.agreedNextStep);
      if (agreement) expect(isBuyerAgreement(agreement.text), agreement.text).toBe(true);
    }
    const priya = play({
      persona: preset("healthcare-friendly-practice-admin"),
      mode: "discovery",
      lines: ["Hi Priya, thanks for making the time.", "How does your front desk spend the morning?", "What do no-shows cost you?", "That sounds painful. Could we book a demo next Tuesday?"],
    });
    expect(priya.turns.at(-1)!.agreedNextStep).toBe(true);
    expect(isBuyerAgreement(priya.turns.at(-1)!.text)).toBe(true);
  });

  it("says yes only in words the scorer hears as agreement, and no in words it does not", () => {
    for (const persona of presetPersonas) {
      for (let seed = 0; seed < 4; seed += 1) {
        expect(isBuyerAgreement(phraseReply({ kind: "agree", persona, seed })), `${persona.personality} agree ${seed}`).toBe(true);
        expect(isBuyerAgreement(phraseReply({ kind: "refuse", persona, seed })), `${persona.personality} refuse ${seed}`).toBe(false);
      }
    }
  });

  it("raises objections the rubric recognises as objections", () => {
    const { transcript } = play({ persona: preset("logistics-busy-head-of-ops"), mode: "objection_gauntlet", lines: ["Hi Marco.", "I understand. What slows dispatch?", "That makes sense. What does your TMS miss?"] });
    const buyerLines = transcript.filter((line) => line.role === "persona");
    expect(buyerLines.every((line) => detectObjection(line.content) !== null), buyerLines.map((line) => line.content).join(" | ")).toBe(true);
  });
});

describe("fact sheets of generated personas", () => {
  it("keep abbreviations inside their sentence and speak in the first person", () => {
    const persona = composePersona({ industry: "Underwater basket weaving", role: "Chief Weaver", personality: "friendly", difficulty: "medium" });
    const facts = buildFactSheet(persona).facts;
    expect(facts.find((fact) => fact.topic === "team")!.text).toMatch(/^I have been Chief Weaver at .+ for \d+ years\.$/);
    expect(facts.map((fact) => fact.text).join(" ")).not.toMatch(/\bI (enjoys|answers|asks|guards|is|has)\b/);
  });

  it("match hospitality to hotels, not hospitals", () => {
    const persona = composePersona({ industry: "Hospitality", role: "General Manager", personality: "friendly", difficulty: "medium" });
    expect(buildFactSheet(persona).facts.find((fact) => fact.topic === "tools")!.text).toContain("property management system");
    expect(persona.backstory).not.toMatch(/Patient|Clinic/);
  });
});
