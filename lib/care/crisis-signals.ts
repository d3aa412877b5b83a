// Self-harm signals in free text. Written to catch the ways people say it plainly and to leave
// ordinary hyperbole alone ("this deadline is killing me", "commercial suicide", "dying to launch"):
// every pattern names the self (myself, my life, to die, suicidal) rather than a word on its own.

const SIGNALS: readonly RegExp[] = [
  /\b(kill|killing|poison|hang|hanging) myself\b/i,
  /\b(want|wanted|going|urge|tempted|thinking about|thought about|think about) (to )?(hurt|hurting|harm|harming|cut|cutting) myself\b/i,
  /\bself[- ]?harm(ing)?\b/i,
  /\bsuicidal\b/i,
  /\b(commit(ting)?|thinking (about|of)|thoughts of|considering|contemplating|attempt(ed|ing)?|plan(ning)?) suicide\b/i,
  /\b(end|ending|take|taking) my (own )?life\b/i,
  /\b(want|wanted|going|ready) to end it all\b/i,
  /\b(want|wanted|wanting) to die\b(?! (of|from|laughing))/i,
  /\b(don'?t|do not) want to (be alive|live|exist|wake up)( anymore| any more)?\b/i,
  /\b(no (reason|point) (in )?(to )?living|not worth living|better off dead|better off without me)\b/i,
  /\bcan'?t go on living\b/i,
];

/** True when the text says, in so many words, that the writer may harm themselves. */
export function hasCrisisSignal(text: string): boolean {
  const plain = text.replace(/[’‘]/g, "'");
  return SIGNALS.some((signal) => signal.test(plain));
}
