// No "server-only": journal entries as CSV (RFC 4180) and as one Markdown document, for the export.

export type ExportableEntry = { day: string; title: string; content: string; mood: number | null; tags: string[]; visibility: string; createdAt: Date; updatedAt: Date };

function csvCell(value: string): string {
  // A leading = + - @ would run as a formula in a spreadsheet; a quote keeps it text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function entriesToCsv(entries: ExportableEntry[]): string {
  const header = ["day", "title", "mood", "tags", "visibility", "created_at", "updated_at", "content"];
  const rows = entries.map((e) => [e.day, e.title, e.mood === null ? "" : String(e.mood), e.tags.join(";"), e.visibility, e.createdAt.toISOString(), e.updatedAt.toISOString(), e.content].map(csvCell).join(","));
  return [header.join(","), ...rows].join("\r\n") + "\r\n";
}

export function entriesToMarkdown(entries: ExportableEntry[]): string {
  const sections = entries.map((e) => {
    const meta = [`Mood: ${e.mood ?? "–"}`, e.tags.length ? `Tags: ${e.tags.join(", ")}` : null, `Visibility: ${e.visibility}`].filter(Boolean).join(" · ");
    return `## ${e.day}${e.title ? ` — ${e.title}` : ""}\n\n_${meta}_\n\n${e.content}\n`;
  });
  return `# Journal\n\n${sections.join("\n")}`;
}
