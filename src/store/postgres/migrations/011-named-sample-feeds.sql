-- Console mode's sample feeds move from http://127.0.0.1:<port>/feeds/<file> (a new row per run) to their name,
-- http://samples.briefbot.invalid/feeds/<file>: the oldest row of each is kept and cleared of the failures and
-- disabling the port change caused; later copies are deleted. Same rule as SQLite's 011-named-sample-feeds.ts.
CREATE TEMP TABLE sample_feed_moves ON COMMIT DROP AS
SELECT id, 'http://samples.briefbot.invalid/feeds/' || substring(url FROM '/feeds/([^/?#]+)$') AS named
FROM feeds
WHERE url ~ '^http://127\.0\.0\.1:[0-9]{1,5}/feeds/(coinwire\.xml|diario\.json|lequotidien\.atom|techwire\.xml|wirtschaftsbote\.xml)$';

DELETE FROM feeds f USING sample_feed_moves m
WHERE f.id = m.id
  AND (EXISTS (SELECT 1 FROM feeds n WHERE n.url = m.named)
    OR EXISTS (SELECT 1 FROM sample_feed_moves o WHERE o.named = m.named AND o.id < m.id));

UPDATE feeds f SET url = m.named, final_url = NULL, etag = NULL, last_modified = NULL, body_hash = NULL,
  consecutive_failures = 0, last_error = NULL, last_error_at = NULL, disabled_reason = NULL, next_poll_at = 0
FROM sample_feed_moves m WHERE f.id = m.id;

UPDATE feed_targets t SET disabled_reason = NULL FROM sample_feed_moves m WHERE t.feed_id = m.id;
