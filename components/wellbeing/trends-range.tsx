"use client";

import { createContext, use, useMemo, useState, type ReactNode } from "react";
import { useLiveWellbeing } from "@/hooks/use-wellbeing";
import type { Trends } from "./api-types";
import { DEFAULT_RANGE } from "./trends-frames";

type RangeState = { range: Trends["range"]; setRange: (range: Trends["range"]) => void };

const RangeContext = createContext<RangeState | null>(null);

/** The range the mood card and the breakdown under the year both show, and the live refresh of the
 * page's trends when a check-in or entry lands in another tab. */
export function TrendsRange({ userId, children }: { userId: string; children: ReactNode }) {
  useLiveWellbeing(userId);
  const [range, setRange] = useState<Trends["range"]>(DEFAULT_RANGE);
  const value = useMemo(() => ({ range, setRange }), [range]);
  return <RangeContext value={value}>{children}</RangeContext>;
}

export function useTrendsRange(): RangeState {
  const state = use(RangeContext);
  if (!state) throw new Error("useTrendsRange is used outside <TrendsRange>");
  return state;
}
