import "server-only";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import webpush from "web-push";
import { getConfig } from "../../config";

export type VapidDetails = { publicKey: string; privateKey: string; subject: string };

const generated = new Map<string, { publicKey: string; privateKey: string }>();

function readOrCreate(file: string) {
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as { publicKey: string; privateKey: string };
  mkdirSync(path.dirname(file), { recursive: true });
  const keys = webpush.generateVAPIDKeys();
  try {
    writeFileSync(file, JSON.stringify(keys), { mode: 0o600, flag: "wx" });
    return keys;
  } catch {
    // Another process wrote it first; everyone uses that one.
    return JSON.parse(readFileSync(file, "utf8")) as { publicKey: string; privateKey: string };
  }
}

/** VAPID keys from the environment; otherwise generated once into DATA_DIR (like the auth secret),
 * so subscriptions survive restarts. */
export function getVapidDetails(): VapidDetails {
  const { env } = getConfig();
  const subject = env.VAPID_SUBJECT ?? `mailto:no-reply@${new URL(env.APP_URL).hostname.replace(/^localhost$/, "cadence.invalid")}`;
  if (env.VAPID_PUBLIC_KEY && env.VAPID_PRIVATE_KEY) {
    return { publicKey: env.VAPID_PUBLIC_KEY, privateKey: env.VAPID_PRIVATE_KEY, subject };
  }
  const file = path.resolve(env.DATA_DIR, "vapid-keys.json");
  let keys = generated.get(file);
  if (!keys) {
    keys = readOrCreate(file);
    generated.set(file, keys);
  }
  return { ...keys, subject };
}
