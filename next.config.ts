import { withSerwist } from "@serwist/turbopack";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { loadConfig } from "./lib/config";

// Validate the environment before anything starts: a bad value stops `next dev/build/start` with a
// message naming the variable.
const config = loadConfig();

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Inlined at build time: only a build with Clerk's keys bundles Clerk (components/auth/clerk-loader.ts).
  env: { CLERK_UI: config.providers.auth === "clerk" ? "on" : "" },
  serverExternalPackages: ["@electric-sql/pglite", "pino", "postgres"],
  // Migrations are read at boot, so they ship with every server function.
  outputFileTracingIncludes: { "/**": ["./supabase/migrations/**"] },
};

// Messages are compiled at build time, so the browser gets the ICU formatter without its parser.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

export default withSerwist(withNextIntl(nextConfig));
