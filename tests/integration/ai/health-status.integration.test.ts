import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { GET as health } from "@/app/api/health/route";
import { generateJson, registerOfflineEngine } from "@/lib/ai/llm";
import { resetProviderStatus } from "@/lib/ai/provider-status";
import { configureProviders, TEST_KEYS } from "../../fixtures/ai/env";
import { mockGemini } from "../../fixtures/ai/gemini";
import { recordSleeps } from "../../fixtures/ai/harness";
import { replyStatus } from "../../fixtures/ai/replies";
import { call } from "../../fixtures/http";
import { useTestDatabase } from "../../setup/database";
import { network } from "../../setup/integration";

const database = useTestDatabase();
afterEach(() => resetProviderStatus());

describe("a provider key that the vendor rejects", () => {
  it("shows the provider as failing in /api/health while features fall back", async () => {
    configureProviders({ gemini: true });
    const requests = mockGemini(network, [replyStatus(401)]);
    const unregister = registerOfflineEngine("persona", {
      name: "persona-composer",
      generateJson: async () => ({ name: "Offline Olivia" }),
    });
    try {
      const before = await (await call(health, "/api/health")).json();
      expect(before.llmStatus).toEqual({ gemini: "unknown" });

      const result = await generateJson({
        db: database.db,
        task: "persona",
        schema: z.object({ name: z.string() }),
        prompt: "Make a persona.",
        temperature: 0.7,
        sleep: recordSleeps().sleep,
      });
      expect(result).toMatchObject({ provider: "offline", data: { name: "Offline Olivia" } });
      expect(requests).toHaveLength(1);

      const res = await call(health, "/api/health");
      const body = await res.json();
      expect(res.status).toBe(200);
      expect(body.providers.llm).toBe("gemini");
      expect(body.llmStatus).toEqual({ gemini: "failing" });
      expect(JSON.stringify(body)).not.toContain(TEST_KEYS.gemini);
    } finally {
      unregister();
    }
  });
});
