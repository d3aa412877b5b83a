import { z } from "zod";
import { isoDate } from "../api/safe-input";
import { callModes, difficulties, personalities, rubricCategories, speakers } from "./types";
import { fieldMessage } from "@/lib/i18n/field-message";

// Request bodies of the Practice API and the JSON the AI tasks must return.

export const createCallSchema = z.object({
  mode: z.enum(callModes, fieldMessage("chooseColdCallDiscoveryOrObjection")),
  personaId: z.uuid(fieldMessage("chooseAPersona")),
});

export const startCallSchema = z.object({ callId: z.uuid() });

export const transcriptEntrySchema = z.object({
  role: z.enum(speakers),
  content: z.string().trim().min(1, fieldMessage("saySomethingFirst")).max(10_000, fieldMessage("keepALineUnder10000")),
  timestampMs: z.number().int().nonnegative(fieldMessage("timestampsStartAt0")).max(24 * 60 * 60_000),
  clientId: z.string().min(1).max(100),
});

export const generatePersonaSchema = z.object({
  industry: z.string().trim().min(2).max(80),
  role: z.string().trim().min(2).max(80),
  personality: z.enum(personalities),
  difficulty: z.enum(difficulties),
});

export const listCallsSchema = z.object({
  mode: z.enum(callModes).optional(),
  personaId: z.uuid().optional(),
  from: isoDate().optional(),
  to: isoDate().optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const personaProfileSchema = z.object({
  name: z.string().min(1).max(80),
  role: z.string().min(1).max(120),
  company: z.string().min(1).max(120),
  industry: z.string().min(1).max(80),
  personality: z.enum(personalities),
  difficulty: z.enum(difficulties),
  backstory: z.string().min(1).max(2_000),
  hiddenPains: z.array(z.string().min(1).max(300)).min(1).max(6),
  objections: z.array(z.string().min(1).max(300)).min(1).max(8),
  voiceId: z.string().min(1).max(64),
  systemPrompt: z.string().min(1).max(8_000),
  firstMessage: z.string().min(1).max(500),
});

export const quickScoreSchema = z.object({
  overall: z.number().int().min(0).max(100),
  summary: z.string().min(1).max(400),
});

/** A category's grade: a number only with at least one verbatim line as evidence, else null. */
const categoryScore = z.object({
  score: z.number().int().min(0).max(100).nullable(),
  reasons: z.array(z.string().min(1)).min(1).max(5),
  evidence: z.array(z.string().min(1).max(300)).max(3),
});

export const deepScoreSchema = z.object({
  overallScore: z.number().int().min(0).max(100),
  categories: z.object(Object.fromEntries(rubricCategories.map((c) => [c, categoryScore])) as Record<
    (typeof rubricCategories)[number],
    typeof categoryScore
  >),
  strengths: z.array(z.string().min(1)).min(3).max(5),
  improvements: z.array(z.string().min(1)).min(3).max(5),
  keyMoments: z
    .array(
      z.object({
        timestampMs: z.number().int().nonnegative(),
        quote: z.string().min(1).max(300),
        note: z.string().min(1).max(300),
        kind: z.enum(["positive", "negative"]),
      }),
    )
    .min(1)
    .max(8),
  /** The narrative paragraph; when a model leaves it out it is built from the rubric results. */
  feedback: z.string().trim().min(1).max(1_200).optional(),
});

/** PATCH /api/calls/:id: a title and/or notes; an empty string (or null) clears the field. */
export const updateCallSchema = z
  .object({
    title: z.string().trim().max(120, fieldMessage("keepTheTitleUnder120Characters")).nullable().optional(),
    notes: z.string().trim().max(4_000, fieldMessage("keepNotesUnder4000Characters")).nullable().optional(),
  })
  .strict()
  .refine((body) => body.title !== undefined || body.notes !== undefined, fieldMessage("sendATitleOrNotes"));
