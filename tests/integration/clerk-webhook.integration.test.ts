import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/webhooks/clerk/route";
import { handleClerkWebhook } from "@/lib/auth/clerk-webhook";
import { users, webhookDeliveries } from "@/lib/db/schema";
import { AppError } from "@/lib/http";
import { call, errorOf } from "../fixtures/http";
import { clerkDeletedEvent, clerkUserEvent, signDelivery, webhookSecret, type Delivery } from "../fixtures/svix";
import { useTestDatabase } from "../setup/database";
import { stubConfig } from "../setup/env";

const test = useTestDatabase();
const secret = webhookSecret();

function deliver(delivery: Delivery, withSecret = secret) {
  return handleClerkWebhook({ db: test.db, secret: withSecret, payload: delivery.payload, headers: delivery.headers });
}

async function clerkRow(subject: string) {
  const rows = await test.db
    .select()
    .from(users)
    .where(and(eq(users.authProvider, "clerk"), eq(users.authSubject, subject)));
  return rows[0] ?? null;
}

async function snapshot() {
  return {
    users: await test.db.select().from(users).orderBy(users.id),
    deliveries: (await test.db.select().from(webhookDeliveries)).length,
  };
}

function clerkId() {
  return `user_${randomUUID().replaceAll("-", "")}`;
}

/** Makes the next write to `users` fail once (a sequence is not rolled back, so a retry passes). */
async function failNextUserWriteOnce(): Promise<() => Promise<void>> {
  await test.db.execute(sql.raw("create sequence fail_user_once_seq"));
  await test.db.execute(sql.raw(`
    create function fail_user_write_once() returns trigger language plpgsql as $$
    begin
      if nextval('fail_user_once_seq') = 1 then raise exception 'injected failure'; end if;
      return new;
    end $$`));
  await test.db.execute(sql.raw("create trigger fail_user_write_once before insert or update on users for each row execute function fail_user_write_once()"));
  return async () => {
    for (const statement of ["drop trigger fail_user_write_once on users", "drop function fail_user_write_once()", "drop sequence fail_user_once_seq"]) {
      await test.db.execute(sql.raw(statement));
    }
  };
}

describe("handleClerkWebhook", () => {
  it("records nothing when applying a delivery fails, so the sender's retry applies it", async () => {
    const id = clerkId();
    const delivery = signDelivery(secret, clerkUserEvent("user.created", { id, email: "retry@example.com" }));
    const restore = await failNextUserWriteOnce();
    try {
      const before = await snapshot();
      await expect(deliver(delivery)).rejects.toThrow();
      expect(await snapshot()).toEqual(before);
      expect(await deliver(delivery)).toBe("processed");
      expect(await clerkRow(id)).toMatchObject({ email: "retry@example.com" });
    } finally {
      await restore();
    }
  });

  it("user.created creates a Clerk user row with the primary email", async () => {
    const id = clerkId();
    const outcome = await deliver(signDelivery(secret, clerkUserEvent("user.created", { id, email: "grace@example.com", firstName: "Grace", lastName: "Hopper" })));
    expect(outcome).toBe("processed");
    expect(await clerkRow(id)).toMatchObject({
      authProvider: "clerk",
      authSubject: id,
      email: "grace@example.com",
      displayName: "Grace Hopper",
      avatarUrl: "https://img.clerk.com/avatar.png",
    });
  });

  it("counts the email as verified exactly when Clerk says the primary address is", async () => {
    const id = clerkId();
    await deliver(signDelivery(secret, clerkUserEvent("user.created", { id, email: "pending@example.com", verification: "unverified" })));
    expect(await clerkRow(id)).toMatchObject({ emailVerified: false });
    await deliver(signDelivery(secret, clerkUserEvent("user.updated", { id, email: "pending@example.com" })));
    expect(await clerkRow(id)).toMatchObject({ emailVerified: true });
  });

  it("user.updated changes the email and avatar but keeps the name the user chose in Cadence", async () => {
    const id = clerkId();
    await deliver(signDelivery(secret, clerkUserEvent("user.created", { id, email: "old@example.com" })));
    await test.db.update(users).set({ displayName: "Chosen Name" }).where(eq(users.authSubject, id));
    const outcome = await deliver(
      signDelivery(secret, clerkUserEvent("user.updated", { id, email: "new@example.com", firstName: "Other", imageUrl: "https://img.clerk.com/new.png" })),
    );
    expect(outcome).toBe("processed");
    expect(await clerkRow(id)).toMatchObject({ email: "new@example.com", avatarUrl: "https://img.clerk.com/new.png", displayName: "Chosen Name" });
  });

  it("user.deleted removes the row, and a replayed user.created does not bring it back", async () => {
    const id = clerkId();
    const created = signDelivery(secret, clerkUserEvent("user.created", { id, email: "gone@example.com" }));
    await deliver(created);
    expect(await clerkRow(id)).not.toBeNull();

    expect(await deliver(signDelivery(secret, clerkDeletedEvent(id)))).toBe("processed");
    expect(await clerkRow(id)).toBeNull();

    expect(await deliver(created)).toBe("duplicate");
    expect(await clerkRow(id)).toBeNull();
  });

  it("a replayed delivery changes nothing", async () => {
    const id = clerkId();
    await deliver(signDelivery(secret, clerkUserEvent("user.created", { id, email: "first@example.com" })));
    const update = signDelivery(secret, clerkUserEvent("user.updated", { id, email: "second@example.com" }));
    expect(await deliver(update)).toBe("processed");
    await test.db.update(users).set({ email: "edited@example.com" }).where(eq(users.authSubject, id));
    const before = await snapshot();
    expect(await deliver(update)).toBe("duplicate");
    expect(await snapshot()).toEqual(before);
  });

  it("ignores event types it does not handle", async () => {
    const before = await snapshot();
    const outcome = await deliver(signDelivery(secret, { type: "session.created", data: { id: "sess_1", user_id: clerkId() } }));
    expect(outcome).toBe("ignored");
    expect(await snapshot()).toEqual(before);
  });

  describe("rejects deliveries it cannot trust with 400 VALIDATION_ERROR and no change", () => {
    const event = () => clerkUserEvent("user.created", { id: clerkId(), email: "mallory@example.com" });
    const cases: [string, () => Delivery][] = [
      ["missing svix headers", () => ({ ...signDelivery(secret, event()), headers: new Headers({ "content-type": "application/json" }) })],
      ["a signature made with another secret", () => signDelivery(webhookSecret(), event())],
      [
        "a payload changed after signing",
        () => {
          const d = signDelivery(secret, event());
          return { ...d, payload: d.payload.replace("mallory@", "eve@") };
        },
      ],
      ["a timestamp older than 5 minutes", () => signDelivery(secret, event(), { at: new Date(Date.now() - 6 * 60_000) })],
      ["a timestamp more than 5 minutes ahead", () => signDelivery(secret, event(), { at: new Date(Date.now() + 6 * 60_000) })],
      ["a correctly signed payload that is not JSON", () => signDelivery(secret, "user.created mallory")],
    ];
    it.each(cases)("%s", async (_, make) => {
      const before = await snapshot();
      const error = await deliver(make()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("VALIDATION_ERROR");
      expect((error as AppError).status).toBe(400);
      expect(await snapshot()).toEqual(before);
    });
  });
});

describe("POST /api/webhooks/clerk", () => {
  function post(delivery: Delivery) {
    return call(POST, "/api/webhooks/clerk", { method: "POST", body: delivery.payload, headers: delivery.headers });
  }

  it("applies a signed delivery when the signing secret is configured", async () => {
    stubConfig({ CLERK_WEBHOOK_SIGNING_SECRET: secret });
    const id = clerkId();
    const delivery = signDelivery(secret, clerkUserEvent("user.created", { id, email: "route@example.com" }));
    const res = await post(delivery);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ received: true, outcome: "processed" });
    expect((await clerkRow(id))?.email).toBe("route@example.com");

    const replay = await post(delivery);
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual({ received: true, outcome: "duplicate" });
  });

  it("answers 200 to a signed event type it does not handle", async () => {
    stubConfig({ CLERK_WEBHOOK_SIGNING_SECRET: secret });
    const res = await post(signDelivery(secret, { type: "organization.created", data: { id: "org_1" } }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ received: true, outcome: "ignored" });
  });

  it("answers 400 in the error shape for a bad signature", async () => {
    stubConfig({ CLERK_WEBHOOK_SIGNING_SECRET: secret });
    const id = clerkId();
    const res = await post(signDelivery(webhookSecret(), clerkUserEvent("user.created", { id, email: "x@example.com" })));
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(error.requestId).toBe(res.headers.get("x-request-id"));
    expect(await clerkRow(id)).toBeNull();
  });

  it("is 404 when no signing secret is configured", async () => {
    const id = clerkId();
    const res = await post(signDelivery(secret, clerkUserEvent("user.created", { id, email: "y@example.com" })));
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe("NOT_FOUND");
    expect(await clerkRow(id)).toBeNull();
  });

  it("answers GET with 405", async () => {
    const res = await call(GET, "/api/webhooks/clerk");
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST");
  });
});
