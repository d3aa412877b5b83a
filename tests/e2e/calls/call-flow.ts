// A real call between two browser contexts: both join, connect, hear each other (the receiver's
// AnalyserNode sees the other's voice and inbound-rtp bytes grow), one mutes and hangs up.
import { expect, type Page } from "@playwright/test";
import type { TestUser } from "../fixtures";

export type Caller = { page: Page; user: TestUser; cspViolations: string[] };

const peakOf = async (page: Page, who: string) => Number(await page.getByTestId(`meter-${who}`).getAttribute("data-peak-level"));
const bytesOf = async (page: Page) => Number((await page.getByTestId("call-quality").getAttribute("data-bytes-received")) ?? 0);

/** Both open the call screen and join; each then hears the other. Returns once both are connected. */
export async function talk(a: Caller, b: Caller, roomId: string) {
  for (const { page } of [a, b]) {
    await page.goto(`/rooms/${roomId}`);
    await expect(page.getByText("never passes through our servers and is never recorded")).toBeVisible();
    await page.getByRole("button", { name: "Join call" }).click();
  }
  for (const { page } of [a, b]) await expect(page.getByTestId("call-live")).toHaveAttribute("data-phase", "connected", { timeout: 30_000 });
  for (const [listener, speaker] of [[b, a], [a, b]] as const) {
    await expect(listener.page.getByRole("heading", { name: `Call with ${speaker.user.name}` })).toBeVisible();
    await expect.poll(() => peakOf(listener.page, speaker.user.name), { timeout: 20_000 }).toBeGreaterThan(0.01);
    await expect.poll(() => bytesOf(listener.page), { timeout: 10_000 }).toBeGreaterThan(0);
    const before = await bytesOf(listener.page);
    await expect.poll(() => bytesOf(listener.page), { timeout: 10_000 }).toBeGreaterThan(before + 1_000);
    await expect(listener.page.getByTestId("call-quality")).toContainText(/Good|Fair|Poor/);
  }
}

/** A mutes (their own meter says so), then hangs up; both see the call ended with its duration. */
export async function muteAndHangUp(a: Caller, b: Caller) {
  await a.page.getByRole("button", { name: "Mute", exact: true }).click();
  await expect(a.page.getByRole("button", { name: "Unmute" })).toHaveAttribute("aria-pressed", "true");
  await expect(a.page.getByTestId("meter-You")).toContainText("muted");
  await a.page.getByRole("button", { name: "End call" }).click();
  for (const [self, other] of [[a, b], [b, a]] as const) {
    await expect(self.page.getByTestId("call-ended")).toHaveAttribute("data-status", "completed");
    await expect(self.page.getByText(`You talked with ${other.user.name} for`)).toBeVisible();
  }
  expect([...a.cspViolations, ...b.cspViolations]).toEqual([]);
}
