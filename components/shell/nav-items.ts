import { LayoutDashboard, Settings, ShieldCheck, type LucideIcon } from "lucide-react";
import { pillars, type PillarSlug } from "./pillars";

/** `label` is a message key: Shell.dashboard, Shell.settings, Shell.moderation or Pillars.<slug>.name. */
export type NavItem = { label: "Shell.dashboard" | "Shell.settings" | "Shell.moderation" | `Pillars.${PillarSlug}.name`; href: string; icon: LucideIcon };

export const navItems: NavItem[] = [
  { label: "Shell.dashboard", href: "/dashboard", icon: LayoutDashboard },
  ...pillars.map(({ slug, href, icon }) => ({ label: `Pillars.${slug}.name` as const, href, icon })),
  { label: "Shell.settings", href: "/settings", icon: Settings },
];

const moderation: NavItem = { label: "Shell.moderation", href: "/moderation", icon: ShieldCheck };

/** The navigation for this user: moderators and admins also get the report queue, before Settings. */
export function navItemsFor({ moderator }: { moderator: boolean }): NavItem[] {
  return moderator ? [...navItems.slice(0, -1), moderation, ...navItems.slice(-1)] : navItems;
}

/** A nav item is current on its own page and on any page below it. */
export function isCurrentPath(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
