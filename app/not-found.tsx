import type { Metadata } from "next";
import Link from "next/link";
import { MessagePage } from "@/components/shell/message-page";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <MessagePage
      title="We couldn't find that page"
      actions={
        <>
          <Button asChild>
            <Link href="/dashboard">Go to your dashboard</Link>
          </Button>
          <Button asChild variant="outline">
            <Link href="/">Cadence home</Link>
          </Button>
        </>
      }
    >
      <p>The link may be old, or the page may have moved. Nothing on your account has changed.</p>
    </MessagePage>
  );
}
