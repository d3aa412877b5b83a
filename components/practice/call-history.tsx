"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { useCallFiltersUrl } from "@/hooks/use-call-filters-url";
import { HISTORY_PAGE_SIZE, useCallHistory } from "@/hooks/use-practice-history";
import { HistoryFilters } from "./history-filters";
import { HistoryList } from "./history-list";

/** Past calls, filtered and paged on the server; the filters live in the URL. */
export function CallHistory() {
  const t = useTranslations("Practice");
  const [filters, setFilters] = useCallFiltersUrl();
  const history = useCallHistory(filters);
  const total = history.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE));
  const filtered = Boolean(filters.mode || filters.personaId || filters.from || filters.to);

  return (
    <div className="grid gap-6">
      <HistoryFilters values={filters} onChange={setFilters} />
      {history.error ? <Alert variant="error">{history.error.message}</Alert> : null}
      {!history.data && !history.error ? (
        <div role="status" aria-label={t("loadingCalls")} className="grid gap-2">
          {Array.from({ length: 4 }, (_, i) => (
            <Skeleton key={i} className="h-16" />
          ))}
        </div>
      ) : null}
      {history.data && history.data.calls.length === 0 ? (
        <div className="grid justify-items-start gap-3 rounded-lg border border-dashed border-border p-6">
          <p className="text-muted-foreground">{filtered ? t("noCallMatch") : t("noCallsYet")}</p>
          {filtered ? (
            <Button variant="outline" size="sm" onClick={() => setFilters({ page: 1 })}>
              {t("clearFilters")}
            </Button>
          ) : (
            <Button asChild size="sm">
              <Link href="/practice">{t("startPracticeCall")}</Link>
            </Button>
          )}
        </div>
      ) : null}
      {history.data && history.data.calls.length > 0 ? <HistoryList calls={history.data.calls} /> : null}
      {total > HISTORY_PAGE_SIZE ? (
        <nav aria-label={t("pages")} className="flex items-center justify-between gap-3">
          <Button variant="outline" size="sm" disabled={filters.page <= 1} onClick={() => setFilters({ ...filters, page: filters.page - 1 })}>
            <ChevronLeft aria-hidden />
            {t("previous")}
          </Button>
          <p className="text-sm text-muted-foreground" aria-live="polite">
            {t("pageOf", { page: filters.page, pages, total })}
          </p>
          <Button variant="outline" size="sm" disabled={filters.page >= pages} onClick={() => setFilters({ ...filters, page: filters.page + 1 })}>
            {t("next")}
            <ChevronRight aria-hidden />
          </Button>
        </nav>
      ) : null}
    </div>
  );
}
