import "server-only";
import { parseBuffer } from "music-metadata";
import { AppError } from "../http";
import { scanWebm } from "./webm-scan";

// What a clip really is, read from its bytes (never the client's word): WAV and MP4 through
// music-metadata; WebM through music-metadata when it can, else the EBML walk in webm-scan.ts
// (MediaRecorder's live WebM has no Duration for music-metadata to read).

export const MAX_CLIP_BYTES = 10 * 1024 * 1024;
export const MIN_CLIP_MS = 1_000;
export const MAX_CLIP_MS = 60_000;
/** Encoders pad the last frame; a 60 s recording may read a few hundred ms long. */
const LENGTH_TOLERANCE_MS = 500;

export type AudioFormat = "audio/webm" | "audio/mp4" | "audio/wav";
export type InspectedAudio = { contentType: AudioFormat; durationMs: number };

const notAudio = () => new AppError("VALIDATION_ERROR", "That file is not a WebM, MP4 or WAV audio recording.", [{ field: "audio", message: "Not a supported audio file." }]);

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

/** The clip's real format and length; 400 when it is not audio we take or outside 1–60 s, 413 past 10 MB. */
export async function inspectAudio(bytes: Uint8Array): Promise<InspectedAudio> {
  if (bytes.byteLength > MAX_CLIP_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", "Clips can be at most 10 MB.", { limitBytes: MAX_CLIP_BYTES });
  }
  const parsed = await readWithMusicMetadata(bytes);
  let result: { format: AudioFormat; durationMs: number | null; hasAudio: boolean } | null = parsed;
  if (!parsed || (parsed.format === "audio/webm" && parsed.durationMs === null)) {
    const webm = scanWebm(bytes);
    result = webm && (webm.docType === "webm" || webm.docType === "matroska")
      ? { format: "audio/webm", durationMs: webm.durationMs, hasAudio: webm.hasAudio && webm.blocks > 0 }
      : parsed;
  }
  if (!result || !result.hasAudio) throw notAudio();
  if (result.durationMs === null) throw new AppError("VALIDATION_ERROR", "We could not tell how long that recording is.", [{ field: "audio", message: "Unknown length." }]);
  if (result.durationMs > MAX_CLIP_MS + LENGTH_TOLERANCE_MS) {
    throw new AppError("VALIDATION_ERROR", "Clips can be at most 60 seconds long.", [{ field: "audio", message: "Longer than 60 s." }]);
  }
  if (result.durationMs < MIN_CLIP_MS) {
    throw new AppError("VALIDATION_ERROR", "Record at least one second.", [{ field: "audio", message: "Shorter than 1 s." }]);
  }
  return { contentType: result.format, durationMs: Math.min(result.durationMs, MAX_CLIP_MS) };
}
