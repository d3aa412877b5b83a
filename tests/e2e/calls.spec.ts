// Connect's call (#14.5): two browser contexts with fake microphones talk peer to peer and hear each other.
import { test, type Browser } from "@playwright/test";
import { muteAndHangUp, roomBetween, signedUpCaller, talk } from "./calls/call-flow";
import { E2E_PORT, freshDatabase, launchWithMicrophone, spokenWav, startServer, tempDir, type Server } from "./calls/harness";

test.describe.configure({ mode: "serial", timeout: 180_000 });

let browser: Browser;
let server: Server;
let database: Awaited<ReturnType<typeof freshDatabase>>;
let folder: ReturnType<typeof tempDir>;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  folder = tempDir("call");
  database = await freshDatabase(`cadence_e2e_call_${E2E_PORT}`);
  server = await startServer(E2E_PORT + 2, { DATABASE_URL: database.url, DATA_DIR: `${folder.dir}/data` });
  browser = await launchWithMicrophone(spokenWav(folder.dir));
});

test.afterAll(async () => {
  await browser?.close();
  server?.stop();
  await database?.drop();
  folder?.remove();
});

test("two people in a room hear each other over a direct WebRTC connection, then hang up", async () => {
  const ada = await signedUpCaller(browser, server.url, "Ada Caller");
  const bea = await signedUpCaller(browser, server.url, "Bea Listener");
  const roomId = await roomBetween(database.url, ada.user, bea.user);
  await talk(ada, bea, roomId);
  await muteAndHangUp(ada, bea);
});
