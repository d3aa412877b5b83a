ALTER TABLE "connect_clips" ADD COLUMN "owner_email_verified" boolean;--> statement-breakpoint
ALTER TABLE "connect_clips" ADD COLUMN "owner_banned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "connect_clips" ADD COLUMN "owner_suspended_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "connect_clips" ADD COLUMN "owner_languages" text[];--> statement-breakpoint
ALTER TABLE "connect_clips" ADD COLUMN "owner_pref_languages" text[];--> statement-breakpoint
ALTER TABLE "connect_clips" ADD COLUMN "owner_birth_date" date;--> statement-breakpoint
ALTER TABLE "connect_clips" ADD COLUMN "owner_gender" text;--> statement-breakpoint
ALTER TABLE "connect_clips" ADD COLUMN "owner_pref_age_min" integer;--> statement-breakpoint
ALTER TABLE "connect_clips" ADD COLUMN "owner_pref_age_max" integer;--> statement-breakpoint
ALTER TABLE "connect_clips" ADD COLUMN "owner_pref_genders" text[];--> statement-breakpoint
CREATE INDEX "connect_clips_active_languages_idx" ON "connect_clips" USING gin ("owner_languages") WITH (fastupdate=false) WHERE "connect_clips"."status" = 'completed';--> statement-breakpoint
CREATE INDEX "connect_clips_active_birth_date_idx" ON "connect_clips" USING btree ("owner_birth_date") WHERE "connect_clips"."status" = 'completed';--> statement-breakpoint
-- Matching filters on the clip row alone; these triggers copy the owner's fields onto it. A new clip
-- reads them with FOR SHARE, so a concurrent change to the owner waits for it and then rewrites it.
-- plpgsql rather than SQL functions: their plans are cached per session, which bulk inserts feel.
CREATE OR REPLACE FUNCTION connect_clip_owner_fields() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT u.email_verified, u.banned_at, u.suspended_until
    INTO NEW.owner_email_verified, NEW.owner_banned_at, NEW.owner_suspended_until
    FROM users u WHERE u.id = NEW.user_id FOR SHARE;
  SELECT p.languages, p.pref_languages, p.birth_date, p.gender, p.pref_age_min, p.pref_age_max, p.pref_genders
    INTO NEW.owner_languages, NEW.owner_pref_languages, NEW.owner_birth_date, NEW.owner_gender,
      NEW.owner_pref_age_min, NEW.owner_pref_age_max, NEW.owner_pref_genders
    FROM connect_profiles p WHERE p.user_id = NEW.user_id FOR SHARE;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION connect_clips_refresh_owner(owner uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  UPDATE connect_clips c SET (owner_email_verified, owner_banned_at, owner_suspended_until, owner_languages,
      owner_pref_languages, owner_birth_date, owner_gender, owner_pref_age_min, owner_pref_age_max, owner_pref_genders) =
    (SELECT u.email_verified, u.banned_at, u.suspended_until, p.languages, p.pref_languages, p.birth_date, p.gender,
      p.pref_age_min, p.pref_age_max, p.pref_genders
      FROM users u LEFT JOIN connect_profiles p ON p.user_id = u.id WHERE u.id = owner)
  WHERE c.user_id = owner;
END
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION connect_profile_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM connect_clips_refresh_owner(OLD.user_id); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM connect_clips_refresh_owner(NEW.user_id); END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION connect_user_status_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM connect_clips_refresh_owner(NEW.id);
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER connect_clips_owner_fields BEFORE INSERT OR UPDATE OF user_id ON connect_clips
  FOR EACH ROW EXECUTE FUNCTION connect_clip_owner_fields();--> statement-breakpoint
CREATE TRIGGER connect_profiles_to_clips AFTER INSERT OR UPDATE OR DELETE ON connect_profiles
  FOR EACH ROW EXECUTE FUNCTION connect_profile_changed();--> statement-breakpoint
CREATE TRIGGER connect_user_status_to_clips AFTER UPDATE ON users FOR EACH ROW
  WHEN (OLD.email_verified IS DISTINCT FROM NEW.email_verified OR OLD.banned_at IS DISTINCT FROM NEW.banned_at
    OR OLD.suspended_until IS DISTINCT FROM NEW.suspended_until)
  EXECUTE FUNCTION connect_user_status_changed();--> statement-breakpoint
SELECT connect_clips_refresh_owner(id) FROM users WHERE id IN (SELECT user_id FROM connect_clips);
