// Two people in two browser contexts, a room between them, and a real call: both join, connect, hear
// each other (the receiver's AnalyserNode sees the other's voice and inbound-rtp bytes grow), end.
import { expect, type Browser, type Page } from "@playwright/test";
import postgres from "postgres";
import { CadenceApp, type TestUser } from "../fixtures";

export type Caller = { page: Page; user: TestUser; cspViolations: string[] };

export async function signedUpCaller(browser: Browser, baseURL: string, name: string): Promise<Caller> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const cspViolations: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  const user = { name, email: `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now().toString(36)}@example.com`, password: "correct horse battery" };
  await new CadenceApp(page).signUp(user);
  return { page, user, cspViolations };
}

/** The seam until Connect's matching is on main: the room an accepted match opens (what createRoom
 * writes: one room for an origin, its two participants), written straight to the server's database. */
export async function roomBetween(databaseUrl: string, a: TestUser, b: TestUser): Promise<string> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [room] = await sql<{ id: string }[]>`
      insert into rooms (origin_kind, origin_id, expires_at) values ('connect-match', gen_random_uuid(), now() + interval '1 hour') returning id`;
    const added = await sql`insert into room_participants (room_id, user_id) select ${room!.id}, id from users where email in ${sql([a.email, b.email])}`;
    expect(added.count).toBe(2);
    return room!.id;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

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
  await a.page.getByRole("button", { name: "Mute" }).click();
  await expect(a.page.getByRole("button", { name: "Unmute" })).toHaveAttribute("aria-pressed", "true");
  await expect(a.page.getByTestId("meter-You")).toContainText("muted");
  await a.page.getByRole("button", { name: "End call" }).click();
  for (const [self, other] of [[a, b], [b, a]] as const) {
    await expect(self.page.getByTestId("call-ended")).toHaveAttribute("data-status", "completed");
    await expect(self.page.getByText(`You talked with ${other.user.name} for`)).toBeVisible();
  }
  expect([...a.cspViolations, ...b.cspViolations]).toEqual([]);
}
