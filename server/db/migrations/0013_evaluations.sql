CREATE TABLE "event_cursor" (
	"reader" text PRIMARY KEY NOT NULL,
	"last_id" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_invitation" (
	"id" uuid PRIMARY KEY NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"rater_user_id" uuid,
	"department_id" uuid NOT NULL,
	"item_code" text,
	"hall_id" uuid,
	"title" text NOT NULL,
	"number" text,
	"ended_at" timestamp (3) with time zone NOT NULL,
	"rate_until" timestamp (3) with time zone NOT NULL,
	"rating_id" uuid
);
--> statement-breakpoint
CREATE TABLE "evaluation_tally" (
	"day" date NOT NULL,
	"department_id" uuid NOT NULL,
	"item_code" text DEFAULT '' NOT NULL,
	"hall_id" text DEFAULT '' NOT NULL,
	"channel" text NOT NULL,
	"invited" integer DEFAULT 0 NOT NULL,
	"rated" integer DEFAULT 0 NOT NULL,
	"answered" integer DEFAULT 0 NOT NULL,
	"l1" integer DEFAULT 0 NOT NULL,
	"l2" integer DEFAULT 0 NOT NULL,
	"l3" integer DEFAULT 0 NOT NULL,
	"l4" integer DEFAULT 0 NOT NULL,
	"l5" integer DEFAULT 0 NOT NULL,
	"bad" integer DEFAULT 0 NOT NULL,
	"called_back" integer DEFAULT 0 NOT NULL,
	"rectified" integer DEFAULT 0 NOT NULL,
	"real_name_bad" integer DEFAULT 0 NOT NULL,
	"real_name_bad_closed" integer DEFAULT 0 NOT NULL,
	"loops_closed" integer DEFAULT 0 NOT NULL,
	"loops_on_time" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "evaluation_tally_day_department_id_item_code_hall_id_channel_pk" PRIMARY KEY("day","department_id","item_code","hall_id","channel")
);
--> statement-breakpoint
CREATE TABLE "evaluation_window_session" (
	"id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"clerk_id" uuid NOT NULL,
	"hall_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"application_id" uuid,
	"item_code" text,
	"service" text NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"rating_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_window_session_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "rating_appeal" (
	"id" uuid PRIMARY KEY NOT NULL,
	"rating_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"status" text DEFAULT 'filed' NOT NULL,
	"filed_by" uuid NOT NULL,
	"filed_at" timestamp (3) with time zone NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp (3) with time zone,
	"decision_comment" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rating" (
	"id" uuid PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"subject_title" text NOT NULL,
	"subject_number" text,
	"department_id" uuid NOT NULL,
	"item_code" text,
	"hall_id" uuid,
	"rater_user_id" uuid,
	"real_name" boolean NOT NULL,
	"source_hash" text,
	"first" jsonb NOT NULL,
	"supplement" jsonb,
	"level" smallint NOT NULL,
	"rated_at" timestamp (3) with time zone NOT NULL,
	"status" text DEFAULT 'valid' NOT NULL,
	"removed_reason" text,
	"removed_at" timestamp (3) with time zone,
	"loop_id" uuid,
	"loop_state" text,
	"loop_decision" text,
	"called_back_at" timestamp (3) with time zone,
	"callback_contacted" boolean,
	"callback_satisfied" boolean,
	"loop_closed_at" timestamp (3) with time zone,
	"loop_on_time" boolean,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_invitation_subject_key" ON "evaluation_invitation" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "evaluation_invitation_rater_idx" ON "evaluation_invitation" USING btree ("rater_user_id","ended_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "evaluation_tally_department_idx" ON "evaluation_tally" USING btree ("department_id","day");--> statement-breakpoint
CREATE UNIQUE INDEX "rating_appeal_rating_key" ON "rating_appeal" USING btree ("rating_id");--> statement-breakpoint
CREATE INDEX "rating_appeal_status_idx" ON "rating_appeal" USING btree ("status","filed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "rating_subject_key" ON "rating" USING btree ("subject_type","subject_id") WHERE channel <> 'public';--> statement-breakpoint
CREATE INDEX "rating_department_idx" ON "rating" USING btree ("department_id","rated_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "rating_rated_at_idx" ON "rating" USING btree ("rated_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "rating_loop_idx" ON "rating" USING btree ("loop_id");--> statement-breakpoint
CREATE INDEX "rating_source_idx" ON "rating" USING btree ("source_hash","rated_at") WHERE source_hash is not null;