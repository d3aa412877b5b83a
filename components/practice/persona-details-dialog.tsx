"use client";

import { Info } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import type { PublicPersona } from "./api-types";
import { PersonaBadges } from "./persona-badges";

export function PersonaDetailsDialog({ persona }: { persona: PublicPersona }) {
  const t = useTranslations("Practice");
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm">
          <Info aria-hidden />
          {t("details")}<span className="sr-only">{t("detailsAbout", { name: persona.name })}</span>
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>{persona.name}</DialogTitle>
        <DialogDescription>
          {t("roleAt", { role: persona.role, company: persona.company, industry: persona.industry })}
        </DialogDescription>
        <PersonaBadges persona={persona} />
        <section className="grid gap-1.5">
          <h3 className="font-medium">{t("backstory")}</h3>
          <p className="text-sm text-muted-foreground">{persona.backstory}</p>
        </section>
        <section className="grid gap-1.5">
          <h3 className="font-medium">{t("objectionsTitle")}</h3>
          <ul className="grid list-disc gap-1 pl-5 text-sm text-muted-foreground">
            {persona.objections.map((objection) => (
              <li key={objection}>{objection}</li>
            ))}
          </ul>
        </section>
        <section className="grid gap-1.5">
          <h3 className="font-medium">{t("pickUp")}</h3>
          <blockquote className="border-l-2 border-primary pl-3 text-sm italic">{persona.firstMessage}</blockquote>
        </section>
      </DialogContent>
    </Dialog>
  );
}
