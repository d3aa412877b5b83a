// npx tsx --conditions=react-server bench/wellbeing.ts — Wellbeing's targets, in-process on PGlite:
// the offline journal analysis of a 2,000-word entry (p95 < 100 ms; baseline: the emotion lexicon
// alone), the trends answer over 3 years of daily check-ins and entries (server part of the < 1 s
// page target; baseline: reading the same rows), and the autosave write (p95 < 150 ms; baseline: a
// select of the entry by id). Writes bench/results/wellbeing.json.
import { and, eq } from "drizzle-orm";
import { analyseEmotions } from "../lib/emotion";
import { createDatabase } from "../lib/db/create-database";
import { users, wellbeingCheckins, wellbeingEntries } from "../lib/db/schema";
import { addDays } from "../lib/local-days";
import { updateEntry } from "../lib/wellbeing/entries";
import { analyseJournalOffline } from "../lib/wellbeing/journal-engine";
import { getTrends, loadMoodPoints } from "../lib/wellbeing/trends";
import { percentile, round, writeResult } from "./lib/stats";

const SENTENCES = [
  "The morning started slowly and I felt tired after a short night.",
  "The team meeting went better than I feared, and I was grateful for how calm everyone stayed.",
  "I am anxious about the payroll next month, the numbers do not quite add up yet.",
  "A customer called to say the new dashboard saved them hours, which made me happy.",
  "I snapped at my co-founder and felt angry with myself afterwards.",
  "Walking home I felt hopeful that the launch will land well.",
  "Some evenings feel lonely when everyone else has gone home.",
  "We laughed about the broken demo, and it was a playful end to a hard day.",
];

function entryOf(words: number, seed: number): string {
  const out: string[] = [];
  let count = 0;
  for (let i = seed; count < words; i++) {
    const sentence = SENTENCES[i % SENTENCES.length]!;
    out.push(sentence);
    count += sentence.split(" ").length;
  }
  return out.join(" ");
}

function time(fn: () => unknown, runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  return times;
}

async function timeAsync(fn: (i: number) => Promise<unknown>, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn(i);
    times.push(performance.now() - started);
  }
  return times;
}

const row = (name: string, target: string, times: number[]) => ({ name, runs: times.length, p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), max: round(Math.max(...times)), target });

const texts = Array.from({ length: 8 }, (_, i) => entryOf(2_000, i));
time(() => analyseJournalOffline({ title: "", content: texts[0]! }), 5);
const analysis = time(() => analyseJournalOffline({ title: "A long day", content: texts[Math.floor(Math.random() * texts.length)]! }), 100);
const lexicon = time(() => analyseEmotions(texts[Math.floor(Math.random() * texts.length)]!), 100);

const { db } = await createDatabase({ driver: "pglite" });
const [user] = await db.insert(users).values({ authProvider: "local", authSubject: "bench-wellbeing", email: "bench-wellbeing@example.com" }).returning({ id: users.id });
const userId = user!.id;
const today = new Date().toISOString().slice(0, 10);
const DAYS = 3 * 365;
const days = Array.from({ length: DAYS }, (_, i) => addDays(today, -i));
for (let start = 0; start < DAYS; start += 250) {
  const chunk = days.slice(start, start + 250);
  await db.insert(wellbeingCheckins).values(chunk.map((day, i) => ({ userId, day, mood: ((i * 7) % 5) + 1, emotions: ["calm", "tired"], tags: i % 3 ? ["work"] : ["sleep"] })));
  await db.insert(wellbeingEntries).values(
    chunk.map((day, i) => {
      const content = entryOf(150, i);
      return { userId, day, content, mood: null, analysis: { ...analyseJournalOffline({ title: "", content }), engine: "offline" as const } };
    }),
  );
}
await getTrends({ db, userId, range: "year" });
const trendsYear = await timeAsync(() => getTrends({ db, userId, range: "year" }).then((t) => JSON.stringify(t)), 30);
const trendsMonth = await timeAsync(() => getTrends({ db, userId, range: "month" }).then((t) => JSON.stringify(t)), 30);
const readRows = await timeAsync(() => loadMoodPoints({ db, userId, from: addDays(today, -364) }), 30);

const [entry] = await db.select({ id: wellbeingEntries.id }).from(wellbeingEntries).where(eq(wellbeingEntries.userId, userId)).limit(1);
const entryId = entry!.id;
let draft = "";
const autosave = await timeAsync((i) => {
  draft += ` word${i}`;
  return updateEntry({ db, userId, entryId, changes: { content: `${texts[0]!.slice(0, 4_000)}${draft}` } });
}, 200);
const selectById = await timeAsync(() => db.select().from(wellbeingEntries).where(and(eq(wellbeingEntries.id, entryId), eq(wellbeingEntries.userId, userId))), 200);

const rows = [
  row("offline journal analysis, 2,000 words", "p95 < 100 ms", analysis),
  row("baseline: emotion lexicon only, 2,000 words", "-", lexicon),
  row(`trends year, ${DAYS} days of check-ins + entries`, "server part of < 1 s", trendsYear),
  row("trends month, same data", "-", trendsMonth),
  row("baseline: read a year of mood rows", "-", readRows),
  row("autosave write (update + realtime event)", "p95 < 150 ms", autosave),
  row("baseline: select the entry by id", "-", selectById),
];
console.table(rows);
writeResult("wellbeing", rows);
process.exit(0);
