CREATE TABLE "call_scores" (
	"call_id" uuid PRIMARY KEY NOT NULL,
	"overall_score" integer NOT NULL,
	"categories" jsonb NOT NULL,
	"strengths" jsonb NOT NULL,
	"improvements" jsonb NOT NULL,
	"key_moments" jsonb NOT NULL,
	"scorer" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"persona_id" uuid NOT NULL,
	"mode" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"voice_mode" text,
	"conversation_id" text,
	"persona_state" jsonb,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"duration_seconds" integer,
	"quick_score" jsonb,
	"score_status" text DEFAULT 'none' NOT NULL,
	"score_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calls_conversation_id_unique" UNIQUE("conversation_id"),
	CONSTRAINT "calls_mode_check" CHECK ("calls"."mode" in ('cold_call', 'discovery', 'objection_gauntlet')),
	CONSTRAINT "calls_status_check" CHECK ("calls"."status" in ('pending', 'active', 'completed')),
	CONSTRAINT "calls_score_status_check" CHECK ("calls"."score_status" in ('none', 'pending', 'ready', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "personas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid,
	"slug" text,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"company" text NOT NULL,
	"industry" text NOT NULL,
	"personality" text NOT NULL,
	"difficulty" text NOT NULL,
	"backstory" text NOT NULL,
	"hidden_pains" jsonb NOT NULL,
	"objections" jsonb NOT NULL,
	"voice_id" text NOT NULL,
	"system_prompt" text NOT NULL,
	"first_message" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "personas_slug_unique" UNIQUE("slug"),
	CONSTRAINT "personas_personality_check" CHECK ("personas"."personality" in ('skeptical', 'busy', 'friendly', 'technical', 'hostile')),
	CONSTRAINT "personas_difficulty_check" CHECK ("personas"."difficulty" in ('easy', 'medium', 'hard'))
);
--> statement-breakpoint
CREATE TABLE "transcript_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"call_id" uuid NOT NULL,
	"role" text NOT NULL,
	"content" text NOT NULL,
	"timestamp_ms" integer NOT NULL,
	"client_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "transcript_entries_call_client_unique" UNIQUE("call_id","client_id"),
	CONSTRAINT "transcript_entries_role_check" CHECK ("transcript_entries"."role" in ('rep', 'persona'))
);
--> statement-breakpoint
ALTER TABLE "call_scores" ADD CONSTRAINT "call_scores_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_persona_id_personas_id_fk" FOREIGN KEY ("persona_id") REFERENCES "public"."personas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personas" ADD CONSTRAINT "personas_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transcript_entries" ADD CONSTRAINT "transcript_entries_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "calls_user_created_idx" ON "calls" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "personas_owner_idx" ON "personas" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "transcript_entries_call_time_idx" ON "transcript_entries" USING btree ("call_id","timestamp_ms");--> statement-breakpoint
ALTER TABLE "personas" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "calls" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "transcript_entries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "call_scores" ENABLE ROW LEVEL SECURITY;
