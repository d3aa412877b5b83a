import { DEFAULT_CHAT_MODELS, DEFAULT_EMBEDDING_MODEL } from "./models";
import { AI_TASKS, type AiTask, type ProviderName } from "./types";

// Which model each vendor and task uses, from the environment. No "server-only": lib/config.ts
// (which next.config.ts loads) parses it.

const VENDORS: readonly ProviderName[] = ["gemini", "groq", "openai"];
const TASK_PREFIX = "AI_MODEL_";

export type ModelChoice = { vendor: ProviderName; model: string };

export type ModelSettings = {
  /** The chat model per vendor, for every task without an override. */
  chat: Record<ProviderName, string>;
  embedding: string;
  /** AI_MODEL_<TASK>=vendor:model: the vendor and model a task tries first. */
  byTask: Partial<Record<AiTask, ModelChoice>>;
};

export type SettingIssue = { variable: string; message: string };

const taskVariable = (task: AiTask) => `${TASK_PREFIX}${task.toUpperCase().replaceAll("-", "_")}`;

const TASK_BY_VARIABLE = new Map(AI_TASKS.map((task) => [taskVariable(task), task]));

function parseChoice(value: string): ModelChoice | null {
  const match = /^(\w+):(\S+)$/.exec(value.trim());
  const vendor = match?.[1] as ProviderName | undefined;
  if (!match || !vendor || !VENDORS.includes(vendor)) return null;
  return { vendor, model: match[2] as string };
}

function parseTaskOverrides(source: Record<string, string | undefined>) {
  const byTask: Partial<Record<AiTask, ModelChoice>> = {};
  const issues: SettingIssue[] = [];
  for (const [variable, value] of Object.entries(source)) {
    if (!variable.startsWith(TASK_PREFIX) || value === undefined || value.trim() === "") continue;
    const task = TASK_BY_VARIABLE.get(variable);
    if (!task) {
      issues.push({ variable, message: `is not a task; use one of ${[...TASK_BY_VARIABLE.keys()].join(", ")}` });
      continue;
    }
    const choice = parseChoice(value);
    if (!choice) {
      issues.push({ variable, message: `must be vendor:model with vendor one of ${VENDORS.join(", ")} (got "${value}")` });
      continue;
    }
    byTask[task] = choice;
  }
  return { byTask, issues };
}

/** The model settings, or the variables that are malformed. */
export function parseModelSettings(
  env: { GEMINI_MODEL?: string; GROQ_MODEL?: string; OPENAI_MODEL?: string; OPENAI_EMBEDDING_MODEL?: string },
  source: Record<string, string | undefined>,
): { settings: ModelSettings; issues: SettingIssue[] } {
  const { byTask, issues } = parseTaskOverrides(source);
  return {
    settings: {
      chat: {
        gemini: env.GEMINI_MODEL ?? DEFAULT_CHAT_MODELS.gemini,
        groq: env.GROQ_MODEL ?? DEFAULT_CHAT_MODELS.groq,
        openai: env.OPENAI_MODEL ?? DEFAULT_CHAT_MODELS.openai,
      },
      embedding: env.OPENAI_EMBEDDING_MODEL ?? DEFAULT_EMBEDDING_MODEL,
      byTask,
    },
    issues,
  };
}
