import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { glossaryTerms } from "../db/schema";
import type { Db } from "../db/types";

// Engines without glossaries see each protected term as a placeholder ⟦n⟧ (which the rule-based and
// neural engines pass through untouched) and get the term back afterwards.

export type Protected = { text: string; terms: string[] };

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Replaces each glossary term found in the text (whole words, longest first) with ⟦n⟧. */
export function protectTerms(text: string, glossary: string[]): Protected {
  const terms: string[] = [];
  let out = text;
  for (const term of [...glossary].sort((a, b) => b.length - a.length)) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, "gu");
    out = out.replace(pattern, () => {
      terms.push(term);
      return `⟦${terms.length - 1}⟧`;
    });
  }
  return { text: out, terms };
}

/** Puts the protected terms back; a placeholder an engine dropped is simply gone. */
export function restoreTerms(text: string, terms: string[]): string {
  return text.replace(/\s?⟦(\d+)⟧/g, (match, index: string) => {
    const term = terms[Number(index)];
    if (term === undefined) return match;
    return match.startsWith(" ") ? ` ${term}` : term;
  });
}

export async function listGlossary({ db, userId }: { db: Db; userId: string | null }): Promise<string[]> {
  if (!userId) return [];
  const rows = await db.select({ term: glossaryTerms.term }).from(glossaryTerms).where(eq(glossaryTerms.userId, userId)).orderBy(asc(glossaryTerms.term));
  return rows.map((r) => r.term);
}

export async function addGlossaryTerm({ db, userId, term }: { db: Db; userId: string; term: string }) {
  await db.insert(glossaryTerms).values({ userId, term }).onConflictDoNothing();
  return listGlossary({ db, userId });
}

export async function removeGlossaryTerm({ db, userId, term }: { db: Db; userId: string; term: string }) {
  await db.delete(glossaryTerms).where(and(eq(glossaryTerms.userId, userId), eq(glossaryTerms.term, term)));
  return listGlossary({ db, userId });
}
