-- The news list filtered by issue, newest first (docs/decisions/006-news-list-indexes.md). A GIN index on
-- media_news.issues found a common issue's 62.000 items in ten years as an unordered bitmap, twice per page
-- (the page and its count), and the page then sorted them. This table holds one row per item and issue with
-- the other filters' columns, so a page is a walk down one btree from the newest item of the issue in the
-- period. It is derived: the triggers below keep it equal to media_news, whatever writes there (imports'
-- COPY, the demo, a correction, a tone, a duplicate marked, the retention job, a restore), and a backup
-- leaves it out (it is not in the Drizzle schema).
CREATE TABLE "media_news_issue" (
	"news_id" text NOT NULL,
	"issue" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	-- duplicate_of_id IS NULL: the item counted for its duplicate group
	"counted" boolean NOT NULL,
	"media_type" text NOT NULL,
	"outlet_id" text NOT NULL,
	"tone" text
);--> statement-breakpoint
INSERT INTO "media_news_issue" ("news_id", "issue", "published_at", "counted", "media_type", "outlet_id", "tone")
SELECT n.id, i.issue, n.published_at, n.duplicate_of_id IS NULL, n.media_type, n.outlet_id, n.tone
FROM "media_news" n, unnest(n.issues) AS i(issue);--> statement-breakpoint
-- The only index: the filters used most are in it too, so their pages and counts read the index alone (an
-- outlet is checked on the row). The triggers find an item's rows through it as well, by its issues and
-- moment. A second index, or the outlet's id in this one, made a 20.000-item import's upkeep of this table
-- two to three times as long (100 ms against 220–330 on ten years of news). An item's issues are distinct
-- (normalize.ts, cleanTags), so no key guards against a pair twice.
CREATE INDEX "media_news_issue_list_idx" ON "media_news_issue" ("issue", "published_at" DESC, "news_id" DESC)
	INCLUDE ("counted", "media_type", "tone");--> statement-breakpoint
CREATE FUNCTION media_news_issue_inserted() RETURNS trigger AS $$
BEGIN
	INSERT INTO media_news_issue (news_id, issue, published_at, counted, media_type, outlet_id, tone)
	SELECT n.id, i.issue, n.published_at, n.duplicate_of_id IS NULL, n.media_type, n.outlet_id, n.tone
	FROM inserted_news n, unnest(n.issues) AS i(issue);
	RETURN NULL;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
-- Once per statement, with every row it inserted: a 20.000-row COPY runs one INSERT … SELECT here.
CREATE TRIGGER media_news_issue_insert AFTER INSERT ON media_news
	REFERENCING NEW TABLE AS inserted_news FOR EACH STATEMENT EXECUTE FUNCTION media_news_issue_inserted();--> statement-breakpoint
CREATE FUNCTION media_news_issue_updated() RETURNS trigger AS $$
BEGIN
	DELETE FROM media_news_issue WHERE issue = ANY(OLD.issues) AND published_at = OLD.published_at AND news_id = OLD.id;
	INSERT INTO media_news_issue (news_id, issue, published_at, counted, media_type, outlet_id, tone)
	SELECT NEW.id, i.issue, NEW.published_at, NEW.duplicate_of_id IS NULL, NEW.media_type, NEW.outlet_id, NEW.tone
	FROM unnest(NEW.issues) AS i(issue);
	RETURN NULL;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
-- Per row, and only when a column held here changed: the classifier rewriting thousands of suggestions
-- does not touch this table.
CREATE TRIGGER media_news_issue_update AFTER UPDATE ON media_news FOR EACH ROW
	WHEN (OLD.issues IS DISTINCT FROM NEW.issues OR OLD.published_at IS DISTINCT FROM NEW.published_at
		OR (OLD.duplicate_of_id IS NULL) <> (NEW.duplicate_of_id IS NULL) OR OLD.media_type IS DISTINCT FROM NEW.media_type
		OR OLD.outlet_id IS DISTINCT FROM NEW.outlet_id OR OLD.tone IS DISTINCT FROM NEW.tone)
	EXECUTE FUNCTION media_news_issue_updated();--> statement-breakpoint
CREATE FUNCTION media_news_issue_deleted() RETURNS trigger AS $$
BEGIN
	DELETE FROM media_news_issue m USING deleted_news d, unnest(d.issues) AS i(issue)
	WHERE m.issue = i.issue AND m.published_at = d.published_at AND m.news_id = d.id;
	RETURN NULL;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER media_news_issue_delete AFTER DELETE ON media_news
	REFERENCING OLD TABLE AS deleted_news FOR EACH STATEMENT EXECUTE FUNCTION media_news_issue_deleted();--> statement-breakpoint
CREATE FUNCTION media_news_issue_truncated() RETURNS trigger AS $$
BEGIN
	TRUNCATE media_news_issue;
	RETURN NULL;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER media_news_issue_truncate AFTER TRUNCATE ON media_news
	FOR EACH STATEMENT EXECUTE FUNCTION media_news_issue_truncated();
