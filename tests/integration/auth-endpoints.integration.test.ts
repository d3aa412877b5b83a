import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { GET as authGet, POST as authPost } from "@/app/api/auth/[...all]/route";
import { authSessions, authUsers } from "@/lib/db/schema";
import { call, errorOf, uniqueIp } from "../fixtures/http";
import { postAuth, sessionCookieOf, signUpUser, type TestUser } from "../fixtures/users";
import { useTestDatabase } from "../setup/database";

// better-auth's endpoints beyond sign-in and sign-up: the same body limit and validation as every
// route, and no session token in any JSON body.
const test = useTestDatabase();

const getAuth = (action: string, cookie: string) => call(authGet, `/api/auth/${action}`, { cookie }, { all: action.split("/") });
const rawPost = (action: string, cookie: string, body: string) =>
  call(authPost, `/api/auth/${action}`, { method: "POST", cookie, body, headers: { "content-type": "application/json" } }, { all: [action] });

async function nameOf(user: TestUser): Promise<string | undefined> {
  const [row] = await test.db.select({ name: authUsers.name }).from(authUsers).where(eq(authUsers.email, user.email));
  return row?.name;
}

async function tokensOf(user: TestUser): Promise<string[]> {
  const [u] = await test.db.select({ id: authUsers.id }).from(authUsers).where(eq(authUsers.email, user.email));
  return (await test.db.select({ token: authSessions.token }).from(authSessions).where(eq(authSessions.userId, u!.id))).map((r) => r.token);
}

describe("update-user", () => {
  it("answers a 2 MB body with 413 and stores nothing", async () => {
    const user = await signUpUser();
    const res = await postAuth("update-user", { name: "x".repeat(2 * 1024 * 1024) }, { cookie: user.cookie });
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe("PAYLOAD_TOO_LARGE");
    expect(await nameOf(user)).toBe("Test User");
  });

  it("rejects an empty name, a name over 100 characters and wrong types with 400", async () => {
    const user = await signUpUser();
    for (const json of [{ name: "" }, { name: "   " }, { name: "n".repeat(101) }, { name: true }, { name: 42 }, { image: false }, { emailVerified: true }]) {
      const res = await postAuth("update-user", json, { cookie: user.cookie });
      expect(res.status, JSON.stringify(json)).toBe(400);
      expect((await errorOf(res)).code).toBe("VALIDATION_ERROR");
    }
    expect(await nameOf(user)).toBe("Test User");
    const ok = await postAuth("update-user", { name: "  Ada  " }, { cookie: user.cookie });
    expect(ok.status).toBe(200);
    expect(await nameOf(user)).toBe("Ada");
  });

  it("answers a body that is not JSON with 400 in the error shape", async () => {
    const user = await signUpUser();
    for (const action of ["update-user", "sign-out", "change-password"]) {
      const res = await rawPost(action, user.cookie, "name=x");
      expect(res.status).toBe(400);
      expect((await errorOf(res)).details).toEqual([{ field: "body", message: "Invalid JSON" }]);
    }
  });
});

describe("session tokens", () => {
  it("get-session and list-sessions show no token anywhere", async () => {
    const user = await signUpUser();
    const [token] = await tokensOf(user);
    for (const action of ["get-session", "list-sessions"]) {
      const res = await getAuth(action, user.cookie);
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).not.toContain(token);
      expect(text).not.toMatch(/"token"/);
    }
  });

  it("revokes one of the user's sessions by its id, and another user's id is a 404", async () => {
    const user = await signUpUser();
    const second = await postAuth("sign-in/email", { email: user.email, password: user.password }, { ip: uniqueIp() });
    const secondCookie = sessionCookieOf(second)!;
    const sessions = (await (await getAuth("list-sessions", user.cookie)).json()) as { id: string }[];
    expect(sessions).toHaveLength(2);
    const other = await signUpUser();
    const foreign = await postAuth("revoke-session", { id: sessions[0]!.id }, { cookie: other.cookie });
    expect(foreign.status).toBe(404);
    expect((await tokensOf(user)).length).toBe(2);

    const own = await postAuth("revoke-session", { id: sessions[0]!.id }, { cookie: user.cookie });
    expect(own.status).toBe(200);
    expect((await tokensOf(user)).length).toBe(1);
    // A token is no longer accepted as the way to name a session.
    const byToken = await postAuth("revoke-session", { token: (await tokensOf(user))[0] }, { cookie: secondCookie });
    expect(byToken.status).toBe(400);
  });
});
