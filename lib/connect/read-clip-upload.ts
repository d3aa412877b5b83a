import "server-only";
import { validationError } from "../http";
import { CLIP_LIMITS } from "../voice/audio-check";
import { readAudioForm } from "../voice/read-audio-form";
import { clipFieldsSchema } from "./schemas";

/** The multipart body of POST /api/connect/clips: the clip and its browser transcript, if any. */
export async function readClipUpload(req: Request): Promise<{ audio: Uint8Array; transcript?: string; language?: string }> {
  const { audio, text } = await readAudioForm(req, CLIP_LIMITS);
  const fields = clipFieldsSchema.safeParse({ transcript: text("transcript"), language: text("language") });
  if (!fields.success) throw validationError(fields.error);
  return { audio, ...fields.data };
}
