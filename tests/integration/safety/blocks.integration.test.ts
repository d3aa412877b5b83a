import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { users } from "@/lib/db/schema";
import { blockedEitherWayIds, blockUser, isBlockedEitherWay, listBlockedUsers, unblockUser } from "@/lib/safety/blocks";
import { useTestDatabase } from "../../setup/database";

const database = useTestDatabase();

async function createUser(name: string): Promise<string> {
  const [row] = await database.db
    .insert(users)
    .values({ authProvider: "local", authSubject: randomUUID(), email: `${randomUUID()}@example.com`, displayName: name })
    .returning({ id: users.id });
  return (row as { id: string }).id;
}

describe("blocks", () => {
  it("reads a block both ways and lists the people blocked either way", async () => {
    const db = database.db;
    const [a, b, c] = [await createUser("A"), await createUser("B"), await createUser("C")];
    await blockUser({ db, userId: a, otherUserId: b });
    await blockUser({ db, userId: a, otherUserId: b });
    await blockUser({ db, userId: c, otherUserId: a });

    expect(await isBlockedEitherWay({ db, userId: a, otherUserId: b })).toBe(true);
    expect(await isBlockedEitherWay({ db, userId: b, otherUserId: a })).toBe(true);
    expect(await isBlockedEitherWay({ db, userId: b, otherUserId: c })).toBe(false);
    expect((await blockedEitherWayIds({ db, userId: a })).sort()).toEqual([b, c].sort());
    expect(await blockedEitherWayIds({ db, userId: b })).toEqual([a]);
    expect((await listBlockedUsers({ db, userId: a })).map((r) => r.displayName)).toEqual(["B"]);
  });

  it("unblocks only the user's own block", async () => {
    const db = database.db;
    const [a, b] = [await createUser("A"), await createUser("B")];
    await blockUser({ db, userId: a, otherUserId: b });
    await blockUser({ db, userId: b, otherUserId: a });
    expect(await unblockUser({ db, userId: a, otherUserId: b })).toEqual({ removed: true });
    expect(await isBlockedEitherWay({ db, userId: a, otherUserId: b })).toBe(true);
    await unblockUser({ db, userId: b, otherUserId: a });
    expect(await isBlockedEitherWay({ db, userId: a, otherUserId: b })).toBe(false);
  });

  it("refuses blocking yourself or someone who does not exist", async () => {
    const db = database.db;
    const a = await createUser("A");
    await expect(blockUser({ db, userId: a, otherUserId: a })).rejects.toMatchObject({ code: "VALIDATION_ERROR" });
    await expect(blockUser({ db, userId: a, otherUserId: randomUUID() })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
