import "server-only";
import type { Db } from "../db/types";
import { log } from "../log";
import { inspectAudio, type AudioLimits } from "../voice/audio-check";
import { transcribeAudio, type Transcription } from "../voice/transcribe";
import { storeAttachment } from "./attachments";
import { getOwnEntry } from "./entries";

// Voice journaling: a recording becomes editable text (the STT provider's, else the browser's own
// recognition, which the client already has), and its audio is kept only when the user asks. Only
// compressed recordings (Opus in WebM, AAC in MP4, as MediaRecorder makes them) are accepted.
export const VOICE_NOTE_LIMITS: AudioLimits = { maxMs: 10 * 60_000, maxBytes: 10 * 1024 * 1024, formats: ["audio/webm", "audio/mp4"], noun: "voiceNote" };

const EXTENSIONS = { "audio/webm": "webm", "audio/mp4": "m4a", "audio/wav": "wav" } as const;

export type VoiceNoteTranscript = { transcript: Transcription | null; durationMs: number };

/** The recording's words from the configured provider; null (with the browser's text to use
 * instead) when none is configured or it failed. Nothing is stored. */
export async function transcribeVoiceNote({ audio, language }: { audio: Uint8Array; language?: string }): Promise<VoiceNoteTranscript> {
  const inspected = await inspectAudio(audio, VOICE_NOTE_LIMITS);
  try {
    const transcript = await transcribeAudio({ audio, contentType: inspected.contentType, language });
    return { transcript, durationMs: inspected.durationMs };
  } catch (error) {
    log.warn({ error: String(error) }, "speech-to-text failed for a voice note; the browser transcript is used");
    return { transcript: null, durationMs: inspected.durationMs };
  }
}

/** Keeps a voice note's audio with the user's entry, as the user asked. */
export async function keepVoiceNote({ db, userId, entryId, audio }: { db: Db; userId: string; entryId: string; audio: Uint8Array }) {
  await getOwnEntry({ db, userId, entryId });
  const inspected = await inspectAudio(audio, VOICE_NOTE_LIMITS);
  return storeAttachment({ db, userId, entryId, bytes: audio, contentType: inspected.contentType, extension: EXTENSIONS[inspected.contentType] });
}
