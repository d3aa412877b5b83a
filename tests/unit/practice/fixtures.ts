import type { Speaker, TranscriptLine } from "@/lib/practice/types";

// Calls the scorer tests and the bench share: one a coach would praise, one they would not.

function toTranscript(lines: [Speaker, string][], stepMs = 9_000): TranscriptLine[] {
  return lines.map(([role, content], index) => ({ role, content, timestampMs: index * stepMs }));
}

export const strongCall = toTranscript([
  ["persona", "This is Dana."],
  ["rep", "Hi Dana, this is Sam from Relay. The reason I'm calling is I saw Brightloop doubled its sales team. Do you have a minute?"],
  ["persona", "I've got a minute. What's this about?"],
  ["rep", "We help sales leaders get reps out of admin work. How are your reps spending their week right now?"],
  ["persona", "Honestly, they spend hours every week logging calls in the CRM instead of selling, and the good ones hate it. I lose a few afternoons a month chasing them to update their deals."],
  ["rep", "That sounds painful. Tell me about how that affects your forecast?"],
  ["persona", "My forecast misses by twenty percent most months because the pipeline data is stale by the time I look at it, and the board asks me about that every single month."],
  ["rep", "What have you tried so far to fix the stale data?"],
  ["persona", "We already use Gong, so I don't see why we'd add another tool."],
  ["rep", "That's fair, a lot of teams we work with use Gong too. What does Gong cover for you today, and where does it stop?"],
  ["persona", "It records calls, and the coaching side is decent, but nobody updates the CRM afterwards, so the deal data is still a mess and my managers rebuild the forecast by hand."],
  ["rep", "I understand. How would it land with your reps if their call notes synced into the CRM automatically?"],
  ["persona", "They would love it, honestly, and so would my managers. But budget for this year is already allocated and I can't see finance reopening it for another tool."],
  ["rep", "I hear you, budgets are tight. For example, Acme cut CRM admin by 40% in 6 weeks, which paid for itself. Who else would weigh in if the savings covered it?"],
  ["persona", "Our RevOps lead, Priya, would need to sign off on anything that touches the CRM, and she is protective of it after the last two rollouts went badly."],
  ["rep", "Makes sense. So what I'm hearing is stale CRM data is hurting your forecast. Could we book a 30 minute demo with you and Priya next Tuesday at 10am?"],
  ["persona", "Sure, send me an invite for Tuesday."],
  ["rep", "Great, I'll send the calendar invite today. Thanks Dana."],
]);

export const weakCall = toTranscript([
  ["persona", "This is Dana."],
  ["rep", "Um, hi, so basically we are Relay and we have, like, an AI-powered revenue platform that does call recording, CRM sync, forecasting, coaching, analytics, dashboards, integrations with every tool you know, and actually our customers love it because it is sort of the best platform in the market and we are growing really fast and we just raised our Series B so you know we are here to stay."],
  ["persona", "We already use Gong, so I don't see why we'd add another tool."],
  ["rep", "Well, um, our platform actually does way more than Gong, like, it has forecasting and coaching and basically everything, so you should really switch over because it is kind of a no-brainer for teams like yours."],
  ["persona", "Budget for this year is already allocated."],
  ["rep", "Uh, it is not that expensive, you know, and basically the value is huge, like, honestly everybody says so."],
  ["persona", "Okay. Anything else?"],
  ["rep", "Do you use a CRM?"],
  ["persona", "Yes."],
  ["rep", "Is it Salesforce?"],
  ["persona", "Yes. I have to go."],
  ["rep", "Okay, um, thanks."],
]);

const REP_LINES = [
  "What does a typical week look like for your dispatch team?",
  "Do you track dock wait times today?",
  "I understand, that makes sense. How do you handle it when a load runs late?",
  "We helped a carrier like you cut idle time by 18% in 8 weeks, for example.",
  "Tell me about the last time a customer complained about a late update?",
];
const PERSONA_LINES = [
  "Our dispatchers re-key every order from email by hand.",
  "Honestly it's too expensive for us right now.",
  "We already use a TMS that mostly works.",
  "Drivers sit idle for hours at the docks.",
];

/** A 30-minute call of about 400 lines, alternating speakers, for timing the quick scorer. */
export function generateLongCall(lineCount = 400, durationMs = 30 * 60_000): TranscriptLine[] {
  const stepMs = Math.floor(durationMs / lineCount);
  return Array.from({ length: lineCount }, (_, index) => {
    const role: Speaker = index % 2 === 0 ? "rep" : "persona";
    const pool = role === "rep" ? REP_LINES : PERSONA_LINES;
    return { role, content: `${pool[index % pool.length]} (${index})`, timestampMs: index * stepMs };
  });
}
