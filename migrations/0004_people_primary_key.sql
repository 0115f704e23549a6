-- people: primary key (org_id, id) instead of (id) plus a unique key on (org_id, id): one index fewer
-- to keep up on every insert. The foreign keys that point at people(org_id, id) depend on the old
-- unique key, so they are dropped first and added again, unchanged, against the new primary key.
ALTER TABLE "people" DROP CONSTRAINT "people_manager_fkey";
--> statement-breakpoint
ALTER TABLE "users" DROP CONSTRAINT "users_person_fkey";
--> statement-breakpoint
ALTER TABLE "approach_recommendations" DROP CONSTRAINT "approach_recommendations_person_fkey";
--> statement-breakpoint
ALTER TABLE "program_enrollments" DROP CONSTRAINT "program_enrollments_person_fkey";
--> statement-breakpoint
ALTER TABLE "programs" DROP CONSTRAINT "programs_sponsor_fkey";
--> statement-breakpoint
ALTER TABLE "coaching_engagements" DROP CONSTRAINT "coaching_engagements_coach_fkey";
--> statement-breakpoint
ALTER TABLE "coaching_engagements" DROP CONSTRAINT "coaching_engagements_leader_fkey";
--> statement-breakpoint
ALTER TABLE "match_requests" DROP CONSTRAINT "match_requests_mentee_fkey";
--> statement-breakpoint
ALTER TABLE "match_requests" DROP CONSTRAINT "match_requests_mentor_fkey";
--> statement-breakpoint
ALTER TABLE "matching_proposals" DROP CONSTRAINT "matching_proposals_participant_fkey";
--> statement-breakpoint
ALTER TABLE "matching_proposals" DROP CONSTRAINT "matching_proposals_partner_fkey";
--> statement-breakpoint
ALTER TABLE "mentoring_relationships" DROP CONSTRAINT "mentoring_relationships_mentor_fkey";
--> statement-breakpoint
ALTER TABLE "mentoring_relationships" DROP CONSTRAINT "mentoring_relationships_mentee_fkey";
--> statement-breakpoint
ALTER TABLE "people" DROP CONSTRAINT "people_org_id_key";
--> statement-breakpoint
ALTER TABLE "people" DROP CONSTRAINT "people_pkey";
--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_pkey" PRIMARY KEY("org_id","id");
--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_manager_fkey" FOREIGN KEY ("org_id","manager_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_person_fkey" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "approach_recommendations" ADD CONSTRAINT "approach_recommendations_person_fkey" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "program_enrollments" ADD CONSTRAINT "program_enrollments_person_fkey" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_sponsor_fkey" FOREIGN KEY ("org_id","sponsor_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "coaching_engagements" ADD CONSTRAINT "coaching_engagements_coach_fkey" FOREIGN KEY ("org_id","coach_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "coaching_engagements" ADD CONSTRAINT "coaching_engagements_leader_fkey" FOREIGN KEY ("org_id","leader_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "match_requests" ADD CONSTRAINT "match_requests_mentee_fkey" FOREIGN KEY ("org_id","mentee_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "match_requests" ADD CONSTRAINT "match_requests_mentor_fkey" FOREIGN KEY ("org_id","mentor_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "matching_proposals" ADD CONSTRAINT "matching_proposals_participant_fkey" FOREIGN KEY ("org_id","participant_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "matching_proposals" ADD CONSTRAINT "matching_proposals_partner_fkey" FOREIGN KEY ("org_id","partner_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "mentoring_relationships" ADD CONSTRAINT "mentoring_relationships_mentor_fkey" FOREIGN KEY ("org_id","mentor_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "mentoring_relationships" ADD CONSTRAINT "mentoring_relationships_mentee_fkey" FOREIGN KEY ("org_id","mentee_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;
