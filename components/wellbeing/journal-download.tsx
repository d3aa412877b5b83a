"use client";

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
  const [error, setError] = useState<string | null>(null);
  const run = (format: "csv" | "md") => download(format).then(() => setError(null), (err: unknown) => setError(err instanceof ApiError ? err.message : "Download failed."));
  return (
    <p className="text-sm text-muted-foreground">
      Download your journal as{" "}
      <button type="button" className="underline" onClick={() => void run("csv")}>CSV</button> or{" "}
      <button type="button" className="underline" onClick={() => void run("md")}>Markdown</button>.
      {error ? <span role="alert" className="ml-2 text-destructive">{error}</span> : null}
    </p>
  );
}
