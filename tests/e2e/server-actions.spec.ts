import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test, type TestUser } from "./fixtures";

// The app's own forms post to server actions, so they work before the page hydrates: here the browser
// runs no JavaScript at all. Signing up goes through the auth API (its forms are another matter).

test.use({ javaScriptEnabled: false });

async function signUpByApi(request: APIRequestContext, baseURL: string, user: TestUser) {
  const headers = { origin: baseURL };
  const created = await request.post("/api/auth/sign-up/email", { headers, data: { name: user.name, email: user.email, password: user.password } });
  expect(created.status()).toBe(200);
  const signedIn = await request.post("/api/auth/sign-in/email", { headers, data: { email: user.email, password: user.password } });
  expect(signedIn.status()).toBe(200);
}

async function goalTitles(page: Page): Promise<string[]> {
  const res = await page.request.get("/api/coach/goals");
  expect(res.status()).toBe(200);
  return ((await res.json()) as { goals: { title: string }[] }).goals.map((g) => g.title);
}

test("settings: the profile form saves without JavaScript", async ({ page, app, user, baseURL }) => {
  void app;
  await signUpByApi(page.request, baseURL!, user);
  await page.goto("/settings");
  const profile = page.getByRole("form", { name: "Profile" });
  await profile.getByLabel("Display name").fill("Before Hydration");
  await profile.getByLabel("Preferred language").selectOption("fr");
  await profile.getByLabel("Tactical").check();
  await profile.getByRole("button", { name: "Save changes" }).click();

  await expect(profile.getByRole("status")).toHaveText("Saved");
  await page.goto("/settings");
  await expect(profile.getByLabel("Display name")).toHaveValue("Before Hydration");
  await expect(profile.getByLabel("Preferred language")).toHaveValue("fr");
  await expect(profile.getByLabel("Tactical")).toBeChecked();

  // A refused value comes back with the API's own message beside the field.
  await profile.getByLabel("Display name").fill("   ");
  await profile.getByRole("button", { name: "Save changes" }).click();
  await expect(profile.getByText("Enter a display name.")).toBeVisible();
});

test("goals: a goal and an action item are added without JavaScript", async ({ page, app, user, baseURL }) => {
  void app;
  await signUpByApi(page.request, baseURL!, user);
  await page.goto("/coach/goals");
  const goalForm = page.getByRole("form", { name: "New goal" });
  await goalForm.getByRole("button", { name: "Add goal" }).click();
  await expect(goalForm.getByText("Give the goal a title.")).toBeVisible();

  await goalForm.getByLabel("New goal").fill("Ship the no-JS path");
  await goalForm.getByLabel("Priority").selectOption("1");
  await goalForm.getByRole("button", { name: "Add goal" }).click();
  await expect(page.getByRole("heading", { name: "Ship the no-JS path" })).toBeVisible();
  await expect(page.getByText("Priority 1")).toBeVisible();
  expect(await goalTitles(page)).toEqual(["Ship the no-JS path"]);

  const itemForm = page.getByRole("form", { name: "New action item" });
  await itemForm.getByLabel("New action item").fill("Write the fallback test");
  await itemForm.getByLabel("Goal").selectOption({ label: "Ship the no-JS path" });
  await itemForm.getByRole("button", { name: "Add action item" }).click();
  await expect(page.getByText("Write the fallback test", { exact: true })).toBeVisible();
});

test("sessions: a session is scheduled without JavaScript", async ({ page, app, user, baseURL }) => {
  void app;
  await signUpByApi(page.request, baseURL!, user);
  await page.goto("/coach/sessions");
  const form = page.getByRole("form", { name: "Schedule a session" });
  await form.getByLabel("What is the session for?").fill("Plan the launch");
  await form.getByRole("button", { name: "Schedule session" }).click();
  await expect(form.getByText(/^Scheduled for /)).toBeVisible();
  await expect(page.getByText("Plan the launch")).toBeVisible();
});

test("a server action posted from another origin is refused", async ({ page, app, user, baseURL }) => {
  void app;
  await signUpByApi(page.request, baseURL!, user);
  await page.goto("/coach/goals");
  // The form's hidden fields name the action; a forger can read them from their own account's page.
  const hidden = await page
    .getByRole("form", { name: "New goal" })
    .locator('input[type="hidden"]')
    .evaluateAll((inputs) => (inputs as HTMLInputElement[]).map((input) => [input.name, input.value] as const));
  expect(hidden.some(([name]) => name.startsWith("$ACTION"))).toBe(true);
  const post = (origin: string, title: string) =>
    page.request.post("/coach/goals", {
      headers: { origin },
      multipart: { ...Object.fromEntries(hidden), title, category: "general", priority: "3", targetDate: "" },
    });

  const forged = await post("http://evil.example", "Forged by another site");
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  expect(await goalTitles(page)).toEqual([]);

  // The same post from the app's own origin goes through, so the refusal above is the origin's doing.
  const own = await post(baseURL!, "Posted from the app");
  expect(own.status()).toBe(200);
  expect(await goalTitles(page)).toEqual(["Posted from the app"]);
});
