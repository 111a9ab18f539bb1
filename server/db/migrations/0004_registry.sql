CREATE TABLE "market_entity" (
	"id" uuid PRIMARY KEY NOT NULL,
	"uscc" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"legal_representative" text NOT NULL,
	"registered_capital_fen" bigint,
	"industry_section" text NOT NULL,
	"industry_class" text,
	"address" text NOT NULL,
	"district_code" text NOT NULL,
	"established_on" date NOT NULL,
	"status" text NOT NULL,
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"uscc_override" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "market_entity_uscc_unique" UNIQUE("uscc")
);
--> statement-breakpoint
CREATE TABLE "licence_type" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"holder_kind" text NOT NULL,
	"issuing_department_id" uuid NOT NULL,
	"fields" jsonb NOT NULL,
	"validity_years" integer,
	"number_prefix" text NOT NULL,
	CONSTRAINT "licence_type_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "licence" (
	"id" uuid PRIMARY KEY NOT NULL,
	"type_id" uuid NOT NULL,
	"entity_id" uuid,
	"person_id" uuid,
	"number" text NOT NULL,
	"verification_code" text NOT NULL,
	"issued_on" date NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"fields" jsonb NOT NULL,
	"revoked_at" timestamp (3) with time zone,
	"revoked_reason" text,
	"signature" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "licence_number_unique" UNIQUE("number"),
	CONSTRAINT "licence_verification_code_unique" UNIQUE("verification_code")
);
--> statement-breakpoint
CREATE TABLE "person" (
	"id" uuid PRIMARY KEY NOT NULL,
	"id_number_enc" text NOT NULL,
	"id_number_index" text NOT NULL,
	"id_number_masked" text NOT NULL,
	"name" text NOT NULL,
	"phone_enc" text,
	"phone_masked" text,
	"district_code" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_id_number_index_unique" UNIQUE("id_number_index")
);
--> statement-breakpoint
CREATE TABLE "share_log" (
	"id" uuid PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"requester_type" text NOT NULL,
	"requester_id" text,
	"requester_name" text,
	"consumer_department_id" uuid,
	"subject_kind" text NOT NULL,
	"entity_id" uuid,
	"person_id" uuid,
	"resource" text NOT NULL,
	"purpose" text NOT NULL,
	"case_number" text NOT NULL,
	"allowed" boolean NOT NULL,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "sharing_rule" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consumer_department_id" uuid NOT NULL,
	"resource" text NOT NULL,
	"purposes" jsonb NOT NULL,
	"note" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "licence" ADD CONSTRAINT "licence_type_id_licence_type_id_fk" FOREIGN KEY ("type_id") REFERENCES "public"."licence_type"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licence" ADD CONSTRAINT "licence_entity_id_market_entity_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."market_entity"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licence" ADD CONSTRAINT "licence_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "market_entity_name_idx" ON "market_entity" USING btree ("name" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "market_entity_legal_rep_idx" ON "market_entity" USING btree ("legal_representative");--> statement-breakpoint
CREATE INDEX "market_entity_district_idx" ON "market_entity" USING btree ("district_code","status");--> statement-breakpoint
CREATE INDEX "market_entity_tags_idx" ON "market_entity" USING gin ("tags" jsonb_path_ops);--> statement-breakpoint
CREATE INDEX "licence_entity_idx" ON "licence" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "licence_person_idx" ON "licence" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "licence_type_idx" ON "licence" USING btree ("type_id","valid_to");--> statement-breakpoint
CREATE INDEX "share_log_entity_idx" ON "share_log" USING btree ("entity_id","at");--> statement-breakpoint
CREATE INDEX "share_log_person_idx" ON "share_log" USING btree ("person_id","at");--> statement-breakpoint
CREATE INDEX "share_log_consumer_idx" ON "share_log" USING btree ("consumer_department_id","at");--> statement-breakpoint
CREATE INDEX "share_log_refused_idx" ON "share_log" USING btree ("at") WHERE not allowed;--> statement-breakpoint
CREATE INDEX "sharing_rule_consumer_idx" ON "sharing_rule" USING btree ("consumer_department_id","resource");