CREATE TABLE "key_positions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"title" text NOT NULL,
	"incumbent_person_id" uuid,
	"criticality" text NOT NULL,
	"incumbent_leaving_risk" text NOT NULL,
	"required_competencies" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_on" date NOT NULL,
	"archived_on" date,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "key_positions_org_id_key" UNIQUE("org_id","id"),
	CONSTRAINT "key_positions_criticality_check" CHECK ("key_positions"."criticality" in ('critical', 'high', 'medium', 'low')),
	CONSTRAINT "key_positions_leaving_risk_check" CHECK ("key_positions"."incumbent_leaving_risk" in ('high', 'medium', 'low'))
);
--> statement-breakpoint
CREATE TABLE "successors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"key_position_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"added_on" date NOT NULL,
	"removed_on" date,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "readiness_assessments" ADD COLUMN "key_position_id" uuid;--> statement-breakpoint
ALTER TABLE "key_positions" ADD CONSTRAINT "key_positions_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_positions" ADD CONSTRAINT "key_positions_incumbent_fkey" FOREIGN KEY ("org_id","incumbent_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "successors" ADD CONSTRAINT "successors_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "successors" ADD CONSTRAINT "successors_position_fkey" FOREIGN KEY ("org_id","key_position_id") REFERENCES "public"."key_positions"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "successors" ADD CONSTRAINT "successors_person_fkey" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "successors_current_key" ON "successors" USING btree ("org_id","key_position_id","person_id") WHERE "successors"."removed_on" is null;--> statement-breakpoint
CREATE INDEX "successors_person_idx" ON "successors" USING btree ("org_id","person_id");--> statement-breakpoint
ALTER TABLE "readiness_assessments" ADD CONSTRAINT "readiness_assessments_position_fkey" FOREIGN KEY ("org_id","key_position_id") REFERENCES "public"."key_positions"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Row-level security for the new tenant tables, in the form of decision 016.
ALTER TABLE "key_positions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "key_positions" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "key_positions"
  USING ((select current_setting('tandem.all_organizations', true)) = 'on' OR "org_id" = (select nullif(current_setting('tandem.org_id', true), '')::uuid))
  WITH CHECK ((select current_setting('tandem.all_organizations', true)) = 'on' OR "org_id" = (select nullif(current_setting('tandem.org_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "successors" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "successors" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "successors"
  USING ((select current_setting('tandem.all_organizations', true)) = 'on' OR "org_id" = (select nullif(current_setting('tandem.org_id', true), '')::uuid))
  WITH CHECK ((select current_setting('tandem.all_organizations', true)) = 'on' OR "org_id" = (select nullif(current_setting('tandem.org_id', true), '')::uuid));
