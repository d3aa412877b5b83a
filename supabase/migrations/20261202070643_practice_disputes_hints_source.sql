CREATE TABLE "call_hints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"at_line" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "call_score_disputes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"category" text NOT NULL,
	"reason" text NOT NULL,
	"cited_lines" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"before" jsonb NOT NULL,
	"after" jsonb NOT NULL,
	"explanation" text NOT NULL,
	"regraded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "call_score_disputes_call_category_unique" UNIQUE("call_id","category"),
	CONSTRAINT "call_score_disputes_category_check" CHECK ("call_score_disputes"."category" in ('opening', 'discovery', 'objectionHandling', 'communication', 'closing'))
);
--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "source" text DEFAULT 'practice' NOT NULL;--> statement-breakpoint
ALTER TABLE "call_hints" ADD CONSTRAINT "call_hints_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_score_disputes" ADD CONSTRAINT "call_score_disputes_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_score_disputes" ADD CONSTRAINT "call_score_disputes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "call_hints_call_idx" ON "call_hints" USING btree ("call_id","created_at");--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_source_check" CHECK ("calls"."source" in ('practice', 'import'));--> statement-breakpoint
ALTER TABLE "call_score_disputes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "call_hints" ENABLE ROW LEVEL SECURITY;