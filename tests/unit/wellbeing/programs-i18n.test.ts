// @vitest-environment happy-dom
import { cleanup, render, renderHook, screen } from "@testing-library/react";
import { createElement, type ReactNode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MeditationInsights } from "@/components/wellbeing/meditation-insights";
import { useProgramText } from "@/components/wellbeing/use-program-text";
import { meditationStats } from "@/lib/wellbeing/meditation-stats";
import { PROGRAMS } from "@/lib/wellbeing/programs";
import { IntlWrapper } from "@/tests/setup/intl";

const insights = vi.hoisted(() => ({ data: undefined as unknown }));
vi.mock("@/hooks/use-wellbeing", () => ({ useInsights: () => ({ data: insights.data, error: null }) }));

function wrapperFor(locale: string) {
  return function Wrapper({ children }: { children: ReactNode }) {
    return createElement(IntlWrapper, { locale }, children);
  };
}

afterEach(cleanup);

describe("meditation programmes and badges in the interface language", () => {
  it("words every shipped programme in English exactly as the API sends it", () => {
    const { result } = renderHook(() => useProgramText(), { wrapper: wrapperFor("en") });
    for (const p of PROGRAMS) {
      expect(result.current.title(p.id, "")).toBe(p.title);
      expect(result.current.description(p.id, "")).toBe(p.description);
      expect(result.current.guidance(p.id, [])).toEqual(p.guidance);
    }
  });

  it("words a programme in Spanish, and leaves one it does not know as sent", () => {
    const { result } = renderHook(() => useProgramText(), { wrapper: wrapperFor("es") });
    expect(result.current.title("box-breathing-5", "Box breathing · 5 min")).toBe("Respiración cuadrada · 5 min");
    expect(result.current.guidance("sleep-10", [])[0]).toBe("Túmbate y deja que la cama sostenga tu peso.");
    expect(result.current.title("walking-10", "Walking · 10 min")).toBe("Walking · 10 min");
  });

  it("names the badges in Spanish", () => {
    insights.data = { ...meditationStats([{ day: "2026-11-30", completed: true, durationSeconds: 300 }], "2026-11-30"), programs: [] };
    render(createElement(MeditationInsights), { wrapper: wrapperFor("es") });
    const badges = screen.getByRole("list", { name: "Insignias" });
    expect(badges.textContent).toContain("Primera sesión");
    expect(badges.textContent).toContain("Racha de 30 días");
    expect(badges.textContent).not.toContain("First session");
  });
});
