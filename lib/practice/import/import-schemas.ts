import { z } from "zod";
import { callModes } from "../types";
import { transcriptFormats } from "./parse-transcript";

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
/** The JSON envelope may be a little larger than the transcript it carries (escaping). */
export const MAX_IMPORT_BODY_BYTES = MAX_IMPORT_BYTES + 512 * 1024;

export const importCallSchema = z
  .object({
    format: z.enum(transcriptFormats, "Choose vtt, srt or text."),
    content: z
      .string()
      .min(1, "Paste or upload the transcript.")
      .refine((text) => Buffer.byteLength(text, "utf8") <= MAX_IMPORT_BYTES, "Keep the transcript under 2 MB."),
    personaId: z.uuid().optional(),
    mode: z.enum(callModes, "Choose cold_call, discovery or objection_gauntlet.").default("discovery"),
    /** Which speaker is the rep; the first to speak when left out. */
    repSpeaker: z.string().trim().min(1).max(40).optional(),
  })
  .strict();

export type ImportCallInput = z.infer<typeof importCallSchema>;
