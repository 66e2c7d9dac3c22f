ALTER TYPE "public"."digest_cadence" ADD VALUE 'off';--> statement-breakpoint
ALTER TYPE "public"."digest_delivery_status" ADD VALUE 'sending';--> statement-breakpoint
ALTER TYPE "public"."digest_delivery_status" ADD VALUE 'bounced';--> statement-breakpoint
ALTER TYPE "public"."digest_delivery_status" ADD VALUE 'skipped';--> statement-breakpoint
ALTER TYPE "public"."digest_delivery_status" ADD VALUE 'unconfirmed';--> statement-breakpoint
DROP INDEX "digest_subscriptions_active_idx";--> statement-breakpoint
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
CREATE INDEX "digest_deliveries_user_idx" ON "digest_deliveries" USING btree ("tenant_id","user_id","period_start");--> statement-breakpoint
CREATE INDEX "digest_subscriptions_cadence_idx" ON "digest_subscriptions" USING btree ("tenant_id","cadence");--> statement-breakpoint
ALTER TABLE "digest_subscriptions" DROP COLUMN "active";--> statement-breakpoint
ALTER TABLE "digest_subscriptions" DROP COLUMN "unsubscribe_token_hash";--> statement-breakpoint
ALTER TABLE "digest_deliveries" ADD CONSTRAINT "digest_deliveries_period_order" CHECK ("digest_deliveries"."period_end" >= "digest_deliveries"."period_start");--> statement-breakpoint
ALTER TABLE "digest_subscriptions" ADD CONSTRAINT "digest_subscriptions_kind" CHECK ("digest_subscriptions"."kind" in ('kpi', 'portfolio'));--> statement-breakpoint
ALTER TABLE "digest_subscriptions" ADD CONSTRAINT "digest_subscriptions_weekday_range" CHECK ("digest_subscriptions"."weekday" between 1 and 7);--> statement-breakpoint
ALTER TABLE "digest_subscriptions" ADD CONSTRAINT "digest_subscriptions_hour_range" CHECK ("digest_subscriptions"."hour" between 0 and 23);--> statement-breakpoint
ALTER TABLE "digest_subscriptions" ADD CONSTRAINT "digest_subscriptions_when_empty" CHECK ("digest_subscriptions"."when_empty" in ('note', 'skip'));