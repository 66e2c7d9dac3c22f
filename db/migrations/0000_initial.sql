CREATE TYPE "public"."grant_role" AS ENUM('planner', 'viewer');--> statement-breakpoint
CREATE TYPE "public"."member_role" AS ENUM('owner', 'admin', 'planner', 'viewer', 'account_manager');--> statement-breakpoint
CREATE TYPE "public"."organization_kind" AS ENUM('importer', 'provider');--> statement-breakpoint
CREATE TYPE "public"."lane_mode" AS ENUM('parcel', 'ltl', 'ftl', 'courier', 'ocean', 'air', 'rail');--> statement-breakpoint
CREATE TYPE "public"."location_kind" AS ENUM('warehouse', 'dc', '3pl', 'store', 'port', 'bonded', 'ftz');--> statement-breakpoint
CREATE TYPE "public"."purchase_order_status" AS ENUM('draft', 'ordered', 'in_transit', 'received', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."stock_movement_kind" AS ENUM('receipt', 'shipment', 'adjustment', 'transfer_out', 'transfer_in', 'count');--> statement-breakpoint
CREATE TYPE "public"."transfer_status" AS ENUM('draft', 'approved', 'in_transit', 'received', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."order_status" AS ENUM('open', 'shipped', 'delivered', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."abc_class" AS ENUM('A', 'B', 'C');--> statement-breakpoint
CREATE TYPE "public"."planning_run_status" AS ENUM('queued', 'running', 'succeeded', 'failed');--> statement-breakpoint
CREATE TYPE "public"."recommendation_kind" AS ENUM('replenish', 'transfer', 'centralize', 'decentralize', 'inbound_split');--> statement-breakpoint
CREATE TYPE "public"."recommendation_status" AS ENUM('open', 'accepted', 'dismissed', 'superseded');--> statement-breakpoint
CREATE TYPE "public"."xyz_class" AS ENUM('X', 'Y', 'Z');--> statement-breakpoint
CREATE TYPE "public"."digest_cadence" AS ENUM('daily', 'weekly');--> statement-breakpoint
CREATE TYPE "public"."digest_delivery_status" AS ENUM('claimed', 'sent', 'failed');--> statement-breakpoint
CREATE TYPE "public"."import_status" AS ENUM('previewed', 'committed', 'failed');--> statement-breakpoint
CREATE TABLE "accounts" (
	"user_id" uuid NOT NULL,
	"type" text NOT NULL,
	"provider" text NOT NULL,
	"provider_account_id" text NOT NULL,
	"refresh_token" text,
	"access_token" text,
	"expires_at" integer,
	"token_type" text,
	"scope" text,
	"id_token" text,
	"session_state" text,
	CONSTRAINT "accounts_provider_provider_account_id_pk" PRIMARY KEY("provider","provider_account_id")
);
--> statement-breakpoint
CREATE TABLE "login_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"window_started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"blocked_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "outbox_messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"to" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"html" text,
	"sent" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"session_token" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"expires" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"name" text,
	"image" text,
	"password_hash" text,
	"email_verified" timestamp with time zone,
	"session_version" integer DEFAULT 1 NOT NULL,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verification_tokens" (
	"identifier" text NOT NULL,
	"token" text NOT NULL,
	"expires" timestamp with time zone NOT NULL,
	CONSTRAINT "verification_tokens_identifier_token_pk" PRIMARY KEY("identifier","token")
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"email" text NOT NULL,
	"role" "member_role" NOT NULL,
	"invited_by" uuid,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" "member_role" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kind" "organization_kind" DEFAULT 'importer' NOT NULL,
	"currency" text DEFAULT 'USD' NOT NULL,
	"timezone" text DEFAULT 'America/Chicago' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organizations_slug_format" CHECK ("organizations"."slug" ~ '^[a-z0-9][a-z0-9-]{1,46}[a-z0-9]$'),
	CONSTRAINT "organizations_currency_format" CHECK ("organizations"."currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "provider_grants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"importer_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"role" "grant_role" NOT NULL,
	"granted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "provider_grants_not_self" CHECK ("provider_grants"."importer_id" <> "provider_grants"."provider_id")
);
--> statement-breakpoint
CREATE TABLE "lanes" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"mode" "lane_mode" DEFAULT 'parcel' NOT NULL,
	"transit_days" numeric(6, 2) NOT NULL,
	"transit_days_sd" numeric(6, 2) DEFAULT 0 NOT NULL,
	"cost_per_unit" numeric(14, 4) DEFAULT 0 NOT NULL,
	"cost_per_kg" numeric(14, 4) DEFAULT 0 NOT NULL,
	"notes" text,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lanes_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "lanes_location_region_mode_key" UNIQUE("tenant_id","location_id","region_id","mode"),
	CONSTRAINT "lanes_transit_days_nonnegative" CHECK ("lanes"."transit_days" >= 0 and "lanes"."transit_days_sd" >= 0),
	CONSTRAINT "lanes_costs_nonnegative" CHECK ("lanes"."cost_per_unit" >= 0 and "lanes"."cost_per_kg" >= 0)
);
--> statement-breakpoint
CREATE TABLE "locations" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" "location_kind" DEFAULT 'warehouse' NOT NULL,
	"country" text NOT NULL,
	"city" text,
	"postal_code" text,
	"lat" numeric(9, 6),
	"lng" numeric(9, 6),
	"capacity_units" integer,
	"holding_rate" numeric(9, 6) DEFAULT 0.25 NOT NULL,
	"fixed_cost_month" numeric(14, 4) DEFAULT 0 NOT NULL,
	"handling_cost_unit" numeric(14, 4) DEFAULT 0 NOT NULL,
	"is_central" boolean DEFAULT false NOT NULL,
	"operated_by" uuid,
	"notes" text,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "locations_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "locations_code_key" UNIQUE("tenant_id","code"),
	CONSTRAINT "locations_country_format" CHECK ("locations"."country" ~ '^[A-Z]{2}$'),
	CONSTRAINT "locations_lat_range" CHECK ("locations"."lat" between -90 and 90),
	CONSTRAINT "locations_lng_range" CHECK ("locations"."lng" between -180 and 180),
	CONSTRAINT "locations_capacity_positive" CHECK ("locations"."capacity_units" > 0),
	CONSTRAINT "locations_holding_rate_range" CHECK ("locations"."holding_rate" between 0 and 1),
	CONSTRAINT "locations_costs_nonnegative" CHECK ("locations"."fixed_cost_month" >= 0 and "locations"."handling_cost_unit" >= 0)
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"country" text NOT NULL,
	"centroid_lat" numeric(9, 6),
	"centroid_lng" numeric(9, 6),
	"postal_prefixes" text[] DEFAULT '{}'::text[] NOT NULL,
	"notes" text,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "regions_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "regions_code_key" UNIQUE("tenant_id","code"),
	CONSTRAINT "regions_country_format" CHECK ("regions"."country" ~ '^[A-Z]{2}$'),
	CONSTRAINT "regions_centroid_lat_range" CHECK ("regions"."centroid_lat" between -90 and 90),
	CONSTRAINT "regions_centroid_lng_range" CHECK ("regions"."centroid_lng" between -180 and 180)
);
--> statement-breakpoint
CREATE TABLE "slas" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"effective_from" date NOT NULL,
	"target_delivery_days" numeric(6, 2) NOT NULL,
	"target_fill_rate" numeric(9, 6) DEFAULT 0.95 NOT NULL,
	"target_cycle_service_level" numeric(9, 6) DEFAULT 0.95 NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "slas_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "slas_region_effective_key" UNIQUE("tenant_id","region_id","effective_from"),
	CONSTRAINT "slas_delivery_days_positive" CHECK ("slas"."target_delivery_days" > 0),
	CONSTRAINT "slas_fill_rate_range" CHECK ("slas"."target_fill_rate" between 0 and 1),
	CONSTRAINT "slas_csl_range" CHECK ("slas"."target_cycle_service_level" > 0 and "slas"."target_cycle_service_level" < 1)
);
--> statement-breakpoint
CREATE TABLE "transfer_lanes" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"from_location_id" uuid NOT NULL,
	"to_location_id" uuid NOT NULL,
	"transit_days" numeric(6, 2) NOT NULL,
	"cost_per_unit" numeric(14, 4) DEFAULT 0 NOT NULL,
	"customs_days" numeric(6, 2) DEFAULT 0 NOT NULL,
	"notes" text,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "transfer_lanes_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "transfer_lanes_from_to_key" UNIQUE("tenant_id","from_location_id","to_location_id"),
	CONSTRAINT "transfer_lanes_distinct" CHECK ("transfer_lanes"."from_location_id" <> "transfer_lanes"."to_location_id"),
	CONSTRAINT "transfer_lanes_days_nonnegative" CHECK ("transfer_lanes"."transit_days" >= 0 and "transfer_lanes"."customs_days" >= 0),
	CONSTRAINT "transfer_lanes_cost_nonnegative" CHECK ("transfer_lanes"."cost_per_unit" >= 0)
);
--> statement-breakpoint
CREATE TABLE "skus" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"category" text,
	"unit_cost" numeric(14, 4) NOT NULL,
	"unit_price" numeric(14, 4) DEFAULT 0 NOT NULL,
	"weight_kg" numeric(12, 4),
	"volume_m3" numeric(12, 6),
	"case_pack" integer DEFAULT 1 NOT NULL,
	"moq" integer DEFAULT 0 NOT NULL,
	"supplier_id" uuid,
	"lead_time_days_override" numeric(6, 2),
	"hs_code" text,
	"notes" text,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skus_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "skus_code_key" UNIQUE("tenant_id","code"),
	CONSTRAINT "skus_prices_nonnegative" CHECK ("skus"."unit_cost" >= 0 and "skus"."unit_price" >= 0),
	CONSTRAINT "skus_dimensions_nonnegative" CHECK ("skus"."weight_kg" >= 0 and "skus"."volume_m3" >= 0),
	CONSTRAINT "skus_case_pack_positive" CHECK ("skus"."case_pack" > 0),
	CONSTRAINT "skus_moq_nonnegative" CHECK ("skus"."moq" >= 0),
	CONSTRAINT "skus_lead_time_nonnegative" CHECK ("skus"."lead_time_days_override" >= 0)
);
--> statement-breakpoint
CREATE TABLE "suppliers" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"country" text NOT NULL,
	"lead_time_days" numeric(6, 2) NOT NULL,
	"lead_time_sd_days" numeric(6, 2) DEFAULT 0 NOT NULL,
	"email" text,
	"notes" text,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "suppliers_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "suppliers_code_key" UNIQUE("tenant_id","code"),
	CONSTRAINT "suppliers_country_format" CHECK ("suppliers"."country" ~ '^[A-Z]{2}$'),
	CONSTRAINT "suppliers_lead_time_nonnegative" CHECK ("suppliers"."lead_time_days" >= 0 and "suppliers"."lead_time_sd_days" >= 0)
);
--> statement-breakpoint
CREATE TABLE "inbound_allocations" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"purchase_order_id" uuid NOT NULL,
	"sku_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"qty" integer NOT NULL,
	"recommendation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inbound_allocations_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "inbound_allocations_po_sku_location_key" UNIQUE("tenant_id","purchase_order_id","sku_id","location_id"),
	CONSTRAINT "inbound_allocations_qty_positive" CHECK ("inbound_allocations"."qty" > 0)
);
--> statement-breakpoint
CREATE TABLE "purchase_order_lines" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"purchase_order_id" uuid NOT NULL,
	"sku_id" uuid NOT NULL,
	"qty" integer NOT NULL,
	"qty_received" integer DEFAULT 0 NOT NULL,
	"unit_cost" numeric(14, 4) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "purchase_order_lines_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "purchase_order_lines_po_sku_key" UNIQUE("tenant_id","purchase_order_id","sku_id"),
	CONSTRAINT "purchase_order_lines_qty_positive" CHECK ("purchase_order_lines"."qty" > 0),
	CONSTRAINT "purchase_order_lines_received_nonnegative" CHECK ("purchase_order_lines"."qty_received" >= 0),
	CONSTRAINT "purchase_order_lines_cost_nonnegative" CHECK ("purchase_order_lines"."unit_cost" >= 0)
);
--> statement-breakpoint
CREATE TABLE "purchase_orders" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"number" text NOT NULL,
	"supplier_id" uuid NOT NULL,
	"arrival_location_id" uuid NOT NULL,
	"status" "purchase_order_status" DEFAULT 'draft' NOT NULL,
	"ordered_at" timestamp with time zone,
	"eta" timestamp with time zone,
	"received_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"idempotency_key" text,
	"recommendation_id" uuid,
	"created_by" uuid,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "purchase_orders_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "purchase_orders_number_key" UNIQUE("tenant_id","number"),
	CONSTRAINT "purchase_orders_idempotency_key" UNIQUE("tenant_id","idempotency_key"),
	CONSTRAINT "purchase_orders_ordered_dated" CHECK ("purchase_orders"."status" = 'draft' or "purchase_orders"."status" = 'cancelled' or "purchase_orders"."ordered_at" is not null),
	CONSTRAINT "purchase_orders_received_dated" CHECK ("purchase_orders"."status" <> 'received' or "purchase_orders"."received_at" is not null),
	CONSTRAINT "purchase_orders_cancelled_dated" CHECK ("purchase_orders"."status" <> 'cancelled' or "purchase_orders"."cancelled_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "stock_levels" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"sku_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"on_hand" integer DEFAULT 0 NOT NULL,
	"reserved" integer DEFAULT 0 NOT NULL,
	"inbound" integer DEFAULT 0 NOT NULL,
	"on_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stock_levels_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "stock_levels_sku_location_key" UNIQUE("tenant_id","sku_id","location_id"),
	CONSTRAINT "stock_levels_quantities" CHECK ("stock_levels"."on_hand" >= 0 and "stock_levels"."reserved" between 0 and "stock_levels"."on_hand" and "stock_levels"."inbound" >= 0 and "stock_levels"."on_order" >= 0)
);
--> statement-breakpoint
CREATE TABLE "stock_movements" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"sku_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"qty" integer NOT NULL,
	"kind" "stock_movement_kind" NOT NULL,
	"reason" text,
	"reference" text,
	"transfer_id" uuid,
	"purchase_order_id" uuid,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"idempotency_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stock_movements_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "stock_movements_idempotency_key" UNIQUE("tenant_id","idempotency_key"),
	CONSTRAINT "stock_movements_qty_sign" CHECK ("stock_movements"."qty" <> 0 and ("stock_movements"."kind" in ('adjustment', 'count') or ("stock_movements"."kind" in ('receipt', 'transfer_in') and "stock_movements"."qty" > 0) or ("stock_movements"."kind" in ('shipment', 'transfer_out') and "stock_movements"."qty" < 0))),
	CONSTRAINT "stock_movements_transfer_linked" CHECK ("stock_movements"."kind" not in ('transfer_out', 'transfer_in') or "stock_movements"."transfer_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "transfer_lines" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"transfer_id" uuid NOT NULL,
	"sku_id" uuid NOT NULL,
	"qty" integer NOT NULL,
	"qty_shipped" integer DEFAULT 0 NOT NULL,
	"qty_received" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "transfer_lines_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "transfer_lines_transfer_sku_key" UNIQUE("tenant_id","transfer_id","sku_id"),
	CONSTRAINT "transfer_lines_qty_positive" CHECK ("transfer_lines"."qty" > 0),
	CONSTRAINT "transfer_lines_shipped_range" CHECK ("transfer_lines"."qty_shipped" between 0 and "transfer_lines"."qty"),
	CONSTRAINT "transfer_lines_received_range" CHECK ("transfer_lines"."qty_received" between 0 and "transfer_lines"."qty_shipped")
);
--> statement-breakpoint
CREATE TABLE "transfers" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"number" text NOT NULL,
	"from_location_id" uuid NOT NULL,
	"to_location_id" uuid NOT NULL,
	"status" "transfer_status" DEFAULT 'draft' NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"approved_at" timestamp with time zone,
	"shipped_at" timestamp with time zone,
	"expected_at" timestamp with time zone,
	"received_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"cross_border" boolean DEFAULT false NOT NULL,
	"customs_days" numeric(6, 2) DEFAULT 0 NOT NULL,
	"customs_ref" text,
	"idempotency_key" text,
	"recommendation_id" uuid,
	"created_by" uuid,
	"approved_by" uuid,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "transfers_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "transfers_number_key" UNIQUE("tenant_id","number"),
	CONSTRAINT "transfers_idempotency_key" UNIQUE("tenant_id","idempotency_key"),
	CONSTRAINT "transfers_distinct_locations" CHECK ("transfers"."from_location_id" <> "transfers"."to_location_id"),
	CONSTRAINT "transfers_customs_days_nonnegative" CHECK ("transfers"."customs_days" >= 0),
	CONSTRAINT "transfers_received_dated" CHECK ("transfers"."status" <> 'received' or "transfers"."received_at" is not null),
	CONSTRAINT "transfers_shipped_dated" CHECK ("transfers"."status" not in ('in_transit', 'received') or "transfers"."shipped_at" is not null),
	CONSTRAINT "transfers_cancelled_dated" CHECK ("transfers"."status" <> 'cancelled' or "transfers"."cancelled_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "inventory_daily" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"day" date NOT NULL,
	"location_id" uuid NOT NULL,
	"units" integer DEFAULT 0 NOT NULL,
	"value" numeric(14, 4) DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inventory_daily_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "inventory_daily_day_location_key" UNIQUE("tenant_id","day","location_id"),
	CONSTRAINT "inventory_daily_nonnegative" CHECK ("inventory_daily"."units" >= 0 and "inventory_daily"."value" >= 0)
);
--> statement-breakpoint
CREATE TABLE "kpi_daily" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"day" date NOT NULL,
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
	"shipping_cost_sum" numeric(14, 4) DEFAULT 0 NOT NULL,
	"cogs_shipped" numeric(14, 4) DEFAULT 0 NOT NULL,
	"revenue_ordered" numeric(14, 4) DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kpi_daily_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "kpi_daily_day_region_location_key" UNIQUE("tenant_id","day","region_id","location_id"),
	CONSTRAINT "kpi_daily_counts_nonnegative" CHECK ("kpi_daily"."orders_count" >= 0 and "kpi_daily"."units_ordered" >= 0 and "kpi_daily"."units_shipped" >= 0 and "kpi_daily"."units_shipped_first" >= 0 and "kpi_daily"."units_backordered" >= 0 and "kpi_daily"."complete_orders" >= 0 and "kpi_daily"."delivered_orders" >= 0 and "kpi_daily"."on_time_orders" >= 0),
	CONSTRAINT "kpi_daily_subsets" CHECK ("kpi_daily"."complete_orders" <= "kpi_daily"."orders_count" and "kpi_daily"."delivered_orders" <= "kpi_daily"."orders_count" and "kpi_daily"."on_time_orders" <= "kpi_daily"."delivered_orders"),
	CONSTRAINT "kpi_daily_sums_nonnegative" CHECK ("kpi_daily"."delivery_days_sum" >= 0 and "kpi_daily"."shipping_cost_sum" >= 0 and "kpi_daily"."cogs_shipped" >= 0 and "kpi_daily"."revenue_ordered" >= 0)
);
--> statement-breakpoint
CREATE TABLE "order_lines" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"sku_id" uuid NOT NULL,
	"qty_ordered" integer NOT NULL,
	"qty_shipped" integer DEFAULT 0 NOT NULL,
	"qty_shipped_first" integer DEFAULT 0 NOT NULL,
	"qty_backordered" integer DEFAULT 0 NOT NULL,
	"unit_price" numeric(14, 4) DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "order_lines_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "order_lines_qty_ordered_positive" CHECK ("order_lines"."qty_ordered" > 0),
	CONSTRAINT "order_lines_qty_shipped_nonnegative" CHECK ("order_lines"."qty_shipped" >= 0),
	CONSTRAINT "order_lines_qty_shipped_first_range" CHECK ("order_lines"."qty_shipped_first" between 0 and least("order_lines"."qty_shipped", "order_lines"."qty_ordered")),
	CONSTRAINT "order_lines_qty_backordered_range" CHECK ("order_lines"."qty_backordered" between 0 and "order_lines"."qty_ordered"),
	CONSTRAINT "order_lines_unit_price_nonnegative" CHECK ("order_lines"."unit_price" >= 0)
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"external_ref" text NOT NULL,
	"region_id" uuid NOT NULL,
	"channel" text,
	"ship_to_postal_code" text,
	"ship_to_country" text,
	"ordered_at" timestamp with time zone NOT NULL,
	"promised_at" timestamp with time zone,
	"shipped_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"ship_from_location_id" uuid,
	"shipping_cost" numeric(14, 4) DEFAULT 0 NOT NULL,
	"status" "order_status" DEFAULT 'open' NOT NULL,
	"import_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "orders_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "orders_external_ref_key" UNIQUE("tenant_id","external_ref"),
	CONSTRAINT "orders_ship_to_country_format" CHECK ("orders"."ship_to_country" ~ '^[A-Z]{2}$'),
	CONSTRAINT "orders_shipping_cost_nonnegative" CHECK ("orders"."shipping_cost" >= 0),
	CONSTRAINT "orders_shipped_after_ordered" CHECK ("orders"."shipped_at" >= "orders"."ordered_at"),
	CONSTRAINT "orders_delivered_after_ordered" CHECK ("orders"."delivered_at" >= "orders"."ordered_at"),
	CONSTRAINT "orders_delivered_dated" CHECK ("orders"."status" <> 'delivered' or "orders"."delivered_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "forecasts" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"sku_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"method" text NOT NULL,
	"mase" double precision,
	"wape" double precision,
	"bias" double precision,
	"first_week" date NOT NULL,
	"horizon_weeks" integer NOT NULL,
	"weekly_values" double precision[] NOT NULL,
	"sigma" double precision,
	"weekly_lower" double precision[],
	"weekly_upper" double precision[],
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forecasts_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "forecasts_run_sku_region_key" UNIQUE("tenant_id","run_id","sku_id","region_id"),
	CONSTRAINT "forecasts_horizon_positive" CHECK ("forecasts"."horizon_weeks" > 0),
	CONSTRAINT "forecasts_values_length" CHECK (cardinality("forecasts"."weekly_values") = "forecasts"."horizon_weeks"),
	CONSTRAINT "forecasts_sigma_nonnegative" CHECK ("forecasts"."sigma" >= 0)
);
--> statement-breakpoint
CREATE TABLE "planning_runs" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"status" "planning_run_status" DEFAULT 'queued' NOT NULL,
	"parameters" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"timings" jsonb,
	"counts" jsonb,
	"error" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "planning_runs_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "planning_runs_finished_after_started" CHECK ("planning_runs"."finished_at" >= "planning_runs"."started_at")
);
--> statement-breakpoint
CREATE TABLE "recommendations" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"kind" "recommendation_kind" NOT NULL,
	"status" "recommendation_status" DEFAULT 'open' NOT NULL,
	"sku_id" uuid NOT NULL,
	"from_location_id" uuid,
	"to_location_id" uuid,
	"region_id" uuid,
	"purchase_order_id" uuid,
	"qty" integer,
	"reason" text NOT NULL,
	"impact" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"priority" integer DEFAULT 0 NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"created_transfer_id" uuid,
	"created_purchase_order_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recommendations_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "recommendations_qty_positive" CHECK ("recommendations"."qty" > 0),
	CONSTRAINT "recommendations_distinct_locations" CHECK ("recommendations"."from_location_id" <> "recommendations"."to_location_id"),
	CONSTRAINT "recommendations_decided" CHECK ("recommendations"."status" not in ('accepted', 'dismissed') or "recommendations"."decided_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "scenarios" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"open_location_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"parameters" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"results" jsonb,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scenarios_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "stock_targets" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"sku_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"demand_per_day" double precision NOT NULL,
	"demand_sd_per_day" double precision DEFAULT 0 NOT NULL,
	"lead_time_days" double precision,
	"safety_stock" integer NOT NULL,
	"reorder_point" integer NOT NULL,
	"order_up_to" integer NOT NULL,
	"service_level" numeric(9, 6) NOT NULL,
	"abc_class" "abc_class" NOT NULL,
	"xyz_class" "xyz_class" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stock_targets_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "stock_targets_run_sku_location_key" UNIQUE("tenant_id","run_id","sku_id","location_id"),
	CONSTRAINT "stock_targets_demand_nonnegative" CHECK ("stock_targets"."demand_per_day" >= 0 and "stock_targets"."demand_sd_per_day" >= 0 and "stock_targets"."lead_time_days" >= 0),
	CONSTRAINT "stock_targets_levels" CHECK ("stock_targets"."safety_stock" >= 0 and "stock_targets"."reorder_point" >= 0 and "stock_targets"."order_up_to" >= "stock_targets"."reorder_point"),
	CONSTRAINT "stock_targets_service_level_range" CHECK ("stock_targets"."service_level" between 0 and 1)
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_prefix" text NOT NULL,
	"token_hash" text NOT NULL,
	"role" "grant_role" DEFAULT 'viewer' NOT NULL,
	"created_by" uuid,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "api_tokens_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "api_tokens_token_hash_key" UNIQUE("tenant_id","token_hash")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"actor_id" uuid,
	"actor_provider_id" uuid,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" uuid,
	"before" jsonb,
	"after" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_log_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "digest_deliveries" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"period_start" date NOT NULL,
	"status" "digest_delivery_status" DEFAULT 'claimed' NOT NULL,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "digest_deliveries_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "digest_deliveries_user_kind_period_key" UNIQUE("tenant_id","user_id","kind","period_start"),
	CONSTRAINT "digest_deliveries_sent_dated" CHECK ("digest_deliveries"."status" <> 'sent' or "digest_deliveries"."sent_at" is not null),
	CONSTRAINT "digest_deliveries_attempts_nonnegative" CHECK ("digest_deliveries"."attempts" >= 0)
);
--> statement-breakpoint
CREATE TABLE "digest_subscriptions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"cadence" "digest_cadence" DEFAULT 'weekly' NOT NULL,
	"kind" text DEFAULT 'kpi' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"unsubscribe_token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "digest_subscriptions_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "digest_subscriptions_user_kind_key" UNIQUE("tenant_id","user_id","kind")
);
--> statement-breakpoint
CREATE TABLE "imports" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"entity" text NOT NULL,
	"file_name" text NOT NULL,
	"file_hash" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"status" "import_status" DEFAULT 'previewed' NOT NULL,
	"counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"row_errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"committed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "imports_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "imports_entity_file_hash_key" UNIQUE("tenant_id","entity","file_hash"),
	CONSTRAINT "imports_size_nonnegative" CHECK ("imports"."size_bytes" >= 0),
	CONSTRAINT "imports_committed_dated" CHECK ("imports"."status" <> 'committed' or "imports"."committed_at" is not null)
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_grants" ADD CONSTRAINT "provider_grants_importer_id_organizations_id_fk" FOREIGN KEY ("importer_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_grants" ADD CONSTRAINT "provider_grants_provider_id_organizations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_grants" ADD CONSTRAINT "provider_grants_granted_by_users_id_fk" FOREIGN KEY ("granted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lanes" ADD CONSTRAINT "lanes_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lanes" ADD CONSTRAINT "lanes_location_fk" FOREIGN KEY ("tenant_id","location_id") REFERENCES "public"."locations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lanes" ADD CONSTRAINT "lanes_region_fk" FOREIGN KEY ("tenant_id","region_id") REFERENCES "public"."regions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locations" ADD CONSTRAINT "locations_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locations" ADD CONSTRAINT "locations_operated_by_organizations_id_fk" FOREIGN KEY ("operated_by") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regions" ADD CONSTRAINT "regions_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slas" ADD CONSTRAINT "slas_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slas" ADD CONSTRAINT "slas_region_fk" FOREIGN KEY ("tenant_id","region_id") REFERENCES "public"."regions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer_lanes" ADD CONSTRAINT "transfer_lanes_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer_lanes" ADD CONSTRAINT "transfer_lanes_from_fk" FOREIGN KEY ("tenant_id","from_location_id") REFERENCES "public"."locations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer_lanes" ADD CONSTRAINT "transfer_lanes_to_fk" FOREIGN KEY ("tenant_id","to_location_id") REFERENCES "public"."locations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skus" ADD CONSTRAINT "skus_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skus" ADD CONSTRAINT "skus_supplier_fk" FOREIGN KEY ("tenant_id","supplier_id") REFERENCES "public"."suppliers"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suppliers" ADD CONSTRAINT "suppliers_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_allocations" ADD CONSTRAINT "inbound_allocations_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_allocations" ADD CONSTRAINT "inbound_allocations_po_fk" FOREIGN KEY ("tenant_id","purchase_order_id") REFERENCES "public"."purchase_orders"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_allocations" ADD CONSTRAINT "inbound_allocations_sku_fk" FOREIGN KEY ("tenant_id","sku_id") REFERENCES "public"."skus"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_allocations" ADD CONSTRAINT "inbound_allocations_location_fk" FOREIGN KEY ("tenant_id","location_id") REFERENCES "public"."locations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_allocations" ADD CONSTRAINT "inbound_allocations_recommendation_fk" FOREIGN KEY ("tenant_id","recommendation_id") REFERENCES "public"."recommendations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_order_lines" ADD CONSTRAINT "purchase_order_lines_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_order_lines" ADD CONSTRAINT "purchase_order_lines_po_fk" FOREIGN KEY ("tenant_id","purchase_order_id") REFERENCES "public"."purchase_orders"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_order_lines" ADD CONSTRAINT "purchase_order_lines_sku_fk" FOREIGN KEY ("tenant_id","sku_id") REFERENCES "public"."skus"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_supplier_fk" FOREIGN KEY ("tenant_id","supplier_id") REFERENCES "public"."suppliers"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_arrival_fk" FOREIGN KEY ("tenant_id","arrival_location_id") REFERENCES "public"."locations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_recommendation_fk" FOREIGN KEY ("tenant_id","recommendation_id") REFERENCES "public"."recommendations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_levels" ADD CONSTRAINT "stock_levels_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_levels" ADD CONSTRAINT "stock_levels_sku_fk" FOREIGN KEY ("tenant_id","sku_id") REFERENCES "public"."skus"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_levels" ADD CONSTRAINT "stock_levels_location_fk" FOREIGN KEY ("tenant_id","location_id") REFERENCES "public"."locations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_sku_fk" FOREIGN KEY ("tenant_id","sku_id") REFERENCES "public"."skus"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_location_fk" FOREIGN KEY ("tenant_id","location_id") REFERENCES "public"."locations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_transfer_fk" FOREIGN KEY ("tenant_id","transfer_id") REFERENCES "public"."transfers"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_po_fk" FOREIGN KEY ("tenant_id","purchase_order_id") REFERENCES "public"."purchase_orders"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer_lines" ADD CONSTRAINT "transfer_lines_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer_lines" ADD CONSTRAINT "transfer_lines_transfer_fk" FOREIGN KEY ("tenant_id","transfer_id") REFERENCES "public"."transfers"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer_lines" ADD CONSTRAINT "transfer_lines_sku_fk" FOREIGN KEY ("tenant_id","sku_id") REFERENCES "public"."skus"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_from_fk" FOREIGN KEY ("tenant_id","from_location_id") REFERENCES "public"."locations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_to_fk" FOREIGN KEY ("tenant_id","to_location_id") REFERENCES "public"."locations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_recommendation_fk" FOREIGN KEY ("tenant_id","recommendation_id") REFERENCES "public"."recommendations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory_daily" ADD CONSTRAINT "inventory_daily_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory_daily" ADD CONSTRAINT "inventory_daily_location_fk" FOREIGN KEY ("tenant_id","location_id") REFERENCES "public"."locations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_daily" ADD CONSTRAINT "kpi_daily_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_daily" ADD CONSTRAINT "kpi_daily_region_fk" FOREIGN KEY ("tenant_id","region_id") REFERENCES "public"."regions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_daily" ADD CONSTRAINT "kpi_daily_location_fk" FOREIGN KEY ("tenant_id","location_id") REFERENCES "public"."locations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_order_fk" FOREIGN KEY ("tenant_id","order_id") REFERENCES "public"."orders"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_sku_fk" FOREIGN KEY ("tenant_id","sku_id") REFERENCES "public"."skus"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_region_fk" FOREIGN KEY ("tenant_id","region_id") REFERENCES "public"."regions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_ship_from_fk" FOREIGN KEY ("tenant_id","ship_from_location_id") REFERENCES "public"."locations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_import_fk" FOREIGN KEY ("tenant_id","import_id") REFERENCES "public"."imports"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forecasts" ADD CONSTRAINT "forecasts_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forecasts" ADD CONSTRAINT "forecasts_run_fk" FOREIGN KEY ("tenant_id","run_id") REFERENCES "public"."planning_runs"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forecasts" ADD CONSTRAINT "forecasts_sku_fk" FOREIGN KEY ("tenant_id","sku_id") REFERENCES "public"."skus"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forecasts" ADD CONSTRAINT "forecasts_region_fk" FOREIGN KEY ("tenant_id","region_id") REFERENCES "public"."regions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_runs" ADD CONSTRAINT "planning_runs_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_runs" ADD CONSTRAINT "planning_runs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_run_fk" FOREIGN KEY ("tenant_id","run_id") REFERENCES "public"."planning_runs"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_sku_fk" FOREIGN KEY ("tenant_id","sku_id") REFERENCES "public"."skus"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_from_fk" FOREIGN KEY ("tenant_id","from_location_id") REFERENCES "public"."locations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_to_fk" FOREIGN KEY ("tenant_id","to_location_id") REFERENCES "public"."locations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_region_fk" FOREIGN KEY ("tenant_id","region_id") REFERENCES "public"."regions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_po_fk" FOREIGN KEY ("tenant_id","purchase_order_id") REFERENCES "public"."purchase_orders"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_created_transfer_fk" FOREIGN KEY ("tenant_id","created_transfer_id") REFERENCES "public"."transfers"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_created_po_fk" FOREIGN KEY ("tenant_id","created_purchase_order_id") REFERENCES "public"."purchase_orders"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_targets" ADD CONSTRAINT "stock_targets_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_targets" ADD CONSTRAINT "stock_targets_run_fk" FOREIGN KEY ("tenant_id","run_id") REFERENCES "public"."planning_runs"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_targets" ADD CONSTRAINT "stock_targets_sku_fk" FOREIGN KEY ("tenant_id","sku_id") REFERENCES "public"."skus"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_targets" ADD CONSTRAINT "stock_targets_location_fk" FOREIGN KEY ("tenant_id","location_id") REFERENCES "public"."locations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_provider_id_organizations_id_fk" FOREIGN KEY ("actor_provider_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digest_deliveries" ADD CONSTRAINT "digest_deliveries_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digest_deliveries" ADD CONSTRAINT "digest_deliveries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digest_subscriptions" ADD CONSTRAINT "digest_subscriptions_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digest_subscriptions" ADD CONSTRAINT "digest_subscriptions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_key" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_token_key" ON "invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "invitations_org_idx" ON "invitations" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_org_user_key" ON "memberships" USING btree ("organization_id","user_id");--> statement-breakpoint
CREATE INDEX "memberships_user_idx" ON "memberships" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_slug_key" ON "organizations" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "provider_grants_active_key" ON "provider_grants" USING btree ("importer_id","provider_id") WHERE "provider_grants"."revoked_at" is null;--> statement-breakpoint
CREATE INDEX "provider_grants_provider_idx" ON "provider_grants" USING btree ("provider_id");--> statement-breakpoint
CREATE INDEX "lanes_region_idx" ON "lanes" USING btree ("tenant_id","region_id");--> statement-breakpoint
CREATE INDEX "transfer_lanes_to_idx" ON "transfer_lanes" USING btree ("tenant_id","to_location_id");--> statement-breakpoint
CREATE INDEX "skus_supplier_idx" ON "skus" USING btree ("tenant_id","supplier_id");--> statement-breakpoint
CREATE INDEX "skus_category_idx" ON "skus" USING btree ("tenant_id","category");--> statement-breakpoint
CREATE INDEX "inbound_allocations_sku_location_idx" ON "inbound_allocations" USING btree ("tenant_id","sku_id","location_id");--> statement-breakpoint
CREATE INDEX "inbound_allocations_location_idx" ON "inbound_allocations" USING btree ("tenant_id","location_id");--> statement-breakpoint
CREATE INDEX "inbound_allocations_recommendation_idx" ON "inbound_allocations" USING btree ("tenant_id","recommendation_id") WHERE "inbound_allocations"."recommendation_id" is not null;--> statement-breakpoint
CREATE INDEX "purchase_order_lines_sku_idx" ON "purchase_order_lines" USING btree ("tenant_id","sku_id");--> statement-breakpoint
CREATE INDEX "purchase_orders_status_idx" ON "purchase_orders" USING btree ("tenant_id","status","eta");--> statement-breakpoint
CREATE INDEX "purchase_orders_supplier_idx" ON "purchase_orders" USING btree ("tenant_id","supplier_id");--> statement-breakpoint
CREATE INDEX "purchase_orders_arrival_idx" ON "purchase_orders" USING btree ("tenant_id","arrival_location_id");--> statement-breakpoint
CREATE INDEX "purchase_orders_recommendation_idx" ON "purchase_orders" USING btree ("tenant_id","recommendation_id") WHERE "purchase_orders"."recommendation_id" is not null;--> statement-breakpoint
CREATE INDEX "stock_levels_location_idx" ON "stock_levels" USING btree ("tenant_id","location_id");--> statement-breakpoint
CREATE INDEX "stock_movements_sku_location_occurred_idx" ON "stock_movements" USING btree ("tenant_id","sku_id","location_id","occurred_at");--> statement-breakpoint
CREATE INDEX "stock_movements_location_occurred_idx" ON "stock_movements" USING btree ("tenant_id","location_id","occurred_at");--> statement-breakpoint
CREATE INDEX "stock_movements_occurred_idx" ON "stock_movements" USING btree ("tenant_id","occurred_at");--> statement-breakpoint
CREATE INDEX "stock_movements_transfer_idx" ON "stock_movements" USING btree ("tenant_id","transfer_id") WHERE "stock_movements"."transfer_id" is not null;--> statement-breakpoint
CREATE INDEX "stock_movements_po_idx" ON "stock_movements" USING btree ("tenant_id","purchase_order_id") WHERE "stock_movements"."purchase_order_id" is not null;--> statement-breakpoint
CREATE INDEX "transfer_lines_sku_idx" ON "transfer_lines" USING btree ("tenant_id","sku_id");--> statement-breakpoint
CREATE INDEX "transfers_status_idx" ON "transfers" USING btree ("tenant_id","status","requested_at");--> statement-breakpoint
CREATE INDEX "transfers_from_idx" ON "transfers" USING btree ("tenant_id","from_location_id");--> statement-breakpoint
CREATE INDEX "transfers_to_idx" ON "transfers" USING btree ("tenant_id","to_location_id");--> statement-breakpoint
CREATE INDEX "transfers_recommendation_idx" ON "transfers" USING btree ("tenant_id","recommendation_id") WHERE "transfers"."recommendation_id" is not null;--> statement-breakpoint
CREATE INDEX "inventory_daily_location_day_idx" ON "inventory_daily" USING btree ("tenant_id","location_id","day");--> statement-breakpoint
CREATE INDEX "kpi_daily_region_day_idx" ON "kpi_daily" USING btree ("tenant_id","region_id","day");--> statement-breakpoint
CREATE INDEX "kpi_daily_location_day_idx" ON "kpi_daily" USING btree ("tenant_id","location_id","day");--> statement-breakpoint
CREATE INDEX "order_lines_order_idx" ON "order_lines" USING btree ("tenant_id","order_id");--> statement-breakpoint
CREATE INDEX "order_lines_sku_idx" ON "order_lines" USING btree ("tenant_id","sku_id");--> statement-breakpoint
CREATE INDEX "orders_ordered_idx" ON "orders" USING btree ("tenant_id","ordered_at");--> statement-breakpoint
CREATE INDEX "orders_region_ordered_idx" ON "orders" USING btree ("tenant_id","region_id","ordered_at");--> statement-breakpoint
CREATE INDEX "orders_ship_from_ordered_idx" ON "orders" USING btree ("tenant_id","ship_from_location_id","ordered_at");--> statement-breakpoint
CREATE INDEX "orders_import_idx" ON "orders" USING btree ("tenant_id","import_id") WHERE "orders"."import_id" is not null;--> statement-breakpoint
CREATE INDEX "forecasts_sku_region_idx" ON "forecasts" USING btree ("tenant_id","sku_id","region_id");--> statement-breakpoint
CREATE INDEX "planning_runs_created_idx" ON "planning_runs" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "planning_runs_one_active_key" ON "planning_runs" USING btree ("tenant_id") WHERE "planning_runs"."status" in ('queued', 'running');--> statement-breakpoint
CREATE INDEX "recommendations_run_idx" ON "recommendations" USING btree ("tenant_id","run_id");--> statement-breakpoint
CREATE INDEX "recommendations_status_priority_idx" ON "recommendations" USING btree ("tenant_id","status","priority" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "recommendations_sku_idx" ON "recommendations" USING btree ("tenant_id","sku_id");--> statement-breakpoint
CREATE INDEX "scenarios_created_idx" ON "scenarios" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "stock_targets_sku_location_idx" ON "stock_targets" USING btree ("tenant_id","sku_id","location_id");--> statement-breakpoint
CREATE INDEX "stock_targets_location_idx" ON "stock_targets" USING btree ("tenant_id","location_id");--> statement-breakpoint
CREATE INDEX "api_tokens_created_idx" ON "api_tokens" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("tenant_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("tenant_id","entity","entity_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("tenant_id","actor_id","at");--> statement-breakpoint
CREATE INDEX "digest_deliveries_status_idx" ON "digest_deliveries" USING btree ("tenant_id","status","claimed_at");--> statement-breakpoint
CREATE INDEX "digest_subscriptions_active_idx" ON "digest_subscriptions" USING btree ("tenant_id","cadence") WHERE "digest_subscriptions"."active";--> statement-breakpoint
CREATE INDEX "imports_created_idx" ON "imports" USING btree ("tenant_id","created_at");