import { expect, test } from "./fixtures";

const repLines = [
  "Hi, this is Sam from Cadence. I know I'm calling out of the blue; do you have thirty seconds?",
  "Thanks. What does your team do today when a new rep needs to get ready for real calls?",
  "How much time does that take away from your managers each week?",
  "That makes sense. What would it mean for you if new reps were ready two weeks sooner?",
  "I hear you, and that's fair. Many teams felt the same until they saw the numbers from a short pilot.",
  "Would you be open to a twenty-minute call next Tuesday to see if it fits your team?",
];

test("a text-mode practice call: persona, replies, quick score, live debrief, history and dashboard", async ({ page, app, user }) => {
  test.setTimeout(180_000);
  await app.signUp(user);
  await app.navigate("Practice");

  await page.getByRole("radio", { name: "Discovery", exact: true }).check();
  await page.getByLabel("Source").selectOption("preset");
  await page.getByLabel("Difficulty").selectOption("easy");
  const persona = page.getByRole("list", { name: "Personas" }).getByRole("radio").first();
  await persona.check();
  const labelId = await persona.getAttribute("aria-labelledby");
  const personaName = (await page.locator(`[id="${labelId}"]`).textContent()) ?? "";
  expect(personaName).not.toBe("");
  await page.getByRole("button", { name: "Start call" }).click();

  await expect(page).toHaveURL(/\/practice\/calls\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: personaName })).toBeVisible();
  await expect(page.getByText("Live", { exact: true })).toBeVisible();
  const transcript = page.getByRole("region", { name: "Transcript" });
  const personaLines = transcript.getByRole("listitem").filter({ hasText: personaName });
  await expect(personaLines).toHaveCount(1);
  await expect(page.getByRole("link", { name: "Built-in engine" })).toHaveAttribute("href", "/engines");

  for (const [i, line] of repLines.entries()) {
    await page.getByLabel("Your reply").fill(line);
    await page.getByRole("button", { name: "Send" }).click();
    await expect(transcript.getByRole("listitem").filter({ hasText: line })).toBeVisible();
    await expect(personaLines).toHaveCount(i + 2);
    await expect(page.getByText(`${personaName} is speaking…`)).toBeHidden();
  }

  await page.getByRole("button", { name: "Hint" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Hint: / })).toBeVisible();

  // A marker on window survives only as long as the page is not reloaded.
  await page.evaluate(() => Object.assign(window, { practiceMarker: "same page" }));
  const ended = page.waitForResponse((res) => res.url().endsWith("/end") && res.request().method() === "POST");
  await page.getByRole("button", { name: "End call" }).click();
  const { quickScore } = (await (await ended).json()) as { quickScore: { overall: number; summary: string } };
  await expect(page.getByText(quickScore.summary)).toBeVisible();

  await expect(page.getByRole("heading", { name: "Debrief" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/Scored by Built-in engine/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Hints you used" })).toBeVisible();
  const categories = page.getByRole("table", { name: "Category scores" });
  for (const category of ["Opening", "Discovery", "Objection handling", "Communication", "Closing"]) {
    await expect(categories.getByRole("rowheader", { name: category })).toBeVisible();
  }
  await expect(page.getByLabel(/^Overall score: \d+ out of 100$/)).toBeVisible();
  await expect(page.getByTestId("call-progress")).toContainText(/(Passed|Below the pass mark)\s*\(pass mark 70\)\s*· your first scored discovery/);
  // A typed call has no timed speech, so the debrief reports no pace.
  await expect(categories.getByText(/Pace not measured for typed calls\./)).toBeVisible();
  await expect(page.getByText(/words per minute/)).toHaveCount(0);
  expect(await page.evaluate(() => (window as Window & { practiceMarker?: string }).practiceMarker)).toBe("same page");

  // Every scored category cites the lines it rests on; a quote jumps to its line in the transcript.
  await categories.getByRole("list", { name: "Evidence" }).first().getByRole("button").first().click();
  await expect(page.getByRole("region", { name: "Transcript" }).locator(":focus")).toHaveCount(1);

  // Dispute one category: the argument quotes a line, the re-grade shows both grades, and only once.
  await categories.getByRole("button", { name: "Dispute discovery" }).click();
  const dialog = page.getByRole("dialog", { name: "Dispute the discovery grade" });
  await dialog.getByLabel("Your argument").fill(`I asked open questions, for example “${repLines[2]}”`);
  await dialog.getByRole("button", { name: "Re-grade" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("dispute-discovery")).toContainText(/Re-graded \d+ → \d+ by Built-in engine/);
  await expect(categories.getByRole("button", { name: "Dispute discovery" })).toHaveCount(0);

  await page.getByRole("link", { name: "Call history" }).click();
  const calls = page.getByRole("list", { name: "Calls" });
  await expect(calls.getByRole("listitem")).toHaveCount(1);
  await expect(calls.getByRole("link", { name: `${personaName} · Discovery` })).toBeVisible();
  await page.getByLabel("Mode").selectOption("cold_call");
  await expect(page).toHaveURL(/[?&]mode=cold_call/);
  await page.reload();
  await expect(page.getByLabel("Mode")).toHaveValue("cold_call");
  await expect(page.getByText("No call matches these filters.")).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(calls.getByRole("listitem")).toHaveCount(1);

  await app.navigate("Practice");
  const next = page.getByRole("region", { name: "Practise this next" });
  await expect(next.getByRole("button", { name: "Start this call" })).toBeEnabled();

  await app.navigate("Dashboard");
  const practice = page.getByRole("region", { name: "Practice" });
  await expect(practice.getByRole("term").filter({ hasText: /^Calls$/ }).locator("xpath=following-sibling::dd[1]")).toHaveText("1");
  await expect(practice.getByText(/Score trend over your last call/)).toBeVisible();
});
