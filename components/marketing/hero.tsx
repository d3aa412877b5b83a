import { ArrowRight } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";

export function Hero({ signedIn }: { signedIn: boolean }) {
  return (
    <section aria-labelledby="hero-heading" className="mx-auto grid max-w-3xl gap-6 px-4 pt-10 pb-16 text-center sm:px-6 sm:pt-20">
      <p className="text-sm font-medium tracking-wide text-primary uppercase">Voice-first</p>
      <h1 id="hero-heading" className="text-4xl font-semibold tracking-tight text-balance sm:text-6xl">
        Get better at talking.
      </h1>
      <p className="text-lg text-balance text-muted-foreground sm:text-xl">
        Cadence is one place to rehearse the hard calls, think out loud with a coach, talk with people who feel the
        same, cross language barriers and look after yourself along the way.
      </p>
      <div className="flex flex-col justify-center gap-3 sm:flex-row">
        {signedIn ? (
          <Button asChild size="lg">
            <Link href="/dashboard">
              Go to your dashboard
              <ArrowRight aria-hidden />
            </Link>
          </Button>
        ) : (
          <>
            <Button asChild size="lg">
              <Link href="/sign-up">
                Get started
                <ArrowRight aria-hidden />
              </Link>
            </Button>
            <Button asChild size="lg" variant="outline">
              <Link href="/sign-in">I already have an account</Link>
            </Button>
          </>
        )}
      </div>
    </section>
  );
}
