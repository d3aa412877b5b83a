import "server-only";
import type { Personality } from "../types";

// The conversational frames the fact-based replies add to persona-replies.ts: how each personality
// leads into a fact, pushes back on a vague claim, handles small talk and steers back on topic.

export type VoiceKind = "factLead" | "pushback" | "curious" | "smallTalk" | "offTopic" | "reasonAck" | "reasonProbe" | "alreadySaid" | "bridge" | "stayOnCall";

const frames: Record<VoiceKind, Record<Personality, string[]>> = {
  factLead: {
    skeptical: ["Well, ", "Since you ask, ", "", "Fine — "],
    busy: ["", "Quickly: ", "Short answer: "],
    friendly: ["Sure! ", "Oh, happy to share. ", "Good question — ", ""],
    technical: ["Specifically: ", "", "To be precise, "],
    hostile: ["", "Fine. ", "If it gets you to the point: "],
  },
  pushback: {
    skeptical: ["That's what every vendor says. ", "Claims like that are cheap. ", "I've heard that pitch before. "],
    busy: ["That's vague. ", "Everybody says that. ", "Skip the slogans. "],
    friendly: ["Hmm, that sounds a bit like marketing. ", "I'd need more than that, honestly. "],
    technical: ["That's not a measurable claim. ", "Define that. With numbers. "],
    hostile: ["Spare me the buzzwords. ", "Heard it. Don't believe it. ", "Sure you will. "],
  },
  curious: {
    skeptical: ["How, specifically? I'd want numbers.", "Based on what? Who's seen that?"],
    busy: ["How exactly? Keep it short.", "Meaning what, concretely?"],
    friendly: ["Oh? How would that work for us?", "Interesting — what would that look like here?"],
    technical: ["How does that actually work under the hood?", "What's the mechanism, concretely?"],
    hostile: ["Prove it.", "Says who?"],
  },
  smallTalk: {
    skeptical: ["Fine, thanks. What's this about?", "I'm okay. Busy. Go on."],
    busy: ["Busy. What do you need?", "Slammed, honestly. Go ahead."],
    friendly: ["Oh, I'm well, thanks for asking! Crazy week, but good. You?", "Doing fine, thank you! What's on your mind?", "Can't complain — well, I could, but I won't! What can I do for you?"],
    technical: ["Fine. What's the agenda?", "All good. Let's get into it."],
    hostile: ["Skip the small talk.", "I'm busy. What is it?"],
  },
  offTopic: {
    skeptical: ["I'm not here to chat about that. What does this have to do with my business?", "Let's stay on why you called."],
    busy: ["Not on work time. What's the point of the call?", "I don't have time for that."],
    friendly: ["Ha, maybe another time! What did you want to talk about for work?", "Oh, let's save that for later — what's this about?"],
    technical: ["That's off topic. What's relevant to us?", "Not relevant. Back to the point?"],
    hostile: ["I'm not discussing that with you.", "That's none of your business."],
  },
  reasonAck: {
    skeptical: ["Okay, that's at least relevant. ", "Alright, I'll bite. "],
    busy: ["Okay. ", "Fine, go on. "],
    friendly: ["Oh, okay, that's relevant! ", "Ah, got it. "],
    technical: ["Okay, that's a real topic. ", "Noted. "],
    hostile: ["Hm. ", "So? "],
  },
  reasonProbe: {
    skeptical: ["What makes you think that applies to us?", "And what do you know about how we work?"],
    busy: ["What do you need from me?", "Get to the point — what's the ask?"],
    friendly: ["What did you want to know?", "Tell me more — what's the idea?"],
    technical: ["What specifically do you want to know?", "Which part of our setup are you asking about?"],
    hostile: ["So? What do you want?", "Everyone says that. What do you want?"],
  },
  alreadySaid: {
    skeptical: ["I think I've covered that. ", "As I said, "],
    busy: ["Already told you. ", "Like I said: "],
    friendly: ["Oh, like I mentioned, ", "As I said earlier, "],
    technical: ["I covered that: ", "Same answer as before: "],
    hostile: ["I already said. ", "Again: "],
  },
  bridge: {
    skeptical: ["What else do you need to know?", "Where is this going?", "Anything else?", "So what's your angle?"],
    busy: ["What else?", "Next question.", "Keep going.", "Anything else? I'm short on time."],
    friendly: ["What else would help?", "Anything else you're curious about?", "Happy to keep going.", "What else can I tell you?"],
    technical: ["What else do you need?", "Next?", "Any other specifics?", "Go on."],
    hostile: ["What else?", "Are we done?", "Hurry up.", "Next."],
  },
  stayOnCall: {
    skeptical: ["I made time for this, so go on — but earn it.", "I'm still listening. Make it count."],
    busy: ["I blocked the time, so let's use it. Ask me something useful.", "I'm here. Make it worth it."],
    friendly: ["No worries, I've got the time set aside. Ask me anything.", "I'm still here! Let's keep going."],
    technical: ["I set aside the time. Ask me something specific.", "Still here. Get specific."],
    hostile: ["I'm here because I said I would be. Get on with it.", "You've got my time. Don't waste it."],
  },
};

export function phraseVoice({ kind, personality, seed }: { kind: VoiceKind; personality: Personality; seed: number }): string {
  const options = frames[kind][personality];
  return options[seed % options.length] ?? "";
}

export function bridgeCount(personality: Personality): number {
  return frames.bridge[personality].length;
}
