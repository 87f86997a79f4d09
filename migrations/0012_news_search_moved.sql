DROP INDEX "media_news_title_fts_idx";--> statement-breakpoint
ALTER TABLE "media_news" DROP COLUMN "title_search";