CREATE TABLE "program_enrollments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text NOT NULL,
	"capacity" smallint,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "program_enrollments_org_id_key" UNIQUE("org_id","id"),
	CONSTRAINT "program_enrollments_person_key" UNIQUE("org_id","program_id","person_id"),
	CONSTRAINT "program_enrollments_role_check" CHECK ("program_enrollments"."role" in ('participant', 'mentor', 'coach')),
	CONSTRAINT "program_enrollments_capacity_check" CHECK (("program_enrollments"."role" = 'participant') = ("program_enrollments"."capacity" is null) and "program_enrollments"."capacity" between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "program_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"baseline" double precision NOT NULL,
	"target" double precision NOT NULL,
	CONSTRAINT "program_outcomes_org_id_key" UNIQUE("org_id","id"),
	CONSTRAINT "program_outcomes_position_key" UNIQUE("org_id","program_id","position"),
	CONSTRAINT "program_outcomes_kind_check" CHECK ("program_outcomes"."kind" in ('behavioural', 'business')),
	CONSTRAINT "program_outcomes_target_check" CHECK ("program_outcomes"."target" <> "program_outcomes"."baseline")
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"purpose" text NOT NULL,
	"purpose_description" text,
	"target_tiers" text[] NOT NULL,
	"sponsor_person_id" uuid,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"session_cadence" text NOT NULL,
	"session_framework" text NOT NULL,
	"matching_settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "programs_org_id_key" UNIQUE("org_id","id"),
	CONSTRAINT "programs_type_check" CHECK ("programs"."type" in ('coaching', 'mentoring', 'blended')),
	CONSTRAINT "programs_purpose_check" CHECK ("programs"."purpose" in ('succession_pipeline', 'performance_gaps', 'onboarding_integration', 'knowledge_transfer', 'high_potential_development', 'other')),
	CONSTRAINT "programs_other_purpose_described_check" CHECK ("programs"."purpose" <> 'other' or "programs"."purpose_description" is not null),
	CONSTRAINT "programs_target_tiers_check" CHECK (cardinality("programs"."target_tiers") > 0 and "programs"."target_tiers" <@ array['executive', 'senior_leader', 'middle_manager', 'frontline_manager', 'individual_contributor']::text[]),
	CONSTRAINT "programs_dates_check" CHECK ("programs"."end_date" > "programs"."start_date"),
	CONSTRAINT "programs_session_cadence_check" CHECK ("programs"."session_cadence" in ('weekly', 'biweekly', 'monthly')),
	CONSTRAINT "programs_session_framework_check" CHECK ("programs"."session_framework" in ('five_cs', 'grow', 'stop_look_choose')),
	CONSTRAINT "programs_status_check" CHECK ("programs"."status" in ('draft', 'enrolling', 'matching', 'running', 'closed')),
	CONSTRAINT "programs_sponsor_after_draft_check" CHECK ("programs"."status" = 'draft' or "programs"."sponsor_person_id" is not null)
);
--> statement-breakpoint
ALTER TABLE "program_enrollments" ADD CONSTRAINT "program_enrollments_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_enrollments" ADD CONSTRAINT "program_enrollments_program_fkey" FOREIGN KEY ("org_id","program_id") REFERENCES "public"."programs"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_enrollments" ADD CONSTRAINT "program_enrollments_person_fkey" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_outcomes" ADD CONSTRAINT "program_outcomes_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_outcomes" ADD CONSTRAINT "program_outcomes_program_fkey" FOREIGN KEY ("org_id","program_id") REFERENCES "public"."programs"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_sponsor_fkey" FOREIGN KEY ("org_id","sponsor_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "program_enrollments_person_idx" ON "program_enrollments" USING btree ("org_id","person_id");--> statement-breakpoint
CREATE INDEX "programs_org_status_idx" ON "programs" USING btree ("org_id","status","created_at");