import http from "node:http";

// A lean SSE subscriber for the benchmarks: node:http and a count of complete events, so that with
// 1,000 subscribers in one process the client's own parsing does not dominate the latency measured.

export type SseSocket = { next: () => Promise<void>; close: () => void };

export function openSseSocket(url: string, cookie: string): Promise<SseSocket> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { cookie, accept: "text/event-stream" }, agent: false }, (res) => {
      if (res.statusCode !== 200) {
        reject(new Error(`subscribe failed: ${res.statusCode}`));
        res.resume();
        return;
      }
      let buffer = "";
      let ready = 0;
      const waiters: (() => void)[] = [];
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          if (buffer.startsWith("id: ")) ready++;
          buffer = buffer.slice(end + 2);
        }
        while (ready > 0 && waiters.length > 0) {
          ready--;
          waiters.shift()?.();
        }
      });
      resolve({
        next: () =>
          new Promise<void>((done) => {
            if (ready > 0) {
              ready--;
              done();
            } else waiters.push(done);
          }),
        close: () => req.destroy(),
      });
    });
    req.on("error", reject);
  });
}
