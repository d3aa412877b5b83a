import path from "node:path";
import { expect, test } from "./fixtures";

const VTT = path.join(import.meta.dirname, "../fixtures/transcripts/discovery-call.vtt");

test("import a real call: upload a VTT, pick your speaker, read the debrief, then practise against that buyer", async ({ page, app, user }) => {
  test.setTimeout(120_000);
  await app.signUp(user);
  await app.navigate("Practice");
  await page.getByRole("link", { name: "Import a call" }).click();

  await page.getByLabel("Transcript file").setInputFiles(VTT);
  await expect(page.getByLabel("Format")).toHaveValue("vtt");
  await expect(page.getByLabel("Which speaker is you?").locator("option")).toHaveText(["Sam", "Dana"]);
  await page.getByLabel("Which speaker is you?").selectOption("Sam");
  await page.getByRole("button", { name: "Import and score" }).click();

  await expect(page).toHaveURL(/\/practice\/calls\/[0-9a-f-]{36}$/);
  await expect(page.getByText("Imported call with Dana")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Debrief" })).toBeVisible({ timeout: 30_000 });
  const transcript = page.getByRole("region", { name: "Transcript" });
  await expect(transcript.getByText("How does your team onboard a new customer today?")).toBeVisible();

  await page.getByRole("button", { name: "Practise with Dana again" }).click();
  await expect(page).toHaveURL(/\/practice\/calls\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Dana" })).toBeVisible();
  // A fresh call: the buyer composed from the import opens it.
  await expect(page.getByRole("region", { name: "Transcript" }).getByRole("listitem")).toHaveCount(1);
  await expect(page.getByRole("region", { name: "Transcript" }).getByRole("listitem").first()).toContainText("Dana");
});
