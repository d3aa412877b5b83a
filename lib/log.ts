import pino from "pino";
import { serializeError } from "./log-error";

// Structured JSON lines on stdout; secrets never reach a log line because of the redact paths.
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { app: "cadence" },
  serializers: { err: (err: unknown) => serializeError(err, pino.stdSerializers.err) },
  redact: {
    paths: ["password", "*.password", "headers.authorization", "headers.cookie", "*.token", "*.secret"],
    censor: "[redacted]",
  },
});
