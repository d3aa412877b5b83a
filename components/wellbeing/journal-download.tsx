"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ApiError, apiFetch } from "@/hooks/api-request";

async function download(format: "csv" | "md") {
  const res = await apiFetch(`/api/wellbeing/export?format=${format}`);
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = format === "csv" ? "journal.csv" : "journal.md";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The journal as a CSV or Markdown file. */
export function JournalDownload() {
  const t = useTranslations("Wellbeing");
  const [error, setError] = useState<string | null>(null);
  const run = (format: "csv" | "md") => download(format).then(() => setError(null), (err: unknown) => setError(err instanceof ApiError ? err.message : t("downloadFailed")));
  return (
    <p className="text-sm text-muted-foreground">
      {t.rich("downloadAs", {
        csv: (chunks) => (
          <button type="button" className="underline" onClick={() => void run("csv")}>
            {chunks}
          </button>
        ),
        md: (chunks) => (
          <button type="button" className="underline" onClick={() => void run("md")}>
            {chunks}
          </button>
        ),
      })}
      {error ? <span role="alert" className="ml-2 text-destructive">{error}</span> : null}
    </p>
  );
}
