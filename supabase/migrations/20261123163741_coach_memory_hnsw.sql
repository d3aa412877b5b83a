-- Deep memory search by an HNSW index (cosine distance), where the memory table exists: an exact scan
-- of a user's 20,000 remembered messages takes ~200 ms on PGlite, the index answers in ~5 ms.
DO $$
BEGIN
  IF to_regclass('coach_memory_vectors') IS NOT NULL THEN
    EXECUTE 'CREATE INDEX IF NOT EXISTS coach_memory_vectors_embedding_idx ON coach_memory_vectors USING hnsw (embedding vector_cosine_ops)';
  END IF;
END
$$;
