import { z } from "zod";
import { fieldMessage } from "@/lib/i18n/field-message";

const base64url = (bytes: number, name: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, `${name} must be base64url.`)
    .refine((v) => Buffer.from(v, "base64url").length === bytes, `${name} must be ${bytes} bytes.`);

const endpoint = z
  .url()
  .max(2_000)
  .refine((v) => v.startsWith("https://"), fieldMessage("thePushEndpointMustBeAn"));

export const pushSubscriptionSchema = z.object({
  endpoint,
  keys: z.object({ p256dh: base64url(65, "keys.p256dh"), auth: base64url(16, "keys.auth") }),
});

export const pushUnsubscribeSchema = z.object({ endpoint });
