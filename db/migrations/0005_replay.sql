CREATE TYPE "public"."replay_status" AS ENUM('queued', 'running', 'succeeded', 'failed');--> statement-breakpoint
CREATE TABLE "replays" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"status" "replay_status" DEFAULT 'queued' NOT NULL,
	"parameters" jsonb NOT NULL,
	"progress" double precision DEFAULT 0 NOT NULL,
	"phase" text,
	"results" jsonb,
	"error" text,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "replays_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "replays_progress_range" CHECK ("replays"."progress" between 0 and 1),
	CONSTRAINT "replays_finished_after_started" CHECK ("replays"."finished_at" >= "replays"."started_at")
);
--> statement-breakpoint
ALTER TABLE "replays" ADD CONSTRAINT "replays_tenant_id_organizations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replays" ADD CONSTRAINT "replays_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "replays_created_idx" ON "replays" USING btree ("tenant_id","created_at");