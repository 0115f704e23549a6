CREATE TABLE "feedback_cycle_scores" (
	"org_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"others" jsonb NOT NULL,
	CONSTRAINT "feedback_cycle_scores_pkey" PRIMARY KEY("org_id","cycle_id")
);
--> statement-breakpoint
CREATE TABLE "session_counts" (
	"org_id" uuid NOT NULL,
	"pair_id" uuid NOT NULL,
	"status" text NOT NULL,
	"total" integer NOT NULL,
	CONSTRAINT "session_counts_pkey" PRIMARY KEY("org_id","pair_id","status"),
	CONSTRAINT "session_counts_status_check" CHECK ("session_counts"."status" in ('scheduled', 'held', 'cancelled'))
);
--> statement-breakpoint
ALTER TABLE "feedback_cycle_scores" ADD CONSTRAINT "feedback_cycle_scores_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_cycle_scores" ADD CONSTRAINT "feedback_cycle_scores_cycle_fkey" FOREIGN KEY ("org_id","cycle_id") REFERENCES "public"."feedback_cycles"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_counts" ADD CONSTRAINT "session_counts_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Row-level security read once per query (decision 016). tandem_may_see(org_id) read both settings
-- for every row (about 1 µs a row); as scalar subqueries they are InitPlans, evaluated once per
-- query. Every tenant_isolation policy is recreated in this form; new tables copy the policy of
-- feedback_cycle_scores below.
DO $$
DECLARE
  target regclass;
BEGIN
  FOR target IN SELECT polrelid::regclass FROM pg_policy WHERE polname = 'tenant_isolation' LOOP
    EXECUTE format('DROP POLICY "tenant_isolation" ON %s', target);
    EXECUTE format($policy$CREATE POLICY "tenant_isolation" ON %s
      USING ((select current_setting('tandem.all_organizations', true)) = 'on' OR "org_id" = (select nullif(current_setting('tandem.org_id', true), '')::uuid))
      WITH CHECK ((select current_setting('tandem.all_organizations', true)) = 'on' OR "org_id" = (select nullif(current_setting('tandem.org_id', true), '')::uuid))$policy$,
      target);
  END LOOP;
END $$;--> statement-breakpoint
DROP FUNCTION "tandem_may_see"(uuid);--> statement-breakpoint
-- Closed cycles' scores need the instruments' scoring, which lives in TypeScript: cycles closed
-- before this migration get theirs on the first read of their program's outcomes
-- (listClosedCycleScores); cycles closed from now on get them as they close.
ALTER TABLE "feedback_cycle_scores" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "feedback_cycle_scores" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "feedback_cycle_scores"
  USING ((select current_setting('tandem.all_organizations', true)) = 'on' OR "org_id" = (select nullif(current_setting('tandem.org_id', true), '')::uuid))
  WITH CHECK ((select current_setting('tandem.all_organizations', true)) = 'on' OR "org_id" = (select nullif(current_setting('tandem.org_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "session_counts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "session_counts" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "session_counts"
  USING ((select current_setting('tandem.all_organizations', true)) = 'on' OR "org_id" = (select nullif(current_setting('tandem.org_id', true), '')::uuid))
  WITH CHECK ((select current_setting('tandem.all_organizations', true)) = 'on' OR "org_id" = (select nullif(current_setting('tandem.org_id', true), '')::uuid));--> statement-breakpoint
-- Session counts per pair and status, kept by statement triggers: one grouped change per statement,
-- however many sessions it touched. Leaving a count only lowers it, never inserts, so a count that
-- went with its organization does not come back. (A trigger with transition tables takes one event.)
CREATE FUNCTION "tandem_count_sessions"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    UPDATE session_counts c SET total = c.total - gone.n
    FROM (SELECT org_id, coalesce(engagement_id, relationship_id) AS pair_id, status, count(*)::int AS n
          FROM old_sessions GROUP BY 1, 2, 3) gone
    WHERE c.org_id = gone.org_id AND c.pair_id = gone.pair_id AND c.status = gone.status;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO session_counts AS c (org_id, pair_id, status, total)
    SELECT org_id, coalesce(engagement_id, relationship_id), status, count(*)::int
    FROM new_sessions GROUP BY 1, 2, 3
    ON CONFLICT (org_id, pair_id, status) DO UPDATE SET total = c.total + excluded.total;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "sessions_counted_on_insert" AFTER INSERT ON "sessions" REFERENCING NEW TABLE AS new_sessions
  FOR EACH STATEMENT EXECUTE FUNCTION "tandem_count_sessions"();--> statement-breakpoint
CREATE TRIGGER "sessions_counted_on_update" AFTER UPDATE ON "sessions"
  REFERENCING OLD TABLE AS old_sessions NEW TABLE AS new_sessions
  FOR EACH STATEMENT EXECUTE FUNCTION "tandem_count_sessions"();--> statement-breakpoint
CREATE TRIGGER "sessions_counted_on_delete" AFTER DELETE ON "sessions" REFERENCING OLD TABLE AS old_sessions
  FOR EACH STATEMENT EXECUTE FUNCTION "tandem_count_sessions"();--> statement-breakpoint
-- Backfill the counts of every organization (the owner is bound by the policies too), with session
-- writes held until this migration commits so none is missed between the trigger and the count.
SELECT set_config('tandem.all_organizations', 'on', true);--> statement-breakpoint
LOCK TABLE "sessions" IN SHARE MODE;--> statement-breakpoint
INSERT INTO "session_counts" ("org_id", "pair_id", "status", "total")
  SELECT "org_id", coalesce("engagement_id", "relationship_id"), "status", count(*)::int FROM "sessions" GROUP BY 1, 2, 3;--> statement-breakpoint
-- Statistics now, so the first reads plan with the counts' real size rather than an empty table's.
ANALYZE "session_counts";
