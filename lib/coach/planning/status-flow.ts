import { apiError } from "../../http";

/** Which statuses each status may move to; an empty list means the status is final. */
export type StatusFlow<S extends string> = Record<S, readonly S[]>;

/** 409 unless `to` is `from` or a status `from` may move to; `refusal` words the 409 for its noun. */
export function assertTransition<S extends string>(flow: StatusFlow<S>, from: S, to: S, refusal: "coach.goalTransition" | "coach.actionItemTransition"): void {
  if (to !== from && !flow[from].includes(to)) {
    throw apiError("CONFLICT", refusal, { values: { from, to }, details: { from, to } });
  }
}
