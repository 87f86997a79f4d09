-- A news import refreshes the statistics of these two columns alone (news/maintenance.ts): tone has three
-- values and duplicate_of_id matters by its share of nulls, so ten entries describe them and the sample
-- that ANALYZE reads shrinks from 30.000 rows to 3.000 (15 ms instead of 220 on ten years of news).
ALTER TABLE "media_news" ALTER COLUMN "tone" SET STATISTICS 10;--> statement-breakpoint
ALTER TABLE "media_news" ALTER COLUMN "duplicate_of_id" SET STATISTICS 10;
