DROP INDEX "media_news_date_idx";--> statement-breakpoint
DROP INDEX "media_news_fts_idx";--> statement-breakpoint
ALTER TABLE "media_news" ADD COLUMN "title_search" "tsvector" GENERATED ALWAYS AS (to_tsvector('indonesian', "media_news"."title")) STORED;--> statement-breakpoint
CREATE INDEX "media_news_list_idx" ON "media_news" USING btree ("published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "media_news"."duplicate_of_id" IS NULL;--> statement-breakpoint
CREATE INDEX "media_news_title_fts_idx" ON "media_news" USING gin ("title_search");