import { words } from "./summary-text";

// No "server-only": a pure function, also run by the benchmark outside Next.

// A small business-conversation lexicon, weights in [-3, 3] (VADER-like scale).
const LEXICON: Record<string, number> = {};
function addWords(weight: number, list: string): void {
  for (const word of list.split(/\s+/).filter(Boolean)) LEXICON[word] = weight;
}
addWords(3, "thrilled delighted fantastic excellent amazing brilliant wonderful outstanding");
addWords(2, `great happy excited proud love loved win won wins closed signed shipped launched succeeded success
  successful breakthrough celebrate celebrated grateful thankful confident optimistic growth grew profitable`);
addWords(1, `good glad pleased progress improved improving better solid clear calm helpful finished completed done
  agreed resolved fixed productive positive hopeful ready promising momentum traction steady relieved enjoy enjoyed`);
addWords(-1, `slow slipping delay delayed unclear confused concern concerned tired busy pressure tight hard difficult
  tough risk risky issue issues doubt unsure behind missed mistake`);
addWords(-2, `worried anxious stressed struggling struggle blocked stuck problem problems frustrated frustrating
  lost losing lose churn churned angry upset bad worse disappointed disappointing fail failed failing conflict
  overwhelmed burnout exhausted unhappy sad`);
addWords(-3, "terrible awful disaster crisis furious devastated miserable hopeless horrible");

const NEGATORS = new Set(["not", "no", "never", "none", "nothing", "neither", "nor", "without", "hardly", "barely", "cannot"]);
const INTENSIFIERS: Record<string, number> = { very: 1.5, really: 1.4, extremely: 1.8, so: 1.3, super: 1.5, incredibly: 1.8, quite: 1.2 };
const DAMPENERS: Record<string, number> = { slightly: 0.5, somewhat: 0.6, little: 0.6, bit: 0.6 };
const NEGATION_SCOPE = 3;
const NORMALISER = 15;

function isNegator(word: string): boolean {
  return NEGATORS.has(word) || word.endsWith("n't");
}

/** Scores one sentence: lexicon weights, flipped (and halved, as "not great" is milder than
 * "terrible") by a negator up to three words before, scaled by an intensifier right before. */
export function sentenceValence(sentence: string): number {
  const tokens = words(sentence);
  // "but" shifts the weight to what follows: "the demo went well but we lost the deal".
  const butIndex = tokens.lastIndexOf("but");
  let total = 0;
  for (let i = 0; i < tokens.length; i++) {
    const weight = LEXICON[tokens[i] as string];
    if (weight === undefined) continue;
    let value = weight;
    const previous = tokens[i - 1];
    if (previous && INTENSIFIERS[previous]) value *= INTENSIFIERS[previous];
    if (previous && DAMPENERS[previous]) value *= DAMPENERS[previous];
    for (let back = 1; back <= NEGATION_SCOPE && i - back >= 0; back++) {
      if (isNegator(tokens[i - back] as string)) {
        value = -value * 0.5;
        break;
      }
    }
    if (butIndex > 0) value *= i > butIndex ? 1.5 : 0.5;
    total += value;
  }
  return total;
}

/** Overall sentiment of some texts in [-1, 1]: the summed valence, normalised as VADER does
 * (x / sqrt(x² + 15)) so a few strong words do not saturate the score. */
export function scoreSentiment(texts: string[]): number {
  const total = texts.reduce((sum, text) => sum + sentenceValence(text), 0);
  if (total === 0) return 0;
  const normalised = total / Math.sqrt(total * total + NORMALISER);
  return Math.round(Math.max(-1, Math.min(1, normalised)) * 1000) / 1000;
}
