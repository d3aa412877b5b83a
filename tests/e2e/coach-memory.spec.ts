import { expect, test } from "./fixtures";

const FIRST = "Our Lisbon office lease ends in March and the landlord wants a twenty percent raise.";
const EDITED = "Our Porto office lease ends in June and the landlord wants a twenty percent raise.";

test("coach memory: what the coach remembers can be searched, edited and forgotten, and the next answer uses the edit", async ({ page, app, user, baseURL }) => {
  test.setTimeout(120_000);
  await app.signUp(user);
  const onboarded = await page.request.post("/api/coach/onboarding", {
    headers: { origin: baseURL! },
    data: { profile: { industry: "Dental software", stage: "Seed", role: "CEO" }, goals: [{ title: "Renew the office lease" }], coachStyle: "supportive", formality: "balanced" },
  });
  expect(onboarded.ok()).toBe(true);

  await app.navigate("Coach");
  const conversation = page.getByRole("list", { name: "Conversation" });
  await page.getByLabel("Your message").fill(FIRST);
  await page.getByLabel("Your message").press("Enter");
  await expect(conversation.getByText("Coach said:")).toHaveCount(1);
  await expect(conversation.locator("[aria-busy=true]")).toHaveCount(0);

  await page.getByRole("navigation", { name: "Coach" }).getByRole("link", { name: "Memory" }).click();
  const memories = page.getByRole("list", { name: "Memories" });
  await expect(memories.getByRole("listitem")).toHaveCount(1);
  await page.getByLabel("Search memories").fill("zanzibar");
  await expect(page.getByText("Nothing the coach remembers matches “zanzibar”.")).toBeVisible();
  await page.getByLabel("Search memories").fill("lisbon");
  await expect(memories.getByText(FIRST)).toBeVisible();

  await memories.getByRole("button", { name: "Edit" }).click();
  await page.getByLabel("What the coach should remember").fill(EDITED);
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.getByLabel("Search memories").fill("");
  await expect(memories.getByText(EDITED, { exact: true })).toBeVisible();
  await expect(memories.getByText(`You first said: “${FIRST}”`)).toBeVisible();

  // A new conversation searches deep memory, and finds the edited words.
  await page.getByRole("navigation", { name: "Coach" }).getByRole("link", { name: "Check-in" }).click();
  await page.getByRole("button", { name: "New conversation" }).click();
  await page.getByLabel("Your message").fill("What should I do about the office lease in Porto and the landlord?");
  await page.getByLabel("Your message").press("Enter");
  await expect(conversation.getByText("Coach said:")).toHaveCount(1);
  const remembered = page.getByRole("list", { name: "What the coach remembered" });
  await expect(remembered.getByRole("button", { name: /^Remembered from/ })).toHaveAccessibleDescription(`“${EDITED}”`);

  // "Why did you say that?" names what the answer was built from, the edited memory included.
  const why = conversation.locator("details").filter({ hasText: "Why did you say that?" }).last();
  await why.getByText("Why did you say that?").click();
  await expect(why).toContainText(EDITED);
  await expect(why).toContainText("Your goals: Renew the office lease");

  await remembered.getByRole("link", { name: "Manage memory" }).click();
  const editedCard = memories.getByRole("listitem").filter({ hasText: EDITED });
  await editedCard.getByRole("button", { name: "Forget" }).click();
  await editedCard.getByRole("button", { name: "Forget for good" }).click();
  await expect(memories.getByText(EDITED, { exact: true })).toHaveCount(0);
});
