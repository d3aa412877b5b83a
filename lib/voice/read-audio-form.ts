import "server-only";
import { readBodyBytes } from "../api/read-json";
import { apiError } from "../http";
import { audioTooLarge, type AudioLimits } from "./audio-check";

// A multipart body with one recording in its "audio" field and a few short text fields, read with a
// cap so an oversized upload is refused before it is held in memory.
const FORM_OVERHEAD_BYTES = 64 * 1024;

export type AudioForm = { audio: Uint8Array; text: (name: string) => string | undefined };

export async function readAudioForm(req: Request, limits: Pick<AudioLimits, "maxBytes" | "noun">): Promise<AudioForm> {
  const bytes = new Uint8Array(await readBodyBytes(req, limits.maxBytes + FORM_OVERHEAD_BYTES, () => audioTooLarge(limits)));
  let form: FormData;
  try {
    form = await new Response(bytes as BodyInit, { headers: { "content-type": req.headers.get("content-type") ?? "" } }).formData();
  } catch {
    throw apiError("VALIDATION_ERROR", "voice.multipart", { fields: [{ field: "audio", key: "fields.missing" }] });
  }
  const audio = form.get("audio");
  if (!(audio instanceof Blob) || audio.size === 0) {
    throw apiError("VALIDATION_ERROR", "voice.audioField", { fields: [{ field: "audio", key: "fields.missing" }] });
  }
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" && value.trim() ? value : undefined;
  };
  return { audio: new Uint8Array(await audio.arrayBuffer()), text };
}
