ALTER TABLE "app_user" ADD COLUMN "email_enc" text;--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "email_masked" text;