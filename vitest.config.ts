import path from "node:path";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const root = import.meta.dirname;
const integrationFiles = ["tests/integration/**/*.integration.test.ts"];
const integrationSetup = ["tests/setup/integration.ts"];

// The integration suite runs on in-memory PGlite, and again on a real Postgres (one fresh schema per
// file) when TEST_DATABASE_URL is set.
const projects: TestProjectInlineConfiguration[] = [
  { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts", "lib/**/*.test.ts"] } },
  {
    extends: true,
    test: {
      name: "integration",
      include: integrationFiles,
      setupFiles: integrationSetup,
      globalSetup: ["tests/setup/pglite-template.ts"],
    },
  },
];
if (process.env.TEST_DATABASE_URL) {
  projects.push({
    extends: true,
    test: {
      name: "integration-postgres",
      include: integrationFiles,
      setupFiles: integrationSetup,
      env: { TEST_DB_DRIVER: "postgres" },
    },
  });
}

// And, when TEST_DATABASE_POOLER_URL points at a PgBouncer in transaction mode in front of that
// server (.ci/run starts one), the suites that depend on what a transaction pooler breaks (LISTEN,
// prepared statements, the migration lock) run once more through it.
if (process.env.TEST_DATABASE_URL && process.env.TEST_DATABASE_POOLER_URL) {
  projects.push({
    extends: true,
    test: {
      name: "integration-pgbouncer",
      include: [
        "tests/integration/realtime/*.integration.test.ts",
        "tests/integration/practice/transcript-events.integration.test.ts",
        "tests/integration/coach/chat.integration.test.ts",
        "tests/integration/migrations.integration.test.ts",
      ],
      setupFiles: integrationSetup,
      env: { TEST_DB_DRIVER: "pgbouncer" },
    },
  });
}

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      { find: /^server-only$/, replacement: path.join(root, "tests/setup/server-only.ts") },
    ],
  },
  test: {
    environment: "node",
    pool: "forks",
    env: { LOG_LEVEL: "silent", NODE_ENV: "test" },
    unstubEnvs: true,
    // better-auth warns on every failed sign-in, which several tests do on purpose.
    onConsoleLog: (log) => !/\[Better Auth\]:.*(Invalid password|User not found)/.test(log),
    testTimeout: 15_000,
    hookTimeout: 60_000,
    projects,
  },
});
