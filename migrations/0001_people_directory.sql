CREATE TABLE "approach_recommendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"need" jsonb NOT NULL,
	"recommended_approach" text NOT NULL,
	"rules" jsonb NOT NULL,
	"target_competencies" text[] NOT NULL,
	"override_approach" text,
	"override_reason" text,
	"overridden_by_user_id" uuid,
	"overridden_at" timestamp with time zone,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "competencies" (
	"org_id" uuid NOT NULL,
	"key" text NOT NULL,
	"label" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competencies_pkey" PRIMARY KEY("org_id","key")
);
--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "function" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "location" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "time_zone" text DEFAULT 'UTC' NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "languages" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "hire_date" date;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "high_potential" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "performance_rating" smallint;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "potential_rating" smallint;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "skills" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "industries" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "years_of_experience" integer;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "development_goals" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "development_competencies" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "status" text DEFAULT 'active' NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "exit_date" date;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "approach_recommendations" ADD CONSTRAINT "approach_recommendations_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approach_recommendations" ADD CONSTRAINT "approach_recommendations_person_fkey" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competencies" ADD CONSTRAINT "competencies_org_id_organizations_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "approach_recommendations_person_idx" ON "approach_recommendations" USING btree ("org_id","person_id","created_at");--> statement-breakpoint
CREATE INDEX "people_org_name_idx" ON "people" USING btree ("org_id","name");--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_status_check" CHECK ("people"."status" in ('active', 'left'));--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_left_has_exit_date_check" CHECK (("people"."status" = 'left') = ("people"."exit_date" is not null));--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_performance_rating_check" CHECK ("people"."performance_rating" between 1 and 3);--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_potential_rating_check" CHECK ("people"."potential_rating" between 1 and 3);--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_years_of_experience_check" CHECK ("people"."years_of_experience" between 0 and 80);