-- The headlines' full-text search, in a narrow table of its own (docs/decisions/006-news-list-indexes.md).
-- A phrase found in 2.400 headlines over ten years was sorted by date after reading each match's whole row
-- in media_news (500 pages, 3,6 ms on PostgreSQL; its count read 1.000 more); here a row is the item's words
-- and the list's filter columns, about a sixth of the size, and the same page reads 210 pages (1,2 ms).
-- Derived like media_news_issue (migration 0011): the triggers below keep it, a backup leaves it out.
CREATE TABLE "media_news_search" (
	"news_id" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	-- duplicate_of_id IS NULL: the item counted for its duplicate group
	"counted" boolean NOT NULL,
	"media_type" text NOT NULL,
	"outlet_id" text NOT NULL,
	"tone" text,
	-- The headline's words with Indonesian stemming, and the month it appeared (media_news_words). Headlines
	-- only: indexing the summaries as well made a bulk insert a third slower (docs/media.md).
	"words" tsvector NOT NULL
);--> statement-breakpoint
-- The month in Jakarta is a word of its own, '#202108', which no headline can produce (the parser splits at
-- '#'): a page of the newest matches asks for this month's first, then the month before (queries/news-list.ts),
-- so it sorts a month's matches rather than ten years' — the GIN index intersects the two lists itself.
CREATE FUNCTION media_news_words(title text, published_at timestamp with time zone) RETURNS tsvector AS $$
	SELECT to_tsvector('indonesian', title) || ('#' || to_char(published_at AT TIME ZONE 'Asia/Jakarta', 'YYYYMM'))::tsvector
$$ LANGUAGE sql STABLE;--> statement-breakpoint
INSERT INTO "media_news_search" ("news_id", "published_at", "counted", "media_type", "outlet_id", "tone", "words")
SELECT n.id, n.published_at, n.duplicate_of_id IS NULL, n.media_type, n.outlet_id, n.tone, media_news_words(n.title, n.published_at)
FROM "media_news" n ORDER BY n.published_at;--> statement-breakpoint
CREATE INDEX "media_news_search_words_idx" ON "media_news_search" USING gin ("words");--> statement-breakpoint
-- How the triggers find an item's row (its id alone would need the same index with another first column).
CREATE INDEX "media_news_search_item_idx" ON "media_news_search" ("published_at", "news_id");--> statement-breakpoint
CREATE FUNCTION media_news_search_inserted() RETURNS trigger AS $$
BEGIN
	INSERT INTO media_news_search (news_id, published_at, counted, media_type, outlet_id, tone, words)
	SELECT n.id, n.published_at, n.duplicate_of_id IS NULL, n.media_type, n.outlet_id, n.tone, media_news_words(n.title, n.published_at)
	FROM inserted_news n;
	RETURN NULL;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER media_news_search_insert AFTER INSERT ON media_news
	REFERENCING NEW TABLE AS inserted_news FOR EACH STATEMENT EXECUTE FUNCTION media_news_search_inserted();--> statement-breakpoint
CREATE FUNCTION media_news_search_updated() RETURNS trigger AS $$
BEGIN
	UPDATE media_news_search SET news_id = NEW.id, published_at = NEW.published_at, counted = NEW.duplicate_of_id IS NULL,
		media_type = NEW.media_type, outlet_id = NEW.outlet_id, tone = NEW.tone, words = media_news_words(NEW.title, NEW.published_at)
	WHERE published_at = OLD.published_at AND news_id = OLD.id;
	RETURN NULL;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER media_news_search_update AFTER UPDATE ON media_news FOR EACH ROW
	WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.published_at IS DISTINCT FROM NEW.published_at
		OR (OLD.duplicate_of_id IS NULL) <> (NEW.duplicate_of_id IS NULL) OR OLD.media_type IS DISTINCT FROM NEW.media_type
		OR OLD.outlet_id IS DISTINCT FROM NEW.outlet_id OR OLD.tone IS DISTINCT FROM NEW.tone)
	EXECUTE FUNCTION media_news_search_updated();--> statement-breakpoint
CREATE FUNCTION media_news_search_deleted() RETURNS trigger AS $$
BEGIN
	DELETE FROM media_news_search s USING deleted_news d WHERE s.published_at = d.published_at AND s.news_id = d.id;
	RETURN NULL;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER media_news_search_delete AFTER DELETE ON media_news
	REFERENCING OLD TABLE AS deleted_news FOR EACH STATEMENT EXECUTE FUNCTION media_news_search_deleted();--> statement-breakpoint
CREATE FUNCTION media_news_search_truncated() RETURNS trigger AS $$
BEGIN
	TRUNCATE media_news_search;
	RETURN NULL;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER media_news_search_truncate AFTER TRUNCATE ON media_news
	FOR EACH STATEMENT EXECUTE FUNCTION media_news_search_truncated();
