"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { isCurrentPath, navItemsFor } from "./nav-items";

/** The links of the "Main" navigation; the current page carries aria-current="page". */
export function MainNavLinks({ onNavigate, moderator = false }: { onNavigate: () => void; moderator?: boolean }) {
  const pathname = usePathname();
  const t = useTranslations();
  return (
    <ul className="grid gap-1">
      {navItemsFor({ moderator }).map(({ label, href, icon: Icon }) => {
        const current = isCurrentPath(pathname, href);
        return (
          <li key={href}>
            <Link
              href={href}
              onClick={onNavigate}
              aria-current={current ? "page" : undefined}
              className={cn(
                "flex items-center gap-3 rounded-md px-3 py-2.5 text-sm font-medium outline-none transition-colors focus-visible:ring-2 focus-visible:ring-ring md:py-2",
                current ? "bg-accent text-accent-foreground" : "text-muted-foreground hover:bg-muted hover:text-foreground",
              )}
            >
              <Icon aria-hidden className="size-4 shrink-0" />
              {t(label)}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
