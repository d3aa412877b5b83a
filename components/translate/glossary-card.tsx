"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { apiRequest, type ApiError } from "@/hooks/api-request";

const key = ["translate", "glossary"] as const;

/** Words my messages keep as written in every translation (product and people names). */
export function GlossaryCard() {
  const tr = useTranslations("Translate");
  const queryClient = useQueryClient();
  const terms = useQuery<string[], ApiError>({ queryKey: key, queryFn: async () => (await apiRequest<{ terms: string[] }>("/api/translate/glossary")).terms });
  const change = useMutation<{ terms: string[] }, ApiError, { term: string; remove?: boolean }>({
    mutationFn: ({ term, remove }) =>
      remove
        ? apiRequest(`/api/translate/glossary?term=${encodeURIComponent(term)}`, { method: "DELETE" })
        : apiRequest("/api/translate/glossary", { method: "POST", body: { term } }),
    onSuccess: (data) => queryClient.setQueryData(key, data.terms),
  });
  const [term, setTerm] = useState("");
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (term.trim()) change.mutate({ term: term.trim() }, { onSuccess: () => setTerm("") });
  };
  return (
    <section className="grid gap-2" aria-labelledby="glossary-title">
      <h2 id="glossary-title" className="text-sm font-semibold">
        {tr("neverTranslate")}
      </h2>
      <form onSubmit={add} className="flex items-end gap-2">
        <div className="grid flex-1 gap-1">
          <Label htmlFor="glossary-term" className="text-xs text-muted-foreground">
            {tr("termHint")}
          </Label>
          <Input id="glossary-term" value={term} maxLength={100} onChange={(e) => setTerm(e.target.value)} />
        </div>
        <Button type="submit" variant="secondary" disabled={change.isPending || !term.trim()}>
          {tr("add")}
        </Button>
      </form>
      {change.isError ? (
        <p role="alert" className="text-sm text-destructive">
          {change.error.message}
        </p>
      ) : null}
      {terms.isError ? <p className="text-sm text-destructive">{terms.error.message}</p> : null}
      {terms.data?.length ? (
        <ul className="flex flex-wrap gap-1">
          {terms.data.map((t) => (
            <li key={t} className="inline-flex items-center gap-1 rounded-full border border-border px-2 py-0.5 text-xs">
              {t}
              <button type="button" aria-label={tr("removeTerm", { term: t })} className="rounded-full p-0.5 hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none" onClick={() => change.mutate({ term: t, remove: true })}>
                <X aria-hidden className="size-3" />
              </button>
            </li>
          ))}
        </ul>
      ) : terms.data ? (
        <p className="text-xs text-muted-foreground">{tr("noTerms")}</p>
      ) : null}
    </section>
  );
}
