/**
 * The first schema. Per-guild tables (article_guild, quote_guild, entity_guild, entity_article_guild, guild_names)
 * are denormalised copies keyed by guild first, so that every command query is one index range scan. quote_guild,
 * entity_article_guild and guild_names carry no foreign keys: the store deletes their rows by exact key (see
 * guild-visibility.ts), which spares three secondary indexes on the hottest write path.
 */
export const INIT_SQL = /* sql */ `
CREATE TABLE feeds (
	id INTEGER PRIMARY KEY,
	url TEXT NOT NULL UNIQUE,
	final_url TEXT,
	title TEXT,
	etag TEXT,
	last_modified TEXT,
	body_hash TEXT,
	consecutive_failures INTEGER NOT NULL DEFAULT 0,
	last_error TEXT,
	last_error_at INTEGER,
	disabled_reason TEXT,
	next_poll_at INTEGER NOT NULL DEFAULT 0,
	last_polled_at INTEGER,
	initialized INTEGER NOT NULL DEFAULT 0,
	backfill INTEGER NOT NULL DEFAULT 0,
	created_at INTEGER NOT NULL
);
CREATE INDEX feeds_due ON feeds (next_poll_at) WHERE disabled_reason IS NULL;

CREATE TABLE feed_targets (
	id INTEGER PRIMARY KEY,
	feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
	guild_id TEXT NOT NULL,
	channel_id TEXT NOT NULL,
	disabled_reason TEXT,
	created_at INTEGER NOT NULL,
	UNIQUE (feed_id, guild_id, channel_id)
);
CREATE INDEX feed_targets_guild ON feed_targets (guild_id, feed_id);

CREATE TABLE feed_errors (
	id INTEGER PRIMARY KEY,
	feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
	error TEXT NOT NULL,
	at INTEGER NOT NULL
);
CREATE INDEX feed_errors_feed ON feed_errors (feed_id, at);

CREATE TABLE seen_items (
	feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
	key TEXT NOT NULL,
	link_key TEXT,
	content_hash TEXT NOT NULL,
	seen_at INTEGER NOT NULL,
	PRIMARY KEY (feed_id, key)
) WITHOUT ROWID;
CREATE INDEX seen_items_link ON seen_items (feed_id, link_key) WHERE link_key IS NOT NULL;
CREATE INDEX seen_items_hash ON seen_items (feed_id, content_hash);

CREATE TABLE articles (
	id INTEGER PRIMARY KEY,
	story_id INTEGER NOT NULL,
	url TEXT,
	canonical_url TEXT,
	title TEXT NOT NULL,
	summary TEXT NOT NULL DEFAULT '',
	source_name TEXT,
	language TEXT NOT NULL,
	published_at INTEGER,
	-- publishedAt when plausible, else createdAt: the order every listing uses.
	sort_at INTEGER NOT NULL,
	created_at INTEGER NOT NULL,
	feed_id INTEGER,
	item_key TEXT,
	minhash BLOB
);
CREATE INDEX articles_story ON articles (story_id);
CREATE INDEX articles_created ON articles (created_at);
-- Articles still holding LSH bands, oldest first, so bands past the story window are dropped without a scan.
CREATE INDEX articles_lsh ON articles (created_at) WHERE minhash IS NOT NULL;
CREATE INDEX articles_item ON articles (feed_id, item_key) WHERE item_key IS NOT NULL;

CREATE TABLE article_urls (
	url_key TEXT PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX article_urls_article ON article_urls (article_id);

CREATE TABLE briefs (
	article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	schema_version INTEGER NOT NULL,
	json TEXT NOT NULL
);

-- MinHash LSH: one row per band of the signature, so near-duplicate lookup is an index probe per band.
CREATE TABLE minhash_bands (
	band INTEGER NOT NULL,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	PRIMARY KEY (band, article_id)
) WITHOUT ROWID;
CREATE INDEX minhash_bands_article ON minhash_bands (article_id);

CREATE TABLE article_guild (
	guild_id TEXT NOT NULL,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	sort_at INTEGER NOT NULL,
	PRIMARY KEY (guild_id, article_id)
) WITHOUT ROWID;
CREATE INDEX article_guild_recent ON article_guild (guild_id, sort_at);
CREATE INDEX article_guild_article ON article_guild (article_id);

CREATE TABLE entities (
	id INTEGER PRIMARY KEY,
	type TEXT NOT NULL,
	name TEXT NOT NULL,
	norm TEXT NOT NULL,
	-- 1 when the name is a full name (several tokens): only full names merge people across articles.
	full INTEGER NOT NULL,
	created_at INTEGER NOT NULL
);
CREATE INDEX entities_norm ON entities (type, norm);

-- Every name an entity is known by (its own and its aliases), for lookup and merging.
CREATE TABLE entity_names (
	norm TEXT NOT NULL,
	entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
	name TEXT NOT NULL,
	full INTEGER NOT NULL,
	PRIMARY KEY (norm, entity_id)
) WITHOUT ROWID;
CREATE INDEX entity_names_entity ON entity_names (entity_id);

-- What autocomplete matches: every name and each of its word-suffixes, so "macron" finds "Emmanuel Macron".
CREATE TABLE entity_keys (
	entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
	key TEXT NOT NULL,
	PRIMARY KEY (entity_id, key)
) WITHOUT ROWID;

-- Evidence: which article said that this alias names this entity.
CREATE TABLE entity_alias_sources (
	entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
	norm TEXT NOT NULL,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	PRIMARY KEY (entity_id, norm, article_id)
) WITHOUT ROWID;
CREATE INDEX entity_alias_sources_article ON entity_alias_sources (article_id);

CREATE TABLE entity_roles (
	entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	role TEXT NOT NULL,
	PRIMARY KEY (entity_id, article_id, role)
) WITHOUT ROWID;
CREATE INDEX entity_roles_article ON entity_roles (article_id);

-- Old entity ids that were merged into another, so ids held by Discord components still resolve.
CREATE TABLE entity_redirects (
	old_id INTEGER PRIMARY KEY,
	new_id INTEGER NOT NULL
);

CREATE TABLE mentions (
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
	count INTEGER NOT NULL,
	PRIMARY KEY (article_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX mentions_entity ON mentions (entity_id, article_id);

CREATE TABLE quotes (
	id INTEGER PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	ord INTEGER NOT NULL,
	text TEXT NOT NULL,
	speaker TEXT,
	speaker_entity_id INTEGER,
	is_key INTEGER NOT NULL,
	UNIQUE (article_id, ord)
);
CREATE INDEX quotes_speaker ON quotes (speaker_entity_id) WHERE speaker_entity_id IS NOT NULL;

-- speaker 0 stands for "no known speaker" (primary keys of WITHOUT ROWID tables cannot be NULL).
CREATE TABLE quote_guild (
	guild_id TEXT NOT NULL,
	speaker INTEGER NOT NULL,
	sort_at INTEGER NOT NULL,
	quote_id INTEGER NOT NULL,
	PRIMARY KEY (guild_id, speaker, sort_at, quote_id)
) WITHOUT ROWID;

CREATE TABLE entity_guild (
	guild_id TEXT NOT NULL,
	entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
	article_count INTEGER NOT NULL,
	first_seen INTEGER NOT NULL,
	last_seen INTEGER NOT NULL,
	PRIMARY KEY (guild_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX entity_guild_entity ON entity_guild (entity_id);

CREATE TABLE entity_article_guild (
	guild_id TEXT NOT NULL,
	entity_id INTEGER NOT NULL,
	sort_at INTEGER NOT NULL,
	article_id INTEGER NOT NULL,
	PRIMARY KEY (guild_id, entity_id, sort_at, article_id)
) WITHOUT ROWID;

-- The entity_keys of the entities a guild can see, for prefix autocomplete as a range scan on (guild_id, norm).
CREATE TABLE guild_names (
	guild_id TEXT NOT NULL,
	norm TEXT NOT NULL,
	entity_id INTEGER NOT NULL,
	PRIMARY KEY (guild_id, norm, entity_id)
) WITHOUT ROWID;

-- Contentless: the text lives in quotes/articles; the guilds column holds one token per guild that can see
-- the row, so a guild's search is an FTS intersection instead of a post-filter over every match.
CREATE VIRTUAL TABLE quotes_fts USING fts5 (
	text, guilds,
	tokenize = 'unicode61 remove_diacritics 2', content = '', contentless_delete = 1
);
CREATE VIRTUAL TABLE articles_fts USING fts5 (
	title, summary, guilds,
	tokenize = 'unicode61 remove_diacritics 2', content = '', contentless_delete = 1
);

CREATE TABLE deliveries (
	id INTEGER PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	story_id INTEGER NOT NULL,
	guild_id TEXT NOT NULL,
	channel_id TEXT NOT NULL,
	target_id INTEGER,
	kind TEXT NOT NULL,
	user_id TEXT,
	mention_user_ids TEXT NOT NULL DEFAULT '[]',
	nonce TEXT NOT NULL,
	status TEXT NOT NULL DEFAULT 'pending',
	attempts INTEGER NOT NULL DEFAULT 0,
	next_attempt_at INTEGER NOT NULL,
	last_error TEXT,
	message_id TEXT,
	sent_at INTEGER,
	created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX deliveries_channel_story ON deliveries (story_id, channel_id) WHERE kind = 'channel';
CREATE UNIQUE INDEX deliveries_dm ON deliveries (article_id, guild_id, user_id) WHERE kind = 'dm';
CREATE INDEX deliveries_pending ON deliveries (id) WHERE status = 'pending';
CREATE INDEX deliveries_article ON deliveries (article_id);

CREATE TABLE subscriptions (
	id INTEGER PRIMARY KEY,
	guild_id TEXT NOT NULL,
	user_id TEXT NOT NULL,
	topic TEXT NOT NULL,
	entity_id INTEGER,
	delivery TEXT NOT NULL,
	channel_id TEXT,
	paused TEXT,
	created_at INTEGER NOT NULL
);
CREATE INDEX subscriptions_user ON subscriptions (guild_id, user_id);
CREATE INDEX subscriptions_entity ON subscriptions (entity_id) WHERE entity_id IS NOT NULL;

CREATE TABLE notifications (
	guild_id TEXT NOT NULL,
	user_id TEXT NOT NULL,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	at INTEGER NOT NULL,
	PRIMARY KEY (guild_id, user_id, article_id)
) WITHOUT ROWID;
CREATE INDEX notifications_recent ON notifications (guild_id, user_id, at);
CREATE INDEX notifications_article ON notifications (article_id);

-- Matches beyond a user's rate limit, waiting for their digest.
CREATE TABLE digest_items (
	guild_id TEXT NOT NULL,
	user_id TEXT NOT NULL,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	subscription_id INTEGER NOT NULL,
	at INTEGER NOT NULL,
	PRIMARY KEY (guild_id, user_id, article_id)
) WITHOUT ROWID;
CREATE INDEX digest_items_at ON digest_items (at);
CREATE INDEX digest_items_article ON digest_items (article_id);

CREATE TABLE boilerplate_domains (
	domain TEXT PRIMARY KEY,
	articles INTEGER NOT NULL,
	line_count INTEGER NOT NULL
);
CREATE TABLE boilerplate_lines (
	domain TEXT NOT NULL,
	fingerprint TEXT NOT NULL,
	count INTEGER NOT NULL,
	last_seen INTEGER NOT NULL,
	PRIMARY KEY (domain, fingerprint)
) WITHOUT ROWID;
CREATE INDEX boilerplate_lines_rank ON boilerplate_lines (domain, count, last_seen);
`;
