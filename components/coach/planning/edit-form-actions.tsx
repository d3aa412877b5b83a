import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

/** "Save changes" and "Cancel" under an in-place edit form (goals and action items). */
export function EditFormActions({ busy, onCancel, className }: { busy: boolean; onCancel: () => void; className?: string }) {
  return (
    <div className={cn("flex flex-wrap gap-2", className)}>
      <Button type="submit" size="sm" disabled={busy}>
        Save changes
      </Button>
      <Button variant="ghost" size="sm" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}
