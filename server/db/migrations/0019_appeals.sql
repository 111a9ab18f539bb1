CREATE TABLE "appeal_api_key" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"key_hash" text NOT NULL,
	"key_prefix" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp (3) with time zone,
	"last_used_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "appeal_category" (
	"code" text PRIMARY KEY NOT NULL,
	"parent_code" text,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"keywords" text DEFAULT '' NOT NULL,
	"default_kind" text DEFAULT 'help' NOT NULL,
	"utility" boolean DEFAULT false NOT NULL,
	"attributes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appeal_dispatch_rule" (
	"id" uuid PRIMARY KEY NOT NULL,
	"category_code" text NOT NULL,
	"area_code" text,
	"lead_department_id" uuid NOT NULL,
	"support_department_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appeal_knowledge" (
	"id" uuid PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"answer" text NOT NULL,
	"category_code" text,
	"keywords" text DEFAULT '' NOT NULL,
	"department_id" uuid,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"search_vector" "tsvector" NOT NULL,
	"used_count" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appeal_sequence" (
	"day" date NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "appeal_sequence_day_pk" PRIMARY KEY("day")
);
--> statement-breakpoint
CREATE TABLE "appeal_setting" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appeal_ticket" (
	"id" uuid PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"channel" text NOT NULL,
	"kind" text NOT NULL,
	"urgency" text DEFAULT 'normal' NOT NULL,
	"category_code" text NOT NULL,
	"area_code" text NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"requester_user_id" uuid,
	"requester_name" text,
	"requester_phone_enc" text,
	"requester_phone_masked" text,
	"requester_phone_index" text,
	"requester_email_enc" text,
	"enterprise_uscc" text,
	"enterprise_name" text,
	"address" text,
	"lat" numeric(9, 6),
	"lng" numeric(9, 6),
	"media_file_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"attributes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"external_id" text,
	"confidential" boolean DEFAULT false NOT NULL,
	"name_hidden" boolean DEFAULT false NOT NULL,
	"lead_department_id" uuid,
	"accused_department_id" uuid,
	"dishonesty_finding" text,
	"breach_recorded" boolean DEFAULT false NOT NULL,
	"support_department_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"case_id" uuid,
	"state" text NOT NULL,
	"outcome" text,
	"merged_into" uuid,
	"reply" text,
	"dispatched_at" timestamp (3) with time zone,
	"sign_due_at" timestamp (3) with time zone,
	"signed_at" timestamp (3) with time zone,
	"signed_on_time" boolean,
	"replied_at" timestamp (3) with time zone,
	"closed_at" timestamp (3) with time zone,
	"due_at" timestamp (3) with time zone,
	"on_time" boolean,
	"return_count" integer DEFAULT 0 NOT NULL,
	"reopen_count" integer DEFAULT 0 NOT NULL,
	"extension_count" integer DEFAULT 0 NOT NULL,
	"callback_at" timestamp (3) with time zone,
	"callback_contacted" boolean,
	"callback_solved" boolean,
	"callback_satisfaction" text,
	"token" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appeal_update" (
	"id" uuid PRIMARY KEY NOT NULL,
	"ticket_id" uuid NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"kind" text NOT NULL,
	"author_user_id" uuid,
	"department_id" uuid,
	"public" boolean DEFAULT false NOT NULL,
	"text" text NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"state" text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "appeal_api_key_hash_key" ON "appeal_api_key" USING btree ("key_hash");--> statement-breakpoint
CREATE INDEX "appeal_category_parent_idx" ON "appeal_category" USING btree ("parent_code");--> statement-breakpoint
CREATE UNIQUE INDEX "appeal_dispatch_rule_key" ON "appeal_dispatch_rule" USING btree ("category_code",coalesce("area_code", ''));--> statement-breakpoint
CREATE INDEX "appeal_knowledge_search_idx" ON "appeal_knowledge" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "appeal_knowledge_valid_idx" ON "appeal_knowledge" USING btree ("valid_from","valid_to");--> statement-breakpoint
CREATE UNIQUE INDEX "appeal_ticket_number_key" ON "appeal_ticket" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "appeal_ticket_token_key" ON "appeal_ticket" USING btree ("token");--> statement-breakpoint
CREATE INDEX "appeal_ticket_created_idx" ON "appeal_ticket" USING btree ("created_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "appeal_ticket_lead_idx" ON "appeal_ticket" USING btree ("lead_department_id","state","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "appeal_ticket_category_idx" ON "appeal_ticket" USING btree ("category_code","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "appeal_ticket_requester_idx" ON "appeal_ticket" USING btree ("requester_user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "appeal_ticket_phone_idx" ON "appeal_ticket" USING btree ("requester_phone_index","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "appeal_ticket_place_idx" ON "appeal_ticket" USING btree ("area_code","category_code","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "appeal_ticket_case_idx" ON "appeal_ticket" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "appeal_update_ticket_idx" ON "appeal_update" USING btree ("ticket_id","at");--> statement-breakpoint
CREATE INDEX "appeal_update_at_idx" ON "appeal_update" USING btree ("at","id");