CREATE TABLE "survey_invitations" (
	"id" text PRIMARY KEY NOT NULL,
	"survey_id" text NOT NULL,
	"token_hash" text NOT NULL,
	"label" text,
	"unit_id" text,
	"used_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_questionnaires" (
	"id" text PRIMARY KEY NOT NULL,
	"survey_id" text NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" text PRIMARY KEY NOT NULL,
	"survey_id" text NOT NULL,
	"version" integer NOT NULL,
	"source" text NOT NULL,
	"invitation_id" text,
	"unit_id" text,
	"answers" jsonb NOT NULL,
	"lang" text DEFAULT 'id' NOT NULL,
	"consent_at" timestamp with time zone,
	"fingerprint" text,
	"import_batch_id" text,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_studies" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"pollster" text DEFAULT '' NOT NULL,
	"year" integer NOT NULL,
	"index" double precision NOT NULL,
	"previous_index" double precision,
	"respondents" integer,
	"margin_of_error_pct" double precision,
	"confidence_pct" double precision,
	"method" text DEFAULT '' NOT NULL,
	"aspects" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"evidence_file_id" text,
	"evidence_link" text,
	"unit_id" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"title_en" text,
	"purpose" text DEFAULT '' NOT NULL,
	"population" text DEFAULT '' NOT NULL,
	"population_size" integer,
	"margin_of_error" double precision,
	"year" integer NOT NULL,
	"quarter" integer,
	"series" text,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"closed_at" timestamp with time zone,
	"access" text NOT NULL,
	"public_token" text,
	"consent" jsonb NOT NULL,
	"quotas" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"unit_id" text,
	"current_version" integer DEFAULT 1 NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_questionnaires" ADD CONSTRAINT "survey_questionnaires_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invitations_token_uq" ON "survey_invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "survey_invitations_survey_idx" ON "survey_invitations" USING btree ("survey_id");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_questionnaires_version_uq" ON "survey_questionnaires" USING btree ("survey_id","version");--> statement-breakpoint
CREATE INDEX "survey_responses_survey_idx" ON "survey_responses" USING btree ("survey_id","submitted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_invitation_uq" ON "survey_responses" USING btree ("invitation_id") WHERE "survey_responses"."invitation_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "survey_responses_fingerprint_idx" ON "survey_responses" USING btree ("survey_id","fingerprint");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_studies_code_uq" ON "survey_studies" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "surveys_code_uq" ON "surveys" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "surveys_public_token_uq" ON "surveys" USING btree ("public_token");--> statement-breakpoint
CREATE INDEX "surveys_year_idx" ON "surveys" USING btree ("year","kind");