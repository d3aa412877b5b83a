// @vitest-environment happy-dom
import { cleanup, render, renderHook, screen } from "@testing-library/react";
import { useFormatter } from "next-intl";
import { createElement, type ReactNode } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { BusinessProfileFields, useDraftCheckMessages } from "@/components/coach/planning/business-profile-fields";
import { CoachPreferenceFields } from "@/components/coach/planning/coach-preference-fields";
import { GoalCategoryField } from "@/components/coach/planning/goal-choice-fields";
import { formatSessionTime } from "@/components/coach/planning/labels";
import { checkDraft, draftOf } from "@/components/coach/planning/profile-draft";
import { EMPTY_BUSINESS_PROFILE } from "@/lib/coach/planning/profile";
import { IntlWrapper } from "@/tests/setup/intl";

const spanish = ({ children }: { children: ReactNode }) => createElement(IntlWrapper, { locale: "es" }, children);

const profile = draftOf({ ...EMPTY_BUSINESS_PROFILE, stage: "Pre-seed" });

afterEach(cleanup);

describe("Coach planning choices in Spanish", () => {
  it("names stages and revenue ranges in Spanish while sending the stored value", () => {
    render(createElement(BusinessProfileFields, { value: profile, errors: {}, onChange: () => {} }), { wrapper: spanish });
    const stage = screen.getByLabelText("Etapa") as HTMLSelectElement;
    expect(stage.value).toBe("Pre-seed");
    expect(stage.selectedOptions[0]?.textContent).toBe("Presemilla");
    expect(screen.getByRole("option", { name: "Sin ingresos todavía" }).getAttribute("value")).toBe("Pre-revenue");
  });

  it("names goal categories and voices in Spanish", () => {
    render(createElement(GoalCategoryField, { id: "c", value: "fundraising", onChange: () => {} }), { wrapper: spanish });
    expect((screen.getByLabelText("Categoría") as HTMLSelectElement).selectedOptions[0]?.textContent).toBe("Financiación");
    cleanup();
    const prefs = { coachStyle: "supportive" as const, formality: "balanced" as const, voiceId: "21m00Tcm4TlvDq8ikWAM", timezone: "UTC" };
    render(createElement(CoachPreferenceFields, { value: prefs, zones: ["UTC"], errors: {}, onChange: () => {} }), { wrapper: spanish });
    expect((screen.getByLabelText("Voz del coach") as HTMLSelectElement).selectedOptions[0]?.textContent).toBe("Rachel — tranquila, cálida");
  });

  it("checks the draft with Spanish messages", () => {
    const { result } = renderHook(() => useDraftCheckMessages(), { wrapper: spanish });
    const errors = checkDraft({ ...profile, stage: "", teamSize: "tres" }, { required: true }, result.current);
    expect(errors).toEqual({ industry: "Indica tu sector.", stage: "Elige tu etapa.", role: "Indica tu cargo.", teamSize: "Usa un número entero." });
  });

  it("writes a session's time in the interface locale and the coaching timezone", () => {
    const { result } = renderHook(() => useFormatter(), { wrapper: spanish });
    expect(formatSessionTime(result.current, "2026-11-24T09:30:00Z", "Europe/Madrid")).toBe("mar, 24 nov, 10:30 (Europe/Madrid)");
  });
});
