ALTER TABLE "media_feed_polls" ADD COLUMN "error_kind" text;--> statement-breakpoint
ALTER TABLE "media_feeds" ADD COLUMN "last_error_kind" text;--> statement-breakpoint
-- Failures logged before the kinds existed: classified from their text, as the screen used to.
CREATE FUNCTION media_feed_failure_kind(error text) RETURNS text AS $$
	SELECT CASE
		WHEN error ~ 'HTTP [0-9]{3}' THEN 'http'
		WHEN error ~* 'ECONNREFUSED' THEN 'refused'
		WHEN error ~* 'bad port' THEN 'bad_port'
		WHEN error ~* 'ENOTFOUND|EAI_AGAIN' THEN 'not_found'
		WHEN error ~* 'waktu habis|timed out|ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT' THEN 'timeout'
		WHEN error ~* 'bukan RSS atau Atom' THEN 'not_feed'
		WHEN error ~* 'terpotong' THEN 'truncated'
		WHEN error ~* 'terlalu besar' THEN 'too_large'
		WHEN error ~* 'ECONNRESET|socket hang up|other side closed' THEN 'reset'
		WHEN error ~* 'certificate|CERT_|SSL|TLS' THEN 'certificate'
		ELSE 'other'
	END
$$ LANGUAGE sql IMMUTABLE;--> statement-breakpoint
UPDATE "media_feed_polls" SET "error_kind" = media_feed_failure_kind("error") WHERE "status" = 'error' AND "error" IS NOT NULL;--> statement-breakpoint
UPDATE "media_feeds" SET "last_error_kind" = media_feed_failure_kind("last_error") WHERE "last_error" IS NOT NULL;--> statement-breakpoint
DROP FUNCTION media_feed_failure_kind(text);
