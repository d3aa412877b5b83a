import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getConfig } from "../config";

// The generated secret never changes once written, and every signed-in request needs it.
const generated = new Map<string, string>();

function readOrCreate(file: string): string {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
  return secret;
}

/** AUTH_SECRET when set; otherwise one generated on first start and kept in DATA_DIR, so a fresh
 * clone runs with no keys and sessions survive restarts. */
export function getAuthSecret(): string {
  const { env } = getConfig();
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  const file = path.resolve(env.DATA_DIR, "auth-secret");
  let secret = generated.get(file);
  if (!secret) {
    secret = readOrCreate(file);
    generated.set(file, secret);
  }
  return secret;
}
