DROP INDEX "appeal_ticket_case_idx";--> statement-breakpoint
DROP INDEX "appeal_ticket_token_key";--> statement-breakpoint
DROP INDEX "appeal_ticket_requester_idx";--> statement-breakpoint
DROP INDEX "appeal_ticket_phone_idx";--> statement-breakpoint
CREATE INDEX "appeal_ticket_open_created_idx" ON "appeal_ticket" USING btree ("created_at" DESC NULLS LAST,"id") WHERE "appeal_ticket"."state" not in ('closed', 'merged', 'invalid');--> statement-breakpoint
CREATE UNIQUE INDEX "appeal_ticket_token_key" ON "appeal_ticket" USING btree ("token") WHERE "appeal_ticket"."token" is not null;--> statement-breakpoint
CREATE INDEX "appeal_ticket_requester_idx" ON "appeal_ticket" USING btree ("requester_user_id","created_at" DESC NULLS LAST) WHERE "appeal_ticket"."requester_user_id" is not null;--> statement-breakpoint
CREATE INDEX "appeal_ticket_phone_idx" ON "appeal_ticket" USING btree ("requester_phone_index","created_at" DESC NULLS LAST) WHERE "appeal_ticket"."requester_phone_index" is not null;