CREATE TABLE "ledger_escalation" (
	"id" uuid PRIMARY KEY NOT NULL,
	"task_id" uuid NOT NULL,
	"opened_at" timestamp (3) with time zone NOT NULL,
	"opened_by" uuid,
	"reason" text NOT NULL,
	"level" text DEFAULT 'office' NOT NULL,
	"answer_by" date,
	"lifted_at" timestamp (3) with time zone,
	"lifted_by" uuid,
	"lift_note" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_import" (
	"id" uuid PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"source_id" uuid,
	"mapping" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"imported" integer DEFAULT 0 NOT NULL,
	"rejected" integer DEFAULT 0 NOT NULL,
	"problems" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "ledger_issue" (
	"id" uuid PRIMARY KEY NOT NULL,
	"source_id" uuid NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"detail" text DEFAULT '' NOT NULL,
	"indicator" text DEFAULT '' NOT NULL,
	"lead_department_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_measure" (
	"id" uuid PRIMARY KEY NOT NULL,
	"issue_id" uuid NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"lead_department_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_meeting" (
	"id" uuid PRIMARY KEY NOT NULL,
	"held_on" date NOT NULL,
	"title" text NOT NULL,
	"chair" text DEFAULT '' NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"present_department_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"minutes" text DEFAULT '' NOT NULL,
	"pack" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_member" (
	"id" uuid PRIMARY KEY NOT NULL,
	"department_id" uuid NOT NULL,
	"role" text DEFAULT 'member' NOT NULL,
	"leader_name" text NOT NULL,
	"leader_title" text DEFAULT '' NOT NULL,
	"contact_name" text DEFAULT '' NOT NULL,
	"contact_phone" text DEFAULT '' NOT NULL,
	"duties" text DEFAULT '' NOT NULL,
	"joined_on" date NOT NULL,
	"left_on" date,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_report" (
	"id" uuid PRIMARY KEY NOT NULL,
	"task_id" uuid NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"author_id" uuid,
	"author_name" text DEFAULT '' NOT NULL,
	"department_id" uuid,
	"kind" text DEFAULT 'progress' NOT NULL,
	"text" text NOT NULL,
	"figures" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"progress" integer,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_sequence" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_setting" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "ledger_source" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"document_no" text DEFAULT '' NOT NULL,
	"issued_on" date,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"parent_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_task" (
	"id" uuid PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"source_id" uuid NOT NULL,
	"issue_id" uuid,
	"measure_id" uuid,
	"title" text NOT NULL,
	"detail" text DEFAULT '' NOT NULL,
	"lead_department_id" uuid NOT NULL,
	"support_department_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"starts_on" date NOT NULL,
	"due_on" date NOT NULL,
	"batch" text,
	"expected_result" text DEFAULT '' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"state" text DEFAULT 'doing' NOT NULL,
	"needs_second_approval" boolean DEFAULT false NOT NULL,
	"provincial_submitted_at" timestamp (3) with time zone,
	"provincial_accepted_at" timestamp (3) with time zone,
	"closed_at" timestamp (3) with time zone,
	"escalated" boolean DEFAULT false NOT NULL,
	"last_report_at" timestamp (3) with time zone,
	"report_count" integer DEFAULT 0 NOT NULL,
	"sent_back_count" integer DEFAULT 0 NOT NULL,
	"case_id" uuid,
	"origin_type" text,
	"origin_id" text,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hall_finding" (
	"id" uuid PRIMARY KEY NOT NULL,
	"inspection_id" uuid NOT NULL,
	"title" text NOT NULL,
	"detail" text DEFAULT '' NOT NULL,
	"severity" text DEFAULT 'minor' NOT NULL,
	"department_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"ledger_task_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hall_inspection" (
	"id" uuid PRIMARY KEY NOT NULL,
	"hall_name" text NOT NULL,
	"department_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"mode" text NOT NULL,
	"held_on" date NOT NULL,
	"inspectors" text NOT NULL,
	"joint_with" text DEFAULT '' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "key_project" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"uscc" text NOT NULL,
	"enterprise_name" text NOT NULL,
	"region_code" text NOT NULL,
	"investment" numeric(14, 2) DEFAULT '0' NOT NULL,
	"stage" text NOT NULL,
	"year" integer NOT NULL,
	"department_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outreach_contact" (
	"id" uuid PRIMARY KEY NOT NULL,
	"uscc" text NOT NULL,
	"enterprise_name" text NOT NULL,
	"kind" text NOT NULL,
	"held_on" date NOT NULL,
	"staff" text NOT NULL,
	"department_id" uuid,
	"summary" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outreach_problem" (
	"id" uuid PRIMARY KEY NOT NULL,
	"contact_id" uuid,
	"uscc" text NOT NULL,
	"enterprise_name" text NOT NULL,
	"title" text NOT NULL,
	"detail" text DEFAULT '' NOT NULL,
	"raised_on" date NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"department_id" uuid,
	"routed_at" timestamp (3) with time zone,
	"due_on" date,
	"answer" text DEFAULT '' NOT NULL,
	"solved_at" timestamp (3) with time zone,
	"ledger_task_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outreach_steward" (
	"id" uuid PRIMARY KEY NOT NULL,
	"uscc" text NOT NULL,
	"enterprise_name" text NOT NULL,
	"reason" text NOT NULL,
	"steward_user_id" uuid,
	"steward_name" text NOT NULL,
	"steward_phone" text DEFAULT '' NOT NULL,
	"department_id" uuid NOT NULL,
	"assigned_on" date NOT NULL,
	"ended_on" date,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_blocker" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"department_id" uuid NOT NULL,
	"title" text NOT NULL,
	"detail" text DEFAULT '' NOT NULL,
	"found_on" date NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"solved_on" date,
	"solved_meeting_id" uuid,
	"solution" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_meeting" (
	"id" uuid PRIMARY KEY NOT NULL,
	"held_on" date NOT NULL,
	"title" text NOT NULL,
	"chair" text DEFAULT '' NOT NULL,
	"department_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"minutes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "ledger_escalation_task_idx" ON "ledger_escalation" USING btree ("task_id","opened_at");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_issue_code_key" ON "ledger_issue" USING btree ("source_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_measure_code_key" ON "ledger_measure" USING btree ("issue_id","code");--> statement-breakpoint
CREATE INDEX "ledger_meeting_held_idx" ON "ledger_meeting" USING btree ("held_on");--> statement-breakpoint
CREATE INDEX "ledger_member_department_idx" ON "ledger_member" USING btree ("department_id","joined_on");--> statement-breakpoint
CREATE INDEX "ledger_report_task_idx" ON "ledger_report" USING btree ("task_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_source_code_key" ON "ledger_source" USING btree ("code");--> statement-breakpoint
CREATE INDEX "ledger_source_kind_idx" ON "ledger_source" USING btree ("kind");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_task_number_key" ON "ledger_task" USING btree ("number");--> statement-breakpoint
CREATE INDEX "ledger_task_lead_idx" ON "ledger_task" USING btree ("lead_department_id","due_on");--> statement-breakpoint
CREATE INDEX "ledger_task_source_idx" ON "ledger_task" USING btree ("source_id","due_on");--> statement-breakpoint
CREATE INDEX "ledger_task_measure_idx" ON "ledger_task" USING btree ("measure_id");--> statement-breakpoint
CREATE INDEX "ledger_task_issue_idx" ON "ledger_task" USING btree ("issue_id");--> statement-breakpoint
CREATE INDEX "ledger_task_state_idx" ON "ledger_task" USING btree ("state","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_task_origin_key" ON "ledger_task" USING btree ("origin_type","origin_id") WHERE "ledger_task"."origin_id" is not null;--> statement-breakpoint
CREATE INDEX "hall_finding_inspection_idx" ON "hall_finding" USING btree ("inspection_id");--> statement-breakpoint
CREATE INDEX "hall_inspection_held_idx" ON "hall_inspection" USING btree ("held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "key_project_code_key" ON "key_project" USING btree ("code");--> statement-breakpoint
CREATE INDEX "key_project_year_idx" ON "key_project" USING btree ("year");--> statement-breakpoint
CREATE INDEX "outreach_contact_held_idx" ON "outreach_contact" USING btree ("held_on");--> statement-breakpoint
CREATE INDEX "outreach_contact_uscc_idx" ON "outreach_contact" USING btree ("uscc","held_on");--> statement-breakpoint
CREATE INDEX "outreach_problem_state_idx" ON "outreach_problem" USING btree ("state","raised_on");--> statement-breakpoint
CREATE INDEX "outreach_problem_department_idx" ON "outreach_problem" USING btree ("department_id","state");--> statement-breakpoint
CREATE INDEX "outreach_steward_uscc_idx" ON "outreach_steward" USING btree ("uscc");--> statement-breakpoint
CREATE INDEX "outreach_steward_department_idx" ON "outreach_steward" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "project_blocker_project_idx" ON "project_blocker" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "project_blocker_state_idx" ON "project_blocker" USING btree ("state","found_on");--> statement-breakpoint
CREATE INDEX "project_meeting_held_idx" ON "project_meeting" USING btree ("held_on");