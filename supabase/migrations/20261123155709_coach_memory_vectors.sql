-- Deep memory for the coach: one pgvector row per remembered message. Created only where pgvector
-- exists (PGlite, Supabase); elsewhere the table is absent and the coach reports deep memory as
-- "unavailable" while everything else works.
DO $$
BEGIN
  BEGIN
    CREATE EXTENSION IF NOT EXISTS vector;
  EXCEPTION WHEN OTHERS THEN
    NULL;
  END;
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'vector') THEN
    EXECUTE 'CREATE TABLE IF NOT EXISTS coach_memory_vectors (
      message_id uuid PRIMARY KEY REFERENCES coach_messages(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL,
      embedding vector(1536) NOT NULL
    )';
    EXECUTE 'CREATE INDEX IF NOT EXISTS coach_memory_vectors_user_idx ON coach_memory_vectors (user_id, created_at)';
    EXECUTE 'ALTER TABLE coach_memory_vectors ENABLE ROW LEVEL SECURITY';
  END IF;
END
$$;
