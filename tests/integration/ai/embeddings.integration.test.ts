import { count } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { embed, EMBEDDING_BATCH_SIZE, embeddingEngine } from "@/lib/ai/embeddings";
import { embedTextLocally } from "@/lib/ai/local-embedding";
import { embeddingCache } from "@/lib/db/schema";
import { AppError } from "@/lib/http";
import { configureProviders, TEST_KEYS } from "../../fixtures/ai/env";
import { recordSleeps } from "../../fixtures/ai/harness";
import { mockOpenAiEmbeddings } from "../../fixtures/ai/openai-embeddings";
import { replyStatus } from "../../fixtures/ai/replies";
import { useTestDatabase } from "../../setup/database";
import { network } from "../../setup/integration";

const database = useTestDatabase();
afterEach(() => vi.restoreAllMocks());

async function countCachedEmbeddings(): Promise<number> {
  const [row] = await database.db.select({ n: count() }).from(embeddingCache);
  return row?.n ?? 0;
}

function expectVectorsClose(actual: number[][], expected: number[][]) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((vector, i) => {
    expect(vector).toHaveLength(1536);
    // The cache stores real (float4), so values read back differ from the originals after ~7 digits.
    const largestGap = Math.max(...vector.map((value, j) => Math.abs(value - (expected[i]?.[j] ?? NaN))));
    expect(largestGap).toBeLessThan(1e-6);
  });
}

describe("embed with OpenAI", () => {
  it("sends text-embedding-3-small with a Bearer key and returns vectors in input order", async () => {
    configureProviders({ openai: true });
    const requests = mockOpenAiEmbeddings(network);
    const texts = ["How do I handle a pricing objection?", "Book the follow-up call for Tuesday."];

    const vectors = await embed({ db: database.db, texts });

    expect(embeddingEngine()).toBe("openai");
    expect(requests).toHaveLength(1);
    expect(requests[0]?.url.href).toBe("https://api.openai.com/v1/embeddings");
    expect(requests[0]?.headers.get("authorization")).toBe(`Bearer ${TEST_KEYS.openai}`);
    expect(requests[0]?.body).toEqual({ model: "text-embedding-3-small", input: texts, encoding_format: "float" });
    expectVectorsClose(vectors, texts.map((text) => embedTextLocally({ text })));
  });

  it("never embeds the same text twice: a second call makes no request and no insert", async () => {
    configureProviders({ openai: true });
    const requests = mockOpenAiEmbeddings(network);
    const texts = ["We lost the deal on price.", "Send the contract today.", "We lost the deal on price."];
    const before = await countCachedEmbeddings();
    const selects = vi.spyOn(database.db, "select");
    const inserts = vi.spyOn(database.db, "insert");

    const cacheWrites = () => inserts.mock.calls.filter(([table]) => table === embeddingCache).length;

    const first = await embed({ db: database.db, texts });
    expect([selects.mock.calls.length, cacheWrites()]).toEqual([1, 1]);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.body.input).toEqual(["We lost the deal on price.", "Send the contract today."]);
    expect(await countCachedEmbeddings()).toBe(before + 2);

    selects.mockClear();
    const second = await embed({ db: database.db, texts: [...texts].reverse() });
    expect([selects.mock.calls.length, cacheWrites()]).toEqual([1, 1]);
    expect(requests).toHaveLength(1);
    expect(await countCachedEmbeddings()).toBe(before + 2);
    expectVectorsClose(second, [...first].reverse());
  });

  it("gives blank texts the zero vector without sending them (OpenAI rejects empty input)", async () => {
    configureProviders({ openai: true });
    const requests = mockOpenAiEmbeddings(network);

    const vectors = await embed({ db: database.db, texts: ["  ", "A real sentence about renewals."] });

    expect(requests[0]?.body.input).toEqual(["A real sentence about renewals."]);
    expect(vectors[0]).toEqual(new Array(1536).fill(0));
    expect(vectors[1]).toHaveLength(1536);
  });

  it(`sends at most ${EMBEDDING_BATCH_SIZE} inputs per request`, async () => {
    configureProviders({ openai: true });
    const requests = mockOpenAiEmbeddings(network);
    const texts = Array.from({ length: 250 }, (_, i) => `Batch sentence number ${i} about quarterly targets.`);

    const vectors = await embed({ db: database.db, texts });

    expect(requests.map((r) => (r.body.input as string[]).length)).toEqual([100, 100, 50]);
    expect(requests.flatMap((r) => r.body.input)).toEqual(texts);
    expectVectorsClose(vectors, texts.map((text) => embedTextLocally({ text })));
  });

  it("honours OPENAI_BASE_URL", async () => {
    const baseUrl = "http://localhost:11434/v1";
    configureProviders({ openai: true, openaiBaseUrl: baseUrl });
    const requests = mockOpenAiEmbeddings(network, { baseUrl });

    await embed({ db: database.db, texts: ["Local model server text."] });

    expect(requests[0]?.url.href).toBe(`${baseUrl}/embeddings`);
  });

  it("retries a 5xx, and fails with EXTERNAL_SERVICE_ERROR (no local fallback) when OpenAI keeps failing", async () => {
    configureProviders({ openai: true });
    const sleeps = recordSleeps();
    const requests = mockOpenAiEmbeddings(network, { failures: [replyStatus(500), replyStatus(503), replyStatus(500)] });

    const error = await embed({ db: database.db, texts: ["Unlucky text."], sleep: sleeps.sleep }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("EXTERNAL_SERVICE_ERROR");
    expect(requests).toHaveLength(3);
    expect(sleeps.delays).toEqual([1_000, 2_000]);
  });

  it("rejects vectors of the wrong dimension", async () => {
    configureProviders({ openai: true });
    mockOpenAiEmbeddings(network, { dimensions: 768 });

    const error = await embed({ db: database.db, texts: ["Wrong size."] }).catch((e: unknown) => e);

    expect((error as AppError).code).toBe("EXTERNAL_SERVICE_ERROR");
  });
});

describe("embed without an OpenAI key", () => {
  it("uses the local engine: no request, nothing cached, 1536 dimensions", async () => {
    configureProviders({});
    const before = await countCachedEmbeddings();

    const vectors = await embed({ db: database.db, texts: ["Local only.", "Another sentence."] });

    expect(embeddingEngine()).toBe("local");
    expect(vectors.map((v) => v.length)).toEqual([1536, 1536]);
    expect(vectors[0]).toEqual(embedTextLocally({ text: "Local only." }));
    expect(await countCachedEmbeddings()).toBe(before);
  });
});
