ALTER TABLE "workflow_case" ADD COLUMN "queue_key" text;--> statement-breakpoint
-- An open case's first holder key moves from its queue row onto the case: the first holder's kind and id, as the
-- engine's holderKeys puts it first. The queue rows of that key are then deleted; the others (further holders and
-- delegates) stay. The index is built after, over the filled column.
UPDATE "workflow_case" SET "queue_key" = ("holders"->0->'holder'->>'kind') || ':' || ("holders"->0->'holder'->>'id')
WHERE NOT "ended" AND jsonb_array_length("holders") > 0;--> statement-breakpoint
DELETE FROM "workflow_assignment" w USING "workflow_case" c WHERE c."id" = w."case_id" AND w."holder_key" = c."queue_key";--> statement-breakpoint
CREATE INDEX "workflow_case_queue_idx" ON "workflow_case" USING btree ("queue_key","due_at","id") WHERE queue_key is not null;
