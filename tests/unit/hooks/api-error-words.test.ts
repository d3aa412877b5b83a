// @vitest-environment happy-dom
import { cleanup, render } from "@testing-library/react";
import { createElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiErrorWords } from "@/components/i18n/api-error-words";
import { setApiErrorWords } from "@/hooks/api-error-text";
import { apiRequest, toApiError } from "@/hooks/api-request";
import { IntlWrapper } from "@/tests/setup/intl";

const errorResponse = (status: number, error: object, headers: Record<string, string> = {}) =>
  Response.json({ error: { requestId: "r1", ...error } }, { status, headers });

function inSpanish() {
  render(createElement(IntlWrapper, { locale: "es" }, createElement(ApiErrorWords)));
}

afterEach(() => {
  cleanup();
  setApiErrorWords(() => undefined);
  vi.unstubAllGlobals();
});

describe("API errors in the interface language", () => {
  it("words the generic codes in Spanish", async () => {
    inSpanish();
    expect((await toApiError(errorResponse(500, { code: "INTERNAL_ERROR", message: "Something went wrong on our side." }))).message).toBe(
      "Algo salió mal por nuestra parte. Vuelve a intentarlo.",
    );
    const limited = await toApiError(errorResponse(429, { code: "RATE_LIMITED", message: "Too many attempts.", details: { retryAfterSeconds: 30 } }));
    expect(limited.message).toBe("Demasiados intentos. Vuelve a intentarlo en 30 segundos.");
    const unavailable = await toApiError(errorResponse(422, { code: "TRANSLATION_UNAVAILABLE", message: "No engine.", details: { from: "en", to: "ja" } }));
    expect(unavailable.message).toBe("Ahora mismo ningún motor de traducción cubre en → ja.");
  });

  it("says in Spanish that Cadence could not be reached", async () => {
    inSpanish();
    vi.stubGlobal("fetch", vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))));
    await expect(apiRequest("/api/me")).rejects.toMatchObject({ code: "NETWORK_ERROR", message: "No se pudo conectar con Cadence. Revisa tu conexión y vuelve a intentarlo." });
  });

  it("keeps the server's message for a code that says something specific, and English before the words arrive", async () => {
    inSpanish();
    expect((await toApiError(errorResponse(409, { code: "CONFLICT", message: "This goal is already completed." }))).message).toBe("This goal is already completed.");
    cleanup();
    setApiErrorWords(() => undefined);
    expect((await toApiError(errorResponse(500, { code: "INTERNAL_ERROR", message: "Something went wrong on our side." }))).message).toBe("Something went wrong on our side.");
  });
});
