import { z } from "zod";

export const listNotificationsSchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const markReadSchema = z
  .object({
    ids: z.array(z.uuid()).max(500).optional(),
    all: z.boolean().optional(),
  })
  .refine((v) => v.all === true || (v.ids?.length ?? 0) > 0, { message: "Send ids or all: true.", path: ["ids"] });
