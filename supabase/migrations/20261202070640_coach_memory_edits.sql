-- Memory you control: an edited memory keeps the message it came from and stores the text the coach
-- should remember instead (re-embedded). Only where deep memory exists (pgvector).
DO $$
BEGIN
  IF to_regclass('coach_memory_vectors') IS NOT NULL THEN
    EXECUTE 'ALTER TABLE coach_memory_vectors ADD COLUMN IF NOT EXISTS memory_text text';
    EXECUTE 'ALTER TABLE coach_memory_vectors ADD COLUMN IF NOT EXISTS edited_at timestamptz';
  END IF;
END
$$;
