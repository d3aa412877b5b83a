import "server-only";
import { registerOfflineEngine } from "../ai/llm";
import { regradeOffline, type RegradeContext } from "./disputes/offline-regrade";
import { composePersona } from "./persona-composer";
import { nextPersonaTurn } from "./persona-engine";
import { deepScore, quickScore } from "./rubric-scorer";
import type { ComposePersonaInput } from "./persona-composer";
import type { PersonaReplyContext, ScoringContext } from "./engine-context";

// The offline engines answer the Practice tasks when no LLM is configured (or all providers fail).
// They read the structured `context` the pillar passes along with its prompt.

registerOfflineEngine("persona", {
  name: "persona-composer",
  generateJson: ({ context }) => composePersona(context as ComposePersonaInput),
});

registerOfflineEngine("quick-score", {
  name: "offline-rubric",
  generateJson: ({ context }) => {
    const { overall, summary } = quickScore(context as ScoringContext);
    return { overall, summary };
  },
});

registerOfflineEngine("deep-score", {
  name: "offline-rubric",
  generateJson: ({ context }) => deepScore(context as ScoringContext),
});

registerOfflineEngine("score-dispute", {
  name: "offline-rubric",
  generateJson: ({ context }) => regradeOffline(context as RegradeContext),
});

registerOfflineEngine("persona-reply", {
  name: "persona-engine",
  async *streamText({ context }) {
    const input = context as PersonaReplyContext;
    const { turn, state } = nextPersonaTurn(input);
    input.outcome = { turn, state };
    yield turn.text;
  },
});
