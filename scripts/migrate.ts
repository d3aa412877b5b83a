// npm run db:migrate — apply supabase/migrations to the server database in DATABASE_URL (over
// DATABASE_LISTEN_URL when set: behind a transaction pooler that is the session-capable connection).
import { loadConfig } from "../lib/config";
import { migratePostgresDatabase } from "../lib/db/migrate";
import { migrationTarget } from "../lib/db/pooler";

const { env } = loadConfig();
if (!env.DATABASE_URL) {
  console.error("DATABASE_URL is not set; the embedded PGlite database migrates itself at start-up.");
  process.exit(1);
}
const target = migrationTarget({ url: env.DATABASE_URL, listenUrl: env.DATABASE_LISTEN_URL });
await migratePostgresDatabase(target.url, undefined, { session: target.session });
console.log("Migrations applied.");
