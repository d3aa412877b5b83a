// One person with something on every page: Ada, matched through Connect with Bea (so she has a
// verified email, a Connect profile, a clip, a match and a room), then a live and a scored practice
// call, coach onboarding with a chat, a goal and an OKR session, a day's summary, a translated chat
// with Bea, a journal entry, a check-in and a meditation.
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { CadenceApp } from "../fixtures";
import { matchedThroughConnect, OUTBOX_ADMIN } from "../calls/connect-flow";

type Cookies = Awaited<ReturnType<BrowserContext["cookies"]>>;
export type Seeded = { ada: Cookies; admin: Cookies; ids: Record<string, string[]> };

const CRON = { authorization: "Bearer e2e-cron-secret-0123456789" };
// connect.spec uses 76 and the call specs 66: this pair matches only each other.
const A11Y_AGE = 86;

async function post(page: Page, url: string, data: unknown) {
  const res = await page.request.post(url, { data, headers: { origin: new URL(page.url()).origin } });
  expect(res.ok(), `${url}: ${res.status()} ${await res.text()}`).toBe(true);
  return (await res.json().catch(() => ({}))) as Record<string, unknown>;
}

async function practiceCall(page: Page, personaId: string, end: boolean): Promise<string> {
  const { id } = await post(page, "/api/calls", { mode: "discovery", personaId });
  const callId = String(id);
  await post(page, "/api/calls/start", { callId });
  const lines = [
    "Hi, this is Ada from Cadence. Do you have a minute?",
    "Sure, what is it about?",
    "How do new reps get ready for real calls today?",
    "Mostly shadowing; it takes weeks.",
    "What does that cost your managers each week?",
    "A few hours each, I would say.",
    "Would a twenty-minute call next Tuesday to look at a pilot be worth it?",
    "Maybe, send me something first.",
  ];
  for (const [i, content] of lines.entries()) {
    await post(page, `/api/calls/${callId}/transcript`, { role: i % 2 ? "persona" : "rep", content, timestampMs: i * 5_000, clientId: `a11y-${i}` });
  }
  if (end) {
    await post(page, `/api/calls/${callId}/end`, {});
    await page.goto(`/practice/calls/${callId}`);
    await expect(page.getByRole("heading", { name: "Debrief" })).toBeVisible({ timeout: 30_000 });
  }
  return callId;
}

async function coach(page: Page) {
  await post(page, "/api/coach/onboarding", {
    profile: { industry: "Dental software", stage: "Seed", role: "CEO" },
    goals: [{ title: "Close three pilot customers" }],
    coachStyle: "supportive",
    formality: "balanced",
  });
  await post(page, "/api/coach/sessions", { scheduledFor: new Date(Date.now() + 2 * 86_400_000).toISOString(), durationMinutes: 30, goal: "Set this quarter's key results", framework: "OKR" });
  await page.goto("/coach");
  await page.getByLabel("Your message").fill("I'll send Sarah the pilot proposal by Friday; pricing still worries me.");
  await page.getByLabel("Your message").press("Enter");
  const conversation = page.getByRole("list", { name: "Conversation" });
  await expect(conversation.getByText("Coach said:")).toHaveCount(1, { timeout: 20_000 });
  await expect(conversation.locator("[aria-busy=true]")).toHaveCount(0, { timeout: 20_000 });
  const day = new Date().toISOString().slice(0, 10);
  expect((await page.request.get(`/api/cron/daily-summary?date=${day}`, { headers: CRON })).status()).toBe(200);
}

async function translatedChat(ada: Page, bea: Page, beaEmail: string) {
  await ada.goto("/translate");
  await ada.getByRole("tab", { name: "Contacts" }).click();
  await ada.getByLabel("Add by email").fill(beaEmail);
  await ada.getByRole("button", { name: "Send request" }).click();
  await expect(ada.getByText("Request sent.")).toBeVisible();
  await bea.goto("/translate");
  await bea.getByRole("tab", { name: "Contacts" }).click();
  await bea.getByRole("button", { name: "Accept" }).click();
  await bea.getByRole("checkbox", { name: /Choose .* for a conversation/ }).check();
  await bea.getByRole("button", { name: "Message" }).click();
  await expect(bea.getByRole("region", { name: "Conversation" })).toBeVisible();
  await bea.getByLabel("Message").fill("Where is the library?");
  await bea.getByLabel("Message").press("Enter");
  await expect(bea.getByTestId("chat-message")).toHaveCount(1);
}

async function wellbeing(page: Page): Promise<string> {
  const { id } = await post(page, "/api/wellbeing/entries", { title: "A good call", content: "Today the pilot call went well and I felt calm and hopeful afterwards.", mood: 4 });
  await post(page, "/api/wellbeing/checkins", { mood: 4 });
  const meditation = await post(page, "/api/wellbeing/meditations", { programId: "box-breathing-3", moodBefore: 3 });
  const res = await page.request.patch(`/api/wellbeing/meditations/${String(meditation.id)}`, {
    data: { moodAfter: 4, completed: true, durationSeconds: 180, interruptions: 0 },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(res.ok()).toBe(true);
  return String(id);
}

async function adminCookies(browser: Browser, baseURL: string): Promise<Cookies> {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "198.19.86.9" } });
  const page = await context.newPage();
  await new CadenceApp(page).signIn(OUTBOX_ADMIN);
  await expect(page).toHaveURL(/\/dashboard$/);
  const cookies = await context.cookies();
  await context.close();
  return cookies;
}

export async function seed(browser: Browser, baseURL: string): Promise<Seeded> {
  const { ada, bea, roomId } = await matchedThroughConnect(browser, baseURL, "198.19.86", A11Y_AGE);
  const page = ada.page;
  const { personas } = (await (await page.request.get("/api/personas")).json()) as { personas: { id: string }[] };
  const scoredCall = await practiceCall(page, personas[0]!.id, true);
  const liveCall = await practiceCall(page, personas[0]!.id, false);
  await coach(page);
  await translatedChat(page, bea.page, bea.user.email);
  const entryId = await wellbeing(page);
  const seeded: Seeded = {
    ada: await page.context().cookies(),
    admin: await adminCookies(browser, baseURL),
    ids: {
      "/practice/calls/[id]": [liveCall, scoredCall],
      "/rooms/[id]": [roomId],
      "/wellbeing/journal/[id]": [entryId],
    },
  };
  await Promise.all([page.context().close(), bea.page.context().close()]);
  return seeded;
}
