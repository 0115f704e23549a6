CREATE TABLE "coaching_engagements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"origin" text NOT NULL,
	"matching_run_id" uuid,
	"score" double precision NOT NULL,
	"reasons" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"coach_person_id" uuid NOT NULL,
	"leader_person_id" uuid NOT NULL,
	CONSTRAINT "coaching_engagements_org_id_key" UNIQUE("org_id","id"),
	CONSTRAINT "coaching_engagements_status_check" CHECK ("coaching_engagements"."status" in ('proposed', 'active', 'completed', 'ended_early')),
	CONSTRAINT "coaching_engagements_origin_check" CHECK ("coaching_engagements"."origin" in ('matching_run', 'self_service')),
	CONSTRAINT "coaching_engagements_two_people_check" CHECK ("coaching_engagements"."coach_person_id" <> "coaching_engagements"."leader_person_id")
);
--> statement-breakpoint
CREATE TABLE "match_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"mentee_person_id" uuid NOT NULL,
	"mentor_person_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"score" double precision NOT NULL,
	"reasons" text[] NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"decline_reason" text,
	"created_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	CONSTRAINT "match_requests_status_check" CHECK ("match_requests"."status" in ('pending', 'accepted', 'declined', 'cancelled')),
	CONSTRAINT "match_requests_decided_check" CHECK (("match_requests"."status" = 'pending') = ("match_requests"."decided_at" is null))
);
--> statement-breakpoint
CREATE TABLE "matching_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"participant_person_id" uuid NOT NULL,
	"partner_person_id" uuid NOT NULL,
	"score" double precision NOT NULL,
	"factors" jsonb NOT NULL,
	"reasons" text[] NOT NULL,
	"warnings" text[] NOT NULL,
	"is_locked" boolean DEFAULT false NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "matching_proposals_participant_key" UNIQUE("org_id","run_id","participant_person_id"),
	CONSTRAINT "matching_proposals_source_check" CHECK ("matching_proposals"."source" in ('solver', 'admin'))
);
--> statement-breakpoint
CREATE TABLE "matching_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"objective" text NOT NULL,
	"settings" jsonb NOT NULL,
	"participants" jsonb NOT NULL,
	"partners" jsonb NOT NULL,
	"is_optimal" boolean NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "matching_runs_org_id_key" UNIQUE("org_id","id"),
	CONSTRAINT "matching_runs_kind_check" CHECK ("matching_runs"."kind" in ('mentoring', 'coaching')),
	CONSTRAINT "matching_runs_status_check" CHECK ("matching_runs"."status" in ('draft', 'published', 'discarded')),
	CONSTRAINT "matching_runs_published_check" CHECK (("matching_runs"."status" = 'published') = ("matching_runs"."published_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "mentoring_relationships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"origin" text NOT NULL,
	"matching_run_id" uuid,
	"score" double precision NOT NULL,
	"reasons" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"mentor_person_id" uuid NOT NULL,
	"mentee_person_id" uuid NOT NULL,
	CONSTRAINT "mentoring_relationships_org_id_key" UNIQUE("org_id","id"),
	CONSTRAINT "mentoring_relationships_status_check" CHECK ("mentoring_relationships"."status" in ('proposed', 'active', 'completed', 'ended_early')),
	CONSTRAINT "mentoring_relationships_origin_check" CHECK ("mentoring_relationships"."origin" in ('matching_run', 'self_service')),
	CONSTRAINT "mentoring_relationships_two_people_check" CHECK ("mentoring_relationships"."mentor_person_id" <> "mentoring_relationships"."mentee_person_id")
);
--> statement-breakpoint
ALTER TABLE "coaching_engagements" ADD CONSTRAINT "coaching_engagements_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_engagements" ADD CONSTRAINT "coaching_engagements_program_fkey" FOREIGN KEY ("org_id","program_id") REFERENCES "public"."programs"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_engagements" ADD CONSTRAINT "coaching_engagements_coach_fkey" FOREIGN KEY ("org_id","coach_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_engagements" ADD CONSTRAINT "coaching_engagements_leader_fkey" FOREIGN KEY ("org_id","leader_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_requests" ADD CONSTRAINT "match_requests_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_requests" ADD CONSTRAINT "match_requests_program_fkey" FOREIGN KEY ("org_id","program_id") REFERENCES "public"."programs"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_requests" ADD CONSTRAINT "match_requests_mentee_fkey" FOREIGN KEY ("org_id","mentee_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_requests" ADD CONSTRAINT "match_requests_mentor_fkey" FOREIGN KEY ("org_id","mentor_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_proposals" ADD CONSTRAINT "matching_proposals_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_proposals" ADD CONSTRAINT "matching_proposals_run_fkey" FOREIGN KEY ("org_id","run_id") REFERENCES "public"."matching_runs"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_proposals" ADD CONSTRAINT "matching_proposals_participant_fkey" FOREIGN KEY ("org_id","participant_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_proposals" ADD CONSTRAINT "matching_proposals_partner_fkey" FOREIGN KEY ("org_id","partner_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_runs" ADD CONSTRAINT "matching_runs_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_runs" ADD CONSTRAINT "matching_runs_program_fkey" FOREIGN KEY ("org_id","program_id") REFERENCES "public"."programs"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_relationships" ADD CONSTRAINT "mentoring_relationships_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_relationships" ADD CONSTRAINT "mentoring_relationships_program_fkey" FOREIGN KEY ("org_id","program_id") REFERENCES "public"."programs"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_relationships" ADD CONSTRAINT "mentoring_relationships_mentor_fkey" FOREIGN KEY ("org_id","mentor_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_relationships" ADD CONSTRAINT "mentoring_relationships_mentee_fkey" FOREIGN KEY ("org_id","mentee_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "coaching_engagements_current_leader_key" ON "coaching_engagements" USING btree ("org_id","program_id","leader_person_id") WHERE "coaching_engagements"."status" in ('proposed', 'active');--> statement-breakpoint
CREATE INDEX "coaching_engagements_coach_idx" ON "coaching_engagements" USING btree ("org_id","coach_person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "match_requests_one_pending_key" ON "match_requests" USING btree ("org_id","program_id","mentee_person_id") WHERE "match_requests"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "match_requests_mentor_idx" ON "match_requests" USING btree ("org_id","mentor_person_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "matching_runs_one_draft_key" ON "matching_runs" USING btree ("org_id","program_id","kind") WHERE "matching_runs"."status" = 'draft';--> statement-breakpoint
CREATE INDEX "matching_runs_program_idx" ON "matching_runs" USING btree ("org_id","program_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "mentoring_relationships_current_mentee_key" ON "mentoring_relationships" USING btree ("org_id","program_id","mentee_person_id") WHERE "mentoring_relationships"."status" in ('proposed', 'active');--> statement-breakpoint
CREATE INDEX "mentoring_relationships_mentor_idx" ON "mentoring_relationships" USING btree ("org_id","mentor_person_id");