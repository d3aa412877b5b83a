import "server-only";
import { z } from "zod";
import { generateJson } from "../../ai/generate-json";
import { resolveProviderChain } from "../../ai/provider-chain";
import { EngineError, type TranslationEngine } from "../types";

const englishNames = new Intl.DisplayNames(["en"], { type: "language" });
const schema = z.object({ translation: z.string().min(1), confidence: z.number().min(0).max(1) });

const SYSTEM =
  "You translate chat messages. Keep the tone, emoji and any ⟦n⟧ placeholders exactly as they are. " +
  "Answer with JSON: the translation and your confidence from 0 to 1.";

export const llmEngine: TranslationEngine = {
  name: "llm",
  nativeGlossary: false,
  isConfigured: () => resolveProviderChain({ task: "translate" }).length > 0,
  supports: async () => true,
  async translate({ db, userId, text, from, to, signal }) {
    const prompt = `Translate from ${englishNames.of(from)} (${from}) to ${englishNames.of(to)} (${to}):\n\n${text}`;
    const work = generateJson({ db, userId, task: "translate", schema, prompt, system: SYSTEM, temperature: 0.2 });
    const aborted = new Promise<never>((_, reject) =>
      signal.addEventListener("abort", () => reject(new EngineError("llm", "LLM translation timed out")), { once: true }),
    );
    try {
      const { data } = await Promise.race([work, aborted]);
      return { text: data.translation, confidence: data.confidence };
    } catch (error) {
      if (error instanceof EngineError) throw error;
      throw new EngineError("llm", `LLM translation failed: ${(error as Error).message}`);
    }
  },
};
