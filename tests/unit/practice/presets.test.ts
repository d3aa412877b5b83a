import { describe, expect, it } from "vitest";
import { buildPersonaPrompt, modeInstructions, weightCategories } from "@/lib/practice/mode-instructions";
import { presetPersonas, presetVoiceIds } from "@/lib/practice/persona/presets";
import { callModes, difficulties, personalities, rubricCategories } from "@/lib/practice/types";

describe("presetPersonas", () => {
  it("offers at least ten presets with unique slugs across varied industries", () => {
    expect(presetPersonas.length).toBeGreaterThanOrEqual(10);
    expect(new Set(presetPersonas.map((preset) => preset.slug)).size).toBe(presetPersonas.length);
    expect(new Set(presetPersonas.map((preset) => preset.industry)).size).toBeGreaterThanOrEqual(10);
  });

  it("covers every personality and difficulty", () => {
    expect(new Set(presetPersonas.map((preset) => preset.personality))).toEqual(new Set(personalities));
    expect(new Set(presetPersonas.map((preset) => preset.difficulty))).toEqual(new Set(difficulties));
  });

  it.each(presetPersonas.map((preset) => [preset.slug, preset] as const))("%s has every field filled", (_, preset) => {
    for (const field of ["name", "role", "company", "industry", "backstory", "systemPrompt", "firstMessage"] as const) {
      expect(preset[field].trim()).not.toBe("");
    }
    expect(preset.hiddenPains.length).toBeGreaterThanOrEqual(2);
    expect(preset.hiddenPains.length).toBeLessThanOrEqual(4);
    expect(preset.objections.length).toBeGreaterThanOrEqual(3);
    expect(preset.objections.length).toBeLessThanOrEqual(5);
    expect(presetVoiceIds).toContain(preset.voiceId);
    expect(preset.systemPrompt).toContain(preset.name);
    for (const pain of preset.hiddenPains) expect(preset.systemPrompt).toContain(pain);
    for (const objection of preset.objections) expect(preset.systemPrompt).toContain(objection);
  });
});

describe("modeInstructions", () => {
  const [persona] = presetPersonas;

  it("renormalises the emphasised weights to sum 1 and favours the mode's focus", () => {
    for (const mode of callModes) {
      const weights = weightCategories({ mode });
      expect(Object.values(weights).reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(1, 10);
      expect(Object.keys(weights).sort()).toEqual([...rubricCategories].sort());
    }
    expect(weightCategories({ mode: "cold_call" }).opening).toBeGreaterThan(weightCategories({ mode: "discovery" }).opening);
    expect(weightCategories({ mode: "discovery" }).discovery).toBeGreaterThan(0.25);
    expect(weightCategories({ mode: "objection_gauntlet" }).objectionHandling).toBeGreaterThan(0.25);
  });

  it("combines the persona prompt with the mode's rules", () => {
    const prompt = buildPersonaPrompt({ persona: persona!, mode: "objection_gauntlet" });
    expect(prompt.systemPrompt).toContain(persona!.systemPrompt);
    expect(prompt.systemPrompt).toContain(modeInstructions.objection_gauntlet.personaInstructions);
    expect(prompt.firstMessage).toBe(persona!.firstMessage);
    expect(prompt.systemPrompt).toContain('"Tuesday works"');
  });

  it("tells the model to answer in the rep's preferred language, and adds nothing for English", () => {
    expect(buildPersonaPrompt({ persona: persona!, mode: "discovery", language: "de" }).systemPrompt).toMatch(/Always answer in German \(de\)/);
    expect(buildPersonaPrompt({ persona: persona!, mode: "discovery", language: "en" }).systemPrompt).not.toMatch(/Always answer in/);
  });

  it("opens a cold call guarded and a discovery call ready to talk", () => {
    expect(buildPersonaPrompt({ persona: persona!, mode: "cold_call" }).firstMessage).toMatch(/who/i);
    expect(buildPersonaPrompt({ persona: persona!, mode: "discovery" }).firstMessage).toMatch(/start/);
  });
});
