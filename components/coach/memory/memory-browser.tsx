"use client";

import { Search } from "lucide-react";
import { useDeferredValue, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { useMemories } from "@/hooks/use-coach-memories";
import { MemoryCard } from "./memory-card";

/** Everything deep memory holds: searchable, a page at a time, each memory editable and forgettable. */
export function MemoryBrowser() {
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
          Search memories
        </label>
        <Input
          id="memory-search"
          type="search"
          placeholder="Search what the coach remembers"
          className="pl-9"
          value={query}
          maxLength={200}
          onChange={(event) => (setQuery(event.target.value), setPage(1))}
        />
      </div>
      {memories.error ? <Alert variant="error">Could not load your memories: {memories.error.message}</Alert> : null}
      {!data && !memories.error ? <Skeleton role="status" aria-label="Loading memories" className="h-40" /> : null}
      {data?.status === "unavailable" ? <Alert>{data.reason} The coach still reads your profile, goals and summaries.</Alert> : null}
      {data?.status === "available" && data.memories.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          {q ? `Nothing the coach remembers matches “${q}”.` : "Nothing yet. What you tell the coach in check-ins and sessions shows up here."}
        </p>
      ) : null}
      {data && data.memories.length > 0 ? (
        <>
          <p className="text-sm text-muted-foreground" aria-live="polite">
            {data.total} {data.total === 1 ? "memory" : "memories"}
            {q ? ` matching “${q}”` : ""}
          </p>
          <ul aria-label="Memories" className="grid gap-3">
            {data.memories.map((memory) => (
              <MemoryCard key={`${memory.id}-${memory.editedAt ?? ""}`} memory={memory} />
            ))}
          </ul>
          {pages > 1 ? (
            <nav aria-label="Memory pages" className="flex items-center gap-3">
              <Button variant="outline" size="sm" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                Newer
              </Button>
              <span className="text-sm text-muted-foreground">
                Page {page} of {pages}
              </span>
              <Button variant="outline" size="sm" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                Older
              </Button>
            </nav>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
