"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

const links = [
  { name: "Today", href: "/wellbeing", exact: true },
  { name: "Journal", href: "/wellbeing/journal" },
  { name: "Trends", href: "/wellbeing/trends" },
  { name: "Meditate", href: "/wellbeing/meditate" },
  { name: "Music", href: "/wellbeing/music" },
  { name: "Settings", href: "/wellbeing/settings" },
];

/** The Wellbeing section's own navigation: a row of tabs that scrolls sideways on narrow screens. */
export function WellbeingNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Wellbeing" className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <ul className="flex min-w-max gap-1 border-b border-border">
        {links.map(({ name, href, exact }) => {
          const current = exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "-mb-px inline-flex h-10 items-center border-b-2 px-3 text-sm font-medium outline-none transition-colors focus-visible:ring-2 focus-visible:ring-ring",
                  current ? "border-primary text-foreground" : "border-transparent text-muted-foreground hover:text-foreground",
                )}
              >
                {name}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
