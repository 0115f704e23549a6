-- Row-level security: the second wall behind the org_id filter of every query. Each transaction
-- sets tandem.org_id (its organization; empty for none) and tandem.all_organizations ('on' only for
-- work outside requests: jobs, start-up, sign-in lookups) with SET LOCAL; see
-- src/server/db/tenant-scope.ts. FORCE makes the policies apply to the tables' owner too;
-- superusers and roles with BYPASSRLS (PGlite's only user among them) are not bound by them.
CREATE FUNCTION "tandem_may_see"("row_org_id" uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT current_setting('tandem.all_organizations', true) = 'on'
      OR "row_org_id" = nullif(current_setting('tandem.org_id', true), '')::uuid
$$;--> statement-breakpoint
ALTER TABLE "organizations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "organizations" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "organizations" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));--> statement-breakpoint
ALTER TABLE "approach_recommendations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "approach_recommendations" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "approach_recommendations" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));--> statement-breakpoint
ALTER TABLE "audit_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "audit_events" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "audit_events" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));--> statement-breakpoint
ALTER TABLE "calendar_feeds" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "calendar_feeds" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "calendar_feeds" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));--> statement-breakpoint
ALTER TABLE "coaching_engagements" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "coaching_engagements" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "coaching_engagements" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));--> statement-breakpoint
ALTER TABLE "coaching_goal_confirmations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "coaching_goal_confirmations" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "coaching_goal_confirmations" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));--> statement-breakpoint
ALTER TABLE "coaching_goals" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "coaching_goals" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "coaching_goals" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));--> statement-breakpoint
ALTER TABLE "coaching_progress_checks" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "coaching_progress_checks" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "coaching_progress_checks" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));--> statement-breakpoint
ALTER TABLE "competencies" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "competencies" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "competencies" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));--> statement-breakpoint
ALTER TABLE "email_outbox" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "email_outbox" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "email_outbox" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));--> statement-breakpoint
ALTER TABLE "login_sessions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "login_sessions" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "login_sessions" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));--> statement-breakpoint
ALTER TABLE "match_requests" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "match_requests" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "match_requests" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));--> statement-breakpoint
ALTER TABLE "matching_proposals" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "matching_proposals" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "matching_proposals" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));--> statement-breakpoint
ALTER TABLE "matching_runs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "matching_runs" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "matching_runs" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));--> statement-breakpoint
ALTER TABLE "mentoring_relationships" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "mentoring_relationships" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "mentoring_relationships" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));--> statement-breakpoint
ALTER TABLE "notifications" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "notifications" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "notifications" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));--> statement-breakpoint
ALTER TABLE "people" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "people" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "people" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));--> statement-breakpoint
ALTER TABLE "program_enrollments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "program_enrollments" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "program_enrollments" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));--> statement-breakpoint
ALTER TABLE "program_outcomes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "program_outcomes" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "program_outcomes" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));--> statement-breakpoint
ALTER TABLE "programs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "programs" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "programs" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));--> statement-breakpoint
ALTER TABLE "session_action_items" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "session_action_items" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "session_action_items" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));--> statement-breakpoint
ALTER TABLE "session_notes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "session_notes" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "session_notes" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));--> statement-breakpoint
ALTER TABLE "sessions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "sessions" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "sessions" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));--> statement-breakpoint
ALTER TABLE "users" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "users" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "users" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));--> statement-breakpoint
ALTER TABLE "weekly_goals" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "weekly_goals" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "weekly_goals" USING ("tandem_may_see"("org_id")) WITH CHECK ("tandem_may_see"("org_id"));
