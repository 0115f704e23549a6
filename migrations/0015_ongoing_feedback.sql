CREATE TABLE "feedback_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"requester_person_id" uuid NOT NULL,
	"asked_person_id" uuid NOT NULL,
	"competency_key" text NOT NULL,
	"question" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	CONSTRAINT "feedback_requests_org_id_key" UNIQUE("org_id","id"),
	CONSTRAINT "feedback_requests_status_check" CHECK ("feedback_requests"."status" in ('open', 'answered', 'declined')),
	CONSTRAINT "feedback_requests_not_self_check" CHECK ("feedback_requests"."requester_person_id" <> "feedback_requests"."asked_person_id")
);
--> statement-breakpoint
CREATE TABLE "kudos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"giver_person_id" uuid NOT NULL,
	"recipient_person_id" uuid NOT NULL,
	"message" text NOT NULL,
	"competency_key" text,
	"is_visible_to_team" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "kudos_not_self_check" CHECK ("kudos"."giver_person_id" <> "kudos"."recipient_person_id")
);
--> statement-breakpoint
CREATE TABLE "ongoing_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"giver_person_id" uuid NOT NULL,
	"about_person_id" uuid NOT NULL,
	"competency_key" text NOT NULL,
	"text" text NOT NULL,
	"request_id" uuid,
	"shared_with_guides_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ongoing_feedback_request_key" UNIQUE("org_id","request_id"),
	CONSTRAINT "ongoing_feedback_not_self_check" CHECK ("ongoing_feedback"."giver_person_id" <> "ongoing_feedback"."about_person_id")
);
--> statement-breakpoint
CREATE TABLE "session_feedback_prompts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"asked_by_person_id" uuid NOT NULL,
	"participant_person_id" uuid NOT NULL,
	"asked_at" timestamp with time zone NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone,
	CONSTRAINT "session_feedback_prompts_session_key" UNIQUE("org_id","session_id")
);
--> statement-breakpoint
ALTER TABLE "feedback_requests" ADD CONSTRAINT "feedback_requests_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_requests" ADD CONSTRAINT "feedback_requests_requester_fkey" FOREIGN KEY ("org_id","requester_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_requests" ADD CONSTRAINT "feedback_requests_asked_fkey" FOREIGN KEY ("org_id","asked_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kudos" ADD CONSTRAINT "kudos_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kudos" ADD CONSTRAINT "kudos_giver_fkey" FOREIGN KEY ("org_id","giver_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kudos" ADD CONSTRAINT "kudos_recipient_fkey" FOREIGN KEY ("org_id","recipient_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ongoing_feedback" ADD CONSTRAINT "ongoing_feedback_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ongoing_feedback" ADD CONSTRAINT "ongoing_feedback_giver_fkey" FOREIGN KEY ("org_id","giver_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ongoing_feedback" ADD CONSTRAINT "ongoing_feedback_about_fkey" FOREIGN KEY ("org_id","about_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ongoing_feedback" ADD CONSTRAINT "ongoing_feedback_request_fkey" FOREIGN KEY ("org_id","request_id") REFERENCES "public"."feedback_requests"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_feedback_prompts" ADD CONSTRAINT "session_feedback_prompts_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_feedback_prompts" ADD CONSTRAINT "session_feedback_prompts_session_fkey" FOREIGN KEY ("org_id","session_id") REFERENCES "public"."sessions"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_feedback_prompts" ADD CONSTRAINT "session_feedback_prompts_asked_by_fkey" FOREIGN KEY ("org_id","asked_by_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_feedback_prompts" ADD CONSTRAINT "session_feedback_prompts_participant_fkey" FOREIGN KEY ("org_id","participant_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_requests_asked_idx" ON "feedback_requests" USING btree ("org_id","asked_person_id","created_at");--> statement-breakpoint
CREATE INDEX "feedback_requests_requester_idx" ON "feedback_requests" USING btree ("org_id","requester_person_id","created_at");--> statement-breakpoint
CREATE INDEX "kudos_recipient_idx" ON "kudos" USING btree ("org_id","recipient_person_id","created_at");--> statement-breakpoint
CREATE INDEX "kudos_giver_idx" ON "kudos" USING btree ("org_id","giver_person_id","created_at");--> statement-breakpoint
CREATE INDEX "ongoing_feedback_about_idx" ON "ongoing_feedback" USING btree ("org_id","about_person_id","created_at");--> statement-breakpoint
CREATE INDEX "ongoing_feedback_giver_idx" ON "ongoing_feedback" USING btree ("org_id","giver_person_id","created_at");--> statement-breakpoint
CREATE INDEX "session_feedback_prompts_participant_idx" ON "session_feedback_prompts" USING btree ("org_id","participant_person_id");--> statement-breakpoint
-- Row-level security for the new tenant tables, in the form of decision 016.
ALTER TABLE "feedback_requests" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "feedback_requests" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "feedback_requests"
  USING ((select current_setting('tandem.all_organizations', true)) = 'on' OR "org_id" = (select nullif(current_setting('tandem.org_id', true), '')::uuid))
  WITH CHECK ((select current_setting('tandem.all_organizations', true)) = 'on' OR "org_id" = (select nullif(current_setting('tandem.org_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "ongoing_feedback" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "ongoing_feedback" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "ongoing_feedback"
  USING ((select current_setting('tandem.all_organizations', true)) = 'on' OR "org_id" = (select nullif(current_setting('tandem.org_id', true), '')::uuid))
  WITH CHECK ((select current_setting('tandem.all_organizations', true)) = 'on' OR "org_id" = (select nullif(current_setting('tandem.org_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "kudos" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "kudos" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "kudos"
  USING ((select current_setting('tandem.all_organizations', true)) = 'on' OR "org_id" = (select nullif(current_setting('tandem.org_id', true), '')::uuid))
  WITH CHECK ((select current_setting('tandem.all_organizations', true)) = 'on' OR "org_id" = (select nullif(current_setting('tandem.org_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "session_feedback_prompts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "session_feedback_prompts" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "session_feedback_prompts"
  USING ((select current_setting('tandem.all_organizations', true)) = 'on' OR "org_id" = (select nullif(current_setting('tandem.org_id', true), '')::uuid))
  WITH CHECK ((select current_setting('tandem.all_organizations', true)) = 'on' OR "org_id" = (select nullif(current_setting('tandem.org_id', true), '')::uuid));
