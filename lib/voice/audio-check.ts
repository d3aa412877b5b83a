import "server-only";
import { parseBuffer } from "music-metadata";
import { apiError, AppError } from "../http";
import { scanWebm } from "./webm-scan";

// What a recording really is, read from its bytes (never the client's word): WAV and MP4 through
// music-metadata; WebM through music-metadata when it can, else the EBML walk in webm-scan.ts
// (MediaRecorder's live WebM has no Duration for music-metadata to read).

export const MAX_CLIP_BYTES = 10 * 1024 * 1024;
export const MIN_CLIP_MS = 1_000;
export const MAX_CLIP_MS = 60_000;

/** How long a recording may be and in which containers: a Connect clip by default. */
export type AudioLimits = { maxMs: number; maxBytes: number; formats: readonly AudioFormat[]; noun: "clip" | "voiceNote" };
export const CLIP_LIMITS: AudioLimits = { maxMs: MAX_CLIP_MS, maxBytes: MAX_CLIP_BYTES, formats: ["audio/webm", "audio/mp4", "audio/wav"], noun: "clip" };
/** Encoders pad the last frame; a 60 s recording may read a few hundred ms long. */
const LENGTH_TOLERANCE_MS = 500;

export type AudioFormat = "audio/webm" | "audio/mp4" | "audio/wav";
export type InspectedAudio = { contentType: AudioFormat; durationMs: number };

/** The 413 for a recording past its size limit, whether it is caught while reading or inspecting. */
export function audioTooLarge({ maxBytes, noun }: Pick<AudioLimits, "maxBytes" | "noun">): AppError {
  return apiError("PAYLOAD_TOO_LARGE", "voice.tooLarge", { values: { noun, megabytes: Math.round(maxBytes / 1024 / 1024) }, details: { limitBytes: maxBytes } });
}

const FORMAT_NAMES: Record<AudioFormat, string> = { "audio/webm": "WebM", "audio/mp4": "MP4", "audio/wav": "WAV" };

const notAudio = (formats: readonly AudioFormat[]) => {
  const names = formats.map((f) => FORMAT_NAMES[f]);
  const list = names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names.at(-1)}` : names[0];
  return apiError("VALIDATION_ERROR", "voice.notAudio", { values: { formats: list ?? "" }, fields: [{ field: "audio", key: "fields.notAudio" }] });
};

function formatOf(container: string | undefined): AudioFormat | null {
  const name = (container ?? "").toLowerCase();
  if (name.includes("wav")) return "audio/wav";
  if (name.includes("webm") || name.includes("matroska") || name.includes("ebml")) return "audio/webm";
  if (/m4a|mp4|isom|mp42|3gp|quicktime/.test(name)) return "audio/mp4";
  return null;
}

async function readWithMusicMetadata(bytes: Uint8Array): Promise<{ format: AudioFormat; durationMs: number | null; hasAudio: boolean } | null> {
  try {
    const { format } = await parseBuffer(bytes, undefined, { duration: true, skipCovers: true });
    const type = formatOf(format.container);
    if (!type) return null;
    const durationMs = format.duration && Number.isFinite(format.duration) ? Math.round(format.duration * 1000) : null;
    return { format: type, durationMs, hasAudio: format.hasAudio !== false && Boolean(format.codec || format.sampleRate) };
  } catch {
    return null;
  }
}

/** The recording's real format and length; 400 when it is not audio we take or outside 1 s – the
 * limit (60 s for a clip), 413 past its size (10 MB). */
export async function inspectAudio(bytes: Uint8Array, limits: AudioLimits = CLIP_LIMITS): Promise<InspectedAudio> {
  if (bytes.byteLength > limits.maxBytes) {
    throw audioTooLarge(limits);
  }
  const parsed = await readWithMusicMetadata(bytes);
  let result: { format: AudioFormat; durationMs: number | null; hasAudio: boolean } | null = parsed;
  if (!parsed || (parsed.format === "audio/webm" && parsed.durationMs === null)) {
    const webm = scanWebm(bytes);
    result = webm && (webm.docType === "webm" || webm.docType === "matroska")
      ? { format: "audio/webm", durationMs: webm.durationMs, hasAudio: webm.hasAudio && webm.blocks > 0 }
      : parsed;
  }
  if (!result || !result.hasAudio || !limits.formats.includes(result.format)) throw notAudio(limits.formats);
  if (result.durationMs === null) throw apiError("VALIDATION_ERROR", "voice.unknownLength", { fields: [{ field: "audio", key: "fields.unknownLength" }] });
  if (result.durationMs > limits.maxMs + LENGTH_TOLERANCE_MS) {
    const seconds = limits.maxMs / 1000;
    const inMinutes = seconds % 60 === 0 && seconds > 60;
    throw apiError("VALIDATION_ERROR", inMinutes ? "voice.tooLongMinutes" : "voice.tooLongSeconds", {
      values: { noun: limits.noun, minutes: seconds / 60, seconds },
      fields: [{ field: "audio", key: "fields.longerThan", values: { seconds } }],
    });
  }
  if (result.durationMs < MIN_CLIP_MS) {
    throw apiError("VALIDATION_ERROR", "voice.tooShort", { fields: [{ field: "audio", key: "fields.shorterThanSecond" }] });
  }
  return { contentType: result.format, durationMs: Math.min(result.durationMs, limits.maxMs) };
}
