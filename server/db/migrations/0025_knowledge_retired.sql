ALTER TABLE "appeal_knowledge" ADD COLUMN "retired_at" timestamp (3) with time zone;--> statement-breakpoint
-- Entries retired before this column existed were given a last valid day of the day before instead (and a start no
-- later than that). Where the retiring is still the entry's last recorded write, it becomes a retirement again: the
-- moment of the audit row, and the end date the entry had before (kept in the audit row as validToBefore).
UPDATE "appeal_knowledge" k SET "retired_at" = r."at", "valid_to" = (r."change"->>'validToBefore')::date
FROM (
	SELECT DISTINCT ON ("entity_id") "entity_id", "action", "at", "change" FROM "audit_log"
	WHERE "entity" = 'appeal_knowledge' AND "action" IN ('appeal.knowledge.create', 'appeal.knowledge.update', 'appeal.knowledge.retire')
	ORDER BY "entity_id", "id" DESC
) r
WHERE r."entity_id" = k."id"::text AND r."action" = 'appeal.knowledge.retire' AND k."retired_at" IS NULL;
