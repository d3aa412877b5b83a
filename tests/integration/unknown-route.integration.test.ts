import { describe, expect, it } from "vitest";
import * as route from "@/app/api/[...path]/route";
import { call } from "../fixtures/http";

describe("/api/* with no route", () => {
  it.each(["GET", "POST", "PUT", "PATCH", "DELETE"] as const)("%s is 404 in the JSON error shape", async (method) => {
    const res = await call(route[method], "/api/does/not/exist?x=1", { method }, { path: ["does", "not", "exist"] });
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("application/json");
    const requestId = res.headers.get("x-request-id");
    expect(requestId).toBeTruthy();
    expect(await res.json()).toEqual({
      error: { code: "NOT_FOUND", message: "No API route at /api/does/not/exist.", requestId },
    });
  });
});
