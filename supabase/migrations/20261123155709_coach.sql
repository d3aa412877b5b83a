CREATE TABLE "coach_action_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"conversation_id" uuid,
	"session_id" uuid,
	"goal_id" uuid,
	"text" text NOT NULL,
	"due_date" date,
	"status" text DEFAULT 'pending' NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "coach_action_items_status_check" CHECK ("coach_action_items"."status" in ('suggested', 'pending', 'done', 'dismissed')),
	CONSTRAINT "coach_action_items_source_check" CHECK ("coach_action_items"."source" in ('extracted', 'manual', 'session'))
);
--> statement-breakpoint
CREATE TABLE "coach_conversations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"session_type" text NOT NULL,
	"mode" text DEFAULT 'text' NOT NULL,
	"session_id" uuid,
	"title" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"message_count" integer DEFAULT 0 NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_message_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	CONSTRAINT "coach_conversations_session_type_check" CHECK ("coach_conversations"."session_type" in ('check_in', 'structured')),
	CONSTRAINT "coach_conversations_mode_check" CHECK ("coach_conversations"."mode" in ('text', 'voice')),
	CONSTRAINT "coach_conversations_status_check" CHECK ("coach_conversations"."status" in ('active', 'ended'))
);
--> statement-breakpoint
CREATE TABLE "coach_daily_summaries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"day" date NOT NULL,
	"summary" text NOT NULL,
	"key_topics" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sentiment" real DEFAULT 0 NOT NULL,
	"action_items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"conversation_count" integer NOT NULL,
	"engine" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coach_daily_summaries_user_day_unique" UNIQUE("user_id","day")
);
--> statement-breakpoint
CREATE TABLE "coach_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text NOT NULL,
	"category" text DEFAULT 'general' NOT NULL,
	"priority" smallint DEFAULT 3 NOT NULL,
	"target_date" date,
	"status" text DEFAULT 'active' NOT NULL,
	"progress" smallint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "coach_goals_status_check" CHECK ("coach_goals"."status" in ('active', 'paused', 'completed', 'abandoned')),
	CONSTRAINT "coach_goals_priority_check" CHECK ("coach_goals"."priority" between 1 and 5),
	CONSTRAINT "coach_goals_progress_check" CHECK ("coach_goals"."progress" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "coach_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conversation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"content" text NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coach_messages_role_check" CHECK ("coach_messages"."role" in ('user', 'assistant'))
);
--> statement-breakpoint
CREATE TABLE "coach_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"industry" text DEFAULT '' NOT NULL,
	"stage" text DEFAULT '' NOT NULL,
	"company" text DEFAULT '' NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"revenue_range" text DEFAULT '' NOT NULL,
	"team_size" integer,
	"role" text DEFAULT '' NOT NULL,
	"reports_to" text DEFAULT '' NOT NULL,
	"direct_reports" integer,
	"markets" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"key_challenges" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"formality" text DEFAULT 'balanced' NOT NULL,
	"voice_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coach_profiles_formality_check" CHECK ("coach_profiles"."formality" in ('casual', 'balanced', 'formal'))
);
--> statement-breakpoint
CREATE TABLE "coach_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"scheduled_for" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"goal" text NOT NULL,
	"framework" text DEFAULT 'GROW' NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"outcome_summary" text,
	"rating" smallint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "coach_sessions_status_check" CHECK ("coach_sessions"."status" in ('scheduled', 'in_progress', 'completed', 'cancelled')),
	CONSTRAINT "coach_sessions_framework_check" CHECK ("coach_sessions"."framework" in ('GROW', 'OKR', 'SWOT', 'retrospective', 'open')),
	CONSTRAINT "coach_sessions_duration_check" CHECK ("coach_sessions"."duration_minutes" between 5 and 240),
	CONSTRAINT "coach_sessions_rating_check" CHECK ("coach_sessions"."rating" is null or "coach_sessions"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "coach_weekly_summaries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"week_start" date NOT NULL,
	"progress_notes" text NOT NULL,
	"goals_progress" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"key_decisions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"challenges" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"wins" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"day_count" integer NOT NULL,
	"engine" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coach_weekly_summaries_user_week_unique" UNIQUE("user_id","week_start")
);
--> statement-breakpoint
ALTER TABLE "coach_action_items" ADD CONSTRAINT "coach_action_items_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_action_items" ADD CONSTRAINT "coach_action_items_conversation_id_coach_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."coach_conversations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_action_items" ADD CONSTRAINT "coach_action_items_session_id_coach_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."coach_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_action_items" ADD CONSTRAINT "coach_action_items_goal_id_coach_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."coach_goals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_conversations" ADD CONSTRAINT "coach_conversations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_conversations" ADD CONSTRAINT "coach_conversations_session_id_coach_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."coach_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_daily_summaries" ADD CONSTRAINT "coach_daily_summaries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_goals" ADD CONSTRAINT "coach_goals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_messages" ADD CONSTRAINT "coach_messages_conversation_id_coach_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."coach_conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_messages" ADD CONSTRAINT "coach_messages_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_profiles" ADD CONSTRAINT "coach_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_sessions" ADD CONSTRAINT "coach_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_weekly_summaries" ADD CONSTRAINT "coach_weekly_summaries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coach_action_items_user_idx" ON "coach_action_items" USING btree ("user_id","status");--> statement-breakpoint
CREATE INDEX "coach_conversations_user_recent_idx" ON "coach_conversations" USING btree ("user_id","last_message_at");--> statement-breakpoint
CREATE INDEX "coach_goals_user_idx" ON "coach_goals" USING btree ("user_id","status");--> statement-breakpoint
CREATE INDEX "coach_messages_conversation_idx" ON "coach_messages" USING btree ("conversation_id","created_at");--> statement-breakpoint
CREATE INDEX "coach_messages_user_time_idx" ON "coach_messages" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "coach_sessions_user_time_idx" ON "coach_sessions" USING btree ("user_id","scheduled_for");--> statement-breakpoint
ALTER TABLE "coach_profiles" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "coach_goals" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "coach_sessions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "coach_conversations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "coach_messages" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "coach_action_items" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "coach_daily_summaries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "coach_weekly_summaries" ENABLE ROW LEVEL SECURITY;