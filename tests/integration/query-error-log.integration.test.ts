import { sql } from "drizzle-orm";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { parameterShape, serializeError } from "@/lib/log-error";
import { useTestDatabase } from "../setup/database";

// A failed query is logged with its SQL and its parameters' shapes, never their values.
const test = useTestDatabase();

async function failedQuery(): Promise<unknown> {
  return test.db.execute(sql`select ${"my private journal entry"}::int + ${42}`).then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe("failed-query logs", () => {
  it("keep the query and parameter shapes, drop the values", async () => {
    const error = await failedQuery();
    expect(String((error as Error).message)).toContain("my private journal entry");
    const logged = JSON.stringify(serializeError(error, pino.stdSerializers.err));
    expect(logged).not.toContain("my private journal entry");
    expect(logged).toContain("select $1::int + $2");
    const entry = JSON.parse(logged) as { params: string[]; cause?: { code?: string } };
    expect(entry.params).toEqual(["string(24)", "number"]);
    expect(entry.cause?.code).toBe("22P02");
  });

  it("leaves other errors to pino's standard serializer", () => {
    const logged = serializeError(new Error("plain"), pino.stdSerializers.err) as { message: string; type: string };
    expect(logged).toMatchObject({ type: "Error", message: "plain" });
    expect([parameterShape(null), parameterShape(new Date()), parameterShape([1, 2])]).toEqual(["null", "date", "array(2)"]);
  });
});
