import { afterEach, describe, expect, it, vi } from "vitest";
import { DELETE as deleteAttachment, GET as getAttachment } from "@/app/api/wellbeing/attachments/[id]/route";
import { GET as listAttachments, POST as upload } from "@/app/api/wellbeing/entries/[id]/attachments/route";
import { deleteAccount } from "@/lib/account/delete-account";
import { getStorage } from "@/lib/storage";
import { afterQueue } from "../../fixtures/after";
import { userIdOf } from "../../fixtures/coach-planning";
import { call, errorOf } from "../../fixtures/http";
import { signUpUser, type TestUser } from "../../fixtures/users";
import { deleteEntryAs, newEntry } from "../../fixtures/wellbeing";
import { useTestDatabase } from "../../setup/database";

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => import("../../fixtures/after").then((m) => m.queueAfter(task)),
}));

const database = useTestDatabase();
afterEach(() => {
  afterQueue.length = 0;
});

const gps = "Exif\0\0GPS 51.5074N 0.1278W";
// A minimal JPEG: SOI, an EXIF segment naming a place, a table, then the scan and EOI.
const jpegWithExif = new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0x00, gps.length + 2, ...Buffer.from(gps), 0xff, 0xdb, 0x00, 0x04, 0x01, 0x02, 0xff, 0xda, 0x00, 0x04, 0x09, 0x09, 0x55, 0x66, 0xff, 0xd9]);

const send = (user: TestUser, entryId: string, body: Uint8Array, contentType = "image/jpeg", headers: Record<string, string> = {}) =>
  call(upload, `/api/wellbeing/entries/${entryId}/attachments`, { method: "POST", body: Buffer.from(body), cookie: user.cookie, headers: { "content-type": contentType, ...headers } }, { id: entryId });
const fetchImage = (user: TestUser, id: string) => call(getAttachment, `/api/wellbeing/attachments/${id}`, { cookie: user.cookie }, { id });
const list = async (user: TestUser, entryId: string) => ((await (await call(listAttachments, `/api/wellbeing/entries/${entryId}/attachments`, { cookie: user.cookie }, { id: entryId })).json()) as { attachments: { id: string }[] }).attachments;

type Uploaded = { id: string; url: string; bytes: number; contentType: string };

describe("journal image attachments", () => {
  it("stores an image with its EXIF stripped and serves it to its owner only", async () => {
    const alice = await signUpUser();
    const bob = await signUpUser();
    const entryId = await newEntry(alice, { content: "The view from the office." });
    const res = await send(alice, entryId, jpegWithExif);
    expect(res.status).toBe(201);
    const uploaded = (await res.json()) as Uploaded;
    expect(uploaded).toMatchObject({ contentType: "image/jpeg", bytes: jpegWithExif.length - (gps.length + 4) });

    const image = await fetchImage(alice, uploaded.id);
    const served = Buffer.from(await image.arrayBuffer());
    expect(image.headers.get("content-type")).toBe("image/jpeg");
    expect(served.includes(Buffer.from("GPS"))).toBe(false);
    expect([...served.subarray(0, 2)]).toEqual([0xff, 0xd8]);

    expect((await fetchImage(bob, uploaded.id)).status).toBe(404);
    expect((await call(deleteAttachment, `/api/wellbeing/attachments/${uploaded.id}`, { method: "DELETE", cookie: bob.cookie }, { id: uploaded.id })).status).toBe(404);
    expect((await send(bob, entryId, jpegWithExif)).status).toBe(404);
    expect(await list(alice, entryId)).toHaveLength(1);
  });

  it("refuses a file that is not an image (checked from the bytes) and one over 5 MB", async () => {
    const user = await signUpUser();
    const entryId = await newEntry(user, { content: "x" });
    const svgAsJpeg = await send(user, entryId, new Uint8Array(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>")));
    expect(svgAsJpeg.status).toBe(400);
    expect((await errorOf(svgAsJpeg)).message).toBe("That file is not a JPEG, PNG or WebP image.");
    const huge = new Uint8Array(5 * 1024 * 1024 + 1);
    huge.set([0xff, 0xd8, 0xff]);
    const tooBig = await send(user, entryId, huge);
    expect(tooBig.status).toBe(400);
    expect((await errorOf(tooBig)).message).toBe("An image can be at most 5 MB.");
    expect((await send(user, entryId, jpegWithExif, "text/plain")).status).toBe(415);
    expect((await send(user, entryId, jpegWithExif, "image/jpeg", { origin: "https://attacker.example" })).status).toBe(403);
    expect(await list(user, entryId)).toEqual([]);
  });

  it("removes the files from storage when the entry or the account is deleted", async () => {
    const user = await signUpUser();
    const first = await newEntry(user, { content: "one" });
    const second = await newEntry(user, { content: "two" });
    const a = (await (await send(user, first, jpegWithExif)).json()) as Uploaded;
    const b = (await (await send(user, second, jpegWithExif)).json()) as Uploaded;
    const userId = await userIdOf(user);
    const keyOf = (id: string) => `wellbeing/${userId}/${id}.jpg`;
    expect(await getStorage().exists(keyOf(a.id))).toBe(true);

    expect((await deleteEntryAs(user, first)).status).toBe(204);
    expect(await getStorage().exists(keyOf(a.id))).toBe(false);
    expect(await getStorage().exists(keyOf(b.id))).toBe(true);

    await deleteAccount({ db: database.db, userId });
    expect(await getStorage().exists(keyOf(b.id))).toBe(false);
  });
});
