import { expect, test } from "./fixtures";

// What a keyboard user meets on the two composers they use most: focus stays in the box after
// sending, a practice call's End call comes after the reply box in Tab order, and the Coach tabs'
// focus ring is drawn inside the tab, where the scrolling tab row cannot clip it.

test("keyboard: composers keep focus after sending, End call follows the reply box, tab rings are not clipped", async ({ page, app, user }) => {
  await app.signUp(user);
  const origin = new URL(page.url()).origin;
  const { personas } = (await (await page.request.get("/api/personas")).json()) as { personas: { id: string }[] };
  const created = await page.request.post("/api/calls", { data: { mode: "discovery", personaId: personas[0]!.id }, headers: { origin } });
  const { id: callId } = (await created.json()) as { id: string };

  await page.goto(`/practice/calls/${callId}`);
  const reply = page.getByLabel("Your reply");
  await expect(reply).toBeFocused();
  await reply.fill("Hi, this is Sam from Cadence. Do you have thirty seconds?");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("region", { name: "Transcript" }).getByText("Do you have thirty seconds?")).toBeVisible();
  await expect(reply).toBeFocused();
  const endCallFollowsReply = await reply.evaluate((box) => {
    const end = [...document.querySelectorAll("button")].find((b) => b.textContent?.trim() === "End call");
    return Boolean(end && box.compareDocumentPosition(end) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(endCallFollowsReply).toBe(true);
  expect(await page.locator("[tabindex]:not([tabindex='0']):not([tabindex='-1'])").count()).toBe(0);

  const onboarded = await page.request.post("/api/coach/onboarding", {
    headers: { origin },
    data: { profile: { industry: "Dental software", stage: "Seed", role: "CEO" }, goals: [{ title: "Renew the office lease" }], coachStyle: "supportive", formality: "balanced" },
  });
  expect(onboarded.ok()).toBe(true);
  await page.goto("/coach");
  const message = page.getByLabel("Your message");
  await message.fill("Pricing for the enterprise plan still worries me.");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("list", { name: "Conversation" }).getByText("Coach said:")).toHaveCount(1);
  await expect(message).toBeFocused();

  const goals = page.getByRole("navigation", { name: "Coach" }).getByRole("link", { name: "Goals" });
  await goals.focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  await expect(goals).toBeFocused();
  expect(await goals.evaluate((el) => getComputedStyle(el).boxShadow)).toMatch(/inset/);
});
