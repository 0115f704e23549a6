CREATE TABLE "assessment_instruments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"key" text NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "assessment_instruments_key_version" UNIQUE("org_id","key","version")
);
--> statement-breakpoint
CREATE TABLE "feedback_cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"status" text DEFAULT 'nominating' NOT NULL,
	"instrument_key" text NOT NULL,
	"instrument_version" integer NOT NULL,
	"anonymity_threshold" integer NOT NULL,
	"closes_on" date NOT NULL,
	"return_note" text,
	"created_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"approved_by_user_id" uuid,
	"closed_at" timestamp with time zone,
	CONSTRAINT "feedback_cycles_org_id_key" UNIQUE("org_id","id"),
	CONSTRAINT "feedback_cycles_person_phase_key" UNIQUE("org_id","program_id","person_id","phase"),
	CONSTRAINT "feedback_cycles_phase_check" CHECK ("feedback_cycles"."phase" in ('pre', 'mid', 'post')),
	CONSTRAINT "feedback_cycles_status_check" CHECK ("feedback_cycles"."status" in ('nominating', 'awaiting_approval', 'collecting', 'closed')),
	CONSTRAINT "feedback_cycles_threshold_check" CHECK ("feedback_cycles"."anonymity_threshold" >= 3)
);
--> statement-breakpoint
CREATE TABLE "feedback_raters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"rater_group" text NOT NULL,
	"token_hash" text,
	"token_expires_at" timestamp with time zone,
	"invited_at" timestamp with time zone,
	"last_reminded_at" timestamp with time zone,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"answered_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	CONSTRAINT "feedback_raters_person_key" UNIQUE("org_id","cycle_id","person_id"),
	CONSTRAINT "feedback_raters_token_key" UNIQUE("token_hash"),
	CONSTRAINT "feedback_raters_group_check" CHECK ("feedback_raters"."rater_group" in ('self', 'manager', 'peers', 'direct_reports', 'others'))
);
--> statement-breakpoint
ALTER TABLE "assessment_instruments" ADD CONSTRAINT "assessment_instruments_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_cycles" ADD CONSTRAINT "feedback_cycles_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_cycles" ADD CONSTRAINT "feedback_cycles_program_fkey" FOREIGN KEY ("org_id","program_id") REFERENCES "public"."programs"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_cycles" ADD CONSTRAINT "feedback_cycles_person_fkey" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_raters" ADD CONSTRAINT "feedback_raters_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_raters" ADD CONSTRAINT "feedback_raters_cycle_fkey" FOREIGN KEY ("org_id","cycle_id") REFERENCES "public"."feedback_cycles"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_raters" ADD CONSTRAINT "feedback_raters_person_fkey" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_cycles_org_status_idx" ON "feedback_cycles" USING btree ("org_id","status","closes_on");--> statement-breakpoint
-- Row-level security for the new tenant tables (decision 012).
ALTER TABLE "assessment_instruments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "assessment_instruments" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "assessment_instruments" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));--> statement-breakpoint
ALTER TABLE "feedback_cycles" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "feedback_cycles" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "feedback_cycles" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));--> statement-breakpoint
ALTER TABLE "feedback_raters" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "feedback_raters" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "feedback_raters" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));
