CREATE TABLE "wellbeing_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"storage_key" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wellbeing_checkins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"mood" smallint NOT NULL,
	"emotions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"day" date NOT NULL,
	"distress" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wellbeing_checkins_mood_check" CHECK ("wellbeing_checkins"."mood" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "wellbeing_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"content" text DEFAULT '' NOT NULL,
	"mood" smallint,
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"visibility" text DEFAULT 'private' NOT NULL,
	"day" date NOT NULL,
	"analysis" jsonb,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wellbeing_entries_mood_check" CHECK ("wellbeing_entries"."mood" is null or "wellbeing_entries"."mood" between 1 and 5),
	CONSTRAINT "wellbeing_entries_visibility_check" CHECK ("wellbeing_entries"."visibility" in ('private', 'shared'))
);
--> statement-breakpoint
CREATE TABLE "wellbeing_meditations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"program_id" text NOT NULL,
	"mood_before" smallint NOT NULL,
	"mood_after" smallint,
	"completed" boolean DEFAULT false NOT NULL,
	"duration_seconds" integer DEFAULT 0 NOT NULL,
	"interruptions" integer DEFAULT 0 NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"day" date NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	CONSTRAINT "wellbeing_meditations_mood_check" CHECK ("wellbeing_meditations"."mood_before" between 1 and 5 and ("wellbeing_meditations"."mood_after" is null or "wellbeing_meditations"."mood_after" between 1 and 5))
);
--> statement-breakpoint
CREATE TABLE "wellbeing_saved_tracks" (
	"user_id" uuid NOT NULL,
	"track_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wellbeing_saved_tracks_user_id_track_id_pk" PRIMARY KEY("user_id","track_id")
);
--> statement-breakpoint
CREATE TABLE "wellbeing_settings" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"share_mood_with_coach" boolean DEFAULT false NOT NULL,
	"checkin_reminder_time" text,
	"meditation_reminder_time" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "wellbeing_attachments" ADD CONSTRAINT "wellbeing_attachments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wellbeing_attachments" ADD CONSTRAINT "wellbeing_attachments_entry_id_wellbeing_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."wellbeing_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wellbeing_checkins" ADD CONSTRAINT "wellbeing_checkins_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wellbeing_entries" ADD CONSTRAINT "wellbeing_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wellbeing_meditations" ADD CONSTRAINT "wellbeing_meditations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wellbeing_saved_tracks" ADD CONSTRAINT "wellbeing_saved_tracks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wellbeing_settings" ADD CONSTRAINT "wellbeing_settings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "wellbeing_checkins_user_day_idx" ON "wellbeing_checkins" USING btree ("user_id","day");--> statement-breakpoint
CREATE INDEX "wellbeing_entries_user_day_idx" ON "wellbeing_entries" USING btree ("user_id","day");--> statement-breakpoint
CREATE INDEX "wellbeing_entries_search_idx" ON "wellbeing_entries" USING gin (to_tsvector('simple', "title" || ' ' || "content"));--> statement-breakpoint
CREATE INDEX "wellbeing_meditations_user_idx" ON "wellbeing_meditations" USING btree ("user_id","started_at");--> statement-breakpoint
ALTER TABLE "wellbeing_checkins" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "wellbeing_entries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "wellbeing_attachments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "wellbeing_meditations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "wellbeing_saved_tracks" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "wellbeing_settings" ENABLE ROW LEVEL SECURITY;