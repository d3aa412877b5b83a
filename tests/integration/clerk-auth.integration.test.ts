import { createSign, generateKeyPairSync, randomUUID } from "node:crypto";
import { http, HttpResponse } from "msw";
import { beforeEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/me/route";
import { APP_URL, call, errorOf } from "../fixtures/http";
import { useTestDatabase } from "../setup/database";
import { stubConfig } from "../setup/env";
import { network } from "../setup/integration";

// Clerk mode for API routes, which run without the proxy: the route verifies the session token
// itself (networkless, with CLERK_JWT_KEY) and creates the user's row on first sight.

useTestDatabase();

const ISSUER = "https://clerk.cadence.example";
const SECRET_KEY = "sk_live_cadence_test_secret";
// A publishable key is "pk_live_" + base64 of the frontend API host and "$".
const PUBLISHABLE_KEY = `pk_live_${Buffer.from("clerk.cadence.example$").toString("base64")}`;
const clerkKeys = generateKeyPairSync("rsa", { modulusLength: 2048 });
const otherKeys = generateKeyPairSync("rsa", { modulusLength: 2048 });

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString("base64url");
}

function sessionToken(subject: string, { key = clerkKeys.privateKey, expiresInS = 60, azp = APP_URL } = {}) {
  const now = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid: "ins_test" }));
  const claims = base64url(
    JSON.stringify({ sub: subject, sid: `sess_${randomUUID()}`, iss: ISSUER, azp, iat: now - 5, nbf: now - 5, exp: now + expiresInS }),
  );
  const signature = createSign("RSA-SHA256").update(`${header}.${claims}`).sign(key);
  return `${header}.${claims}.${base64url(signature)}`;
}

const sentToClerk: Request[] = [];

beforeEach(() => {
  sentToClerk.length = 0;
  stubConfig({
    CLERK_SECRET_KEY: SECRET_KEY,
    NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: PUBLISHABLE_KEY,
    CLERK_JWT_KEY: clerkKeys.publicKey.export({ type: "spki", format: "pem" }).toString(),
  });
  network.use(
    http.get("https://api.clerk.com/v1/users/:id", ({ request, params }) => {
      sentToClerk.push(request);
      return HttpResponse.json({
        object: "user",
        id: params.id,
        first_name: "Ada",
        last_name: "Clerk",
        username: null,
        image_url: "https://img.clerk.com/ada.png",
        primary_email_address_id: "idn_1",
        email_addresses: [{ object: "email_address", id: "idn_1", email_address: "ada@example.com", verification: null, linked_to: [] }],
        phone_numbers: [],
        web3_wallets: [],
        external_accounts: [],
        saml_accounts: [],
        enterprise_accounts: [],
        public_metadata: {},
        private_metadata: {},
        unsafe_metadata: {},
        created_at: 1,
        updated_at: 1,
      });
    }),
  );
});

function getMe(cookie?: string, headers?: HeadersInit) {
  return call(GET, "/api/me", { cookie, headers: { "sec-fetch-dest": "empty", ...headers } });
}

describe("Clerk sessions on API routes", () => {
  it("accepts a valid session cookie and creates the user's row from Clerk on first sight", async () => {
    const subject = `user_${randomUUID().replaceAll("-", "")}`;
    const token = sessionToken(subject);
    const res = await getMe(`__session=${token}; __client_uat=${Math.floor(Date.now() / 1000) - 60}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ email: "ada@example.com", displayName: "Ada Clerk" });
    expect(sentToClerk).toHaveLength(1);
    expect(new URL(sentToClerk[0]!.url).pathname).toBe(`/v1/users/${subject}`);
    expect(sentToClerk[0]!.headers.get("authorization")).toBe(`Bearer ${SECRET_KEY}`);

    const again = await getMe(`__session=${token}; __client_uat=${Math.floor(Date.now() / 1000) - 60}`);
    expect(again.status).toBe(200);
    expect(sentToClerk).toHaveLength(1);
  });

  it("accepts the token as a bearer header", async () => {
    const res = await getMe(undefined, { authorization: `Bearer ${sessionToken(`user_${randomUUID()}`)}` });
    expect(res.status).toBe(200);
  });

  it("is 401 for a forged, expired or foreign-origin token, or none", async () => {
    const subject = `user_${randomUUID()}`;
    const uat = `__client_uat=${Math.floor(Date.now() / 1000) - 60}`;
    const forged = await getMe(`__session=${sessionToken(subject, { key: otherKeys.privateKey })}; ${uat}`);
    const expired = await getMe(`__session=${sessionToken(subject, { expiresInS: -120 })}; ${uat}`);
    const foreign = await getMe(`__session=${sessionToken(subject, { azp: "https://evil.example" })}; ${uat}`);
    const none = await getMe();
    for (const res of [forged, expired, foreign, none]) {
      expect(res.status).toBe(401);
      expect((await errorOf(res)).code).toBe("AUTH_REQUIRED");
    }
    expect(sentToClerk).toHaveLength(0);
  });
});
