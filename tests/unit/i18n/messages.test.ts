import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import es from "@/messages/es.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** Argument and tag names a message uses, e.g. "{count, plural, …}" → "count", "<link>" → "<link>". */
function placeholders(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) {
      into.add(element.value);
    } else if (element.type === TYPE.select || element.type === TYPE.plural) {
      into.add(element.value);
      for (const option of Object.values(element.options)) placeholders(option.value, into);
    } else if (element.type === TYPE.tag) {
      into.add(`<${element.value}>`);
      placeholders(element.children, into);
    }
  }
  return into;
}

const english = flatten(en);
const spanish = flatten(es);

describe("messages", () => {
  it("es.json has exactly the keys of en.json", () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each([...english.keys()])("%s parses in both languages with the same placeholders", (key) => {
    const source = english.get(key)!;
    const translated = spanish.get(key);
    expect(translated, `es.json lacks ${key}`).toBeTypeOf("string");
    expect(translated!.trim(), `es.json leaves ${key} empty`).not.toBe("");
    const sourceNames = placeholders(parse(source));
    const translatedNames = placeholders(parse(translated!));
    expect([...translatedNames].sort()).toEqual([...sourceNames].sort());
  });
});
