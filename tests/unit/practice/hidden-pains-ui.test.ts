// @vitest-environment happy-dom
import { cleanup, render, screen, within } from "@testing-library/react";
import { createElement } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { HiddenPains } from "@/components/practice/hidden-pains";
import { IntlWrapper } from "@/tests/setup/intl";

afterEach(cleanup);

describe("HiddenPains", () => {
  it("lists uncovered pains with the question quoted and missed ones marked in words", () => {
    render(
      createElement(HiddenPains, {
        pains: [
          { pain: "No-shows cost us fifteen slots a day.", uncovered: true, question: "What happens when patients don't show up?", answer: "No-shows cost us fifteen slots a day." },
          { pain: "Reception turnover is high.", uncovered: false },
        ],
      }),
      { wrapper: IntlWrapper },
    );
    const items = within(screen.getByRole("list", { name: "Hidden pains" })).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain("Uncovered:");
    expect(items[0]!.textContent).toContain("Your question: What happens when patients don't show up?");
    expect(items[1]!.textContent).toContain("Missed:");
    expect(items[1]!.textContent).not.toContain("Your question");
  });

  it("says so when the buyer had no hidden pains", () => {
    render(createElement(HiddenPains, { pains: [] }), { wrapper: IntlWrapper });
    expect(screen.getByText("This buyer had no hidden pains.")).toBeTruthy();
  });
});
