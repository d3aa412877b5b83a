// GET /serwist/sw.js — the service worker, bundled from app/sw.ts with the precache manifest
import { spawnSync } from "node:child_process";
import { createSerwistRoute } from "@serwist/turbopack";
import { getConfig } from "@/lib/config";

const revision = spawnSync("git", ["rev-parse", "HEAD"], { encoding: "utf-8" }).stdout?.trim() || crypto.randomUUID();

export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "app/sw.ts",
  useNativeEsbuild: true,
  // Source maps only in development: with none built, /serwist/sw.js.map is not a route (404).
  esbuildOptions: { sourcemap: getConfig().env.NODE_ENV === "development" },
  additionalPrecacheEntries: [{ url: "/~offline", revision }],
});
