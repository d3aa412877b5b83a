// npm run user:role -- <email> <user|moderator|admin> — set someone's role (the first admin is made
// this way). With the embedded PGlite database, stop the server first: one process opens it at a time.
import { getDatabase } from "../lib/db/client";
import { isUserRole, setUserRole } from "../lib/safety/roles";

const [email, role] = process.argv.slice(2);
if (!email || !role || !isUserRole(role)) {
  console.error("Usage: npm run user:role -- <email> <user|moderator|admin>");
  process.exit(1);
}
const database = await getDatabase();
const changed = await setUserRole({ db: database.db, email, role });
await database.close();
if (changed === 0) {
  console.error(`No account has the email ${email}.`);
  process.exit(1);
}
console.log(`${email} is now ${role}.`);
