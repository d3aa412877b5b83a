import { z } from "zod";

export const contactRequestSchema = z.object({ email: z.email().max(320) });

export const contactUpdateSchema = z.object({ nickname: z.string().trim().max(80).nullable() });

export const inviteSchema = z.object({
  /** null: any number of people until it expires. */
  maxUses: z.number().int().min(1).max(1000).nullable().default(1),
  expiresInHours: z.number().int().min(1).max(24 * 30).default(72),
});

export const inviteCodeSchema = z.string().regex(/^[A-Za-z0-9_-]{8,32}$/);
