ALTER TABLE "calls" DROP CONSTRAINT "calls_status_check";--> statement-breakpoint
ALTER TABLE "call_scores" ADD COLUMN "feedback" text;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "failure_reason" text;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "title" text;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "notes" text;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_status_check" CHECK ("calls"."status" in ('pending', 'active', 'completed', 'failed'));