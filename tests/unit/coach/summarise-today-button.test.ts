// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { createElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SummariseTodayButton } from "@/components/coach/summaries/summarise-today-button";
import { IntlWrapper } from "@/tests/setup/intl";

function renderButton() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(createElement(QueryClientProvider, { client }, createElement(SummariseTodayButton)), { wrapper: IntlWrapper });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("Summarise today so far", () => {
  it("asks the server for today's summary and says it is ready", async () => {
    const fetchMock = vi.fn(async () => Response.json({ day: "2026-12-01", summary: "You priced the plan." }));
    vi.stubGlobal("fetch", fetchMock);
    renderButton();
    fireEvent.click(screen.getByRole("button", { name: "Summarise today so far" }));
    expect(await screen.findByText(/Today’s summary is ready below/)).toBeTruthy();
    expect(fetchMock.mock.calls[0]).toEqual(["/api/coach/summaries/today", expect.objectContaining({ method: "POST" })]);
  });

  it("says when it can be tried again once rate-limited", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () =>
        Response.json({ error: { code: "RATE_LIMITED", message: "Too many requests.", requestId: "r1" } }, { status: 429, headers: { "retry-after": "600" } }),
      ),
    );
    renderButton();
    fireEvent.click(screen.getByRole("button", { name: "Summarise today so far" }));
    expect((await screen.findByRole("alert")).textContent).toContain("Try again in 10 minutes.");
  });
});
