import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { registerOfflineEngine } from "../ai/llm";
import { generateJson } from "../ai/generate-json";
import { resolveProviderChain } from "../ai/provider-chain";
import { wellbeingEntries, type EntryAnalysis } from "../db/schema";
import type { Db } from "../db/types";
import { log } from "../log";
import { showsDistress } from "./distress";
import { publishEntryChanged } from "./events";
import { analyseJournalOffline, type JournalContext } from "./journal-engine";
import { journalAnalysisPrompt, JOURNAL_ANALYSIS_SYSTEM } from "./prompts";
import { WELLBEING_EMOTIONS } from "./vocabulary";
import { waitForWriterPause } from "./writer-pause";

registerOfflineEngine("journal-analysis", {
  name: "lexicon-journal",
  generateJson: ({ context }) => analyseJournalOffline(context as JournalContext),
});

const analysisSchema = z.object({
  emotions: z.array(z.object({ emotion: z.enum(WELLBEING_EMOTIONS), intensity: z.number().min(0).max(1) })).max(12),
  mood: z.number().int().min(1).max(5),
  themes: z.array(z.string().min(1).max(60)).max(6),
  summary: z.string().max(1_200),
  distress: z.boolean(),
});

/** Analyses the entry's current text and stores the result, unless the entry has been saved again
 * since (the later save schedules its own analysis). */
export async function analyseEntry({ db, userId, entryId, revision }: { db: Db; userId: string; entryId: string; revision: number }) {
  const [entry] = await db.select().from(wellbeingEntries).where(and(eq(wellbeingEntries.id, entryId), eq(wellbeingEntries.userId, userId)));
  if (!entry || entry.revision !== revision) return null;
  const context: JournalContext = { title: entry.title, content: entry.content };
  const result = await generateJson({
    db,
    userId,
    task: "journal-analysis",
    schema: analysisSchema,
    system: JOURNAL_ANALYSIS_SYSTEM,
    prompt: journalAnalysisPrompt(context),
    temperature: 0.2,
    context,
  });
  // The curated phrases always count, whatever the model said.
  const distress = result.data.distress || showsDistress(`${entry.title}\n${entry.content}`);
  const analysis: EntryAnalysis = { ...result.data, distress, engine: result.provider === "offline" ? "offline" : "llm" };
  const [stored] = await db
    .update(wellbeingEntries)
    .set({ analysis })
    .where(and(eq(wellbeingEntries.id, entryId), eq(wellbeingEntries.revision, revision)))
    .returning({ id: wellbeingEntries.id });
  if (stored) await publishEntryChanged({ db, userId, entryId, revision });
  return stored ? analysis : null;
}

/** For after(): a failed analysis leaves the entry as saved, unanalysed, and is logged. With an LLM
 * configured it first waits for a pause in the writing, so a later autosave supersedes this one and
 * an entry typed for ten minutes costs a call per pause, not one per save. */
export async function analyseEntrySafely(args: Parameters<typeof analyseEntry>[0]) {
  try {
    if (resolveProviderChain({ task: "journal-analysis" }).length > 0) await waitForWriterPause();
    return await analyseEntry(args);
  } catch (error) {
    log.warn({ err: error, entryId: args.entryId }, "journal analysis failed");
    return null;
  }
}
