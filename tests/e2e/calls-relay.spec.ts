// Connect's call through a real TURN server (#14.5): with iceTransportPolicy "relay" the only path is
// coturn on loopback — the path people behind strict NATs take — and the call still connects.
import { expect, test, type Browser } from "@playwright/test";
import { muteAndHangUp, talk } from "./calls/call-flow";
import { matchedThroughConnect, OUTBOX_ADMIN } from "./calls/connect-flow";
import { E2E_PORT, launchWithMicrophone, spokenWav, startServer, startTurn, tempDir, type Server } from "./calls/harness";

test.describe.configure({ mode: "serial", timeout: 240_000 });

const TURN_PORT = E2E_PORT + 50;
let browser: Browser;
let server: Server;
let turn: Awaited<ReturnType<typeof startTurn>>;
let folder: ReturnType<typeof tempDir>;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  folder = tempDir("relay");
  turn = await startTurn(TURN_PORT, folder.dir);
  server = await startServer(E2E_PORT + 3, {
    DATA_DIR: `${folder.dir}/data`,
    ADMIN_EMAILS: OUTBOX_ADMIN.email,
    ICE_SERVERS: JSON.stringify([{ urls: `turn:127.0.0.1:${TURN_PORT}?transport=udp`, username: turn.username, credential: turn.credential }]),
    ICE_TRANSPORT_POLICY: "relay",
  });
  browser = await launchWithMicrophone(spokenWav(folder.dir));
});

test.afterAll(async () => {
  await browser?.close();
  server?.stop();
  turn?.stop();
  folder?.remove();
});

test("with relay-only ICE the call goes through coturn and both still hear each other", async () => {
  const { ada, bea, roomId } = await matchedThroughConnect(browser, server.url, "198.19.41");
  await talk(ada, bea, roomId);
  for (const { page } of [ada, bea]) await expect(page.getByTestId("call-quality")).toHaveAttribute("data-route", "relay");
  await muteAndHangUp(ada, bea);
});
