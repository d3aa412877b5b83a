import { MessageCircle } from "lucide-react";
import { Button } from "@/components/ui/button";

const STARTERS = {
  check_in: ["Here's what happened today…", "I'm stuck on a decision.", "What should I focus on this week?"],
  structured: ["I want to work through a goal.", "Let's plan my next quarter.", "Help me prepare for a hard conversation."],
};

/** The first screen of a conversation: a greeting and a few ways to begin. */
export function EmptyChat({ name, structured, disabled, onPick }: { name: string; structured: boolean; disabled: boolean; onPick: (text: string) => void }) {
  return (
    <div className="grid justify-items-center gap-4 rounded-lg border border-dashed border-border p-6 text-center sm:p-10">
      <MessageCircle aria-hidden className="size-8 text-primary" />
      <div className="grid gap-1">
        <p className="text-lg font-semibold">Hi {name}, what’s on your mind?</p>
        <p className="text-sm text-muted-foreground">
          {structured ? "A structured session walks through Goal, Reality, Options and Will." : "A quick check-in: say how things are going, and I'll help you take the next step."}
        </p>
      </div>
      <ul className="flex flex-wrap justify-center gap-2">
        {(structured ? STARTERS.structured : STARTERS.check_in).map((starter) => (
          <li key={starter}>
            <Button variant="outline" size="sm" disabled={disabled} onClick={() => onPick(starter)}>
              {starter}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
