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
ALTER TABLE "planning_settings" ADD CONSTRAINT "planning_settings_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_settings" ADD CONSTRAINT "planning_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sku_forecasts" ADD CONSTRAINT "sku_forecasts_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sku_forecasts" ADD CONSTRAINT "sku_forecasts_run_fk" FOREIGN KEY ("tenant_id","run_id") REFERENCES "public"."planning_runs"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sku_forecasts" ADD CONSTRAINT "sku_forecasts_sku_fk" FOREIGN KEY ("tenant_id","sku_id") REFERENCES "public"."skus"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_supplier_fk" FOREIGN KEY ("tenant_id","supplier_id") REFERENCES "public"."suppliers"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_runs" ADD CONSTRAINT "planning_runs_percent_range" CHECK ("planning_runs"."progress_percent" between 0 and 100);