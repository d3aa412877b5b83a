import "server-only";
import { and, eq } from "drizzle-orm";
import { Webhook, WebhookVerificationError } from "svix";
import { z } from "zod";
import { users, webhookDeliveries } from "../db/schema";
import type { Db } from "../db/types";
import { apiError } from "../http";
import { upsertUserFromIdentity } from "./sync-user";

const clerkUser = z.object({
  id: z.string(),
  email_addresses: z
    .array(
      z.object({
        id: z.string(),
        email_address: z.string(),
        verification: z.object({ status: z.string() }).nullish(),
      }),
    )
    .default([]),
  primary_email_address_id: z.string().nullish(),
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
  username: z.string().nullish(),
  image_url: z.string().nullish(),
});

const clerkEvent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("user.created"), data: clerkUser }),
  z.object({ type: z.literal("user.updated"), data: clerkUser }),
  z.object({ type: z.literal("user.deleted"), data: z.object({ id: z.string() }) }),
]);

type ClerkUser = z.infer<typeof clerkUser>;

function identityOf(user: ClerkUser) {
  const primary = user.email_addresses.find((e) => e.id === user.primary_email_address_id) ?? user.email_addresses[0];
  return {
    provider: "clerk" as const,
    subject: user.id,
    email: primary?.email_address ?? "",
    emailVerified: primary?.verification?.status === "verified",
    displayName: [user.first_name, user.last_name].filter(Boolean).join(" ") || user.username || "",
    avatarUrl: user.image_url ?? null,
  };
}

function verify(secret: string, payload: string, headers: Headers): unknown {
  const svixHeaders = {
    "svix-id": headers.get("svix-id") ?? "",
    "svix-timestamp": headers.get("svix-timestamp") ?? "",
    "svix-signature": headers.get("svix-signature") ?? "",
  };
  let parsed: unknown;
  try {
    // svix 1 parses the payload after checking the signature, so a signed non-JSON body throws SyntaxError here.
    parsed = new Webhook(secret).verify(payload, svixHeaders);
  } catch (error) {
    if (error instanceof WebhookVerificationError) {
      throw apiError("VALIDATION_ERROR", "common.webhookSignature");
    }
    if (error instanceof SyntaxError) {
      throw apiError("VALIDATION_ERROR", "common.webhookNotJson");
    }
    throw error;
  }
  return parsed;
}

export type WebhookOutcome = "processed" | "duplicate" | "ignored";

/** Verifies a Clerk (svix) delivery and applies it once: a replayed svix-id changes nothing. */
export async function handleClerkWebhook({
  db,
  secret,
  payload,
  headers,
}: {
  db: Db;
  secret: string;
  payload: string;
  headers: Headers;
}): Promise<WebhookOutcome> {
  const raw = verify(secret, payload, headers);
  const event = clerkEvent.safeParse(raw);
  if (!event.success) return "ignored";
  const deliveryId = headers.get("svix-id") ?? "";
  return db.transaction(async (tx) => {
    const recorded = await tx
      .insert(webhookDeliveries)
      .values({ source: "clerk", deliveryId, eventType: event.data.type })
      .onConflictDoNothing()
      .returning();
    if (recorded.length === 0) return "duplicate";
    if (event.data.type === "user.deleted") {
      await tx.delete(users).where(and(eq(users.authProvider, "clerk"), eq(users.authSubject, event.data.data.id)));
    } else {
      // The display name is the user's to edit in Cadence, so only email and avatar follow Clerk.
      await upsertUserFromIdentity({ db: tx as unknown as Db, identity: identityOf(event.data.data) });
    }
    return "processed";
  });
}
