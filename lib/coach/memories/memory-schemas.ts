import { z } from "zod";

export const MEMORY_PAGE_SIZE = 20;

export const listMemoriesSchema = z.object({
  q: z.string().trim().max(200, "Keep the search under 200 characters.").optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const editMemorySchema = z
  .object({
    text: z.string().trim().min(1, "A memory needs some text; delete it instead.").max(4_000, "Keep a memory under 4,000 characters."),
  })
  .strict();

export type ListMemoriesQuery = z.infer<typeof listMemoriesSchema>;
