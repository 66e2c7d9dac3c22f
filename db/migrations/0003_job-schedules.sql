CREATE TABLE "job_schedules" (
	"key" text PRIMARY KEY NOT NULL,
	"queue" text NOT NULL,
	"organization_id" uuid,
	"user_id" uuid,
	"timezone" text NOT NULL,
	"local_hour" integer NOT NULL,
	"local_minute" integer DEFAULT 0 NOT NULL,
	"iso_weekday" integer,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"next_run_at" timestamp with time zone NOT NULL,
	"last_run_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_schedules_hour_range" CHECK ("job_schedules"."local_hour" between 0 and 23),
	CONSTRAINT "job_schedules_minute_range" CHECK ("job_schedules"."local_minute" between 0 and 59),
	CONSTRAINT "job_schedules_weekday_range" CHECK ("job_schedules"."iso_weekday" between 1 and 7)
);
--> statement-breakpoint
ALTER TABLE "job_schedules" ADD CONSTRAINT "job_schedules_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_schedules" ADD CONSTRAINT "job_schedules_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_schedules_due_idx" ON "job_schedules" USING btree ("next_run_at");--> statement-breakpoint
CREATE INDEX "job_schedules_organization_idx" ON "job_schedules" USING btree ("organization_id");