import { z } from "zod";
import { callModes } from "../types";
import { transcriptFormats } from "./parse-transcript";
import { fieldMessage } from "@/lib/i18n/field-message";

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
/** The JSON envelope may be a little larger than the transcript it carries (escaping). */
export const MAX_IMPORT_BODY_BYTES = MAX_IMPORT_BYTES + 512 * 1024;

export const importCallSchema = z
  .object({
    format: z.enum(transcriptFormats, fieldMessage("chooseVttSrtOrText")),
    content: z
      .string()
      .min(1, fieldMessage("pasteOrUploadTheTranscript"))
      .refine((text) => Buffer.byteLength(text, "utf8") <= MAX_IMPORT_BYTES, fieldMessage("keepTheTranscriptUnder2MB")),
    personaId: z.uuid().optional(),
    mode: z.enum(callModes, fieldMessage("chooseColdCallDiscoveryOrObjection")).default("discovery"),
    /** Which speaker is the rep; the first to speak when left out. */
    repSpeaker: z.string().trim().min(1).max(40).optional(),
  })
  .strict();

export type ImportCallInput = z.infer<typeof importCallSchema>;
