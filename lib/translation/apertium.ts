import "server-only";
import { execFile } from "node:child_process";
import { accessSync, constants, readFileSync, realpathSync } from "node:fs";
import path from "node:path";
import { getConfig } from "../config";
import { ApertiumPipeline, nullFlushPipeline } from "./apertium-pipeline";
import { EngineError, type TranslationEngine } from "./types";

// Apertium runs on this machine (Debian: apt install apertium apertium-eng-spa): rule-based, offline,
// labelled as such. Its pairs come from `apertium -l`, so installing another pair package is enough.

/** ISO 639-3 names Apertium uses for the languages we serve. */
const ISO3_TO_ISO1: Record<string, string> = {
  eng: "en", spa: "es", fra: "fr", deu: "de", ita: "it", por: "pt", zho: "zh", jpn: "ja", kor: "ko", hin: "hi", ara: "ar", rus: "ru",
};

function apertiumBinary(): string | undefined {
  return (process.env.PATH ?? "")
    .split(path.delimiter)
    .map((dir) => path.join(dir, "apertium"))
    .find((file) => {
      try {
        accessSync(file, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
}

/** Whether the apertium binary is on PATH (Debian: apt install apertium apertium-eng-spa). */
export function isApertiumInstalled(): boolean {
  return apertiumBinary() !== undefined;
}

/** "eng-spa" → "en-es"; variants ("spa-eng_US") and languages we don't serve are left out. */
export function parseApertiumPairs(listing: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const mode of listing.split(/\s+/).filter(Boolean)) {
    const match = /^([a-z]{3})-([a-z]{3})$/.exec(mode);
    const from = match && ISO3_TO_ISO1[match[1]!];
    const to = match && ISO3_TO_ISO1[match[2]!];
    if (from && to) pairs.set(`${from}-${to}`, mode);
  }
  return pairs;
}

let pairsPromise: Promise<Map<string, string>> | undefined;

/** The installed pairs ("en-es" → mode name), read once per process. */
export function apertiumPairs(): Promise<Map<string, string>> {
  pairsPromise ??= new Promise((resolve) => {
    if (!isApertiumInstalled()) return resolve(new Map());
    execFile("apertium", ["-l"], { timeout: 5_000 }, (error, stdout) => resolve(error ? new Map() : parseApertiumPairs(stdout)));
  });
  return pairsPromise;
}

const pipelines = new Map<string, ApertiumPipeline>();

/** The shell pipeline for an installed mode ("eng-spa"), from its mode file next to the binary. */
export function modePipelineCommand(mode: string): string {
  const modes = path.resolve(path.dirname(realpathSync(apertiumBinary() ?? "apertium")), "../share/apertium/modes");
  return nullFlushPipeline(readFileSync(path.join(modes, `${mode}.mode`), "utf8"));
}

function pipelineFor(mode: string): ApertiumPipeline {
  let pipeline = pipelines.get(mode);
  if (!pipeline) pipelines.set(mode, (pipeline = new ApertiumPipeline(modePipelineCommand(mode))));
  return pipeline;
}

export const apertiumEngine: TranslationEngine = {
  name: "apertium",
  nativeGlossary: false,
  isConfigured: isApertiumInstalled,
  // The pipeline's first text pays for starting a dozen programs (~200 ms idle, seconds on a loaded
  // machine), and it is the last engine before "unavailable": its own, longer budget.
  budgetMs: () => getConfig().env.APERTIUM_BUDGET_MS,
  supports: async (from, to) => (await apertiumPairs()).has(`${from}-${to}`),
  async translate({ text, from, to, signal }) {
    const mode = (await apertiumPairs()).get(`${from}-${to}`);
    if (!mode) throw new EngineError("apertium", `Apertium has no ${from}-${to} pair installed`);
    try {
      return { text: await pipelineFor(mode).translate(text, signal), confidence: 0.6 };
    } catch (error) {
      throw new EngineError("apertium", error instanceof Error ? error.message : "Apertium failed");
    }
  },
};
