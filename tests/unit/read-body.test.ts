import { describe, expect, it } from "vitest";
import { z } from "zod";
import { MAX_BODY_BYTES, readBodyText, readJson } from "@/lib/api/read-json";

function streamOf(chunks: Uint8Array[]) {
  let pulled = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[pulled++];
      if (chunk) controller.enqueue(chunk);
      else controller.close();
    },
    cancel() {
      cancelled = true;
    },
  }, { highWaterMark: 0 });
  return { stream, pulled: () => pulled, cancelled: () => cancelled };
}

function post(body: ReadableStream<Uint8Array> | string, headers: HeadersInit = {}) {
  return new Request("http://localhost/api/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

describe("readBodyText", () => {
  it("reads a body sent in pieces", async () => {
    const { stream } = streamOf([new TextEncoder().encode('{"a":'), new TextEncoder().encode("1}")]);
    expect(await readBodyText(post(stream))).toBe('{"a":1}');
  });

  it("stops reading an undeclared body at 1 MB and refuses it", async () => {
    const piece = new Uint8Array(256 * 1024);
    const body = streamOf(Array.from({ length: 40 }, () => piece));
    await expect(readBodyText(post(body.stream))).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    expect(body.cancelled()).toBe(true);
    expect(body.pulled()).toBeLessThanOrEqual(MAX_BODY_BYTES / piece.byteLength + 2);
  });

  it("refuses a declared length over 1 MB without reading", async () => {
    const body = streamOf([new TextEncoder().encode("{}")]);
    const req = post(body.stream, { "content-length": String(MAX_BODY_BYTES + 1) });
    await expect(readBodyText(req)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    expect(body.pulled()).toBe(0);
  });

  it("keeps multi-byte characters split across pieces", async () => {
    const bytes = new TextEncoder().encode('{"name":"Zoë"}');
    const { stream } = streamOf([bytes.slice(0, 11), bytes.slice(11)]);
    expect(await readJson(post(stream), z.object({ name: z.string() }))).toEqual({ name: "Zoë" });
  });
});
