CREATE INDEX "key_project_uscc_idx" ON "key_project" USING btree ("uscc");--> statement-breakpoint
CREATE INDEX "outreach_problem_uscc_idx" ON "outreach_problem" USING btree ("uscc","raised_on");