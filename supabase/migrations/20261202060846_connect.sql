CREATE TABLE "user_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reporter_id" uuid NOT NULL,
	"reported_id" uuid,
	"match_id" uuid,
	"reason" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"transcript" text,
	"status" text DEFAULT 'open' NOT NULL,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"resolution_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_reports_reason_check" CHECK ("user_reports"."reason" in ('harassment', 'hate', 'sexual', 'spam', 'underage', 'self_harm', 'other')),
	CONSTRAINT "user_reports_status_check" CHECK ("user_reports"."status" in ('open', 'dismissed', 'warned', 'suspended', 'banned'))
);
--> statement-breakpoint
CREATE TABLE "connect_clips" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"error_message" text,
	"storage_key" text,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"duration_ms" integer NOT NULL,
	"transcript" text,
	"transcript_source" text,
	"language" text,
	"language_confidence" real,
	"emotions" real[],
	"emotion_engine" text,
	"adjusted_at" timestamp with time zone,
	"processed_at" timestamp with time zone,
	"audio_deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "connect_clips_status_check" CHECK ("connect_clips"."status" in ('pending', 'processing', 'completed', 'error'))
);
--> statement-breakpoint
CREATE TABLE "connect_matches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_a_id" uuid NOT NULL,
	"user_b_id" uuid NOT NULL,
	"clip_a_id" uuid,
	"clip_b_id" uuid,
	"mode" text NOT NULL,
	"score" real NOT NULL,
	"reason" text NOT NULL,
	"reason_b" text NOT NULL,
	"shared_emotions" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"a_accepted_at" timestamp with time zone,
	"b_accepted_at" timestamp with time zone,
	"rejected_by" uuid,
	"room_id" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "connect_matches_mode_check" CHECK ("connect_matches"."mode" in ('similar', 'uplift')),
	CONSTRAINT "connect_matches_status_check" CHECK ("connect_matches"."status" in ('pending', 'accepted', 'rejected', 'expired'))
);
--> statement-breakpoint
CREATE TABLE "connect_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"display_name" text NOT NULL,
	"birth_date" date NOT NULL,
	"gender" text,
	"tagline" text DEFAULT '' NOT NULL,
	"interests" text[] DEFAULT '{}'::text[] NOT NULL,
	"languages" text[] NOT NULL,
	"pref_languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"pref_age_min" integer,
	"pref_age_max" integer,
	"pref_genders" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "connect_waits" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"clip_id" uuid NOT NULL,
	"mode" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "role" text DEFAULT 'user' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "suspended_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "banned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "user_reports" ADD CONSTRAINT "user_reports_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_reports" ADD CONSTRAINT "user_reports_reported_id_users_id_fk" FOREIGN KEY ("reported_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_reports" ADD CONSTRAINT "user_reports_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connect_clips" ADD CONSTRAINT "connect_clips_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connect_matches" ADD CONSTRAINT "connect_matches_user_a_id_users_id_fk" FOREIGN KEY ("user_a_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connect_matches" ADD CONSTRAINT "connect_matches_user_b_id_users_id_fk" FOREIGN KEY ("user_b_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connect_matches" ADD CONSTRAINT "connect_matches_clip_a_id_connect_clips_id_fk" FOREIGN KEY ("clip_a_id") REFERENCES "public"."connect_clips"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connect_matches" ADD CONSTRAINT "connect_matches_clip_b_id_connect_clips_id_fk" FOREIGN KEY ("clip_b_id") REFERENCES "public"."connect_clips"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connect_profiles" ADD CONSTRAINT "connect_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connect_waits" ADD CONSTRAINT "connect_waits_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connect_waits" ADD CONSTRAINT "connect_waits_clip_id_connect_clips_id_fk" FOREIGN KEY ("clip_id") REFERENCES "public"."connect_clips"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "user_reports_reported_idx" ON "user_reports" USING btree ("reported_id","created_at");--> statement-breakpoint
CREATE INDEX "user_reports_reporter_idx" ON "user_reports" USING btree ("reporter_id");--> statement-breakpoint
CREATE INDEX "user_reports_open_idx" ON "user_reports" USING btree ("created_at") WHERE "user_reports"."status" = 'open';--> statement-breakpoint
CREATE INDEX "connect_clips_user_idx" ON "connect_clips" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "connect_clips_active_idx" ON "connect_clips" USING btree ("created_at") WHERE "connect_clips"."status" = 'completed';--> statement-breakpoint
CREATE INDEX "connect_matches_a_idx" ON "connect_matches" USING btree ("user_a_id","created_at");--> statement-breakpoint
CREATE INDEX "connect_matches_b_idx" ON "connect_matches" USING btree ("user_b_id","created_at");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_role_check" CHECK ("users"."role" in ('user', 'moderator', 'admin'));--> statement-breakpoint
ALTER TABLE "connect_profiles" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "connect_clips" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "connect_matches" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "connect_waits" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "user_reports" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
-- Connect's emotion vector as pgvector where the extension exists (PGlite, Supabase); elsewhere the
-- real[] column alone carries it and the cosine is computed from the array.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'vector') THEN
    EXECUTE 'ALTER TABLE connect_clips ADD COLUMN IF NOT EXISTS emotion_vec vector(8)';
  END IF;
END
$$;
