import "server-only";

// What a buyer says when they accept a next step. The offline persona's agreement lines are written
// to match these, and the rubric reads the buyer's own words with them, so "send an invite" or
// "Tuesday works" counts as a yes whichever engine played the buyer.

const agreementPatterns = [
  /\bsend (me |us |over )?(an?|the|your|a calendar|a meeting) (invite|invitation|calendar invite|time|times)\b/i,
  /\bsend (it|that|them|one|me a time|a few times)( over)?\b/i,
  /\b(monday|tuesday|wednesday|thursday|friday|tomorrow|next week|that time|that day|that slot|\d{1,2}(:\d{2})? ?(am|pm)?) (works|is fine|suits me|is good|could work)\b/i,
  /\b(that|this|it) (works|suits me)( for me)?\b/i,
  /\b(sounds good|sounds great|deal|book it|let'?s do (it|that)|i'?m in|count me in|set it up|schedule it|put it in|pencil (me|it) in)\b/i,
  /\b(look out for|watch for|expect) (the|your) invite\b/i,
  /\b(one|a) (more )?(meeting|conversation|call|demo)\b.{0,30}\b(fine|okay|ok|then)\b|\b(fine|okay|ok|alright)\b.{0,20}\b(one|a) (more )?(meeting|conversation|call|demo)\b/i,
  /\b(happy|glad|willing) to (meet|take a look|see a demo|try|join|do that)\b/i,
  /\byes,? let'?s\b|\bsure,? (let'?s|send|book)\b/i,
];

const refusalPattern = /\b(not yet|no\b|not now|absolutely not|don'?t (have|think)|maybe later|not until)\b/i;

/** Whether a buyer line accepts a next step: an agreement phrase and no refusal leading the line. */
export function isBuyerAgreement(text: string): boolean {
  const opening = text.slice(0, 24);
  if (refusalPattern.test(opening) && !/^\s*(no problem|no worries)/i.test(text)) return false;
  return agreementPatterns.some((pattern) => pattern.test(text));
}
