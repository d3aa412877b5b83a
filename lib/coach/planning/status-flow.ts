import { AppError } from "../../http";

/** Which statuses each status may move to; an empty list means the status is final. */
export type StatusFlow<S extends string> = Record<S, readonly S[]>;

/** 409 unless `to` is `from` or a status `from` may move to. */
export function assertTransition<S extends string>(flow: StatusFlow<S>, from: S, to: S, noun: string): void {
  if (to !== from && !flow[from].includes(to)) {
    throw new AppError("CONFLICT", `A ${from} ${noun} cannot become ${to}.`, { from, to });
  }
}
