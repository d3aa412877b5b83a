import { z } from "zod";
import { nameSchema, passwordSchema } from "./credentials";
import { fieldMessage } from "@/lib/i18n/field-message";

// Our schemas for better-auth's other POST endpoints: each body is read under the 1 MB limit,
// validated here, and forwarded as parsed, so better-auth never stores an empty or oversized name
// or a value of the wrong type. An endpoint not listed still gets a JSON object under the limit.

const sessionId = z.string().trim().min(1, fieldMessage("nameTheSession")).max(200);

export const authEndpointSchemas: Record<string, z.ZodType<Record<string, unknown>>> = {
  "update-user": z
    .object({
      name: nameSchema.optional(),
      image: z.url(fieldMessage("useAnImageURL")).max(2048, fieldMessage("useAShorterImageURL")).nullable().optional(),
    })
    .strict(),
  "change-password": z
    .object({
      currentPassword: z.string().min(1, fieldMessage("enterYourCurrentPassword")).max(128),
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
