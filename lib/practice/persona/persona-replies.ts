import "server-only";
import type { CallMode, PersonaProfile, Personality } from "../types";

// Phrase frames per personality. The substance of every reply (pains, objections, company, role)
// comes from the persona itself; these only give it a voice. The variant is picked from a hash of
// the turn and the rep's words, so a replayed conversation gets the same replies.

export type ReplyKind =
  | "painLead"
  | "painTail"
  | "objectionLead"
  | "objectionRepeat"
  | "objectionAccepted"
  | "deflect"
  | "closedAnswer"
  | "coldGreeting"
  | "meetingGreeting"
  | "agree"
  | "refuse"
  | "hangUp"
  | "irritated"
  | "neutral"
  | "allPainsTold";

type Frames = Record<ReplyKind, Record<Personality, string[]>>;

const frames: Frames = {
  painLead: {
    skeptical: ["Honestly? ", "If I'm being straight with you, "],
    busy: ["Short version: ", "Look, "],
    friendly: ["Oh, good question. ", "Ha, where do I start? "],
    technical: ["Concretely: ", "The real issue is this. "],
    hostile: ["Fine. ", "If you must know, "],
  },
  painTail: {
    skeptical: [" Not that I expect a vendor to fix it.", " Everyone claims they can fix that."],
    busy: [" That's the gist.", ""],
    friendly: [" It's been a real headache for the team.", " It drives everyone a bit crazy."],
    technical: [" Most of it comes down to how our data moves between systems.", ""],
    hostile: [" Happy now?", ""],
  },
  objectionLead: {
    skeptical: ["Hold on. ", "Let me stop you there. "],
    busy: ["Look, ", "Quickly — "],
    friendly: ["That sounds nice, but honestly, ", "I hear you, but "],
    technical: ["Before you go further: ", "One thing first. "],
    hostile: ["Stop. ", "Listen. "],
  },
  objectionRepeat: {
    skeptical: ["You haven't answered my point. ", "That doesn't address it. "],
    busy: ["You're not listening. ", "Again: "],
    friendly: ["Sorry, I don't think you heard me — ", "I still have the same worry: "],
    technical: ["That doesn't answer the question. ", "Let me repeat the question. "],
    hostile: ["Are you even listening? ", "I said it once already. "],
  },
  objectionAccepted: {
    skeptical: ["Okay, that's fairer than I expected.", "Fine, I'll give you that one."],
    busy: ["Fine. Noted.", "Okay."],
    friendly: ["Oh, that helps, thank you.", "Okay, that makes me feel better."],
    technical: ["Okay, that answers it.", "Good, that's the detail I needed."],
    hostile: ["Hm. Maybe.", "Fine, whatever."],
  },
  deflect: {
    skeptical: ["Things at {company} are fine, mostly. Why do you ask?", "We manage. What are you really asking?"],
    busy: ["It's fine. What's your point?", "Same as any {role}: too much to do. Next?"],
    friendly: ["Oh, you know, busy as ever at {company}! Anything specific you wanted to know?", "Pretty good, honestly. What made you ask?"],
    technical: ["That's a broad question. Which part of our setup do you mean?", "Define what you mean. Process or systems?"],
    hostile: ["That's none of your business.", "Why would I tell you that?"],
  },
  closedAnswer: {
    skeptical: ["Yes. Why?", "Sort of. Where is this going?"],
    busy: ["Yes. Next question.", "Yeah."],
    friendly: ["Yes, we do!", "Mm, sort of, yes."],
    technical: ["Yes, partly. It depends on the system.", "Technically yes."],
    hostile: ["Yes. And?", "Maybe."],
  },
  coldGreeting: {
    skeptical: ["Okay… I don't know you. What's this about?", "Right. And why are you calling me?"],
    busy: ["I'm slammed. What do you need?", "You've got thirty seconds."],
    friendly: ["Oh, hi! What can I do for you?", "Hello! What's this about?"],
    technical: ["Right. What is it you do, exactly?", "Okay. What's the product?"],
    hostile: ["I don't take sales calls. What do you want?", "How did you get this number?"],
  },
  meetingGreeting: {
    skeptical: ["Hi. Let's see if this is worth the time. Go ahead.", "Hello. So, what did you want to cover?"],
    busy: ["Hi. I've got a hard stop, so let's go.", "Hey. Where do you want to start?"],
    friendly: ["Hi! Great to finally talk. Where should we start?", "Hello! Thanks for setting this up."],
    technical: ["Hi. I'd like to get into specifics, so go ahead.", "Hello. What's the agenda?"],
    hostile: ["Yeah, hi. Let's get this over with.", "Hi. What do you want to know?"],
  },
  agree: {
    skeptical: ["Alright. You've earned a proper look — send an invite and bring numbers.", "Okay, one more conversation. Send it over."],
    busy: ["Fine. Book thirty minutes and send the invite.", "Okay, send me a time. Keep it short."],
    friendly: ["Yes, let's do it! Send over a few times that work.", "Sounds good — I'll look out for the invite."],
    technical: ["Okay, set it up — and bring someone who can talk about the integration.", "Fine, schedule it. I'll bring my team."],
    hostile: ["Fine. One meeting. Don't make me regret it.", "Send the invite. Thirty minutes, no more."],
  },
  refuse: {
    skeptical: ["Not yet. I don't see how you'd actually help {company}.", "Slow down. I haven't heard anything worth a meeting."],
    busy: ["I don't have time for another meeting on this.", "No. Not until I know why it's worth it."],
    friendly: ["Oh, I don't think we're there yet — I'm still not sure how this fits {company}.", "Maybe later! I'd need to understand it better first."],
    technical: ["I'd need to understand more before I commit my team's time.", "Not yet. You haven't shown me how this works for us."],
    hostile: ["No. You haven't given me a reason to.", "Absolutely not."],
  },
  hangUp: {
    skeptical: ["I don't think this is going anywhere. Goodbye.", "We're done. Goodbye."],
    busy: ["I have to go. Bye.", "I'm out of time for this. Bye."],
    friendly: ["I'm sorry, I need to go now. Take care.", "I think I'll stop here. Bye."],
    technical: ["This isn't useful. I'm ending the call.", "I'm going to hang up now."],
    hostile: ["We're done here.", "Don't call me again."],
  },
  irritated: {
    skeptical: ["That kind of pressure doesn't work on me.", "I don't like being pushed."],
    busy: ["Don't push me.", "That's not helping."],
    friendly: ["Whoa, okay — no need for that.", "Hey, let's keep this friendly."],
    technical: ["Pressure isn't an argument.", "That's not a reason."],
    hostile: ["Watch it.", "Excuse me?"],
  },
  neutral: {
    skeptical: ["Okay. And why should I care?", "Mm. Go on."],
    busy: ["Okay. What do you need from me?", "And?"],
    friendly: ["Sure, go on!", "Okay, I'm listening."],
    technical: ["Okay. How does that actually work?", "Go on."],
    hostile: ["And?", "Get to the point."],
  },
  allPainsTold: {
    skeptical: ["I've told you the main problems. What would you actually do about them?", "That's the list. Now convince me."],
    busy: ["That's it, really. So what's your pitch?", "That's the main stuff."],
    friendly: ["I think that's the big stuff, honestly! How would you help?", "That's most of it. What do you think?"],
    technical: ["That covers it. How would your product handle that?", "Those are the problems. What's the architecture?"],
    hostile: ["I've said enough.", "That's all you're getting."],
  },
};

/** FNV-1a: a stable 32-bit hash, so the same turn always picks the same phrasing. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function phraseReply({ kind, persona, seed }: { kind: ReplyKind; persona: PersonaProfile; seed: number }): string {
  const options = frames[kind][persona.personality];
  const template = options[seed % options.length] ?? "";
  return template.replaceAll("{company}", persona.company).replaceAll("{role}", persona.role);
}

export function pickGreetingKind({ mode }: { mode: CallMode }): ReplyKind {
  return mode === "cold_call" ? "coldGreeting" : "meetingGreeting";
}

/** Joins a lead-in to a sentence, lower-casing its first word when the lead-in runs on. */
export function joinLead({ lead, sentence }: { lead: string; sentence: string }): string {
  const runsOn = /[,—]\s*$/.test(lead);
  const keepCase = /^(I\b|I'|[A-Z]{2,}|[A-Z]\w*[A-Z])/.test(sentence);
  return lead + (runsOn && !keepCase ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : sentence);
}
