CREATE TABLE "stored_file" (
	"id" uuid PRIMARY KEY NOT NULL,
	"owner_id" uuid,
	"purpose" text NOT NULL,
	"name" text NOT NULL,
	"mime" text NOT NULL,
	"size" bigint NOT NULL,
	"sha256" text NOT NULL,
	"store" text NOT NULL,
	"storage_key" text NOT NULL,
	"attached_to" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "domain_event" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_sequence" (
	"prefix" text NOT NULL,
	"day" text NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "application_sequence_prefix_day_pk" PRIMARY KEY("prefix","day")
);
--> statement-breakpoint
CREATE TABLE "application" (
	"id" uuid PRIMARY KEY NOT NULL,
	"number" text,
	"kind" text NOT NULL,
	"parent_id" uuid,
	"item_id" uuid,
	"item_code" text,
	"bundle_id" uuid,
	"bundle_code" text,
	"title" text NOT NULL,
	"department_id" uuid,
	"intake_department_id" uuid,
	"channel" text NOT NULL,
	"assisted_by" uuid,
	"applicant_user_id" uuid,
	"applicant_kind" text NOT NULL,
	"applicant_uscc" text,
	"applicant_name" text NOT NULL,
	"contact_phone_enc" text,
	"contact_phone_masked" text,
	"form_data" jsonb NOT NULL,
	"materials" jsonb NOT NULL,
	"commitment" boolean DEFAULT false NOT NULL,
	"state" text NOT NULL,
	"outcome" text,
	"case_id" uuid,
	"delivery" text DEFAULT 'electronic' NOT NULL,
	"post_address" text,
	"post_status" text,
	"post_tracking" text,
	"result_licence_id" uuid,
	"exempted_count" integer DEFAULT 0 NOT NULL,
	"submitted_at" timestamp (3) with time zone,
	"accepted_at" timestamp (3) with time zone,
	"decided_at" timestamp (3) with time zone,
	"finished_at" timestamp (3) with time zone,
	"due_at" timestamp (3) with time zone,
	"working_days" numeric(8, 2),
	"on_time" boolean,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commitment_block" (
	"id" uuid PRIMARY KEY NOT NULL,
	"applicant_key" text NOT NULL,
	"application_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"lifted_at" timestamp (3) with time zone,
	"lifted_by" uuid,
	"lift_reason" text
);
--> statement-breakpoint
CREATE TABLE "post_check" (
	"id" uuid PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"case_id" uuid,
	"result" text DEFAULT 'pending' NOT NULL,
	"findings" text,
	"due_on" text NOT NULL,
	"checked_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "department" ADD COLUMN "uscc" text;--> statement-breakpoint
ALTER TABLE "service_item" ADD COLUMN "result_licence_type_code" text;--> statement-breakpoint
CREATE INDEX "stored_file_owner_idx" ON "stored_file" USING btree ("owner_id","created_at");--> statement-breakpoint
CREATE INDEX "stored_file_attached_idx" ON "stored_file" USING btree ("attached_to");--> statement-breakpoint
CREATE INDEX "domain_event_type_idx" ON "domain_event" USING btree ("type","id");--> statement-breakpoint
CREATE INDEX "domain_event_subject_idx" ON "domain_event" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE UNIQUE INDEX "application_number_key" ON "application" USING btree ("number");--> statement-breakpoint
CREATE INDEX "application_applicant_idx" ON "application" USING btree ("applicant_user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "application_uscc_idx" ON "application" USING btree ("applicant_uscc","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "application_department_idx" ON "application" USING btree ("department_id","submitted_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "application_parent_idx" ON "application" USING btree ("parent_id") WHERE parent_id is not null;--> statement-breakpoint
CREATE INDEX "application_submitted_idx" ON "application" USING btree ("submitted_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "application_item_idx" ON "application" USING btree ("item_code","submitted_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "application_case_idx" ON "application" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "commitment_block_key_idx" ON "commitment_block" USING btree ("applicant_key") WHERE lifted_at is null;--> statement-breakpoint
CREATE INDEX "post_check_application_idx" ON "post_check" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "post_check_department_idx" ON "post_check" USING btree ("department_id","result");