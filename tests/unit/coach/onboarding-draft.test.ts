// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { createElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { onboardingDraftKey } from "@/components/coach/planning/onboarding-draft-key";
import { OnboardingWizard } from "@/components/coach/planning/onboarding-wizard";
import { IntlWrapper } from "@/tests/setup/intl";

const replace = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ replace, refresh: vi.fn() }) }));

const completeOnboardingAction = vi.hoisted(() => vi.fn(async () => ({ data: { goals: [] } })));
vi.mock("@/app/(app)/coach/onboarding/actions", () => ({ completeOnboardingAction }));

const KEY = onboardingDraftKey("user-1");

function renderWizard() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const props = { zones: ["Europe/London", "Asia/Calcutta"], timezone: "Europe/London", coachStyle: "supportive" as const, draftKey: KEY };
  return render(createElement(QueryClientProvider, { client }, createElement(OnboardingWizard, props)), { wrapper: IntlWrapper });
}

afterEach(() => {
  cleanup();
  sessionStorage.clear();
  vi.unstubAllGlobals();
});

describe("onboarding keeps what was typed", () => {
  it("restores the step and every field after a reload, and clears the draft when it finishes", async () => {
    renderWizard();
    fireEvent.change(screen.getByLabelText("Industry (required)"), { target: { value: "Logistics software" } });
    fireEvent.change(screen.getByLabelText("Stage (required)"), { target: { value: "Seed" } });
    fireEvent.change(screen.getByLabelText("Your role (required)"), { target: { value: "CEO" } });
    fireEvent.click(screen.getByRole("button", { name: /Next/ }));
    expect(await screen.findByRole("heading", { name: "Your first goals" })).toBeTruthy();
    fireEvent.change(screen.getAllByRole("textbox")[0]!, { target: { value: "Hire a VP Engineering" } });
    cleanup();

    renderWizard();
    expect(await screen.findByRole("heading", { name: "Your first goals" })).toBeTruthy();
    expect((screen.getAllByRole("textbox")[0] as HTMLInputElement).value).toBe("Hire a VP Engineering");
    fireEvent.click(screen.getByRole("button", { name: /Back/ }));
    expect((screen.getByLabelText("Industry (required)") as HTMLInputElement).value).toBe("Logistics software");
    expect((screen.getByLabelText("Your role (required)") as HTMLInputElement).value).toBe("CEO");

    vi.stubGlobal("fetch", vi.fn(async () => Response.json({ goals: [] })));
    fireEvent.click(screen.getByRole("button", { name: /Next/ }));
    fireEvent.click(await screen.findByRole("button", { name: /Next/ }));
    fireEvent.click(await screen.findByRole("button", { name: /Finish and meet your coach/ }));
    await waitFor(() => expect(replace).toHaveBeenCalledWith("/coach"));
    const [sent] = (completeOnboardingAction.mock.calls[0] ?? []) as unknown as [{ profile: { industry: string }; goals: { title: string }[] }];
    expect(sent.profile.industry).toBe("Logistics software");
    expect(sent.goals.map((g) => g.title)).toEqual(["Hire a VP Engineering"]);
    expect(sessionStorage.getItem(KEY)).toBeNull();
  });
});
