CREATE TABLE "entity_account" (
	"id" uuid PRIMARY KEY NOT NULL,
	"entity_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"granted_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "entity_account_entity_user_key" UNIQUE("entity_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "licence_type" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "entity_account" ADD CONSTRAINT "entity_account_entity_id_market_entity_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."market_entity"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "entity_account_user_idx" ON "entity_account" USING btree ("user_id");--> statement-breakpoint
-- share_log.reason holds a code (common/api/registry.ts SHARE_REFUSAL_REASONS) from now on.
UPDATE "share_log" SET "reason" = 'no_rule' WHERE "reason" = 'no sharing rule';--> statement-breakpoint
UPDATE "share_log" SET "reason" = 'no_subject' WHERE "reason" = 'no such subject';
