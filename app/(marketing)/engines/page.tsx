import type { Metadata } from "next";
import { EngineExplainer } from "@/components/engine/engine-explainer";
import { MarketingHeader } from "@/components/marketing/marketing-header";
import { SiteFooter } from "@/components/marketing/site-footer";
import { getCurrentUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Built-in engines and AI models — Cadence" };

export default async function EnginesPage() {
  const user = await getCurrentUser();
  return (
    <div className="flex min-h-dvh flex-col">
      <MarketingHeader signedIn={user !== null} />
      <main id="main" className="mx-auto grid w-full max-w-3xl flex-1 content-start gap-8 px-4 py-12 sm:px-6">
        <div className="grid gap-3">
          <h1 className="text-3xl font-semibold tracking-tight">Built-in engines and AI models</h1>
          <p className="text-muted-foreground">
            Cadence works with no AI keys at all. Without a model, each feature runs on a built-in engine: a real
            algorithm on this server, not canned answers. Results from one carry a “Built-in engine” badge. Connect a
            model and the same features use it, falling back to the built-in engine if the model is unreachable.
          </p>
        </div>
        <EngineExplainer />
        <section aria-labelledby="connect-model" className="grid gap-3">
          <h2 id="connect-model" className="text-2xl font-semibold">
            Connecting a model
          </h2>
          <p className="text-sm">
            Set one or more keys in the server&apos;s environment and restart it:
          </p>
          <ul className="grid list-disc gap-1.5 pl-5 text-sm">
            <li>
              <code>GEMINI_API_KEY</code> (Google AI Studio), <code>GROQ_API_KEY</code> (console.groq.com) or{" "}
              <code>OPENAI_API_KEY</code> (platform.openai.com).
            </li>
            <li>
              Or run fully local: point <code>OPENAI_BASE_URL</code> at an OpenAI-compatible server such as Ollama
              (<code>http://localhost:11434/v1</code>) or vLLM and name its model in <code>OPENAI_MODEL</code>.
            </li>
          </ul>
          <p className="text-sm text-muted-foreground">
            <code>/api/health</code> shows which engine each feature is using right now.
          </p>
        </section>
      </main>
      <SiteFooter />
    </div>
  );
}
