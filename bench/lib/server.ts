import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { setTimeout as delay } from "node:timers/promises";

export type BenchServer = { url: string; stop: () => Promise<void>; groupId?: number };

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await delay(250);
  }
  throw new Error("server did not become healthy within 120 s");
}

/** `next start` on a production build with its own data directory (emptied first unless `keepData`)
 * and DATABASE_URL if given. */
export async function startServer({
  port,
  dataDir,
  databaseUrl,
  env = {},
  keepData = false,
}: {
  port: number;
  dataDir: string;
  databaseUrl?: string;
  env?: Record<string, string>;
  keepData?: boolean;
}) {
  if (!keepData) rmSync(dataDir, { recursive: true, force: true });
  const url = `http://localhost:${port}`;
  const child = spawn("npx", ["next", "start", "-p", String(port)], {
    env: { ...process.env, APP_URL: url, DATA_DIR: dataDir, DATABASE_URL: databaseUrl ?? "", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  await waitForHealth(url, child);
  return {
    url,
    groupId: child.pid,
    stop: async () => {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    },
  } satisfies BenchServer;
}

/** A new account on the server; returns the session cookie. */
export async function signUp(url: string, email: string): Promise<{ cookie: string; userId: string }> {
  const headers = { "content-type": "application/json", origin: url };
  const password = "bench password 1";
  const created = await fetch(`${url}/api/auth/sign-up/email`, { method: "POST", headers, body: JSON.stringify({ name: "Bench", email, password }) });
  if (!created.ok) throw new Error(`sign-up failed: ${created.status}`);
  const res = await fetch(`${url}/api/auth/sign-in/email`, { method: "POST", headers, body: JSON.stringify({ email, password }) });
  const cookie = res.headers.getSetCookie().find((c) => c.includes("session_token"))?.split(";")[0];
  if (!res.ok || !cookie) throw new Error(`sign-up failed: ${res.status}`);
  const me = (await (await fetch(`${url}/api/me`, { headers: { cookie } })).json()) as { id: string };
  return { cookie, userId: me.id };
}
