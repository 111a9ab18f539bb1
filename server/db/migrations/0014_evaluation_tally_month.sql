CREATE TABLE "evaluation_tally_month" (
	"month" date NOT NULL,
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
	CONSTRAINT "evaluation_tally_month_month_department_id_item_code_hall_id_channel_pk" PRIMARY KEY("month","department_id","item_code","hall_id","channel")
);
--> statement-breakpoint
CREATE INDEX "evaluation_tally_month_department_idx" ON "evaluation_tally_month" USING btree ("department_id","month");--> statement-breakpoint
-- The months of what was tallied before this migration.
INSERT INTO "evaluation_tally_month" SELECT date_trunc('month', "day"::timestamp)::date, "department_id", "item_code", "hall_id", "channel", sum("invited"), sum("rated"), sum("answered"), sum("l1"), sum("l2"), sum("l3"), sum("l4"), sum("l5"), sum("bad"), sum("called_back"), sum("rectified"), sum("real_name_bad"), sum("real_name_bad_closed"), sum("loops_closed"), sum("loops_on_time") FROM "evaluation_tally" GROUP BY 1, 2, 3, 4, 5;
