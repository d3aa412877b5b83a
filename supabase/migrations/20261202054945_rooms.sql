CREATE TABLE "room_participants" (
	"room_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"joined_at" timestamp with time zone,
	"last_heartbeat_at" timestamp with time zone,
	"left_at" timestamp with time zone,
	"minutes_warned_at" timestamp with time zone,
	CONSTRAINT "room_participants_room_id_user_id_pk" PRIMARY KEY("room_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "room_signals" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"room_id" uuid NOT NULL,
	"from_user_id" uuid NOT NULL,
	"type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "room_signals_type_check" CHECK ("room_signals"."type" in ('offer', 'answer', 'candidate'))
);
--> statement-breakpoint
CREATE TABLE "rooms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"origin_kind" text NOT NULL,
	"origin_id" uuid NOT NULL,
	"status" text DEFAULT 'initiated' NOT NULL,
	"end_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"expires_at" timestamp with time zone NOT NULL,
	"duration_seconds" integer,
	"ended_by" uuid,
	CONSTRAINT "rooms_origin_unique" UNIQUE("origin_kind","origin_id"),
	CONSTRAINT "rooms_origin_kind_check" CHECK ("rooms"."origin_kind" in ('connect-match')),
	CONSTRAINT "rooms_status_check" CHECK ("rooms"."status" in ('initiated', 'active', 'completed', 'failed', 'missed')),
	CONSTRAINT "rooms_end_reason_check" CHECK ("rooms"."end_reason" is null or "rooms"."end_reason" in ('ended', 'heartbeat-lost', 'expired', 'call-minutes', 'connection-failed'))
);
--> statement-breakpoint
ALTER TABLE "room_participants" ADD CONSTRAINT "room_participants_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_participants" ADD CONSTRAINT "room_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_signals" ADD CONSTRAINT "room_signals_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_signals" ADD CONSTRAINT "room_signals_from_user_id_users_id_fk" FOREIGN KEY ("from_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rooms" ADD CONSTRAINT "rooms_ended_by_users_id_fk" FOREIGN KEY ("ended_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "room_participants_user_idx" ON "room_participants" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "room_signals_room_idx" ON "room_signals" USING btree ("room_id","id");--> statement-breakpoint
CREATE INDEX "rooms_open_idx" ON "rooms" USING btree ("status","expires_at");--> statement-breakpoint
ALTER TABLE "rooms" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "room_participants" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "room_signals" ENABLE ROW LEVEL SECURITY;