ALTER TABLE "coach_action_items" ADD COLUMN "history" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "coach_goals" ADD COLUMN "history" jsonb DEFAULT '[]'::jsonb NOT NULL;