import "server-only";
import { execFile, spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { getConfig } from "../config";
import { EngineError, type TranslationEngine } from "./types";

// Apertium runs on this machine (Debian: apt install apertium apertium-eng-spa): rule-based, offline,
// labelled as such. Its pairs come from `apertium -l`, so installing another pair package is enough.

/** ISO 639-3 names Apertium uses for the languages we serve. */
const ISO3_TO_ISO1: Record<string, string> = {
  eng: "en", spa: "es", fra: "fr", deu: "de", ita: "it", por: "pt", zho: "zh", jpn: "ja", kor: "ko", hin: "hi", ara: "ar", rus: "ru",
};

/** Whether the apertium binary is on PATH (Debian: apt install apertium apertium-eng-spa). */
export function isApertiumInstalled(): boolean {
  return (process.env.PATH ?? "").split(path.delimiter).some((dir) => {
    try {
      accessSync(path.join(dir, "apertium"), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
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

// The apertium wrapper reads `cat /dev/stdin`, which fails on the socket Node gives a child as its
// stdin, so the text goes through a private temporary file instead.
async function runApertium(mode: string, text: string, signal: AbortSignal): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "apertium-"));
  const input = path.join(dir, "in.txt");
  try {
    await writeFile(input, text, { mode: 0o600 });
    return await new Promise((resolve, reject) => {
      const child = spawn("apertium", ["-u", mode, input], { signal, stdio: ["ignore", "pipe", "ignore"] });
      let out = "";
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
      child.on("error", (error) => reject(new EngineError("apertium", `Apertium failed: ${error.name}`)));
      child.on("close", (code) => (code === 0 ? resolve(out.trim()) : reject(new EngineError("apertium", `Apertium exited ${code}`))));
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const apertiumEngine: TranslationEngine = {
  name: "apertium",
  nativeGlossary: false,
  isConfigured: isApertiumInstalled,
  // A local pipeline start (~200 ms idle, seconds on a loaded machine) and the last engine before
  // "unavailable": its own, longer budget.
  budgetMs: () => getConfig().env.APERTIUM_BUDGET_MS,
  supports: async (from, to) => (await apertiumPairs()).has(`${from}-${to}`),
  async translate({ text, from, to, signal }) {
    const mode = (await apertiumPairs()).get(`${from}-${to}`);
    if (!mode) throw new EngineError("apertium", `Apertium has no ${from}-${to} pair installed`);
    return { text: await runApertium(mode, text, signal), confidence: 0.6 };
  },
};
