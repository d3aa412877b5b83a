import { Compass, Languages, Leaf, PhoneCall, Users, type LucideIcon } from "lucide-react";

export type PillarSlug = "practice" | "coach" | "connect" | "translate" | "wellbeing";

export type Pillar = {
  slug: PillarSlug;
  href: `/${PillarSlug}`;
  icon: LucideIcon;
  /** Built and usable; the others show what they will do. */
  available?: boolean;
};

/** The five pillars, in the order the product presents them; their names, summaries and plans (what
 * each does or will do) are messages under Pillars.<slug>. */
export const pillars: Pillar[] = [
  {
    slug: "practice",
    href: "/practice",
    icon: PhoneCall,
    available: true,
  },
  {
    slug: "coach",
    href: "/coach",
    icon: Compass,
    available: true,
  },
  {
    slug: "connect",
    href: "/connect",
    icon: Users,
  },
  {
    slug: "translate",
    href: "/translate",
    icon: Languages,
  },
  {
    slug: "wellbeing",
    href: "/wellbeing",
    icon: Leaf,
  },
];

export function getPillar(slug: PillarSlug): Pillar {
  const pillar = pillars.find((p) => p.slug === slug);
  if (!pillar) throw new Error(`Unknown pillar: ${slug}`);
  return pillar;
}
