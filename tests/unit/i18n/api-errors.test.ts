import { describe, expect, it } from "vitest";
import { z } from "zod";
import { apiError, errorToResponse, invalidFields, notFound, rateLimited, validationError } from "@/lib/http";
import { errorLocale } from "@/lib/i18n/error-locale";
import { fieldMessage } from "@/lib/i18n/field-message";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("errorLocale", () => {
  it("answers in the language the page shows (x-ui-locale) before the cookie, the setting and the browser", () => {
    expect(errorLocale(headers({ "x-ui-locale": "es", cookie: "NEXT_LOCALE=en", "accept-language": "en" }), "en")).toBe("es");
    expect(errorLocale(headers({ "x-ui-locale": "es-MX" }))).toBe("es");
  });

  it("reads English for a shown language the interface has no messages for", () => {
    expect(errorLocale(headers({ "x-ui-locale": "fr", cookie: "NEXT_LOCALE=es" }))).toBe("en");
  });

  it("ignores a header that is no language tag", () => {
    expect(errorLocale(headers({ "x-ui-locale": "<script>", "accept-language": "es" }))).toBe("es");
  });

  it("falls back to the user's setting, then the switcher's cookie, then Accept-Language, then English", () => {
    expect(errorLocale(headers({ cookie: "NEXT_LOCALE=en" }), "es")).toBe("es");
    expect(errorLocale(headers({ cookie: "theme=dark; NEXT_LOCALE=es", "accept-language": "en" }))).toBe("es");
    expect(errorLocale(headers({ "accept-language": "fr, es;q=0.8" }))).toBe("es");
    expect(errorLocale(headers({}))).toBe("en");
  });
});

describe("worded errors", () => {
  it("keeps English in the error itself and answers a Spanish reader in Spanish", async () => {
    const error = apiError("CONFLICT", "coach.goalClosed", { values: { status: "completed" }, details: { from: "completed" } });
    expect(error.message).toBe("This goal is completed and can no longer change.");
    expect(error.worded("es").message).toBe("Este objetivo está completado y ya no puede cambiar.");
    const body = (await error.toResponse("r1", "es").json()) as { error: object };
    expect(body.error).toEqual({ code: "CONFLICT", message: "Este objetivo está completado y ya no puede cambiar.", details: { from: "completed" }, requestId: "r1" });
  });

  it("words not-found, rate limits and field details", () => {
    expect(notFound("conversation").message).toBe("Conversation not found.");
    expect(notFound("conversation").worded("es").message).toBe("No se encontró la conversación.");
    expect(rateLimited(30).worded("es").message).toBe("Demasiados intentos. Vuelve a intentarlo en 30 segundos.");
    const unsafe = invalidFields([{ field: "title", key: "fields.nulCharacter" }]);
    expect(unsafe.details).toEqual([{ field: "title", message: "Contains a NUL character." }]);
    expect(unsafe.worded("es")).toEqual({ message: "Algunos campos no son válidos.", details: [{ field: "title", message: "Contiene un carácter NUL." }] });
  });

  it("answers an unknown error generically in the reader's language", async () => {
    const res = errorToResponse(new Error("db down"), "r2", "es");
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe("Algo salió mal por nuestra parte.");
  });
});

describe("validation details", () => {
  const schema = z.object({
    displayName: z.string().trim().min(2, fieldMessage("minChars")).max(50, fieldMessage("maxChars")),
    age: z.number(),
    nickname: z.string().min(3),
    motto: z.string().min(3, "Three letters or more."),
  });
  const parsed = schema.safeParse({ displayName: "x".repeat(60), nickname: "a", motto: "b" });
  const error = validationError(parsed.error!);

  it("words the schema's own messages, zod's messages and the numbers in English", () => {
    expect(error.details).toEqual([
      { field: "displayName", message: "Use at most 50 characters." },
      { field: "age", message: "Invalid input: expected number, received undefined" },
      { field: "nickname", message: "Too small: expected string to have >=3 characters" },
      { field: "motto", message: "Three letters or more." },
    ]);
  });

  it("words them in Spanish for a Spanish reader, keeping a message the schema wrote itself", () => {
    expect(error.worded("es").details).toEqual([
      { field: "displayName", message: "Usa como máximo 50 caracteres." },
      { field: "age", message: "Entrada inválida: se esperaba número, recibido indefinido" },
      { field: "nickname", message: "Demasiado pequeño: se esperaba que texto tuviera >=3 caracteres" },
      { field: "motto", message: "Three letters or more." },
    ]);
  });

  it("names the type that arrived, not only a missing one", () => {
    const wrong = validationError(z.object({ age: z.number() }).safeParse({ age: "ten" }).error!);
    expect(wrong.worded("es").details).toEqual([{ field: "age", message: "Entrada inválida: se esperaba número, recibido texto" }]);
  });
});
