import { describe, expect, it } from "vitest";
import { POST as createGoal, GET as listGoals } from "@/app/api/coach/goals/route";
import { GET as listSummaries } from "@/app/api/coach/summaries/route";
import { call, errorOf } from "../fixtures/http";
import { signUpUser } from "../fixtures/users";
import { useTestDatabase } from "../setup/database";

// Input Postgres cannot store is a 400 in the error shape from the shared layer, never a 500.
useTestDatabase();

const post = (cookie: string, body: string) =>
  call(createGoal, "/api/coach/goals", { method: "POST", cookie, body, headers: { "content-type": "application/json" } });

describe("unstorable input", () => {
  it("answers NUL bytes and unpaired surrogates in any text field, keys included, with 400 naming the field", async () => {
    const user = await signUpUser();
    for (const [body, field] of [
      ['{"title":"Ship\\u0000it"}', "title"],
      ['{"title":"Ship \\ud800 it"}', "title"],
      ['{"title":"ok","category":"\\udc00"}', "category"],
      ['{"title":"ok","na\\u0000me":"x"}', "na\u0000me"],
    ] as const) {
      const res = await post(user.cookie, body);
      expect(res.status).toBe(400);
      const error = await errorOf(res);
      expect(error.code).toBe("VALIDATION_ERROR");
      expect(error.details?.[0]?.field).toBe(field);
    }
    const goals = await call(listGoals, "/api/coach/goals", { cookie: user.cookie });
    expect(((await goals.json()) as { goals: unknown[] }).goals).toEqual([]);
  });

  it("answers year-0000 dates in bodies and queries with 400", async () => {
    const user = await signUpUser();
    const body = await post(user.cookie, JSON.stringify({ title: "Old", targetDate: "0000-01-01" }));
    expect(body.status).toBe(400);
    expect((await errorOf(body)).details?.[0]?.field).toBe("targetDate");
    const query = await call(listSummaries, "/api/coach/summaries?before=0000-06-01", { cookie: user.cookie });
    expect(query.status).toBe(400);
    expect((await errorOf(query)).code).toBe("VALIDATION_ERROR");
    expect((await post(user.cookie, JSON.stringify({ title: "Fine", targetDate: "0001-01-01" }))).status).toBe(201);
  });
});
