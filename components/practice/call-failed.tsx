import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { CallDetail } from "./api-types";

/** A call that could not be started or continued: why, and the way back to a new one. */
export function CallFailed({ detail }: { detail: CallDetail }) {
  return (
    <div className="mx-auto grid max-w-3xl gap-4">
      <Alert variant="error">
        <p className="font-medium">This call with {detail.persona.name} could not go ahead</p>
        <p>{detail.call.failureReason ?? "The call could not be started."} It was not scored and does not count in your stats.</p>
      </Alert>
      <div>
        <Button asChild>
          <Link href="/practice">
            <ArrowLeft aria-hidden />
            Start a new call
          </Link>
        </Button>
      </div>
    </div>
  );
}
