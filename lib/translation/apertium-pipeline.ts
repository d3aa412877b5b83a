import "server-only";
import { spawn, type ChildProcessByStdio } from "node:child_process";
import type { Readable, Writable } from "node:stream";

// One long-lived Apertium pipeline per language pair in null-flush mode (-z): each text goes in
// terminated by NUL and its translation comes out terminated by NUL, so a message costs the
// pipeline's work, not a dozen process starts. Replies come back in the order texts went in.
//
// The pipeline is the pair's mode file (what the `apertium` wrapper runs) with -z given to every
// program: the wrapper's own -z leaves its blank-handling stages buffering until the input ends.
// The characters Apertium's stream format reserves are backslash-escaped, and a trailing newline
// keeps the last sentence's punctuation (without it the tagger drops a final full stop at a flush).

type Child = ChildProcessByStdio<Writable, Readable, null>;
type Pending = { resolve: (text: string) => void; reject: (error: Error) => void };

const RESERVED = /[\\[\]^$/<>@{}]/g;

export function escapeForApertium(text: string): string {
  return text.replace(/\0/g, "").replace(RESERVED, (c) => `\\${c}`);
}

export function unescapeFromApertium(text: string): string {
  return text.replace(/\\(.)/g, "$1");
}

/**
 * The shell pipeline of a mode file with null-flush on: "$1" is the generator's option (-n: no
 * marks on unknown words) and "$2" the tagger's (none).
 */
export function nullFlushPipeline(modeText: string): string {
  return modeText
    .trim()
    .split("|")
    .map((stage) => stage.trim().replace(/^(\S+)/, "$1 -z"))
    .join(" | ")
    .replace(/\$1/g, "-n")
    .replace(/\$2/g, "");
}

export class ApertiumPipeline {
  private child: Child | undefined;
  private queue: Pending[] = [];
  private buffer = "";

  constructor(private readonly command: string) {}

  translate(text: string, signal: AbortSignal): Promise<string> {
    const child = this.running();
    return new Promise((resolve, reject) => {
      const pending: Pending = {
        resolve: (out) => (signal.removeEventListener("abort", onAbort), resolve(out)),
        reject: (error) => (signal.removeEventListener("abort", onAbort), reject(error)),
      };
      // An aborted text keeps its place (its reply still comes) but nobody waits for it; if it was
      // the oldest one, the pipeline has spent the whole budget on it and starts afresh.
      const onAbort = () => {
        pending.resolve = pending.reject = () => {};
        reject(new Error("aborted"));
        if (this.queue[0] === pending) this.restart(child);
      };
      signal.addEventListener("abort", onAbort, { once: true });
      this.queue.push(pending);
      child.stdin.write(`${escapeForApertium(text)}\n\0`);
    });
  }

  stop(): void {
    this.child?.kill();
  }

  private running(): Child {
    if (this.child) return this.child;
    const child = spawn("bash", ["-c", this.command], {
      stdio: ["pipe", "pipe", "ignore"],
    });
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => this.receive(chunk));
    // A pipeline that dies mid-write also closes, and "close" says how it ended.
    child.stdin.on("error", () => {});
    child.on("error", () => this.fail(child, "Apertium could not start"));
    child.on("close", (code) => this.fail(child, `Apertium exited ${code}`));
    this.child = child;
    return child;
  }

  private receive(chunk: string) {
    this.buffer += chunk;
    let end;
    while ((end = this.buffer.indexOf("\0")) >= 0) {
      const out = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 1);
      this.queue.shift()?.resolve(unescapeFromApertium(out).trim());
    }
  }

  private restart(child: Child) {
    this.fail(child, "Apertium was restarted");
    child.kill();
  }

  /** The pipeline died: everyone waiting hears why, and the next text starts a fresh one. */
  private fail(child: Child, message: string) {
    if (this.child !== child) return;
    this.child = undefined;
    this.buffer = "";
    for (const pending of this.queue.splice(0)) pending.reject(new Error(message));
  }
}
