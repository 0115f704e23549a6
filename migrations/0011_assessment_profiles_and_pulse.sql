CREATE TABLE "behavioural_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"instrument_key" text NOT NULL,
	"instrument_version" integer NOT NULL,
	"points" integer NOT NULL,
	"answers" jsonb NOT NULL,
	"means" jsonb NOT NULL,
	"completed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "behavioural_profiles_person_key" UNIQUE("org_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "pulse_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"leader_person_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"token_expires_at" timestamp with time zone NOT NULL,
	"invited_at" timestamp with time zone NOT NULL,
	"last_reminded_at" timestamp with time zone,
	"has_answered" boolean DEFAULT false NOT NULL,
	CONSTRAINT "pulse_invitations_person_key" UNIQUE("org_id","survey_id","person_id"),
	CONSTRAINT "pulse_invitations_token_key" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "pulse_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"leader_person_id" uuid NOT NULL,
	"answers" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pulse_results" (
	"org_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"leader_person_id" uuid NOT NULL,
	"quarter" text NOT NULL,
	"invited" integer NOT NULL,
	"responses" integer NOT NULL,
	"score" double precision,
	CONSTRAINT "pulse_results_pkey" PRIMARY KEY("org_id","survey_id","leader_person_id"),
	CONSTRAINT "pulse_results_score_check" CHECK ("pulse_results"."score" is null or "pulse_results"."responses" >= 5)
);
--> statement-breakpoint
CREATE TABLE "pulse_surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"quarter" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"instrument_key" text NOT NULL,
	"instrument_version" integer NOT NULL,
	"minimum_responses" integer NOT NULL,
	"leaders_too_small" integer DEFAULT 0 NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"closes_on" date NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "pulse_surveys_org_id_key" UNIQUE("org_id","id"),
	CONSTRAINT "pulse_surveys_quarter_key" UNIQUE("org_id","quarter"),
	CONSTRAINT "pulse_surveys_status_check" CHECK ("pulse_surveys"."status" in ('open', 'closed')),
	CONSTRAINT "pulse_surveys_minimum_check" CHECK ("pulse_surveys"."minimum_responses" >= 5)
);
--> statement-breakpoint
ALTER TABLE "behavioural_profiles" ADD CONSTRAINT "behavioural_profiles_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "behavioural_profiles" ADD CONSTRAINT "behavioural_profiles_person_fkey" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_invitations" ADD CONSTRAINT "pulse_invitations_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_invitations" ADD CONSTRAINT "pulse_invitations_survey_fkey" FOREIGN KEY ("org_id","survey_id") REFERENCES "public"."pulse_surveys"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_invitations" ADD CONSTRAINT "pulse_invitations_person_fkey" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_responses" ADD CONSTRAINT "pulse_responses_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_responses" ADD CONSTRAINT "pulse_responses_survey_fkey" FOREIGN KEY ("org_id","survey_id") REFERENCES "public"."pulse_surveys"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_results" ADD CONSTRAINT "pulse_results_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_results" ADD CONSTRAINT "pulse_results_survey_fkey" FOREIGN KEY ("org_id","survey_id") REFERENCES "public"."pulse_surveys"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_surveys" ADD CONSTRAINT "pulse_surveys_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pulse_invitations_leader_idx" ON "pulse_invitations" USING btree ("org_id","survey_id","leader_person_id");--> statement-breakpoint
CREATE INDEX "pulse_responses_leader_idx" ON "pulse_responses" USING btree ("org_id","survey_id","leader_person_id");--> statement-breakpoint
CREATE INDEX "pulse_results_leader_idx" ON "pulse_results" USING btree ("org_id","leader_person_id","quarter");--> statement-breakpoint
CREATE INDEX "pulse_surveys_status_idx" ON "pulse_surveys" USING btree ("status","closes_on");--> statement-breakpoint
-- Row-level security for the new tenant tables (decision 012).
ALTER TABLE "behavioural_profiles" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "behavioural_profiles" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "behavioural_profiles" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));--> statement-breakpoint
ALTER TABLE "pulse_surveys" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "pulse_surveys" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "pulse_surveys" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));--> statement-breakpoint
ALTER TABLE "pulse_invitations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "pulse_invitations" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "pulse_invitations" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));--> statement-breakpoint
ALTER TABLE "pulse_responses" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "pulse_responses" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "pulse_responses" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));--> statement-breakpoint
ALTER TABLE "pulse_results" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "pulse_results" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "pulse_results" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));
