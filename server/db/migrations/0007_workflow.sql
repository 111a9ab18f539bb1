CREATE TABLE "workflow_assignment" (
	"case_id" uuid NOT NULL,
	"holder_key" text NOT NULL,
	"workflow" text NOT NULL,
	"state" text NOT NULL,
	"due_at" timestamp (3) with time zone,
	"since" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "workflow_assignment_case_id_holder_key_pk" PRIMARY KEY("case_id","holder_key")
);
--> statement-breakpoint
CREATE TABLE "workflow_case" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workflow" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"state" text NOT NULL,
	"holders" jsonb NOT NULL,
	"initiator_id" uuid,
	"state_entered_at" timestamp (3) with time zone NOT NULL,
	"state_due_at" timestamp (3) with time zone,
	"suspended_from" text,
	"clock" jsonb NOT NULL,
	"due_at" timestamp (3) with time zone,
	"ended" boolean DEFAULT false NOT NULL,
	"others_acted" boolean DEFAULT false NOT NULL,
	"trail" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workflow_history" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"action" text NOT NULL,
	"actor_id" uuid,
	"from_state" text NOT NULL,
	"to_state" text NOT NULL,
	"comment" text,
	"attachments" jsonb NOT NULL,
	"data" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workflow_reminder" (
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"due_at_ms" bigint NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workflow_reminder_case_id_kind_due_at_ms_pk" PRIMARY KEY("case_id","kind","due_at_ms")
);
--> statement-breakpoint
ALTER TABLE "workflow_assignment" ADD CONSTRAINT "workflow_assignment_case_id_workflow_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."workflow_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_history" ADD CONSTRAINT "workflow_history_case_id_workflow_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."workflow_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_reminder" ADD CONSTRAINT "workflow_reminder_case_id_workflow_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."workflow_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "workflow_assignment_queue_idx" ON "workflow_assignment" USING btree ("holder_key","due_at","case_id");--> statement-breakpoint
CREATE INDEX "workflow_case_subject_idx" ON "workflow_case" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "workflow_case_due_idx" ON "workflow_case" USING btree ("due_at") WHERE not ended;--> statement-breakpoint
CREATE INDEX "workflow_history_case_idx" ON "workflow_history" USING btree ("case_id","seq");