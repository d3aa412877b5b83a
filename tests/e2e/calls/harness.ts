// What the two call specs share: a spoken wav for Chromium's fake microphone (espeak-ng), a Cadence
// server of their own (`next start` on the production build the suite already made, with the env a
// call test needs), and a browser whose microphone plays that wav.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, expect, type Browser } from "@playwright/test";
import postgres from "postgres";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
const ADMIN_DATABASE_URL = process.env.E2E_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** A temporary folder removed by the returned function. */
export function tempDir(label: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), `cadence-${label}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A few seconds of speech as 16-bit PCM, which Chromium loops as the microphone's input. */
export function spokenWav(dir: string): string {
  const file = path.join(dir, "voice.wav");
  const made = spawnSync("espeak-ng", ["-w", file, "-s", "150", "Hello. I feel a little lonely tonight, and I would love to talk to someone about my day."]);
  if (made.status !== 0) throw new Error(`espeak-ng failed: ${made.stderr.toString()}`);
  return file;
}

export async function launchWithMicrophone(wav: string): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-audio-capture=${wav}`,
      "--disable-background-networking",
      "--no-first-run",
    ],
  });
}

/** A fresh Postgres database for one server, dropped by the returned function. */
export async function freshDatabase(name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = postgres(ADMIN_DATABASE_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

export type Server = { url: string; stop: () => void };

/** `next start` on the suite's build with extra env, once /api/health answers. */
export async function startServer(port: number, env: Record<string, string>): Promise<Server> {
  const url = `http://localhost:${port}`;
  const child: ChildProcess = spawn("npx", ["next", "start", "-p", String(port)], {
    env: { ...process.env, NODE_ENV: "production", APP_URL: url, LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const stop = () => {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
  };
  await expect
    .poll(async () => (await fetch(`${url}/api/health`).catch(() => null))?.status ?? 0, { timeout: 60_000, intervals: [250, 500, 1_000] })
    .toBe(200)
    .catch((err: unknown) => {
      stop();
      throw err;
    });
  return { url, stop };
}

/** coturn on a loopback port with one long-term-credential user; relays between loopback peers. */
export async function startTurn(port: number, dir: string): Promise<{ username: string; credential: string; stop: () => void }> {
  const username = "cadence-e2e";
  const credential = `turn-${Math.random().toString(36).slice(2)}`;
  const child = spawn(
    "turnserver",
    [
      "-n",
      "--listening-ip=127.0.0.1",
      "--relay-ip=127.0.0.1",
      `--listening-port=${port}`,
      `--min-port=${port + 100}`,
      `--max-port=${port + 199}`,
      "--lt-cred-mech",
      `--user=${username}:${credential}`,
      "--realm=cadence.test",
      "--fingerprint",
      "--no-tls",
      "--no-dtls",
      "--no-cli",
      "--allow-loopback-peers",
      `--userdb=${path.join(dir, "turndb")}`,
      "--log-file=stdout",
      "--simple-log",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  // Its own log, kept for the error below; coturn also prints probes of protocols this host lacks.
  let log = "";
  for (const stream of [child.stdout, child.stderr]) stream?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  await expect.poll(() => /Total General servers/.test(log) || child.exitCode !== null, { timeout: 10_000 }).toBe(true);
  if (child.exitCode !== null) throw new Error(`turnserver exited: ${log}`);
  return { username, credential, stop: () => child.kill("SIGTERM") };
}
