// npm run bench — builds the app, runs every benchmark, prints tables and writes bench/results/*.json.
import { execSync } from "node:child_process";
import { benchHttp } from "./http";
import { benchMemory } from "./memory";
import { benchPracticeApi } from "./practice-api";
import { benchRealtime } from "./realtime";
import { benchWeb } from "./web";
import { benchWellbeingPaint } from "./wellbeing-paint";
import { machine, writeResult } from "./lib/stats";

const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.includes(name);

console.log("machine:", machine());
if ((wanted("http") || wanted("realtime") || wanted("practice-api") || wanted("memory") || wanted("web") || wanted("wellbeing-paint")) && !process.env.BENCH_SKIP_BUILD) {
  execSync("npx next build", { stdio: "inherit" });
}
if (wanted("http")) {
  const rows = await benchHttp();
  console.table(rows);
  writeResult("http", rows);
}
if (wanted("realtime")) {
  const rows = await benchRealtime();
  console.table(rows);
  writeResult("realtime", rows);
}
if (wanted("practice-api")) {
  const rows = await benchPracticeApi();
  console.table(rows);
  writeResult("practice-api", rows);
}
if (wanted("memory")) {
  const rows = await benchMemory();
  console.table(rows);
  writeResult("memory", rows);
}
if (wanted("wellbeing-paint")) {
  const rows = await benchWellbeingPaint();
  console.table(rows);
  writeResult("wellbeing-paint", rows);
}
if (wanted("web")) {
  const rows = await benchWeb();
  console.table(rows);
  writeResult("web", rows);
}
if (wanted("embeddings")) {
  execSync("npx tsx bench/embeddings.ts", { stdio: "inherit" });
}
if (wanted("practice")) {
  execSync("npx tsx --conditions=react-server bench/practice-scoring.ts", { stdio: "inherit" });
}
if (wanted("practice-import")) {
  execSync("npx tsx --conditions=react-server bench/practice-import.ts", { stdio: "inherit" });
}
if (wanted("offline-engines")) {
  execSync("npx tsx --conditions=react-server bench/offline-engines.ts", { stdio: "inherit" });
}
if (wanted("coach-chat")) {
  execSync("npx tsx --conditions=react-server bench/coach-chat.ts", { stdio: "inherit" });
}
if (wanted("coach-memory")) {
  execSync("npx tsx --conditions=react-server bench/coach-memory.ts", { stdio: "inherit" });
}
if (wanted("coach-memory-page")) {
  execSync("npx tsx --conditions=react-server bench/coach-memory-page.ts", { stdio: "inherit" });
}
if (wanted("notifications")) {
  execSync("npx tsx --conditions=react-server bench/notifications.ts", { stdio: "inherit" });
}
if (wanted("translate-chat")) {
  execSync("npx tsx --conditions=react-server bench/translate-chat.ts", { stdio: "inherit" });
}
if (wanted("translate-chat-scale")) {
  const env = { ...process.env, BENCH_DATABASE: "cadence_bench_translate" };
  execSync("npx tsx --conditions=react-server bench/translate-chat-scale.ts", { stdio: "inherit", env });
}
if (wanted("coach-summaries")) {
  execSync("npx tsx --conditions=react-server bench/coach-summaries.ts", { stdio: "inherit" });
}
if (wanted("connect-matching")) {
  execSync("npx tsx --conditions=react-server bench/connect-matching.ts", { stdio: "inherit" });
}
if (wanted("room-signalling")) {
  execSync("npx tsx --conditions=react-server bench/room-signalling.ts", { stdio: "inherit" });
}
if (wanted("wellbeing")) {
  execSync("npx tsx --conditions=react-server bench/wellbeing.ts", { stdio: "inherit" });
}
process.exit(0);
