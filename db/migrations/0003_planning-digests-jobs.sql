ALTER TYPE "public"."digest_cadence" ADD VALUE 'off';--> statement-breakpoint
ALTER TYPE "public"."digest_delivery_status" ADD VALUE 'sending';--> statement-breakpoint
ALTER TYPE "public"."digest_delivery_status" ADD VALUE 'bounced';--> statement-breakpoint
ALTER TYPE "public"."digest_delivery_status" ADD VALUE 'skipped';--> statement-breakpoint
ALTER TYPE "public"."digest_delivery_status" ADD VALUE 'unconfirmed';--> statement-breakpoint
CREATE TABLE "planning_settings" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"settings" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "planning_settings_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "planning_settings_tenant_key" UNIQUE("tenant_id")
);
--> statement-breakpoint
CREATE TABLE "sku_forecasts" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"sku_id" uuid NOT NULL,
	"method" text NOT NULL,
	"pattern" text NOT NULL,
	"abc_class" "abc_class" NOT NULL,
	"xyz_class" "xyz_class" NOT NULL,
	"cv" double precision,
	"adi" double precision,
	"mase" double precision,
	"wape" double precision,
	"bias" double precision,
	"candidates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"history_start_week" date NOT NULL,
	"history" double precision[] NOT NULL,
	"first_week" date NOT NULL,
	"weekly_values" double precision[] NOT NULL,
	"weekly_lower" double precision[] NOT NULL,
	"weekly_upper" double precision[] NOT NULL,
	"sigma" double precision,
	"history_units" double precision NOT NULL,
	"forecast_units" double precision NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sku_forecasts_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "sku_forecasts_run_sku_key" UNIQUE("tenant_id","run_id","sku_id")
);
--> statement-breakpoint
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
DROP INDEX "digest_subscriptions_active_idx";--> statement-breakpoint
ALTER TABLE "skus" ADD COLUMN "stocking_policy" jsonb;--> statement-breakpoint
ALTER TABLE "forecasts" ADD COLUMN "share" double precision;--> statement-breakpoint
ALTER TABLE "forecasts" ADD COLUMN "history_units" double precision;--> statement-breakpoint
ALTER TABLE "forecasts" ADD COLUMN "forecast_units" double precision;--> statement-breakpoint
ALTER TABLE "planning_runs" ADD COLUMN "trigger" text DEFAULT 'manual' NOT NULL;--> statement-breakpoint
ALTER TABLE "planning_runs" ADD COLUMN "phase" text DEFAULT 'queued' NOT NULL;--> statement-breakpoint
ALTER TABLE "planning_runs" ADD COLUMN "progress_percent" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "planning_runs" ADD COLUMN "outcome" text;--> statement-breakpoint
ALTER TABLE "planning_runs" ADD COLUMN "message" text;--> statement-breakpoint
ALTER TABLE "planning_runs" ADD COLUMN "as_of_week" date;--> statement-breakpoint
ALTER TABLE "planning_runs" ADD COLUMN "horizon_weeks" integer;--> statement-breakpoint
ALTER TABLE "planning_runs" ADD COLUMN "summary" jsonb;--> statement-breakpoint
ALTER TABLE "recommendations" ADD COLUMN "supplier_id" uuid;--> statement-breakpoint
ALTER TABLE "recommendations" ADD COLUMN "facts" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "recommendations" ADD COLUMN "score" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "recommendations" ADD COLUMN "snoozed_until" date;--> statement-breakpoint
ALTER TABLE "recommendations" ADD COLUMN "accepted_qty" integer;--> statement-breakpoint
ALTER TABLE "digest_deliveries" ADD COLUMN "period_end" date;--> statement-breakpoint
ALTER TABLE "digest_deliveries" ADD COLUMN "lease_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "digest_deliveries" ADD COLUMN "claim_token" uuid;--> statement-breakpoint
ALTER TABLE "digest_deliveries" ADD COLUMN "next_attempt_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "digest_deliveries" ADD COLUMN "message_id" text;--> statement-breakpoint
ALTER TABLE "digest_deliveries" ADD COLUMN "via" text;--> statement-breakpoint
ALTER TABLE "digest_subscriptions" ADD COLUMN "weekday" smallint DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "digest_subscriptions" ADD COLUMN "hour" smallint DEFAULT 8 NOT NULL;--> statement-breakpoint
ALTER TABLE "digest_subscriptions" ADD COLUMN "timezone" text NOT NULL;--> statement-breakpoint
ALTER TABLE "digest_subscriptions" ADD COLUMN "when_empty" text DEFAULT 'note' NOT NULL;--> statement-breakpoint
ALTER TABLE "digest_subscriptions" ADD COLUMN "schedule_from" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "digest_subscriptions" ADD COLUMN "paused_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "digest_subscriptions" ADD COLUMN "pause_reason" text;--> statement-breakpoint
ALTER TABLE "digest_subscriptions" ADD COLUMN "token_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "planning_settings" ADD CONSTRAINT "planning_settings_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_settings" ADD CONSTRAINT "planning_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sku_forecasts" ADD CONSTRAINT "sku_forecasts_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sku_forecasts" ADD CONSTRAINT "sku_forecasts_run_fk" FOREIGN KEY ("tenant_id","run_id") REFERENCES "public"."planning_runs"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sku_forecasts" ADD CONSTRAINT "sku_forecasts_sku_fk" FOREIGN KEY ("tenant_id","sku_id") REFERENCES "public"."skus"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_schedules" ADD CONSTRAINT "job_schedules_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_schedules" ADD CONSTRAINT "job_schedules_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_schedules_due_idx" ON "job_schedules" USING btree ("next_run_at");--> statement-breakpoint
CREATE INDEX "job_schedules_organization_idx" ON "job_schedules" USING btree ("organization_id");--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_supplier_fk" FOREIGN KEY ("tenant_id","supplier_id") REFERENCES "public"."suppliers"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "digest_deliveries_user_idx" ON "digest_deliveries" USING btree ("tenant_id","user_id","period_start");--> statement-breakpoint
CREATE INDEX "digest_subscriptions_cadence_idx" ON "digest_subscriptions" USING btree ("tenant_id","cadence");--> statement-breakpoint
ALTER TABLE "digest_subscriptions" DROP COLUMN "active";--> statement-breakpoint
ALTER TABLE "digest_subscriptions" DROP COLUMN "unsubscribe_token_hash";--> statement-breakpoint
ALTER TABLE "planning_runs" ADD CONSTRAINT "planning_runs_percent_range" CHECK ("planning_runs"."progress_percent" between 0 and 100);--> statement-breakpoint
ALTER TABLE "digest_deliveries" ADD CONSTRAINT "digest_deliveries_period_order" CHECK ("digest_deliveries"."period_end" >= "digest_deliveries"."period_start");--> statement-breakpoint
ALTER TABLE "digest_subscriptions" ADD CONSTRAINT "digest_subscriptions_kind" CHECK ("digest_subscriptions"."kind" in ('kpi', 'portfolio'));--> statement-breakpoint
ALTER TABLE "digest_subscriptions" ADD CONSTRAINT "digest_subscriptions_weekday_range" CHECK ("digest_subscriptions"."weekday" between 1 and 7);--> statement-breakpoint
ALTER TABLE "digest_subscriptions" ADD CONSTRAINT "digest_subscriptions_hour_range" CHECK ("digest_subscriptions"."hour" between 0 and 23);--> statement-breakpoint
ALTER TABLE "digest_subscriptions" ADD CONSTRAINT "digest_subscriptions_when_empty" CHECK ("digest_subscriptions"."when_empty" in ('note', 'skip'));