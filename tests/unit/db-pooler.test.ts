import { describe, expect, it } from "vitest";
import { describePostgresUrl, migrationTarget } from "@/lib/db/pooler";

describe("transaction pooler URLs", () => {
  it("recognises Supabase's transaction pooler port and the pgbouncer=true flag, and drops the flag", () => {
    expect(describePostgresUrl("postgres://u:p@aws-0-eu.pooler.supabase.com:6543/postgres")).toEqual({
      url: "postgres://u:p@aws-0-eu.pooler.supabase.com:6543/postgres",
      transactionPooler: true,
    });
    expect(describePostgresUrl("postgres://u@127.0.0.1:6432/app?pgbouncer=true&sslmode=disable")).toEqual({
      url: "postgres://u@127.0.0.1:6432/app?sslmode=disable",
      transactionPooler: true,
    });
    expect(describePostgresUrl("postgres://u@db.example:5432/app").transactionPooler).toBe(false);
    // Supabase's session pooler (5432) keeps sessions.
    expect(describePostgresUrl("postgres://u@aws-0-eu.pooler.supabase.com:5432/postgres").transactionPooler).toBe(false);
  });

  it("runs migrations on a session: the LISTEN URL when given, else the main URL unless it is a pooler", () => {
    const pooler = "postgres://u@pooler.example:6543/app";
    expect(migrationTarget({ url: pooler, listenUrl: "postgres://u@db.example:5432/app" })).toEqual({
      url: "postgres://u@db.example:5432/app",
      session: true,
    });
    expect(migrationTarget({ url: pooler })).toEqual({ url: pooler, session: false });
    expect(migrationTarget({ url: "postgres://u@db.example:5432/app" })).toEqual({ url: "postgres://u@db.example:5432/app", session: true });
  });
});
