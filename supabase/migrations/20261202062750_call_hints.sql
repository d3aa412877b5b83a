CREATE TABLE "call_hints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"at_line" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "call_hints" ADD CONSTRAINT "call_hints_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "call_hints_call_idx" ON "call_hints" USING btree ("call_id","created_at");--> statement-breakpoint
ALTER TABLE "call_hints" ENABLE ROW LEVEL SECURITY;