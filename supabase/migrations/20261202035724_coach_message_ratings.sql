CREATE TABLE "coach_message_ratings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"message_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"rating" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coach_message_ratings_message_user_unique" UNIQUE("message_id","user_id"),
	CONSTRAINT "coach_message_ratings_rating_check" CHECK ("coach_message_ratings"."rating" in ('up', 'down'))
);
--> statement-breakpoint
ALTER TABLE "coach_message_ratings" ADD CONSTRAINT "coach_message_ratings_message_id_coach_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."coach_messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_message_ratings" ADD CONSTRAINT "coach_message_ratings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coach_message_ratings_review_idx" ON "coach_message_ratings" USING btree ("rating","updated_at");--> statement-breakpoint
ALTER TABLE "coach_message_ratings" ENABLE ROW LEVEL SECURITY;