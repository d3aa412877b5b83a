import pino from "pino";

// Structured JSON lines on stdout; secrets never reach a log line because of the redact paths.
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { app: "cadence" },
  redact: {
    paths: ["password", "*.password", "headers.authorization", "headers.cookie", "*.token", "*.secret"],
    censor: "[redacted]",
  },
});
