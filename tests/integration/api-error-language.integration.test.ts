import { describe, expect, it } from "vitest";
import { PATCH as patchGoal } from "@/app/api/coach/goals/[id]/route";
import { PATCH as patchMe } from "@/app/api/me/route";
import { call, errorOf } from "../fixtures/http";
import { signUpUser } from "../fixtures/users";
import { useTestDatabase } from "../setup/database";

useTestDatabase();

const MISSING_GOAL = "00000000-0000-4000-8000-000000000000";

describe("API errors in the reader's language", () => {
  it("answers in the language the page names (x-ui-locale), field details included", async () => {
    const user = await signUpUser();
    const res = await call(patchMe, "/api/me", { method: "PATCH", cookie: user.cookie, headers: { "x-ui-locale": "es" }, json: { displayName: "", timezone: 5 } });
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatchObject({
      code: "VALIDATION_ERROR",
      message: "Algunos campos no son válidos.",
      details: [
        { field: "displayName", message: "Escribe un nombre visible." },
        { field: "timezone", message: "Entrada inválida: se esperaba texto, recibido número" },
      ],
    });
  });

  it("answers a signed-in user in their language setting when the request names none, and English otherwise", async () => {
    const user = await signUpUser();
    const goal = (headers: Record<string, string> = {}) =>
      call(patchGoal, `/api/coach/goals/${MISSING_GOAL}`, { method: "PATCH", cookie: user.cookie, headers, json: { title: "Run" } }, { id: MISSING_GOAL });
    expect(await errorOf(await goal())).toMatchObject({ code: "NOT_FOUND", message: "Goal not found." });
    expect((await call(patchMe, "/api/me", { method: "PATCH", cookie: user.cookie, json: { preferredLanguage: "es" } })).status).toBe(200);
    expect(await errorOf(await goal())).toMatchObject({ code: "NOT_FOUND", message: "No se encontró el objetivo." });
    expect(await errorOf(await goal({ "x-ui-locale": "en" }))).toMatchObject({ message: "Goal not found." });
  });

  it("words an error before sign-in by the switcher's cookie or Accept-Language", async () => {
    const signedOut = (headers: Record<string, string>) => call(patchMe, "/api/me", { method: "PATCH", headers, json: { displayName: "Ana" } });
    expect(await errorOf(await signedOut({ cookie: "NEXT_LOCALE=es" }))).toMatchObject({ code: "AUTH_REQUIRED", message: "Inicia sesión para continuar." });
    expect(await errorOf(await signedOut({ "accept-language": "es-ES,es;q=0.9" }))).toMatchObject({ message: "Inicia sesión para continuar." });
    expect(await errorOf(await signedOut({}))).toMatchObject({ message: "Sign in to continue." });
  });
});
