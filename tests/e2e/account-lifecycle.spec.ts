import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures";

test("sign up, sign out and in, change settings, export and delete the account", async ({ app, page, user }) => {
  await app.signUp(user);
  // The name contains HTML: it must render as text, not markup.
  await expect(page.getByRole("heading", { name: `Welcome, ${user.name}` })).toBeVisible();

  await app.signOut();
  await app.signIn(user);
  await expect(page).toHaveURL(/\/dashboard$/);

  await app.navigate("Settings");
  await expect(page).toHaveURL(/\/settings$/);
  await page.getByLabel("Display name").fill("Zoë Renamed");
  await page.getByLabel("Preferred language").selectOption("fr");
  await page.getByLabel("Timezone").selectOption("Asia/Tokyo");
  await page.getByRole("radio", { name: "Tactical" }).check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved")).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Display name")).toHaveValue("Zoë Renamed");
  await expect(page.getByLabel("Preferred language")).toHaveValue("fr");
  await expect(page.getByLabel("Timezone")).toHaveValue("Asia/Tokyo");
  await expect(page.getByRole("radio", { name: "Tactical" })).toBeChecked();

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export my data" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^cadence-export-.*\.json$/);
  const exported = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(exported.profile).toMatchObject({ email: user.email, displayName: "Zoë Renamed", preferredLanguage: "fr", timezone: "Asia/Tokyo", coachStyle: "tactical" });

  await page.getByRole("button", { name: "Delete account" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete your account?" });
  const confirm = dialog.getByRole("button", { name: "Delete my account" });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel("Type DELETE to confirm").fill("DELETE");
  await confirm.click();
  await expect(page.getByText("Your account and all its data were deleted.")).toBeVisible();

  await app.signIn(user);
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});
