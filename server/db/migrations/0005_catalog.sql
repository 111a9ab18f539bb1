CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TABLE "bundle" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"edition" integer NOT NULL,
	"status" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"event" text NOT NULL,
	"themes" jsonb NOT NULL,
	"description" text NOT NULL,
	"lead_department_id" uuid NOT NULL,
	"promised_limit_days" integer NOT NULL,
	"members" jsonb NOT NULL,
	"fields" jsonb NOT NULL,
	"keywords" jsonb NOT NULL,
	"hall_address" text NOT NULL,
	"consult_phone" text NOT NULL,
	"published_at" timestamp with time zone,
	"retired_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog_search" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"department_id" uuid,
	"terms" "tsvector" NOT NULL,
	"words" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_synonym" (
	"id" uuid PRIMARY KEY NOT NULL,
	"term" text NOT NULL,
	"expansions" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "search_synonym_term_unique" UNIQUE("term")
);
--> statement-breakpoint
CREATE TABLE "service_item" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"edition" integer NOT NULL,
	"status" text NOT NULL,
	"base_code" text NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"target" text NOT NULL,
	"competent_department_id" uuid NOT NULL,
	"implementing_department_id" uuid NOT NULL,
	"legal_basis" text NOT NULL,
	"legal_limit_days" integer NOT NULL,
	"promised_limit_days" integer NOT NULL,
	"on_the_spot" boolean NOT NULL,
	"visits" integer NOT NULL,
	"visits_reason" text,
	"online_stages" jsonb NOT NULL,
	"mobile_channel" boolean NOT NULL,
	"online_depth" integer NOT NULL,
	"fully_online" boolean NOT NULL,
	"mobile" boolean NOT NULL,
	"fee" jsonb NOT NULL,
	"materials" jsonb NOT NULL,
	"conditions" jsonb NOT NULL,
	"steps" jsonb NOT NULL,
	"cross_region" text NOT NULL,
	"reform_mode" text,
	"commitment_allowed" boolean NOT NULL,
	"post_check_months" integer,
	"events" jsonb NOT NULL,
	"themes" jsonb NOT NULL,
	"keywords" jsonb NOT NULL,
	"hall_address" text NOT NULL,
	"hall_hours" text NOT NULL,
	"consult_phone" text NOT NULL,
	"complaint_phone" text NOT NULL,
	"form" jsonb NOT NULL,
	"published_at" timestamp with time zone,
	"retired_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "bundle_code_edition_idx" ON "bundle" USING btree ("code","edition");--> statement-breakpoint
CREATE UNIQUE INDEX "bundle_published_idx" ON "bundle" USING btree ("code") WHERE status = 'published';--> statement-breakpoint
CREATE UNIQUE INDEX "catalog_search_kind_code_idx" ON "catalog_search" USING btree ("kind","code");--> statement-breakpoint
CREATE INDEX "catalog_search_terms_idx" ON "catalog_search" USING gin ("terms");--> statement-breakpoint
CREATE INDEX "catalog_search_name_trgm_idx" ON "catalog_search" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "catalog_search_words_trgm_idx" ON "catalog_search" USING gin ("words" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "service_item_code_edition_idx" ON "service_item" USING btree ("code","edition");--> statement-breakpoint
CREATE UNIQUE INDEX "service_item_published_idx" ON "service_item" USING btree ("code") WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "service_item_department_idx" ON "service_item" USING btree ("implementing_department_id","status");--> statement-breakpoint
CREATE INDEX "service_item_status_idx" ON "service_item" USING btree ("status");