import { expect, test } from "./fixtures";

// The interface follows the user's language: English by default (every other spec relies on it),
// Spanish once chosen in settings, and Spanish for a signed-out visitor whose browser asks for it.

test("a user who picks Spanish in settings gets the app in Spanish", async ({ app, page, user }) => {
  await app.signUp(user);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: `Welcome, ${user.name}` })).toBeVisible();

  // Through the menu, as a person would: the page is hydrated by then, so the choice is not reset.
  await app.navigate("Settings");
  await expect(page).toHaveURL(/\/settings$/);
  await page.getByLabel("Preferred language").selectOption("es");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ajustes" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");

  await page.goto("/dashboard");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { level: 1, name: `Hola, ${user.name}` })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Práctica" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Cerrar sesión" })).toBeVisible();

  await page.goto("/practice");
  await expect(page.getByRole("heading", { level: 1, name: "Práctica" })).toBeVisible();
  await expect(page.getByRole("radio", { name: "Llamada en frío" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Empezar llamada" })).toBeDisabled();

  await page.goto("/coach/onboarding");
  await expect(page.getByRole("navigation", { name: "Coach" }).getByRole("link", { name: "Objetivos" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Conversación" })).toBeVisible();
  await expect(page.getByLabel("Etapa (obligatoria)")).toContainText("Presemilla");

  await page.goto("/wellbeing/meditate");
  await expect(page.getByRole("button", { name: /Respiración cuadrada · 3 min/ })).toBeVisible();
  await expect(page.getByRole("list", { name: "Insignias" })).toContainText("Primera sesión");
});

test("a signed-out visitor whose browser asks for Spanish gets the Spanish landing page", async ({ browser }) => {
  const context = await browser.newContext({ locale: "es-ES", extraHTTPHeaders: { "accept-language": "es-ES,es;q=0.9" } });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1, name: "Habla cada vez mejor." })).toBeVisible();
  await expect(page.getByRole("link", { name: "Empezar" })).toBeVisible();

  await page.getByLabel("Idioma").selectOption("en");
  await expect(page.getByRole("heading", { level: 1, name: "Get better at talking." })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await context.close();
});
