// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { createElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { TimezoneField } from "@/components/settings/timezone-field";
import { IntlWrapper } from "@/tests/setup/intl";

afterEach(cleanup);

const zones = ["Africa/Lagos", "America/New_York", "Asia/Calcutta", "Asia/Tokyo", "Europe/Kiev", "Europe/London"];

describe("TimezoneField", () => {
  it("narrows the list as the user types and picks a zone under its current name", () => {
    const onChange = vi.fn();
    render(createElement(TimezoneField, { zones, value: "Europe/London", onChange }), { wrapper: IntlWrapper });
    const select = screen.getByLabelText("Timezone") as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toContain("UTC+05:30 — Asia/Kolkata");
    expect([...select.options].some((o) => /Calcutta|Kiev/.test(o.textContent ?? ""))).toBe(false);

    fireEvent.change(screen.getByLabelText("Search by city or UTC offset"), { target: { value: "kyiv" } });
    expect([...select.options].map((o) => o.value)).toEqual(["Europe/London", "Europe/Kyiv"]);
    expect(screen.getByText("1 matching timezone")).toBeTruthy();

    fireEvent.change(select, { target: { value: "Europe/Kyiv" } });
    expect(onChange).toHaveBeenCalledWith("Europe/Kyiv");
  });

  it("shows a saved former name as its current one", () => {
    render(createElement(TimezoneField, { zones, value: "Asia/Calcutta", onChange: vi.fn() }), { wrapper: IntlWrapper });
    expect((screen.getByLabelText("Timezone") as HTMLSelectElement).value).toBe("Asia/Kolkata");
  });
});
