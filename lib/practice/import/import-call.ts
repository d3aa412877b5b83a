import "server-only";
import { calls, personas, transcriptEntries } from "../../db/schema";
import type { Db } from "../../db/types";
import { apiError, AppError } from "../../http";
import { completeCall } from "../calls/end-call";
import { getPersonaForUser } from "../persona/personas";
import type { TranscriptLine } from "../types";
import { composeImportedPersona } from "./imported-persona";
import type { ImportCallInput } from "./import-schemas";
import { parseTranscript } from "./parse-transcript";

const MAX_LINE_CHARS = 10_000;

function unreadable(reason: "noSpeakers" | "oneSpeaker"): AppError {
  return apiError("VALIDATION_ERROR", "practice.unreadable", { values: { reason }, fields: [{ field: "content", key: `fields.${reason}` }] });
}

/** The parsed lines as the rep's and the buyer's: `repSpeaker` (or whoever spoke first) is the rep,
 * everyone else the buyer side. */
function assignRoles(input: ImportCallInput) {
  const parsed = parseTranscript(input.format, input.content);
  if (parsed.speakers.length < 2) throw unreadable(parsed.speakers.length === 0 ? "noSpeakers" : "oneSpeaker");
  const rep = input.repSpeaker ?? parsed.speakers[0]!;
  if (!parsed.speakers.includes(rep)) {
    throw apiError("VALIDATION_ERROR", "practice.repAbsent", {
      values: { rep },
      fields: [{ field: "repSpeaker", key: "fields.chooseSpeaker", values: { speakers: parsed.speakers.join(", ") } }],
    });
  }
  const transcript: TranscriptLine[] = parsed.lines.map((line) => ({
    role: line.speaker === rep ? "rep" : "persona",
    content: line.content.slice(0, MAX_LINE_CHARS),
    timestampMs: line.timestampMs,
  }));
  const buyer = parsed.speakers.find((speaker) => speaker !== rep)!;
  return { transcript, buyer, timed: parsed.timed };
}

/** Imports a real call: the transcript becomes a completed call scored like a practice one (quick
 * score now, deep score after), against the chosen persona or one composed from the buyer's lines. */
export async function importCall({ db, userId, input, now = new Date() }: { db: Db; userId: string; input: ImportCallInput; now?: Date }) {
  const { transcript, buyer } = assignRoles(input);
  const personaId = input.personaId
    ? (await getPersonaForUser({ db, userId, personaId: input.personaId })).id
    : await db
        .insert(personas)
        .values({ ...composeImportedPersona({ name: buyer, transcript, importedOn: now.toISOString().slice(0, 10) }), ownerId: userId })
        .returning({ id: personas.id })
        .then(([row]) => row!.id);
  const durationMs = transcript.at(-1)!.timestampMs + 5_000;
  const [call] = await db
    .insert(calls)
    .values({ userId, personaId, mode: input.mode, status: "active", source: "import", voiceMode: "browser", startedAt: new Date(now.getTime() - durationMs), title: `Imported call with ${buyer}`.slice(0, 120) })
    .returning();
  await db.insert(transcriptEntries).values(transcript.map((line, i) => ({ callId: call!.id, ...line, clientId: `import-${i}` })));
  return completeCall({ db, call: call!, transcript, durationMs, now });
}
