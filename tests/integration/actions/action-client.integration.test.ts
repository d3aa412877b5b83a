import { beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { updateProfileAction } from "@/app/(app)/settings/actions";
import { userAction, userActionWith } from "@/lib/actions/client";
import { users } from "@/lib/db/schema";
import { AppError } from "@/lib/http";
import { actionHeaders, formOf, type ActionRequest } from "../../fixtures/actions";
import { signUpUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";
import { stubConfig } from "../../setup/env";

const request = vi.hoisted((): ActionRequest => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => request.headers }));
vi.mock("next/cache", () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));

const database = useTestDatabase();

const whoAmI = userAction.action(async ({ ctx }) => ({ userId: ctx.user.id, email: ctx.user.email }));
const failing = userAction.action(async () => {
  throw new Error("connect ECONNREFUSED 10.0.0.5:5432 password=hunter2");
});
const notFound = userAction.action(async () => {
  throw new AppError("NOT_FOUND", "Goal not found.");
});
const echo = userActionWith(z.object({ title: z.string().trim().min(1, "Give the goal a title."), priority: z.number().int().max(5) })).action(
  async ({ parsedInput }) => parsedInput,
);

const profileForm = { displayName: "Ada", preferredLanguage: "fr", timezone: "Europe/Paris", coachStyle: "tactical" };

beforeEach(() => {
  stubConfig({ APP_URL: "http://localhost:3000" });
  request.headers = actionHeaders();
});

describe("the action client", () => {
  it("refuses a signed-out caller with the API's AUTH_REQUIRED error", async () => {
    expect(await whoAmI()).toEqual({ serverError: { code: "AUTH_REQUIRED", message: "Sign in to continue.", status: 401 } });
  });

  it("runs for the signed-in user named by the session cookie", async () => {
    const user = await signUpUser();
    request.headers = actionHeaders({ cookie: user.cookie });
    expect((await whoAmI()).data).toEqual({ userId: expect.any(String), email: user.email });
  });

  it("refuses a foreign Origin, and a request naming none, before looking at the session", async () => {
    const user = await signUpUser();
    for (const origin of ["https://evil.example", null]) {
      request.headers = actionHeaders({ cookie: user.cookie, origin });
      const result = await whoAmI();
      expect(result.data).toBeUndefined();
      expect(result.serverError).toMatchObject({ code: "FORBIDDEN", status: 403 });
    }
  });

  it("answers invalid input with VALIDATION_ERROR and the schema's own field messages", async () => {
    const user = await signUpUser();
    request.headers = actionHeaders({ cookie: user.cookie });
    const result = await echo({ title: "  ", priority: 9 });
    expect(result.validationErrors).toEqual({
      code: "VALIDATION_ERROR",
      message: "Some fields are invalid.",
      status: 400,
      fields: { title: "Give the goal a title.", priority: expect.any(String) },
    });
    expect((await echo({ title: " Hire ", priority: 2 })).data).toEqual({ title: "Hire", priority: 2 });
  });

  it("words its errors in the reader's language, as the API does", async () => {
    request.headers = actionHeaders({ cookie: "NEXT_LOCALE=es" });
    expect(await whoAmI()).toEqual({ serverError: { code: "AUTH_REQUIRED", message: "Inicia sesión para continuar.", status: 401 } });
    const user = await signUpUser();
    await database.db.update(users).set({ preferredLanguage: "es" }).where(eq(users.email, user.email));
    request.headers = actionHeaders({ cookie: user.cookie });
    expect((await echo({ title: "Hire", priority: 9 })).validationErrors).toEqual({
      code: "VALIDATION_ERROR",
      message: "Algunos campos no son válidos.",
      status: 400,
      fields: { priority: "Demasiado grande: se esperaba que número fuera <=5" },
    });
  });

  it("refuses text Postgres cannot store, as the API does", async () => {
    const user = await signUpUser();
    request.headers = actionHeaders({ cookie: user.cookie });
    const result = await echo({ title: "bad\u0000title", priority: 1 });
    expect(result.serverError).toEqual({
      code: "VALIDATION_ERROR",
      message: "Some fields are invalid.",
      status: 400,
      fields: { title: "Contains a NUL character." },
    });
  });

  it("hides an unexpected error's internals behind the generic message, and passes typed errors through", async () => {
    const user = await signUpUser();
    request.headers = actionHeaders({ cookie: user.cookie });
    const result = await failing();
    expect(result).toEqual({ serverError: { code: "INTERNAL_ERROR", message: "Something went wrong on our side.", status: 500 } });
    expect(JSON.stringify(result)).not.toMatch(/ECONNREFUSED|hunter2|10\.0\.0\.5/);
    expect((await notFound()).serverError).toEqual({ code: "NOT_FOUND", message: "Goal not found.", status: 404 });
  });
});

describe("updateProfileAction (the settings form)", () => {
  it("saves the posted form for the signed-in user only", async () => {
    const user = await signUpUser();
    const other = await signUpUser({ name: "Other" });
    request.headers = actionHeaders({ cookie: user.cookie });
    const result = await updateProfileAction({}, formOf(profileForm));
    expect(result.data).toMatchObject(profileForm);
    const [untouched] = await database.db.select().from(users).where(eq(users.email, other.email));
    expect(untouched).toMatchObject({ displayName: "Other", preferredLanguage: "en" });
    request.headers = actionHeaders({ cookie: other.cookie });
    const refused = await updateProfileAction({}, formOf({ ...profileForm, displayName: " " }));
    expect(refused.validationErrors?.fields).toEqual({ displayName: "Enter a display name." });
  });

  it("refuses a value outside the lists with the API's message", async () => {
    const user = await signUpUser();
    request.headers = actionHeaders({ cookie: user.cookie });
    const result = await updateProfileAction({}, formOf({ ...profileForm, preferredLanguage: "xx", timezone: "Mars/Olympus" }));
    expect(result.validationErrors?.fields).toEqual({ preferredLanguage: "Choose a language from the list.", timezone: "Unknown timezone." });
  });
});
