import { getDb } from "@/lib/db/client";
import { log } from "@/lib/log";
import { suggestNextPractice, type PractiseNext } from "@/lib/practice/progress/practise-next";
import { PractiseNextView } from "./practise-next-view";

/** "Practise this next": a call aimed at the weakest category of the last five, one click to start;
 * worked out on the server. Nothing shows until a call has been scored (there is no weakest category
 * before that), nor when the suggestion cannot be worked out. */
export async function PractiseNextCard({ userId }: { userId: string }) {
  let next: PractiseNext | null = null;
  try {
    next = await suggestNextPractice({ db: await getDb(), userId });
  } catch (err) {
    log.error({ err, userId }, "could not suggest the next practice call");
  }
  if (!next) return null;
  return <PractiseNextView next={next} />;
}
