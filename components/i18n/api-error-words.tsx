"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { setApiErrorWords } from "@/hooks/api-error-text";

function pairOf(details: unknown): { from: string; to: string } | undefined {
  const { from, to } = (details ?? {}) as { from?: unknown; to?: unknown };
  return typeof from === "string" && typeof to === "string" ? { from, to } : undefined;
}

/** Gives the API client (hooks/api-request) the interface language's words for the generic errors. */
export function ApiErrorWords() {
  const t = useTranslations("Errors.api");
  useEffect(() => {
    setApiErrorWords((code, { retryAfterSeconds, details }) => {
      if (code === "NETWORK_ERROR") return t("network");
      if (code === "INTERNAL_ERROR") return t("internal");
      if (code === "RATE_LIMITED" && retryAfterSeconds) return t("rateLimited", { seconds: retryAfterSeconds });
      const pair = code === "TRANSLATION_UNAVAILABLE" ? pairOf(details) : undefined;
      return pair ? t("translationUnavailable", pair) : undefined;
    });
  }, [t]);
  return null;
}
