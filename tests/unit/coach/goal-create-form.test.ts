// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { createElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GoalCreateForm } from "@/components/coach/planning/goal-create-form";
import { IntlWrapper } from "@/tests/setup/intl";

const createGoalAction = vi.hoisted(() => vi.fn());
vi.mock("@/app/(app)/coach/goals/actions", () => ({ createGoalAction }));

function renderForm() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const invalidate = vi.spyOn(client, "invalidateQueries");
  render(createElement(IntlWrapper, null, createElement(QueryClientProvider, { client }, createElement(GoalCreateForm))));
  return { invalidate, title: screen.getByRole("textbox", { name: "New goal" }) as HTMLInputElement, add: screen.getByRole("button", { name: "Add goal" }) };
}

afterEach(() => {
  cleanup();
  createGoalAction.mockReset();
});

describe("the new-goal form, once hydrated", () => {
  it("checks the title in the browser before sending anything", async () => {
    const { add } = renderForm();
    fireEvent.click(add);
    expect(await screen.findByText("Give the goal a title.")).toBeTruthy();
    expect(createGoalAction).not.toHaveBeenCalled();
  });

  it("sends the form's fields to the action, then clears the title and refreshes the goals", async () => {
    createGoalAction.mockResolvedValue({ data: { id: "g1", title: "Hire a VP" } });
    const { title, add, invalidate } = renderForm();
    fireEvent.change(title, { target: { value: "Hire a VP" } });
    fireEvent.change(screen.getByLabelText("Priority"), { target: { value: "1" } });
    fireEvent.click(add);
    await waitFor(() => expect(title.value).toBe(""));
    const form = createGoalAction.mock.calls[0]?.[1] as FormData;
    expect(Object.fromEntries(form)).toMatchObject({ title: "Hire a VP", category: "general", priority: "1", targetDate: "" });
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ["coach", "goals"] });
  });

  it("shows the action's field message and keeps what was typed", async () => {
    createGoalAction.mockResolvedValue({
      validationErrors: { code: "VALIDATION_ERROR", message: "Some fields are invalid.", status: 400, fields: { targetDate: "Use a date (YYYY-MM-DD)." } },
    });
    const { title, add } = renderForm();
    fireEvent.change(title, { target: { value: "Keep me" } });
    fireEvent.click(add);
    expect(await screen.findByText("Use a date (YYYY-MM-DD).")).toBeTruthy();
    expect(title.value).toBe("Keep me");
  });

  it("says the app could not be reached when the action's request fails, instead of throwing", async () => {
    createGoalAction.mockRejectedValue(new TypeError("Failed to fetch"));
    const { title, add } = renderForm();
    fireEvent.change(title, { target: { value: "Offline goal" } });
    fireEvent.click(add);
    expect(await screen.findByText("Could not reach Cadence. Check your connection and try again.")).toBeTruthy();
    expect(title.value).toBe("Offline goal");
  });
});
