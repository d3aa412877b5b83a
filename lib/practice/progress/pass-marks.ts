import { getConfig } from "../../config";
import type { CallMode } from "../types";

/** PRACTICE_PASS_MARK_<MODE> when set, else PRACTICE_PASS_MARK (default 70). */
export function passMarkFor(mode: CallMode): number {
  const { env } = getConfig();
  const perMode = {
    cold_call: env.PRACTICE_PASS_MARK_COLD_CALL,
    discovery: env.PRACTICE_PASS_MARK_DISCOVERY,
    objection_gauntlet: env.PRACTICE_PASS_MARK_OBJECTION_GAUNTLET,
  }[mode];
  return perMode ?? env.PRACTICE_PASS_MARK;
}
