import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { getPillar, type PillarSlug } from "./pillars";

/** The honest placeholder for a pillar that is not built yet: what it will do, and a way back. */
export function ComingSoon({ slug }: { slug: PillarSlug }) {
  const { name, icon: Icon, summary, plans } = getPillar(slug);
  return (
    <div className="mx-auto grid max-w-2xl gap-6">
      <div className="grid gap-3">
        <div className="flex flex-wrap items-center gap-3">
          <span className="grid size-10 place-items-center rounded-lg bg-accent text-accent-foreground">
            <Icon aria-hidden className="size-5" />
          </span>
          <h1 className="text-3xl font-semibold tracking-tight">{name}</h1>
          <Badge>Coming soon</Badge>
        </div>
        <p className="text-lg text-muted-foreground">{summary}</p>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>What {name} will do</CardTitle>
        </CardHeader>
        <CardContent>
          <ul className="grid list-disc gap-2 pl-5 marker:text-primary">
            {plans.map((plan) => (
              <li key={plan}>{plan}</li>
            ))}
          </ul>
          <p className="mt-4 text-sm text-muted-foreground">
            {name} is not available yet. This page becomes the real thing the day it ships.
          </p>
        </CardContent>
      </Card>
      <div>
        <Button asChild variant="outline">
          <Link href="/dashboard">
            <ArrowLeft aria-hidden />
            Back to dashboard
          </Link>
        </Button>
      </div>
    </div>
  );
}
