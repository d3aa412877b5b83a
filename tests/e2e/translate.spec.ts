import type { Page } from "@playwright/test";
import { CadenceApp, expect, test } from "./fixtures";

// Two people, English and Spanish, in two browser contexts: they become contacts and chat; Apertium
// translates both ways, the original is a tap away, and a message typed offline arrives once. The
// Spanish speaker's interface is in Spanish.

async function setLanguage(page: Page, preferredLanguage: string) {
  const res = await page.request.patch("/api/me", { data: { preferredLanguage }, headers: { origin: new URL(page.url()).origin } });
  expect(res.status()).toBe(200);
}

async function openTab(page: Page, name: "Chats" | "Contacts" | "Contactos") {
  await page.getByRole("tab", { name }).click();
}

test("an English and a Spanish speaker chat, each in their own language", async ({ app, page, user, browser }, testInfo) => {
  await app.signUp(user);
  const spanishContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `198.19.${testInfo.workerIndex % 250}.9` } });
  const es = await spanishContext.newPage();
  const spanish = { name: "Lucía", email: `es-${user.email}`, password: user.password };
  await new CadenceApp(es).signUp(spanish);
  await setLanguage(es, "es");

  await page.goto("/translate");
  await openTab(page, "Contacts");
  await page.getByLabel("Add by email").fill(spanish.email);
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByText("Request sent.")).toBeVisible();

  await es.goto("/translate");
  await openTab(es, "Contactos");
  await es.getByRole("button", { name: "Aceptar" }).click();
  await es.getByRole("checkbox", { name: /Elegir a .* para una conversación/ }).check();
  await es.getByRole("button", { name: "Escribir" }).click();
  await expect(es.getByRole("region", { name: "Conversación" })).toBeVisible();

  await page.reload();
  await openTab(page, "Chats");
  await page.getByRole("button", { name: /Lucía/ }).click();
  const englishMessages = page.getByTestId("chat-message");
  const spanishMessages = es.getByTestId("chat-message");

  await page.getByLabel("Message").fill("Where is the library?");
  await page.getByLabel("Message").press("Enter");
  await expect(spanishMessages.first().getByTestId("message-text")).toContainText("biblioteca");
  await expect(spanishMessages.first()).toContainText("Traducido · Apertium · motor sin conexión");
  await spanishMessages.first().getByRole("button", { name: /toca para ver el original/ }).click();
  await expect(spanishMessages.first().getByTestId("message-text")).toHaveText("Where is the library?");

  await es.getByLabel("Mensaje").fill("La biblioteca está cerca.");
  await es.getByLabel("Mensaje").press("Enter");
  await expect(englishMessages.nth(1).getByTestId("message-text")).toContainText(/library/i);
  await expect(englishMessages.nth(1)).toContainText("Translated · Apertium");

  await spanishContext.setOffline(true);
  await es.getByLabel("Mensaje").fill("Hola amigo");
  await es.getByLabel("Mensaje").press("Enter");
  await expect(es.getByTestId("pending-message")).toContainText("Esperando conexión");
  await spanishContext.setOffline(false);
  await expect(es.getByTestId("pending-message")).toHaveCount(0);
  await expect(englishMessages).toHaveCount(3);
  await expect(englishMessages.nth(2).getByTestId("message-text")).toContainText(/hello/i);
  await expect(spanishMessages).toHaveCount(3);
  await spanishContext.close();
});
