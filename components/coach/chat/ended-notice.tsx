import { MessageSquarePlus } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

const timeFormat = new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });

/** An ended conversation stays readable; this says why it ended and that writing starts a new one. */
export function EndedNotice({ endsAt, onNew }: { endsAt: string; onNew: () => void }) {
  return (
    <Alert>
      <span className="grid gap-2">
        <span>
          This conversation ended on {timeFormat.format(new Date(endsAt))}, after 10 quiet minutes. It stays in your history; your next message
          starts a new conversation.
        </span>
        <span>
          <Button variant="outline" size="sm" onClick={onNew}>
            <MessageSquarePlus aria-hidden />
            Start a new conversation
          </Button>
        </span>
      </span>
    </Alert>
  );
}
