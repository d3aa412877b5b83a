import "server-only";
import type { TextStream } from "./text-stream";

const encoder = new TextEncoder();

/** Sends a TextStream to the browser as it is generated (plain UTF-8 text, one write per delta),
 * naming the provider in headers so the UI can label offline answers. Closing the response
 * (the browser went away) stops reading from the provider. */
export function textStreamResponse(stream: TextStream, init: ResponseInit = {}): Response {
  const iterator = stream[Symbol.asyncIterator]();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  const headers = new Headers(init.headers);
  headers.set("content-type", "text/plain; charset=utf-8");
  headers.set("cache-control", "no-cache, no-transform");
  headers.set("x-accel-buffering", "no");
  headers.set("x-ai-provider", stream.provider);
  headers.set("x-ai-model", stream.model);
  return new Response(body, { ...init, headers });
}
