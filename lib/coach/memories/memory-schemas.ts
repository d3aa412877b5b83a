import { z } from "zod";
import { fieldMessage } from "@/lib/i18n/field-message";

export const MEMORY_PAGE_SIZE = 20;

export const listMemoriesSchema = z.object({
  q: z.string().trim().max(200, fieldMessage("keepTheSearchUnder200Characters")).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const editMemorySchema = z
  .object({
    text: z.string().trim().min(1, fieldMessage("aMemoryNeedsSomeTextDelete")).max(4_000, fieldMessage("keepAMemoryUnder4000")),
  })
  .strict();

export type ListMemoriesQuery = z.infer<typeof listMemoriesSchema>;
