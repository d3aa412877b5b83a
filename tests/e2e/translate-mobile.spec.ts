import type { Page } from "@playwright/test";
import { CadenceApp, expect, test } from "./fixtures";

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("Translate's contacts, invite and chat fit a 375 px screen", async ({ app, page, user, browser }, testInfo) => {
  await app.signUp(user);
  await page.goto("/translate");
  await expectNoHorizontalScroll(page);
  await page.getByRole("tab", { name: "Contacts" }).click();
  await page.getByRole("button", { name: "Invite one person" }).click();
  const code = (await page.getByTestId("invite-code").textContent()) ?? "";
  expect(code).toMatch(/^[A-Za-z0-9_-]{8,}$/);
  await expectNoHorizontalScroll(page);

  const other = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, extraHTTPHeaders: { "x-forwarded-for": `198.19.${testInfo.workerIndex % 250}.77` } });
  const friend = await other.newPage();
  await new CadenceApp(friend).signUp({ name: "Amal", email: `ar-${user.email}`, password: user.password });
  const origin = new URL(friend.url()).origin;
  expect((await friend.request.patch("/api/me", { data: { preferredLanguage: "ar" }, headers: { origin } })).status()).toBe(200);
  await friend.goto(`/translate?invite=${code}`);
  await friend.getByRole("button", { name: "Use code" }).click();
  await expect(friend.getByText("You are now contacts.")).toBeVisible();
  await friend.getByRole("checkbox", { name: /Choose .* for a conversation/ }).check();
  await friend.getByRole("button", { name: "Message" }).click();
  await expect(friend.getByRole("region", { name: "Conversation" })).toBeVisible();
  await expect(friend.getByRole("tab", { name: "Chats" })).toBeHidden();
  await friend.getByLabel("Message").fill("مرحبا، كيف حالك؟");
  await friend.getByLabel("Message").press("Enter");
  const text = friend.getByTestId("message-text").first();
  await expect(text).toHaveAttribute("dir", "rtl");
  await expectNoHorizontalScroll(friend);
  await friend.getByRole("button", { name: "Back to conversations" }).click();
  await expect(friend.getByRole("tab", { name: "Chats" })).toBeVisible();
  await other.close();
});
