"use client";

import type { PublicPersona } from "./api-types";
import { PersonaBadges } from "./persona-badges";
import { PersonaDetailsDialog } from "./persona-details-dialog";

type Props = { persona: PublicPersona; selected: boolean; onSelect: () => void };

/** A radio in the "Buyer persona" group; the card's outline follows the checked state. */
export function PersonaCard({ persona, selected, onSelect }: Props) {
  const id = `persona-${persona.id}`;
  return (
    <li className="relative flex flex-col gap-3 rounded-lg border border-border bg-card p-4 text-card-foreground shadow-sm transition-colors focus-within:ring-2 focus-within:ring-ring hover:border-primary/50 has-checked:border-primary has-checked:bg-accent/40">
      <label htmlFor={id} className="flex cursor-pointer items-start gap-3 after:absolute after:inset-0 after:rounded-lg">
        <input
          id={id}
          type="radio"
          name="persona"
          value={persona.id}
          checked={selected}
          onChange={onSelect}
          aria-labelledby={`${id}-name`}
          aria-describedby={`${id}-role`}
          className="relative z-10 mt-1 size-4 shrink-0 accent-primary outline-none"
        />
        <span className="grid min-w-0 gap-0.5">
          <span id={`${id}-name`} className="font-semibold break-words">{persona.name}</span>
          <span id={`${id}-role`} className="text-sm text-muted-foreground break-words">
            {persona.role}, {persona.company}
          </span>
          <span className="text-xs text-muted-foreground">{persona.industry}</span>
        </span>
      </label>
      <PersonaBadges persona={persona} />
      <div className="relative z-10 -mb-1 -ml-2">
        <PersonaDetailsDialog persona={persona} />
      </div>
    </li>
  );
}
