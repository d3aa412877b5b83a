"use client";

import { Menu, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Logo } from "./logo";
import { MainNavLinks } from "./main-nav";
import { ThemeToggle } from "./theme-toggle";

type AppShellProps = { signOut: ReactNode; signedInAs: string; notifications?: ReactNode; moderator?: boolean; children: ReactNode };

/** Header, "Main" navigation (a sidebar from 768 px, a menu panel below) and the page. */
export function AppShell({ signOut, signedInAs, notifications, moderator = false, children }: AppShellProps) {
  const t = useTranslations("Shell");
  const [open, setOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== "Escape" || !open) return;
    setOpen(false);
    menuButton.current?.focus();
  }

  return (
    <div className="min-h-dvh" onKeyDown={closeOnEscape}>
      <a
        href="#main"
        className="sr-only rounded-md bg-primary px-3 py-2 text-primary-foreground focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50"
      >
        {t("skipToContent")}
      </a>
      <header className="sticky top-0 z-40 border-b border-border bg-background/95 backdrop-blur supports-[backdrop-filter]:bg-background/80">
        <div className="flex h-14 items-center gap-2 px-4 sm:px-6">
          <Logo href="/dashboard" />
          <div className="ml-auto flex items-center gap-1">
            {notifications}
            <ThemeToggle />
            {signOut}
            <Button
              ref={menuButton}
              variant="ghost"
              size="icon"
              className="md:hidden"
              aria-label={t("menu")}
              aria-expanded={open}
              aria-controls="main-nav"
              onClick={() => setOpen((value) => !value)}
            >
              {open ? <X aria-hidden /> : <Menu aria-hidden />}
            </Button>
          </div>
        </div>
      </header>
      <div className="md:flex">
        <nav
          id="main-nav"
          aria-label={t("mainNav")}
          className={cn(
            open ? "flex" : "hidden",
            "flex-col justify-between gap-6 bg-background p-4 max-md:fixed max-md:inset-x-0 max-md:top-14 max-md:bottom-0 max-md:z-30 max-md:overflow-y-auto",
            "md:sticky md:top-14 md:flex md:h-[calc(100dvh-3.5rem)] md:w-60 md:shrink-0 md:border-r md:border-border",
          )}
        >
          <MainNavLinks onNavigate={() => setOpen(false)} moderator={moderator} />
          <p className="truncate px-3 text-xs text-muted-foreground">{t("signedInAs", { name: signedInAs })}</p>
        </nav>
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-4 py-6 outline-none sm:px-6 md:py-8 lg:px-10">
          {children}
        </main>
      </div>
    </div>
  );
}
