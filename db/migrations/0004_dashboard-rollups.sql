CREATE TABLE "sku_daily" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"day" date NOT NULL,
	"sku_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"orders_count" integer DEFAULT 0 NOT NULL,
	"units_ordered" integer DEFAULT 0 NOT NULL,
	"units_shipped" integer DEFAULT 0 NOT NULL,
	"units_shipped_first" integer DEFAULT 0 NOT NULL,
	"units_backordered" integer DEFAULT 0 NOT NULL,
	"complete_orders" integer DEFAULT 0 NOT NULL,
	"delivered_orders" integer DEFAULT 0 NOT NULL,
	"on_time_orders" integer DEFAULT 0 NOT NULL,
	"delivery_days_sum" numeric(14, 4) DEFAULT 0 NOT NULL,
	"cogs_shipped" numeric(14, 4) DEFAULT 0 NOT NULL,
	"revenue_ordered" numeric(14, 4) DEFAULT 0 NOT NULL,
	"backordered_value" numeric(14, 4) DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sku_daily_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "sku_daily_key" UNIQUE("tenant_id","day","region_id","location_id","sku_id"),
	CONSTRAINT "sku_daily_counts" CHECK ("sku_daily"."orders_count" > 0 and "sku_daily"."units_ordered" >= 0 and "sku_daily"."units_shipped" >= 0 and "sku_daily"."units_shipped_first" >= 0 and "sku_daily"."units_backordered" >= 0 and "sku_daily"."complete_orders" between 0 and "sku_daily"."orders_count" and "sku_daily"."delivered_orders" between 0 and "sku_daily"."orders_count" and "sku_daily"."on_time_orders" between 0 and "sku_daily"."delivered_orders")
);
--> statement-breakpoint
ALTER TABLE "kpi_daily" DROP CONSTRAINT "kpi_daily_sums_nonnegative";--> statement-breakpoint
ALTER TABLE "kpi_daily" ADD COLUMN "backordered_value" numeric(14, 4) DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "sku_daily" ADD CONSTRAINT "sku_daily_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sku_daily" ADD CONSTRAINT "sku_daily_sku_fk" FOREIGN KEY ("tenant_id","sku_id") REFERENCES "public"."skus"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sku_daily" ADD CONSTRAINT "sku_daily_region_fk" FOREIGN KEY ("tenant_id","region_id") REFERENCES "public"."regions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sku_daily" ADD CONSTRAINT "sku_daily_location_fk" FOREIGN KEY ("tenant_id","location_id") REFERENCES "public"."locations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sku_daily_sku_day_idx" ON "sku_daily" USING btree ("tenant_id","sku_id","day");--> statement-breakpoint
CREATE INDEX "sku_daily_region_day_idx" ON "sku_daily" USING btree ("tenant_id","region_id","day");--> statement-breakpoint
CREATE INDEX "sku_daily_location_day_idx" ON "sku_daily" USING btree ("tenant_id","location_id","day");--> statement-breakpoint
ALTER TABLE "kpi_daily" ADD CONSTRAINT "kpi_daily_sums_nonnegative" CHECK ("kpi_daily"."delivery_days_sum" >= 0 and "kpi_daily"."shipping_cost_sum" >= 0 and "kpi_daily"."cogs_shipped" >= 0 and "kpi_daily"."revenue_ordered" >= 0 and "kpi_daily"."backordered_value" >= 0);