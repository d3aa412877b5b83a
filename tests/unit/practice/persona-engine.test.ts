import { describe, expect, it } from "vitest";
import { createPersonaState, nextPersonaTurn, type PersonaState } from "@/lib/practice/persona/persona-engine";
import { presetPersonas } from "@/lib/practice/persona/presets";
import type { CallMode, PersonaProfile, PersonaTurn, TranscriptLine } from "@/lib/practice/types";

function findPreset(slug: string): PersonaProfile {
  const preset = presetPersonas.find((candidate) => candidate.slug === slug);
  if (!preset) throw new Error(`no preset ${slug}`);
  return preset;
}

const dana = findPreset("saas-skeptical-vp-sales");

/** Plays rep lines against the engine, storing the state as JSON between turns like the API does. */
function playCall({ persona, mode, lines }: { persona: PersonaProfile; mode: CallMode; lines: string[] }) {
  let state: PersonaState = JSON.parse(JSON.stringify(createPersonaState({ persona, mode })));
  const transcript: TranscriptLine[] = [];
  const turns: PersonaTurn[] = [];
  const states: PersonaState[] = [];
  for (const content of lines) {
    transcript.push({ role: "rep", content, timestampMs: transcript.length * 4_000 });
    const result = nextPersonaTurn({ persona, mode, state, transcript });
    state = JSON.parse(JSON.stringify(result.state));
    expect(state).toEqual(result.state);
    transcript.push({ role: "persona", content: result.turn.text, timestampMs: transcript.length * 4_000 });
    turns.push(result.turn);
    states.push(state);
  }
  return { turns, states, state, transcript };
}

describe("createPersonaState", () => {
  it("starts as plain JSON, colder for harder personas and cold calls", () => {
    const state = createPersonaState({ persona: dana, mode: "discovery" });
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    const easy = createPersonaState({ persona: findPreset("healthcare-friendly-practice-admin"), mode: "discovery" });
    const hard = createPersonaState({ persona: findPreset("manufacturing-hostile-plant-manager"), mode: "discovery" });
    expect(easy.trust).toBeGreaterThan(hard.trust);
    expect(createPersonaState({ persona: dana, mode: "cold_call" }).trust).toBeLessThan(state.trust);
  });
});

describe("nextPersonaTurn", () => {
  it("raises the first objection when the rep pitches before asking anything", () => {
    const { turns, state } = playCall({
      persona: dana,
      mode: "discovery",
      lines: ["Our platform offers AI-powered call recording, forecasting and coaching features for your whole team."],
    });
    expect(turns[0]!.text).toContain("we'd add another tool");
    expect(state.pendingObjection).toBe(0);
  });

  it("reveals a pain only to a related open question, not to a closed one", () => {
    const { turns, states } = playCall({
      persona: dana,
      mode: "discovery",
      lines: ["Do your reps log their calls in the CRM?", "How do your reps spend their week right now?"],
    });
    expect(turns[0]!.text).not.toContain(dana.hiddenPains[0]!.slice(4));
    expect(states[0]!.revealedPains).toEqual([]);
    expect(turns[1]!.text).toContain("reps spend hours every week logging calls in the CRM");
    expect(states[1]!.revealedPains).toEqual([0]);
  });

  it("picks the pain the question is about, not simply the next one", () => {
    const { states } = playCall({ persona: dana, mode: "discovery", lines: ["How accurate is your forecast month to month?"] });
    expect(states[0]!.revealedPains).toEqual([1]);
  });

  it("gains trust from empathy on an objection and loses it when the objection is ignored", () => {
    const pitch = "Our platform offers AI-powered call recording and forecasting features.";
    const empathetic = playCall({ persona: dana, mode: "discovery", lines: [pitch, "That's fair, I hear that a lot. What does Gong cover for you today?"] });
    const ignoring = playCall({ persona: dana, mode: "discovery", lines: [pitch, "We also have dashboards and a mobile app."] });
    expect(empathetic.states[1]!.trust).toBeGreaterThan(empathetic.states[0]!.trust);
    expect(empathetic.state.addressedObjections).toEqual([0]);
    expect(ignoring.states[1]!.trust).toBeLessThan(ignoring.states[0]!.trust);
    expect(ignoring.turns[1]!.text).toContain("we'd add another tool");
    expect(ignoring.state.strikes).toBe(1);
  });

  it("agrees to a next step once trust is earned", () => {
    const { turns } = playCall({
      persona: dana,
      mode: "discovery",
      lines: [
        "Hi Dana, this is Sam from Relay. Thanks for making the time.",
        "How do your reps spend their week right now?",
        "Tell me about how your forecast holds up month to month?",
        "What happens when new reps join the team and need coaching?",
        "How does the stale pipeline data change what you tell the board?",
        "That sounds painful. Could we book a demo next Tuesday?",
      ],
    });
    expect(turns.at(-1)!.agreedNextStep).toBe(true);
    expect(turns.slice(0, -1).every((turn) => !turn.agreedNextStep)).toBe(true);
  });

  it("refuses a next step that was not earned", () => {
    const { turns, state } = playCall({ persona: dana, mode: "discovery", lines: ["Hi Dana, can we book a demo next Tuesday?"] });
    expect(turns[0]!.agreedNextStep).toBe(false);
    expect(state.agreedNextStep).toBe(false);
    expect(turns[0]!.text).toContain(dana.objections[0]);
  });

  it("hangs up on a hostile persona after three pushy or rude lines, and stays hung up", () => {
    const gloria = findPreset("manufacturing-hostile-plant-manager");
    const { turns, state } = playCall({
      persona: gloria,
      mode: "cold_call",
      lines: ["You need to buy this, trust me.", "Just sign today, it's a limited time deal.", "Stop stalling, this is a waste of my time.", "Hello?"],
    });
    expect(turns.slice(0, 2).some((turn) => turn.hangUp)).toBe(false);
    expect(turns[2]!.hangUp).toBe(true);
    expect(turns[3]).toEqual({ text: "", hangUp: true, agreedNextStep: false });
    expect(state.hungUp).toBe(true);
  });

  it("does not hang up on an easy, friendly persona for the same lines", () => {
    const priya = findPreset("healthcare-friendly-practice-admin");
    const { turns } = playCall({
      persona: priya,
      mode: "cold_call",
      lines: ["You need to buy this, trust me.", "Just sign today, it's a limited time deal.", "Stop stalling, this is a waste of my time."],
    });
    expect(turns.some((turn) => turn.hangUp)).toBe(false);
  });

  it("raises objections one after another, in order, in the objection gauntlet", () => {
    const marco = findPreset("logistics-busy-head-of-ops");
    const { turns, states } = playCall({
      persona: marco,
      mode: "objection_gauntlet",
      lines: [
        "Hi Marco, Sam from Dockwise.",
        "I understand, I'll be quick. What slows dispatch down most?",
        "That makes sense. What does your TMS not do today?",
        "I hear you, peak season is brutal. For example, one carrier cut dock time 18% in 6 weeks.",
      ],
    });
    marco.objections.forEach((objection, index) => {
      const sentence = objection.slice(1);
      expect(turns[index]!.text, `objection ${index}`).toContain(sentence);
      expect(states[index]!.pendingObjection).toBe(index);
    });
  });

  it("repeats the same objection when the rep talks past it in the gauntlet", () => {
    const marco = findPreset("logistics-busy-head-of-ops");
    const { states, turns } = playCall({ persona: marco, mode: "objection_gauntlet", lines: ["Hi Marco.", "Our TMS add-on is great."] });
    expect(states[1]!.pendingObjection).toBe(0);
    expect(turns[1]!.text).toContain("two minutes");
  });

  it("is deterministic and varies its phrasing with the conversation", () => {
    const lines = ["Hi Dana, this is Sam.", "How do your reps spend their week?", "Tell me about your forecast?"];
    expect(playCall({ persona: dana, mode: "discovery", lines }).turns).toEqual(playCall({ persona: dana, mode: "discovery", lines }).turns);
    const replies = new Set(
      ["Do you use a CRM?", "Do you have a sales team?", "Is it a big team?", "Are you the VP?", "Do you like it?", "Is it hard?"].map(
        (line) => playCall({ persona: dana, mode: "discovery", lines: [line] }).turns[0]!.text,
      ),
    );
    expect(replies.size).toBeGreaterThan(1);
  });
});
