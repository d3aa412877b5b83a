// npm run db:migrate — apply supabase/migrations to the server database in DATABASE_URL.
import { loadConfig } from "../lib/config";
import { migratePostgresDatabase } from "../lib/db/migrate";

const { env } = loadConfig();
if (!env.DATABASE_URL) {
  console.error("DATABASE_URL is not set; the embedded PGlite database migrates itself at start-up.");
  process.exit(1);
}
await migratePostgresDatabase(env.DATABASE_URL);
console.log("Migrations applied.");
