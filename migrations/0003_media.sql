CREATE TABLE "media_interview_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"tracking_code" text NOT NULL,
	"channel" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"received_date" date NOT NULL,
	"outlet_id" text,
	"outlet_name" text NOT NULL,
	"media_type" text NOT NULL,
	"journalist_id" text,
	"journalist_name" text NOT NULL,
	"contact_email" text,
	"contact_phone" text,
	"topic" text NOT NULL,
	"questions" text,
	"wanted_at" timestamp with time zone,
	"deadline" timestamp with time zone,
	"preferred_spokesperson" text,
	"status" text NOT NULL,
	"priority" text DEFAULT 'normal' NOT NULL,
	"triage_note" text,
	"triaged_by" text,
	"triaged_at" timestamp with time zone,
	"assigned_to" text,
	"spokesperson" text,
	"assigned_by" text,
	"assigned_at" timestamp with time zone,
	"outcome" text,
	"decline_reason" text,
	"outcome_note" text,
	"outcome_link" text,
	"responded_at" timestamp with time zone,
	"responded_by" text,
	"consent_at" timestamp with time zone,
	"consent_notice_version" text,
	"retention_until" date NOT NULL,
	"anonymized_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "media_public_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "media_alerts" (
	"id" text PRIMARY KEY NOT NULL,
	"date" date NOT NULL,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"count" integer NOT NULL,
	"baseline_mean" double precision NOT NULL,
	"baseline_sd" double precision NOT NULL,
	"threshold" double precision NOT NULL,
	"acknowledged_by" text,
	"acknowledged_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "media_digest_subscriptions" (
	"id" text PRIMARY KEY NOT NULL,
	"unit_id" text NOT NULL,
	"email" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "media_digests" (
	"id" text PRIMARY KEY NOT NULL,
	"slot" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"window_from" timestamp with time zone NOT NULL,
	"window_to" timestamp with time zone NOT NULL,
	"content" jsonb NOT NULL,
	"emailed_at" timestamp with time zone,
	"emailed_to" integer DEFAULT 0 NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "media_feed_polls" (
	"id" text PRIMARY KEY NOT NULL,
	"feed_id" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text NOT NULL,
	"items_seen" integer DEFAULT 0 NOT NULL,
	"items_added" integer DEFAULT 0 NOT NULL,
	"duration_ms" integer DEFAULT 0 NOT NULL,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "media_feeds" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"url" text NOT NULL,
	"outlet_id" text,
	"keywords" text[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"interval_minutes" integer DEFAULT 30 NOT NULL,
	"next_poll_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_polled_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"last_error" text,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "media_import_mappings" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "media_tone_models" (
	"id" text PRIMARY KEY NOT NULL,
	"trained_at" timestamp with time zone DEFAULT now() NOT NULL,
	"train_items" integer NOT NULL,
	"test_items" integer NOT NULL,
	"accuracy" double precision,
	"macro_f1" double precision,
	"metrics" jsonb NOT NULL,
	"weights" "bytea" NOT NULL,
	"active" boolean DEFAULT false NOT NULL,
	"train_seconds" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "media_journalists" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"outlet_id" text,
	"beat" text,
	"media_type" text,
	"region" text,
	"email" text,
	"phone" text,
	"legal_basis" text NOT NULL,
	"purpose" text NOT NULL,
	"consent_at" timestamp with time zone,
	"consent_notice_version" text,
	"retention_until" date NOT NULL,
	"restricted_at" timestamp with time zone,
	"anonymized_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "media_news" (
	"id" text PRIMARY KEY NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"published_date" date NOT NULL,
	"title" text NOT NULL,
	"title_key" text NOT NULL,
	"outlet_id" text NOT NULL,
	"media_type" text NOT NULL,
	"url" text,
	"url_key" text,
	"summary" text,
	"journalist" text,
	"journalist_id" text,
	"tone" text,
	"tone_origin" text,
	"tone_set_by" text,
	"tone_set_at" timestamp with time zone,
	"suggested_tone" text,
	"suggested_score" double precision,
	"suggestion_model_id" text,
	"suggestion_accepted" boolean,
	"issues" text[] DEFAULT '{}'::text[] NOT NULL,
	"commodities" text[] DEFAULT '{}'::text[] NOT NULL,
	"spokespersons" text[] DEFAULT '{}'::text[] NOT NULL,
	"region" text,
	"source" text NOT NULL,
	"import_batch_id" text,
	"feed_id" text,
	"duplicate_group_id" text NOT NULL,
	"duplicate_of_id" text,
	"duplicate_reason" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "media_outlets" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"media_type" text NOT NULL,
	"region" text,
	"website" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "media_coverages" (
	"id" text PRIMARY KEY NOT NULL,
	"activity_date" date NOT NULL,
	"activity" text NOT NULL,
	"unit_id" text NOT NULL,
	"location" text NOT NULL,
	"place" text,
	"service_request_ref" text,
	"status" text NOT NULL,
	"news_title" text,
	"news_url" text,
	"news_published_date" date,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "media_releases" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"date" date NOT NULL,
	"title" text NOT NULL,
	"commodities" text[] DEFAULT '{}'::text[] NOT NULL,
	"issues" text[] DEFAULT '{}'::text[] NOT NULL,
	"body" text,
	"link" text,
	"channels" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "media_journalists" ADD CONSTRAINT "media_journalists_outlet_id_media_outlets_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."media_outlets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_news" ADD CONSTRAINT "media_news_outlet_id_media_outlets_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."media_outlets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "media_interviews_number_uq" ON "media_interview_requests" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "media_interviews_tracking_uq" ON "media_interview_requests" USING btree ("tracking_code");--> statement-breakpoint
CREATE INDEX "media_interviews_received_idx" ON "media_interview_requests" USING btree ("received_date");--> statement-breakpoint
CREATE INDEX "media_interviews_status_idx" ON "media_interview_requests" USING btree ("status","received_at");--> statement-breakpoint
CREATE UNIQUE INDEX "media_alerts_day_uq" ON "media_alerts" USING btree ("date","kind","subject");--> statement-breakpoint
CREATE UNIQUE INDEX "media_digest_subs_uq" ON "media_digest_subscriptions" USING btree ("unit_id","email");--> statement-breakpoint
CREATE UNIQUE INDEX "media_digests_slot_uq" ON "media_digests" USING btree ("slot");--> statement-breakpoint
CREATE INDEX "media_feed_polls_feed_idx" ON "media_feed_polls" USING btree ("feed_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "media_import_mappings_name_uq" ON "media_import_mappings" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "media_journalists_outlet_idx" ON "media_journalists" USING btree ("outlet_id");--> statement-breakpoint
CREATE INDEX "media_journalists_retention_idx" ON "media_journalists" USING btree ("retention_until");--> statement-breakpoint
CREATE INDEX "media_news_date_idx" ON "media_news" USING btree ("published_date","published_at");--> statement-breakpoint
CREATE INDEX "media_news_counted_idx" ON "media_news" USING btree ("published_date","tone") WHERE "media_news"."duplicate_of_id" IS NULL;--> statement-breakpoint
CREATE INDEX "media_news_queue_idx" ON "media_news" USING btree ("published_at") WHERE "media_news"."tone" IS NULL AND "media_news"."duplicate_of_id" IS NULL;--> statement-breakpoint
CREATE INDEX "media_news_outlet_idx" ON "media_news" USING btree ("outlet_id","published_date");--> statement-breakpoint
CREATE INDEX "media_news_url_key_idx" ON "media_news" USING btree ("url_key");--> statement-breakpoint
CREATE INDEX "media_news_title_key_idx" ON "media_news" USING btree ("title_key","published_date");--> statement-breakpoint
CREATE INDEX "media_news_group_idx" ON "media_news" USING btree ("duplicate_group_id");--> statement-breakpoint
CREATE INDEX "media_news_issues_idx" ON "media_news" USING gin ("issues");--> statement-breakpoint
CREATE INDEX "media_news_fts_idx" ON "media_news" USING gin (to_tsvector('indonesian', "title" || ' ' || coalesce("summary", '')));--> statement-breakpoint
CREATE UNIQUE INDEX "media_outlets_name_key_uq" ON "media_outlets" USING btree ("name_key");--> statement-breakpoint
CREATE INDEX "media_coverages_date_idx" ON "media_coverages" USING btree ("activity_date");--> statement-breakpoint
CREATE INDEX "media_coverages_news_idx" ON "media_coverages" USING btree ("news_published_date");--> statement-breakpoint
CREATE INDEX "media_coverages_unit_idx" ON "media_coverages" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "media_releases_kind_number_uq" ON "media_releases" USING btree ("kind","number");--> statement-breakpoint
CREATE INDEX "media_releases_date_idx" ON "media_releases" USING btree ("date");