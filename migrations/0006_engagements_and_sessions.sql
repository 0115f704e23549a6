CREATE TABLE "calendar_feeds" (
	"org_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "calendar_feeds_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "calendar_feeds_user_key" UNIQUE("org_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "coaching_goal_confirmations" (
	"org_id" uuid NOT NULL,
	"engagement_id" uuid NOT NULL,
	"party" text NOT NULL,
	"person_id" uuid NOT NULL,
	"confirmed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "coaching_goal_confirmations_pkey" PRIMARY KEY("org_id","engagement_id","party"),
	CONSTRAINT "coaching_goal_confirmations_party_check" CHECK ("coaching_goal_confirmations"."party" in ('coach', 'leader', 'manager', 'sponsor'))
);
--> statement-breakpoint
CREATE TABLE "coaching_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"engagement_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"statement" text NOT NULL,
	"competency" text NOT NULL,
	"metric" text NOT NULL,
	"baseline" double precision NOT NULL,
	"target" double precision NOT NULL,
	"due_date" date NOT NULL,
	CONSTRAINT "coaching_goals_position_key" UNIQUE("org_id","engagement_id","position")
);
--> statement-breakpoint
CREATE TABLE "coaching_progress_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"engagement_id" uuid NOT NULL,
	"by_person_id" uuid NOT NULL,
	"ratings" jsonb NOT NULL,
	"checked_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_action_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"description" text NOT NULL,
	"owner_person_id" uuid NOT NULL,
	"due_date" date,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"visibility" text NOT NULL,
	"section" text DEFAULT '' NOT NULL,
	"author_person_id" uuid NOT NULL,
	"body" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "session_notes_visibility_check" CHECK ("session_notes"."visibility" in ('shared', 'private'))
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"relationship_id" uuid,
	"engagement_id" uuid,
	"scheduled_at" timestamp with time zone NOT NULL,
	"duration_minutes" smallint NOT NULL,
	"agenda" text DEFAULT '' NOT NULL,
	"framework" text NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"created_by_person_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sessions_org_id_key" UNIQUE("org_id","id"),
	CONSTRAINT "sessions_one_pair_check" CHECK (("sessions"."relationship_id" is null) <> ("sessions"."engagement_id" is null)),
	CONSTRAINT "sessions_duration_check" CHECK ("sessions"."duration_minutes" between 15 and 480),
	CONSTRAINT "sessions_framework_check" CHECK ("sessions"."framework" in ('five_cs', 'grow', 'stop_look_choose')),
	CONSTRAINT "sessions_status_check" CHECK ("sessions"."status" in ('scheduled', 'held', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "weekly_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"week" text NOT NULL,
	"description" text NOT NULL,
	"development_goal" text NOT NULL,
	"business_result" text NOT NULL,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "weekly_goals_week_check" CHECK ("weekly_goals"."week" ~ '^[0-9]{4}-W[0-9]{2}$')
);
--> statement-breakpoint
ALTER TABLE "coaching_engagements" DROP CONSTRAINT "coaching_engagements_status_check";--> statement-breakpoint
DROP INDEX "coaching_engagements_current_leader_key";--> statement-breakpoint
ALTER TABLE "coaching_engagements" ADD COLUMN "manager_person_id" uuid;--> statement-breakpoint
ALTER TABLE "coaching_engagements" ADD COLUMN "sponsor_person_id" uuid;--> statement-breakpoint
ALTER TABLE "coaching_engagements" ADD COLUMN "start_date" date;--> statement-breakpoint
ALTER TABLE "coaching_engagements" ADD COLUMN "end_date" date;--> statement-breakpoint
ALTER TABLE "coaching_engagements" ADD COLUMN "end_reason" text;--> statement-breakpoint
ALTER TABLE "coaching_engagements" ADD COLUMN "final_summary" text;--> statement-breakpoint
ALTER TABLE "coaching_engagements" ADD COLUMN "ended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "mentoring_relationships" ADD COLUMN "confidentiality_norms" text;--> statement-breakpoint
ALTER TABLE "mentoring_relationships" ADD COLUMN "cadence" text;--> statement-breakpoint
ALTER TABLE "mentoring_relationships" ADD COLUMN "start_date" date;--> statement-breakpoint
ALTER TABLE "mentoring_relationships" ADD COLUMN "end_date" date;--> statement-breakpoint
ALTER TABLE "mentoring_relationships" ADD COLUMN "topics" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "mentoring_relationships" ADD COLUMN "mentor_signed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "mentoring_relationships" ADD COLUMN "mentee_signed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "mentoring_relationships" ADD COLUMN "mentor_training" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "mentoring_relationships" ADD COLUMN "mentee_training" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "mentoring_relationships" ADD COLUMN "ending_kind" text;--> statement-breakpoint
ALTER TABLE "mentoring_relationships" ADD COLUMN "end_reason" text;--> statement-breakpoint
ALTER TABLE "mentoring_relationships" ADD COLUMN "ended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "mentoring_relationships" ADD COLUMN "last_meeting_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "mentoring_relationships" ADD COLUMN "health_warned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_fkey" FOREIGN KEY ("org_id","user_id") REFERENCES "public"."users"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_goal_confirmations" ADD CONSTRAINT "coaching_goal_confirmations_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_goal_confirmations" ADD CONSTRAINT "coaching_goal_confirmations_engagement_fkey" FOREIGN KEY ("org_id","engagement_id") REFERENCES "public"."coaching_engagements"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_goal_confirmations" ADD CONSTRAINT "coaching_goal_confirmations_person_fkey" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_goals" ADD CONSTRAINT "coaching_goals_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_goals" ADD CONSTRAINT "coaching_goals_engagement_fkey" FOREIGN KEY ("org_id","engagement_id") REFERENCES "public"."coaching_engagements"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_progress_checks" ADD CONSTRAINT "coaching_progress_checks_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_progress_checks" ADD CONSTRAINT "coaching_progress_checks_engagement_fkey" FOREIGN KEY ("org_id","engagement_id") REFERENCES "public"."coaching_engagements"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_progress_checks" ADD CONSTRAINT "coaching_progress_checks_by_fkey" FOREIGN KEY ("org_id","by_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_action_items" ADD CONSTRAINT "session_action_items_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_action_items" ADD CONSTRAINT "session_action_items_session_fkey" FOREIGN KEY ("org_id","session_id") REFERENCES "public"."sessions"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_action_items" ADD CONSTRAINT "session_action_items_owner_fkey" FOREIGN KEY ("org_id","owner_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_notes" ADD CONSTRAINT "session_notes_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_notes" ADD CONSTRAINT "session_notes_session_fkey" FOREIGN KEY ("org_id","session_id") REFERENCES "public"."sessions"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_notes" ADD CONSTRAINT "session_notes_author_fkey" FOREIGN KEY ("org_id","author_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_relationship_fkey" FOREIGN KEY ("org_id","relationship_id") REFERENCES "public"."mentoring_relationships"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_engagement_fkey" FOREIGN KEY ("org_id","engagement_id") REFERENCES "public"."coaching_engagements"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_created_by_fkey" FOREIGN KEY ("org_id","created_by_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weekly_goals" ADD CONSTRAINT "weekly_goals_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weekly_goals" ADD CONSTRAINT "weekly_goals_person_fkey" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coaching_progress_checks_engagement_idx" ON "coaching_progress_checks" USING btree ("org_id","engagement_id","checked_at");--> statement-breakpoint
CREATE INDEX "session_action_items_session_idx" ON "session_action_items" USING btree ("org_id","session_id");--> statement-breakpoint
CREATE UNIQUE INDEX "session_notes_shared_key" ON "session_notes" USING btree ("org_id","session_id","section") WHERE "session_notes"."visibility" = 'shared';--> statement-breakpoint
CREATE UNIQUE INDEX "session_notes_private_key" ON "session_notes" USING btree ("org_id","session_id","author_person_id","section") WHERE "session_notes"."visibility" = 'private';--> statement-breakpoint
CREATE INDEX "sessions_relationship_idx" ON "sessions" USING btree ("org_id","relationship_id","scheduled_at");--> statement-breakpoint
CREATE INDEX "sessions_engagement_idx" ON "sessions" USING btree ("org_id","engagement_id","scheduled_at");--> statement-breakpoint
CREATE INDEX "sessions_scheduled_idx" ON "sessions" USING btree ("scheduled_at");--> statement-breakpoint
CREATE INDEX "weekly_goals_person_week_idx" ON "weekly_goals" USING btree ("org_id","person_id","week");--> statement-breakpoint
ALTER TABLE "coaching_engagements" ADD CONSTRAINT "coaching_engagements_manager_fkey" FOREIGN KEY ("org_id","manager_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_engagements" ADD CONSTRAINT "coaching_engagements_sponsor_fkey" FOREIGN KEY ("org_id","sponsor_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "coaching_engagements_current_leader_key" ON "coaching_engagements" USING btree ("org_id","program_id","leader_person_id") WHERE "coaching_engagements"."status" in ('proposed', 'active', 'paused');--> statement-breakpoint
ALTER TABLE "coaching_engagements" ADD CONSTRAINT "coaching_engagements_dates_check" CHECK ("coaching_engagements"."end_date" > "coaching_engagements"."start_date");--> statement-breakpoint
ALTER TABLE "coaching_engagements" ADD CONSTRAINT "coaching_engagements_ended_early_check" CHECK ("coaching_engagements"."status" <> 'ended_early' or "coaching_engagements"."end_reason" is not null);--> statement-breakpoint
ALTER TABLE "coaching_engagements" ADD CONSTRAINT "coaching_engagements_completed_check" CHECK ("coaching_engagements"."status" <> 'completed' or "coaching_engagements"."final_summary" is not null);--> statement-breakpoint
ALTER TABLE "coaching_engagements" ADD CONSTRAINT "coaching_engagements_status_check" CHECK ("coaching_engagements"."status" in ('proposed', 'active', 'paused', 'completed', 'ended_early'));--> statement-breakpoint
ALTER TABLE "mentoring_relationships" ADD CONSTRAINT "mentoring_relationships_ending_check" CHECK (("mentoring_relationships"."status" = 'ended_early') = ("mentoring_relationships"."ending_kind" is not null));--> statement-breakpoint
ALTER TABLE "mentoring_relationships" ADD CONSTRAINT "mentoring_relationships_dates_check" CHECK ("mentoring_relationships"."end_date" > "mentoring_relationships"."start_date");