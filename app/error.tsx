"use client";

import Link from "next/link";
import { MessagePage } from "@/components/shell/message-page";
import { Button } from "@/components/ui/button";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <MessagePage
      title="Something went wrong"
      actions={
        <>
          <Button onClick={reset}>Try again</Button>
          <Button asChild variant="outline">
            <Link href="/">Cadence home</Link>
          </Button>
        </>
      }
    >
      <p>This page hit a problem on our side. Trying again usually helps.</p>
      {error.digest ? <p className="mt-2 text-xs">Reference: {error.digest}</p> : null}
    </MessagePage>
  );
}
