import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { getAuthSecret } from "../../auth/secret";
import { apiError } from "../../http";
import { isNotificationKind, type NotificationKind } from "../kinds";

// "<userId>.<kind>.<hmac>": scoped to one user and one kind, signed with a key derived from the
// auth secret, so nobody can unsubscribe someone else or widen a token to another kind.

function signature(userId: string, kind: string): string {
  const key = createHmac("sha256", getAuthSecret()).update("cadence:unsubscribe").digest();
  return createHmac("sha256", key).update(`${userId}.${kind}`).digest("base64url");
}

export function createUnsubscribeToken({ userId, kind }: { userId: string; kind: NotificationKind }): string {
  return `${userId}.${kind}.${signature(userId, kind)}`;
}

const invalid = () =>
  apiError("VALIDATION_ERROR", "common.unsubscribeLink", { fields: [{ field: "token", key: "fields.tamperedToken" }] });

export function verifyUnsubscribeToken(token: string): { userId: string; kind: NotificationKind } {
  const parts = token.split(".");
  if (parts.length < 3) throw invalid();
  const given = Buffer.from(parts.pop() ?? "");
  const [userId = "", ...kindParts] = parts;
  const kind = kindParts.join(".");
  const expected = Buffer.from(signature(userId, kind));
  if (given.length !== expected.length || !timingSafeEqual(given, expected) || !isNotificationKind(kind)) throw invalid();
  return { userId, kind };
}
