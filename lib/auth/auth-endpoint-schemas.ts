import { z } from "zod";
import { nameSchema, passwordSchema } from "./credentials";

// Our schemas for better-auth's other POST endpoints: each body is read under the 1 MB limit,
// validated here, and forwarded as parsed, so better-auth never stores an empty or oversized name
// or a value of the wrong type. An endpoint not listed still gets a JSON object under the limit.

const sessionId = z.string().trim().min(1, "Name the session.").max(200);

export const authEndpointSchemas: Record<string, z.ZodType<Record<string, unknown>>> = {
  "update-user": z
    .object({
      name: nameSchema.optional(),
      image: z.url("Use an image URL.").max(2048, "Use a shorter image URL.").nullable().optional(),
    })
    .strict(),
  "change-password": z
    .object({
      currentPassword: z.string().min(1, "Enter your current password.").max(128),
      newPassword: passwordSchema,
      revokeOtherSessions: z.boolean().optional(),
    })
    .strict(),
  // Sessions are revoked by id: listed sessions carry no token (see local-route.ts).
  "revoke-session": z.object({ id: sessionId }).strict(),
  "revoke-sessions": z.object({}).strict(),
  "revoke-other-sessions": z.object({}).strict(),
  "sign-out": z.object({}).strict(),
};

export const anyJsonObject: z.ZodType<Record<string, unknown>> = z.record(z.string(), z.unknown());
