import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const saveState = (page: Page) => page.locator("[data-save-state]");

async function today(page: Page): Promise<string> {
  const res = await page.request.get("/api/wellbeing/trends?range=week");
  return ((await res.json()) as { to: string }).to;
}

test("wellbeing: a one-tap check-in from the dashboard colours today in the Year-in-Pixels", async ({ page, app, user }) => {
  await app.signUp(user);
  await page.getByRole("radiogroup", { name: "How are you feeling right now?" }).getByRole("radio", { name: "5 — Great" }).click();
  await expect(page.getByText("Checked in: great. Thank you.")).toBeVisible();

  await page.goto("/wellbeing/trends");
  const day = await today(page);
  const square = page.locator(`[data-day="${day}"]`);
  await expect(square).toHaveAttribute("data-mood", "5");
  await expect(square).toHaveCSS("background-color", "rgb(21, 128, 61)");
  await square.click();
  await expect(page.getByTestId("day-detail")).toContainText("Great");
});

test("wellbeing: an entry survives a reload mid-typing and typing offline, and syncs when back online", async ({ page, context, app, user }) => {
  await app.signUp(user);
  await page.goto("/wellbeing/journal/new");
  const content = page.getByLabel("What's on your mind?");
  // The editor stays disabled until its draft store has loaded; keys pressed before that go nowhere.
  await expect(content).toBeEnabled();
  await content.pressSequentially("Morning pages: the roadmap finally feels clear");
  // "kept" (or "saved") is only shown once the latest keystroke is in the draft store (or on the server).
  await expect(saveState(page)).toHaveAttribute("data-save-state", /kept|saved/);
  await page.reload();
  await expect(content).toHaveValue("Morning pages: the roadmap finally feels clear");
  await expect(saveState(page)).toHaveAttribute("data-save-state", "saved");
  await expect(page).toHaveURL(/\/wellbeing\/journal\/[0-9a-f-]{36}$/);

  await context.setOffline(true);
  await content.pressSequentially(". Written on the train, offline.");
  await content.blur();
  await expect(saveState(page)).toHaveAttribute("data-save-state", "offline");
  await context.setOffline(false);
  await expect(saveState(page)).toHaveAttribute("data-save-state", "saved");

  const id = page.url().split("/").at(-1)!;
  const saved = (await (await page.request.get(`/api/wellbeing/entries/${id}`)).json()) as { content: string };
  expect(saved.content).toBe("Morning pages: the roadmap finally feels clear. Written on the train, offline.");
  await page.reload();
  await expect(content).toHaveValue(saved.content);
  await expect(page.getByRole("complementary", { name: "What I heard" })).toContainText("Mood:");

  // A reload straight after a keystroke, before the draft store has said "kept", still has it.
  await content.pressSequentially(" Later.");
  await page.reload();
  await expect(content).toHaveValue(`${saved.content} Later.`);
});

test("wellbeing: an entry that shows distress gets the calm care card, and the entry is kept", async ({ page, app, user }) => {
  await app.signUp(user);
  await page.goto("/wellbeing/journal/new");
  await page.getByLabel("What's on your mind?").fill("I can't cope anymore and I don't want to be alive.");
  await page.getByLabel("Title (optional)").focus();
  await expect(page.getByRole("region", { name: "It sounds like things are really hard right now" })).toBeVisible();
  await expect(page.getByText("findahelpline.com")).toBeVisible();
  await expect(saveState(page)).toHaveAttribute("data-save-state", "saved");
});

test("wellbeing: a 3-minute meditation runs to the end on a fake clock and counts in the totals", async ({ page, app, user }) => {
  await app.signUp(user);
  await page.clock.install();
  await page.goto("/wellbeing/meditate");
  await page.getByRole("button", { name: /Box breathing · 3 min/ }).click();
  await page.getByRole("radiogroup", { name: "Mood before" }).getByRole("radio", { name: "2 — Low" }).click();
  await page.getByRole("button", { name: "Start Box breathing · 3 min" }).click();
  // From here the page's time moves only when the test moves it.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  await page.getByRole("button", { name: "Begin" }).click();
  await expect(page.getByTestId("time-left")).toHaveText("3:00");
  await page.clock.runFor(90_000);
  await expect(page.getByTestId("time-left")).toHaveText("1:30");
  await page.clock.runFor(91_000);
  await expect(page.getByText("Well done: 3 minutes.")).toBeVisible();
  await page.clock.resume();
  await page.getByRole("radiogroup", { name: "Mood after" }).getByRole("radio", { name: "4 — Good" }).click();
  await page.getByRole("button", { name: "Save session" }).click();
  await expect(page.getByText("1 completed")).toBeVisible();
  const insights = (await (await page.request.get("/api/wellbeing/insights")).json()) as { recent: { completed: boolean; durationSeconds: number; moodBefore: number; moodAfter: number }[] };
  expect(insights.recent[0]).toMatchObject({ completed: true, durationSeconds: 180, moodBefore: 2, moodAfter: 4 });
});

// A 1×1 PNG carrying a tEXt chunk, which the server strips.
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000f7445587443616d657261004750532068657265c2914d300000000d49444154789c63f8cfc0f01f00050001ff89993d1d0000000049454e44ae426082",
  "hex",
);

test("wellbeing: an entry typed in one tab appears live in another, and takes an image", async ({ page, context, app, user }) => {
  await app.signUp(user);
  const other = await context.newPage();
  await other.goto("/wellbeing/journal");
  await expect(other.getByText("No entries yet.")).toBeVisible();

  await page.goto("/wellbeing/journal/new");
  await page.getByLabel("Title (optional)").fill("Two tabs");
  await page.getByLabel("What's on your mind?").fill("Written in the first tab.");
  await page.getByLabel("Title (optional)").focus();
  await expect(saveState(page)).toHaveAttribute("data-save-state", "saved");
  await expect(other.getByRole("link", { name: /Two tabs/ })).toBeVisible();

  await other.getByRole("link", { name: /Two tabs/ }).click();
  await expect(other.getByLabel("What's on your mind?")).toHaveValue("Written in the first tab.");
  await page.getByLabel("What's on your mind?").fill("Written in the first tab, and changed.");
  await page.getByLabel("Title (optional)").focus();
  await expect(other.getByLabel("What's on your mind?")).toHaveValue("Written in the first tab, and changed.");

  await page.getByLabel("Add an image").setInputFiles({ name: "dot.png", mimeType: "image/png", buffer: PNG });
  await expect(page.getByRole("img", { name: "Attached to this entry" })).toBeVisible();
  const src = await page.getByRole("img", { name: "Attached to this entry" }).getAttribute("src");
  const served = await (await page.request.get(src!)).body();
  expect(served.includes(Buffer.from("Camera"))).toBe(false);
  expect(served.subarray(0, 8).equals(PNG.subarray(0, 8))).toBe(true);
});

test("wellbeing: a voice note adds to the entry and, when asked, its recording is kept with it", async ({ page, app, user }) => {
  await app.signUp(user);
  await page.goto("/wellbeing/journal/new");
  const content = page.getByLabel("What's on your mind?");
  await expect(content).toBeEnabled();
  await content.fill("Evening walk, thinking out loud.");
  await expect(saveState(page)).toHaveAttribute("data-save-state", /kept|saved/);
  const note = page.getByRole("region", { name: "Voice note" });
  await note.getByLabel("Keep the recording").check();
  await note.getByRole("button", { name: "Record a voice note" }).click();
  // The countdown reads 9:58 once two seconds are recorded (the server refuses anything under one).
  await note.getByRole("button", { name: /Stop \(9:58 left\)/ }).click();
  await expect(note.getByText("Kept the recording with this entry")).toBeVisible();
  const recording = page.getByRole("list", { name: "Kept recordings" }).locator("audio");
  await expect(recording).toHaveCount(1);
  const src = await recording.getAttribute("src");
  const res = await page.request.get(src!);
  expect(res.headers()["content-type"]).toBe("audio/webm");
  await expect(content).toHaveValue("Evening walk, thinking out loud.");
});
