import { LayoutDashboard, Settings, type LucideIcon } from "lucide-react";
import { pillars } from "./pillars";

export type NavItem = { name: string; href: string; icon: LucideIcon };

export const navItems: NavItem[] = [
  { name: "Dashboard", href: "/dashboard", icon: LayoutDashboard },
  ...pillars.map(({ name, href, icon }) => ({ name, href, icon })),
  { name: "Settings", href: "/settings", icon: Settings },
];

/** A nav item is current on its own page and on any page below it. */
export function isCurrentPath(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
