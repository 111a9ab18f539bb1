CREATE TABLE "appeal_day_place" (
	"day" date NOT NULL,
	"category_code" text NOT NULL,
	"area_code" text NOT NULL,
	"department_id" uuid,
	"count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appeal_day_rate" (
	"day" date NOT NULL,
	"department_id" uuid,
	"counts" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appeal_settled_day" (
	"day" date PRIMARY KEY NOT NULL,
	"settled_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "appeal_day_place_day_idx" ON "appeal_day_place" USING btree ("day");--> statement-breakpoint
CREATE INDEX "appeal_day_rate_day_idx" ON "appeal_day_rate" USING btree ("day");