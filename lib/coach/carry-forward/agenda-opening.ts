// How the offline coach opens a session that follows one with commitments: overdue ones first.
// Pure, so the engine and its tests share it.
import { clip } from "../chat/context-tiers";
import type { CarriedCommitment } from "./carried-commitments";

const dueDay = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** The sentences that open the session, and whether they end in a question (then the answer is done). */
export function agendaOpening(items: CarriedCommitment[]): { sentences: string[]; asks: boolean } {
  const overdue = items.filter((item) => item.status === "overdue");
  const pending = items.filter((item) => item.status === "pending");
  const done = items.filter((item) => item.status === "done");
  const sentences: string[] = [];
  if (done.length) sentences.push(`Since last session you finished ${done.map((item) => `“${clip(item.text, 80)}”`).join(" and ")} — well done.`);
  const first = overdue[0];
  if (first) {
    const others = overdue.length - 1;
    sentences.push(
      `Before anything else: from last session, “${clip(first.text, 100)}” was due ${dueDay(first.dueDate!)} and is still open${others ? `, and ${others} more ${others === 1 ? "is" : "are"} overdue` : ""}.`,
      "What got in the way, and what would it take to finish it this week?",
    );
    return { sentences, asks: true };
  }
  if (pending.length) sentences.push(`Still open from last session: ${pending.map((item) => `“${clip(item.text, 80)}”`).join(", ")}.`);
  return { sentences, asks: false };
}
