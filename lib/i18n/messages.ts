import en from "@/messages/en.json";
import es from "@/messages/es.json";
import { isUiLocale, type UiLocale } from "./locales";

export type Messages = typeof en;

// In a Next build the catalogs arrive precompiled (next.config.ts): a message is a string or an array.
type Message = string | unknown[];
type Tree = { [key: string]: Message | Tree };

const isTree = (value: Message | Tree | undefined): value is Tree => typeof value === "object" && !Array.isArray(value);

const catalogs: Record<UiLocale, Tree> = { en, es };

function mergeUnder(base: Tree, over: Tree): Tree {
  const merged: Tree = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const below = base[key];
    merged[key] = isTree(value) && isTree(below) ? mergeUnder(below, value) : value;
  }
  return merged;
}

const cache = new Map<string, Messages>();

/** The messages of a locale with English under them, so a string not yet translated shows in English
 * rather than as its key. */
export function messagesFor(locale: string): Messages {
  const language = locale.split("-")[0]!.toLowerCase();
  const cached = cache.get(language);
  if (cached) return cached;
  const messages = (isUiLocale(language) && language !== "en" ? mergeUnder(en, catalogs[language]) : en) as Messages;
  cache.set(language, messages);
  return messages;
}
