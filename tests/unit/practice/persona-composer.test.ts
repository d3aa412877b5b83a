import { describe, expect, it } from "vitest";
import { createPersonaState, nextPersonaTurn } from "@/lib/practice/persona/persona-engine";
import { composePersona } from "@/lib/practice/persona/persona-composer";
import { presetVoiceIds } from "@/lib/practice/persona/presets";
import { difficulties, personalities } from "@/lib/practice/types";

const request = { industry: "Logistics", role: "Head of Dispatch", personality: "busy", difficulty: "medium" } as const;

describe("composePersona", () => {
  it("returns the same persona for the same request", () => {
    expect(composePersona(request)).toEqual(composePersona({ ...request }));
  });

  it("returns different personas for different requests", () => {
    const other = composePersona({ ...request, role: "CFO" });
    expect(other.name === composePersona(request).name && other.company === composePersona(request).company).toBe(false);
    expect(other.hiddenPains).not.toEqual(composePersona(request).hiddenPains);
  });

  it("keeps the requested industry, role, personality and difficulty, and draws on the industry's pools", () => {
    const persona = composePersona(request);
    expect(persona).toMatchObject(request);
    expect(persona.company).toMatch(/Freight|Logistics|Transport|Carriers/);
    expect(persona.hiddenPains.join(" ")).toMatch(/dock|dispatch|deliver|driver|tracking|orders/i);
    expect(persona.backstory).toContain("Head of Dispatch");
    expect(persona.backstory).toContain(persona.company);
  });

  it("builds a prompt and greeting consistent with the fields", () => {
    const persona = composePersona(request);
    for (const text of [persona.name, persona.role, persona.company, persona.industry, ...persona.hiddenPains, ...persona.objections]) {
      expect(persona.systemPrompt).toContain(text);
    }
    expect(persona.firstMessage).toContain(persona.name.split(" ")[0]);
    expect(presetVoiceIds).toContain(persona.voiceId);
  });

  it("falls back to generic pools for an unknown industry but keeps the given text", () => {
    const persona = composePersona({ industry: "Competitive Beekeeping", role: "Chief Honey Officer", personality: "friendly", difficulty: "easy" });
    expect(persona.industry).toBe("Competitive Beekeeping");
    expect(persona.role).toBe("Chief Honey Officer");
    expect(persona.backstory).toContain("Competitive Beekeeping");
    expect(persona.company).toMatch(/Group|Partners|Co\.|Holdings/);
  });

  it.each(personalities.flatMap((personality) => difficulties.map((difficulty) => [personality, difficulty] as const)))(
    "composes a complete %s/%s persona the offline engine can play",
    (personality, difficulty) => {
      const persona = composePersona({ industry: "Healthcare", role: "Practice Manager", personality, difficulty });
      expect(persona.hiddenPains.length).toBeGreaterThanOrEqual(2);
      expect(persona.hiddenPains.length).toBeLessThanOrEqual(4);
      expect(persona.objections.length).toBeGreaterThanOrEqual(3);
      expect(persona.objections.length).toBeLessThanOrEqual(5);
      expect(new Set(persona.hiddenPains).size).toBe(persona.hiddenPains.length);
      const state = createPersonaState({ persona, mode: "objection_gauntlet" });
      const transcript = [{ role: "rep" as const, content: "Hi, this is Sam from Relay.", timestampMs: 0 }];
      expect(nextPersonaTurn({ persona, mode: "objection_gauntlet", state, transcript }).turn.text).toContain(persona.objections[0]!.slice(1));
    },
  );
});
