"use client";

import { Search } from "lucide-react";
import { useDeferredValue, useState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { useMemories } from "@/hooks/use-coach-memories";
import { MemoryCard } from "./memory-card";

/** Everything deep memory holds: searchable, a page at a time, each memory editable and forgettable. */
export function MemoryBrowser() {
  const t = useTranslations("Coach.memory");
  const [query, setQuery] = useState("");
  const [page, setPage] = useState(1);
  const q = useDeferredValue(query.trim());
  const memories = useMemories({ q, page });
  const data = memories.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  return (
    <div className="grid gap-4">
      <div className="relative max-w-md">
        <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
        <label htmlFor="memory-search" className="sr-only">
          {t("search")}
        </label>
        <Input
          id="memory-search"
          type="search"
          placeholder={t("searchPlaceholder")}
          className="pl-9"
          value={query}
          maxLength={200}
          onChange={(event) => (setQuery(event.target.value), setPage(1))}
        />
      </div>
      {memories.error ? <Alert variant="error">{t("loadError", { message: memories.error.message })}</Alert> : null}
      {!data && !memories.error ? <Skeleton role="status" aria-label={t("loading")} className="h-40" /> : null}
      {data?.status === "unavailable" ? <Alert>
          {data.reason} {t("stillReads")}
        </Alert> : null}
      {data?.status === "available" && data.memories.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          {q ? t("noMatch", { q }) : t("nothingYet")}
        </p>
      ) : null}
      {data && data.memories.length > 0 ? (
        <>
          <p className="text-sm text-muted-foreground" aria-live="polite">
            {q ? t("countMatching", { count: data.total, q }) : t("count", { count: data.total })}
          </p>
          <ul aria-label={t("memories")} className="grid gap-3">
            {data.memories.map((memory) => (
              <MemoryCard key={`${memory.id}-${memory.editedAt ?? ""}`} memory={memory} />
            ))}
          </ul>
          {pages > 1 ? (
            <nav aria-label={t("pages")} className="flex items-center gap-3">
              <Button variant="outline" size="sm" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                {t("newer")}
              </Button>
              <span className="text-sm text-muted-foreground">
                {t("pageOf", { page, pages })}
              </span>
              <Button variant="outline" size="sm" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                {t("older")}
              </Button>
            </nav>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
