import { Compass, Languages, Leaf, PhoneCall, Users, type LucideIcon } from "lucide-react";

export type PillarSlug = "practice" | "coach" | "connect" | "translate" | "wellbeing";

export type Pillar = {
  slug: PillarSlug;
  name: string;
  href: `/${PillarSlug}`;
  icon: LucideIcon;
  summary: string;
  plans: string[];
  /** Built and usable; the others show what they will do. */
  available?: boolean;
};

/** The five pillars, in the order the product presents them; `plans` says what each does or will do. */
export const pillars: Pillar[] = [
  {
    slug: "practice",
    name: "Practice",
    href: "/practice",
    icon: PhoneCall,
    available: true,
    summary: "Rehearse sales calls with AI buyers and get scored on how you did.",
    plans: [
      "Pick a mode (cold call, discovery or objection gauntlet) and a buyer persona.",
      "Talk by voice or text while a live transcript follows along.",
      "Get a quick score at once, then a debrief with strengths, improvements and key moments.",
      "Track your history, stats and streaks.",
    ],
  },
  {
    slug: "coach",
    name: "Coach",
    href: "/coach",
    icon: Compass,
    available: true,
    summary: "Talk your business through with an AI coach that remembers.",
    plans: [
      "Set up your business profile and choose how you like to be coached.",
      "Quick check-ins or structured GROW sessions, by text or voice.",
      "Goals, action items and scheduled sessions, with daily and weekly summaries.",
      "Export or delete everything it remembers whenever you want.",
    ],
  },
  {
    slug: "connect",
    name: "Connect",
    href: "/connect",
    icon: Users,
    summary: "Voice-matched one-to-one calls with people who feel the way you do.",
    plans: [
      "Record a voice clip of up to 60 seconds about how you feel.",
      "Get matched with someone whose mood is close to yours.",
      "Talk in a private one-to-one voice call; the clip's audio is deleted after 60 seconds.",
    ],
  },
  {
    slug: "translate",
    name: "Translate",
    href: "/translate",
    icon: Languages,
    summary: "Calls and chat translated live, so a shared language is optional.",
    plans: [
      "Live subtitles in calls, translated into each listener's language.",
      "Translated chat with the original message one tap away.",
      "Spoken translations, in your own voice if you choose to create a voice profile.",
    ],
  },
  {
    slug: "wellbeing",
    name: "Wellbeing",
    href: "/wellbeing",
    icon: Leaf,
    summary: "A private journal, mood trends and a meditation timer.",
    plans: [
      "Journal entries that save as you write, with a short mood summary.",
      "See how your mood changes over weeks and months.",
      "A meditation timer that asks how you feel before and after.",
    ],
  },
];

export function getPillar(slug: PillarSlug): Pillar {
  const pillar = pillars.find((p) => p.slug === slug);
  if (!pillar) throw new Error(`Unknown pillar: ${slug}`);
  return pillar;
}
