// Hears "I sent the proposal to Priya" and finds the pending action item it completes, so the
// coach can offer to tick it off. No "server-only": pure, used by every coach provider.

export type OpenActionItem = { id: string; text: string };

const DONE =
  /\b(i|we)\s+(?:finally\s+|just\s+|already\s+)?(did|done|finished|completed|sent|called|booked|shipped|wrote|emailed|hired|signed|launched|had|spoke|talked|met|made|published|submitted|delivered|closed|fixed|paid|posted|ran|rang|scheduled|set up|sorted|chased|updated|reached out)\b|\b(it'?s|that'?s|is|was)\s+(done|finished|sorted|sent|booked|completed)\b|\bgot\s+(it|that|this)\s+done\b|\bticked\s+off\b/i;
const NOT_DONE = /\b(didn'?t|did not|haven'?t|have not|hasn'?t|not yet|couldn'?t|wasn'?t able|still need|still have to|going to|will|plan to|about to)\b/i;

const irregular: Record<string, string> = {
  sent: "send", wrote: "write", written: "write", spoke: "speak", spoken: "speak", met: "meet", had: "have", made: "make",
  did: "do", done: "do", ran: "run", rang: "call", paid: "pay", told: "tell", gave: "give", given: "give", took: "take", taken: "take",
};
const COMMON = new Set(["the", "and", "for", "with", "from", "that", "this", "have", "about", "into", "them", "their", "then", "just", "finally", "already", "today", "yesterday", "week", "by"]);

function stem(word: string): string {
  const lower = word.toLowerCase();
  return irregular[lower] ?? lower.replace(/(ing|ed|es|s)$/, "").slice(0, 7);
}

function keywords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z0-9']{3,}/g) ?? [];
  return new Set(words.filter((word) => !COMMON.has(word)).map(stem));
}

/** The pending item a "done" message completes: the one sharing most words with it (at least two,
 * or half the item's words), or null when the message reports nothing done. */
export function findDoneActionItem({ message, items }: { message: string; items: OpenActionItem[] }): OpenActionItem | null {
  const sentence = message.split(/(?<=[.!?])\s+|\n+/).find((part) => DONE.test(part) && !NOT_DONE.test(part));
  if (!sentence) return null;
  const said = keywords(sentence);
  let best: { item: OpenActionItem; overlap: number } | null = null;
  for (const item of items) {
    const wanted = keywords(item.text);
    const overlap = [...wanted].filter((word) => said.has(word)).length;
    const enough = overlap >= 2 || (wanted.size > 0 && overlap / wanted.size >= 0.5);
    if (enough && (!best || overlap > best.overlap)) best = { item, overlap };
  }
  return best?.item ?? null;
}
