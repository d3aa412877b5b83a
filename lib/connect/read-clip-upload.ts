import "server-only";
import { readBodyBytes } from "../api/read-json";
import { AppError, validationError } from "../http";
import { clipFieldsSchema } from "./schemas";
import { MAX_CLIP_BYTES } from "./audio-check";

// The multipart body of POST /api/connect/clips, read with a cap so an oversized upload is refused
// before it is held in memory (a 10 MB clip plus the form's few fields).
const MAX_FORM_BYTES = MAX_CLIP_BYTES + 64 * 1024;

const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", "Clips can be at most 10 MB.", { limitBytes: MAX_CLIP_BYTES });

export async function readClipUpload(req: Request): Promise<{ audio: Uint8Array; transcript?: string; language?: string }> {
  const bytes = new Uint8Array(await readBodyBytes(req, MAX_FORM_BYTES, tooLarge));
  let form: FormData;
  try {
    form = await new Response(bytes as BodyInit, { headers: { "content-type": req.headers.get("content-type") ?? "" } }).formData();
  } catch {
    throw new AppError("VALIDATION_ERROR", "Send the clip as multipart/form-data with an audio file.", [{ field: "audio", message: "Missing." }]);
  }
  const audio = form.get("audio");
  if (!(audio instanceof Blob) || audio.size === 0) {
    throw new AppError("VALIDATION_ERROR", "Attach the recording as the audio field.", [{ field: "audio", message: "Missing." }]);
  }
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" && value.trim() ? value : undefined;
  };
  const fields = clipFieldsSchema.safeParse({ transcript: text("transcript"), language: text("language") });
  if (!fields.success) throw validationError(fields.error);
  return { audio: new Uint8Array(await audio.arrayBuffer()), ...fields.data };
}
