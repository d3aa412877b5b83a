"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import type { CallFilters } from "@/components/practice/api-types";
import { callModes, type CallMode } from "@/lib/practice/types";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseFilters(params: URLSearchParams): CallFilters {
  const mode = params.get("mode");
  const page = Number(params.get("page"));
  const from = params.get("from");
  const to = params.get("to");
  return {
    mode: callModes.includes(mode as CallMode) ? (mode as CallMode) : undefined,
    personaId: params.get("persona") ?? undefined,
    from: from && DATE.test(from) ? from : undefined,
    to: to && DATE.test(to) ? to : undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

function toQuery(filters: CallFilters): string {
  const params = new URLSearchParams();
  if (filters.mode) params.set("mode", filters.mode);
  if (filters.personaId) params.set("persona", filters.personaId);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.page > 1) params.set("page", String(filters.page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** History filters kept in the address bar, so a filtered page can be shared, reloaded and gone back to. */
export function useCallFiltersUrl(): [CallFilters, (filters: CallFilters) => void] {
  const params = useSearchParams();
  const pathname = usePathname();
  const router = useRouter();
  const filters = useMemo(() => parseFilters(new URLSearchParams(params.toString())), [params]);
  const setFilters = useCallback((next: CallFilters) => router.replace(`${pathname}${toQuery(next)}`, { scroll: false }), [router, pathname]);
  return [filters, setFilters];
}
