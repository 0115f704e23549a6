CREATE TABLE "outcome_measurements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"outcome_id" uuid NOT NULL,
	"leader_person_id" uuid NOT NULL,
	"measured_on" date NOT NULL,
	"value" double precision NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_roi_assumptions" (
	"org_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"assumptions" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "program_roi_assumptions_pkey" PRIMARY KEY("org_id","program_id")
);
--> statement-breakpoint
CREATE TABLE "readiness_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"readiness" text NOT NULL,
	"assessed_on" date NOT NULL,
	"assessor_person_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "readiness_assessments_readiness_check" CHECK ("readiness_assessments"."readiness" in ('ready_now', 'ready_1_2_years', 'ready_3_plus_years'))
);
--> statement-breakpoint
ALTER TABLE "outcome_measurements" ADD CONSTRAINT "outcome_measurements_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_measurements" ADD CONSTRAINT "outcome_measurements_outcome_fkey" FOREIGN KEY ("org_id","outcome_id") REFERENCES "public"."program_outcomes"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_measurements" ADD CONSTRAINT "outcome_measurements_leader_fkey" FOREIGN KEY ("org_id","leader_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_roi_assumptions" ADD CONSTRAINT "program_roi_assumptions_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_roi_assumptions" ADD CONSTRAINT "program_roi_assumptions_program_fkey" FOREIGN KEY ("org_id","program_id") REFERENCES "public"."programs"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readiness_assessments" ADD CONSTRAINT "readiness_assessments_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readiness_assessments" ADD CONSTRAINT "readiness_assessments_person_fkey" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readiness_assessments" ADD CONSTRAINT "readiness_assessments_assessor_fkey" FOREIGN KEY ("org_id","assessor_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outcome_measurements_outcome_idx" ON "outcome_measurements" USING btree ("org_id","outcome_id","leader_person_id");--> statement-breakpoint
CREATE INDEX "readiness_assessments_person_idx" ON "readiness_assessments" USING btree ("org_id","person_id","assessed_on");--> statement-breakpoint
-- Row-level security for the new tenant tables (decision 012).
ALTER TABLE "readiness_assessments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "readiness_assessments" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "readiness_assessments" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));--> statement-breakpoint
ALTER TABLE "outcome_measurements" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "outcome_measurements" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "outcome_measurements" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));--> statement-breakpoint
ALTER TABLE "program_roi_assumptions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "program_roi_assumptions" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "program_roi_assumptions" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));
