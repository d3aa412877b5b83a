// Connect's call through a real TURN server (#14.5): with iceTransportPolicy "relay" the only path is
// coturn on loopback — the path people behind strict NATs take — and the call still connects.
import { expect, test, type Browser } from "@playwright/test";
import { muteAndHangUp, roomBetween, signedUpCaller, talk } from "./calls/call-flow";
import { E2E_PORT, freshDatabase, launchWithMicrophone, spokenWav, startServer, startTurn, tempDir, type Server } from "./calls/harness";

test.describe.configure({ mode: "serial", timeout: 180_000 });

const TURN_PORT = E2E_PORT + 50;
let browser: Browser;
let server: Server;
let turn: Awaited<ReturnType<typeof startTurn>>;
let database: Awaited<ReturnType<typeof freshDatabase>>;
let folder: ReturnType<typeof tempDir>;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  folder = tempDir("relay");
  turn = await startTurn(TURN_PORT, folder.dir);
  database = await freshDatabase(`cadence_e2e_relay_${E2E_PORT}`);
  server = await startServer(E2E_PORT + 3, {
    DATABASE_URL: database.url,
    DATA_DIR: `${folder.dir}/data`,
    ICE_SERVERS: JSON.stringify([{ urls: `turn:127.0.0.1:${TURN_PORT}?transport=udp`, username: turn.username, credential: turn.credential }]),
    ICE_TRANSPORT_POLICY: "relay",
  });
  browser = await launchWithMicrophone(spokenWav(folder.dir));
});

test.afterAll(async () => {
  await browser?.close();
  server?.stop();
  turn?.stop();
  await database?.drop();
  folder?.remove();
});

test("with relay-only ICE the call goes through coturn and both still hear each other", async () => {
  const ada = await signedUpCaller(browser, server.url, "Ada Relay");
  const bea = await signedUpCaller(browser, server.url, "Bea Relay");
  const roomId = await roomBetween(database.url, ada.user, bea.user);
  await talk(ada, bea, roomId);
  for (const { page } of [ada, bea]) await expect(page.getByTestId("call-quality")).toHaveAttribute("data-route", "relay");
  await muteAndHangUp(ada, bea);
});
