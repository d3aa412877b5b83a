// Connect's call (#14.5): two people matched through Connect, in two browser contexts with fake
// microphones, talk peer to peer and hear each other.
import { test, type Browser } from "@playwright/test";
import { muteAndHangUp, talk } from "./calls/call-flow";
import { matchedThroughConnect } from "./calls/connect-flow";
import { launchWithMicrophone, spokenWav, tempDir } from "./calls/harness";

test.describe.configure({ mode: "serial", timeout: 240_000 });

let browser: Browser;
let folder: ReturnType<typeof tempDir>;

test.beforeAll(async () => {
  folder = tempDir("call");
  browser = await launchWithMicrophone(spokenWav(folder.dir));
});

test.afterAll(async () => {
  await browser?.close();
  folder?.remove();
});

test("two people matched on Connect hear each other over a direct WebRTC connection, then hang up", async ({ baseURL }) => {
  const { ada, bea, roomId } = await matchedThroughConnect(browser, baseURL!, "198.19.40");
  await talk(ada, bea, roomId);
  await muteAndHangUp(ada, bea);
});
