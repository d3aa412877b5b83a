import { readdirSync, readFileSync } from "node:fs";

// Memory of a server started by startServer (npx → next start, one process group): the group's
// largest process is the Next server.

function statOf(pid: string): { pid: number; pgrp: number; rssPages: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the parenthesised command name: state ppid pgrp … rss is field 24 overall.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { pid: Number(pid), pgrp: Number(fields[2]), rssPages: Number(fields[21]) };
  } catch {
    return undefined;
  }
}

/** The pid and resident set size (MB) of the largest process in the group. */
export function serverProcess(groupId: number): { pid: number; rssMb: number } {
  const members = readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map(statOf)
    .filter((s): s is NonNullable<ReturnType<typeof statOf>> => s !== undefined && s.pgrp === groupId);
  const largest = members.sort((a, b) => b.rssPages - a.rssPages)[0];
  if (!largest) throw new Error(`no process in group ${groupId}`);
  return { pid: largest.pid, rssMb: Math.round((largest.rssPages * 4096) / 1024 / 1024) };
}
