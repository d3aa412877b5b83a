type Engine = { name: string; builtIn: string; withModel: string };

const engines: Engine[] = [
  {
    name: "Practice buyers",
    builtIn:
      "Each persona has a fact sheet (team, tools, pains with numbers, budget, timeline, decision makers, objections). The engine classifies what you said, finds the fact that answers it and replies in the persona's voice. Hidden pains come out only to good questions.",
    withModel: "Free-form conversation that improvises beyond the fact sheet, in the language you chose in Settings.",
  },
  {
    name: "Practice scoring",
    builtIn:
      "A transparent rubric: it looks for an introduction and reason for the call, discovery questions, objection handling and an agreed next step, and quotes the lines it used.",
    withModel: "A deeper read of tone and technique, still tied to quotes from your call.",
  },
  {
    name: "Coach",
    builtIn:
      "A curated playbook of practices for founders (hiring, fundraising, pricing, pipeline, churn, focus, stress…), matched to what you wrote and your goals, followed by one GROW question.",
    withModel: "Open-ended coaching that draws on the same memory of your goals, summaries and past conversations.",
  },
  {
    name: "Summaries",
    builtIn: "Extractive: your most representative sentences of the day or week, with a lexicon-based mood.",
    withModel: "Written summaries that connect themes across days.",
  },
];

/** What each built-in engine does and what connecting an AI model adds. */
export function EngineExplainer() {
  return (
    <div className="grid gap-4">
      {engines.map((engine) => (
        <section key={engine.name} aria-labelledby={`engine-${engine.name}`} className="grid gap-2 rounded-lg border border-border bg-card p-5">
          <h2 id={`engine-${engine.name}`} className="text-lg font-semibold">
            {engine.name}
          </h2>
          <p className="text-sm">
            <span className="font-medium">Built-in: </span>
            {engine.builtIn}
          </p>
          <p className="text-sm text-muted-foreground">
            <span className="font-medium text-foreground">With an AI model: </span>
            {engine.withModel}
          </p>
        </section>
      ))}
    </div>
  );
}
