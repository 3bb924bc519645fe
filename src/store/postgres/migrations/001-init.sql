-- Times are milliseconds since the epoch (bigint), as in the SQLite store, so both map rows the same way.
-- bb_fold(text) is created by migrate.ts before this file runs: lower(unaccent(text)), or a translate()-based
-- fallback where the unaccent extension is not installed.

CREATE TABLE feeds (
	id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	url text NOT NULL UNIQUE,
	final_url text,
	title text,
	etag text,
	last_modified text,
	body_hash text,
	consecutive_failures integer NOT NULL DEFAULT 0,
	last_error text,
	last_error_at bigint,
	disabled_reason text,
	next_poll_at bigint NOT NULL DEFAULT 0,
	last_polled_at bigint,
	initialized boolean NOT NULL DEFAULT false,
	backfill integer NOT NULL DEFAULT 0,
	created_at bigint NOT NULL
);
CREATE INDEX feeds_due ON feeds (next_poll_at) WHERE disabled_reason IS NULL;

CREATE TABLE feed_targets (
	id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	feed_id bigint NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
	guild_id text NOT NULL,
	channel_id text NOT NULL,
	disabled_reason text,
	created_at bigint NOT NULL,
	UNIQUE (feed_id, guild_id, channel_id)
);
CREATE INDEX feed_targets_guild ON feed_targets (guild_id);

CREATE TABLE seen_items (
	feed_id bigint NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
	key text NOT NULL,
	link_key text,
	content_hash text NOT NULL,
	seen_at bigint NOT NULL,
	PRIMARY KEY (feed_id, key)
);
CREATE INDEX seen_items_link ON seen_items (feed_id, link_key) WHERE link_key IS NOT NULL;
CREATE INDEX seen_items_content ON seen_items (feed_id, content_hash);

CREATE TABLE feed_errors (
	id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	feed_id bigint NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
	error text NOT NULL,
	at bigint NOT NULL
);
CREATE INDEX feed_errors_feed ON feed_errors (feed_id, at DESC);

CREATE TABLE articles (
	id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	story_id bigint NOT NULL,
	url text,
	canonical_url text,
	title text NOT NULL,
	source_name text,
	language text NOT NULL,
	published_at bigint,
	feed_id bigint,
	item_key text,
	minhash double precision[],
	-- publishedAt when plausible, else createdAt: the order every listing uses.
	sort_at bigint NOT NULL,
	search tsvector NOT NULL,
	created_at bigint NOT NULL
);
CREATE INDEX articles_item ON articles (feed_id, item_key) WHERE item_key IS NOT NULL;
CREATE INDEX articles_story ON articles (story_id);
CREATE INDEX articles_created ON articles (created_at);
CREATE INDEX articles_search ON articles USING gin (search);

-- URL spellings of an article (url and canonical, through urlKey): the same key is the same article or story.
CREATE TABLE article_urls (
	url_key text PRIMARY KEY,
	article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);
CREATE INDEX article_urls_article ON article_urls (article_id);

-- MinHash LSH (src/store/minhash-lsh.ts): one row per band key, so near-duplicate lookup is an index probe per band.
CREATE TABLE minhash_bands (
	band bigint NOT NULL,
	article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	PRIMARY KEY (band, article_id)
);
CREATE INDEX minhash_bands_article ON minhash_bands (article_id);

-- Which guilds' feeds brought an article: the scope of every command query.
CREATE TABLE article_guilds (
	article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	guild_id text NOT NULL,
	sort_at bigint NOT NULL,
	PRIMARY KEY (guild_id, article_id)
);
CREATE INDEX article_guilds_recent ON article_guilds (guild_id, sort_at);
CREATE INDEX article_guilds_article ON article_guilds (article_id);

CREATE TABLE briefs (
	article_id bigint PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	schema_version integer NOT NULL,
	body jsonb NOT NULL,
	created_at bigint NOT NULL
);

CREATE TABLE entities (
	id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	type text NOT NULL CHECK (type IN ('person', 'organization')),
	name text NOT NULL,
	norm text NOT NULL,
	-- A full name (several tokens, or an organisation): only full names merge people across articles.
	"full" boolean NOT NULL,
	created_at bigint NOT NULL
);
CREATE INDEX entities_norm ON entities (type, norm);

-- Every name an entity is known by (its own and its aliases), for lookup, merging and autocomplete.
CREATE TABLE entity_names (
	norm text NOT NULL,
	entity_id bigint NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
	name text NOT NULL,
	"full" boolean NOT NULL,
	PRIMARY KEY (norm, entity_id)
);
CREATE INDEX entity_names_entity ON entity_names (entity_id);

-- Word-suffixes of every name ("emmanuel macron" and "macron"): autocomplete is a prefix range scan here.
CREATE TABLE entity_keys (
	key text NOT NULL,
	entity_id bigint NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
	PRIMARY KEY (key, entity_id)
);
CREATE INDEX entity_keys_prefix ON entity_keys (key text_pattern_ops);
CREATE INDEX entity_keys_entity ON entity_keys (entity_id);

-- Evidence: which article said that this name names this entity.
CREATE TABLE entity_alias_sources (
	entity_id bigint NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
	norm text NOT NULL,
	article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	PRIMARY KEY (entity_id, norm, article_id)
);
CREATE INDEX entity_alias_sources_article ON entity_alias_sources (article_id);

CREATE TABLE entity_roles (
	entity_id bigint NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
	role text NOT NULL,
	article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	PRIMARY KEY (entity_id, article_id, role)
);
CREATE INDEX entity_roles_article ON entity_roles (article_id);

-- Ids merged into another, so that ids held by Discord components still resolve.
CREATE TABLE entity_redirects (
	old_id bigint PRIMARY KEY,
	new_id bigint NOT NULL
);

CREATE TABLE mentions (
	entity_id bigint NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
	article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	count integer NOT NULL,
	PRIMARY KEY (entity_id, article_id)
);
CREATE INDEX mentions_article ON mentions (article_id);

CREATE TABLE quotes (
	id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	position integer NOT NULL,
	text text NOT NULL,
	speaker text,
	speaker_entity_id bigint REFERENCES entities (id) ON DELETE SET NULL,
	cue text,
	key boolean NOT NULL,
	search tsvector NOT NULL,
	-- The article's sort_at: quotes list newest story first.
	sort_at bigint NOT NULL,
	created_at bigint NOT NULL,
	UNIQUE (article_id, position)
);
CREATE INDEX quotes_speaker ON quotes (speaker_entity_id, sort_at DESC);
CREATE INDEX quotes_search ON quotes USING gin (search);

CREATE TABLE subscriptions (
	id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	guild_id text NOT NULL,
	user_id text NOT NULL,
	topic jsonb NOT NULL,
	entity_id bigint,
	delivery text NOT NULL CHECK (delivery IN ('dm', 'here')),
	channel_id text,
	paused text,
	created_at bigint NOT NULL
);
CREATE INDEX subscriptions_user ON subscriptions (guild_id, user_id);
CREATE INDEX subscriptions_entity ON subscriptions (entity_id) WHERE entity_id IS NOT NULL;

CREATE TABLE notifications (
	guild_id text NOT NULL,
	user_id text NOT NULL,
	article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	at bigint NOT NULL,
	PRIMARY KEY (guild_id, user_id, article_id)
);
CREATE INDEX notifications_since ON notifications (guild_id, user_id, at);
CREATE INDEX notifications_article ON notifications (article_id);

-- Matches beyond a user's rate limit, kept for their next digest.
CREATE TABLE digest_items (
	guild_id text NOT NULL,
	user_id text NOT NULL,
	article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	subscription_id bigint NOT NULL,
	at bigint NOT NULL,
	PRIMARY KEY (guild_id, user_id, article_id)
);
CREATE INDEX digest_items_at ON digest_items (at);
CREATE INDEX digest_items_article ON digest_items (article_id);

CREATE TABLE deliveries (
	id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	story_id bigint NOT NULL,
	guild_id text NOT NULL,
	channel_id text NOT NULL,
	target_id bigint,
	kind text NOT NULL CHECK (kind IN ('channel', 'dm')),
	user_id text,
	mention_user_ids text[] NOT NULL DEFAULT '{}',
	nonce text NOT NULL UNIQUE,
	status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
	attempts integer NOT NULL DEFAULT 0,
	next_attempt_at bigint NOT NULL,
	last_error text,
	message_id text,
	sent_at bigint,
	claimed_by text,
	claimed_until bigint,
	created_at bigint NOT NULL
);
-- One post per story and channel: a republished copy is never posted twice to the same place.
CREATE UNIQUE INDEX deliveries_channel_story ON deliveries (story_id, channel_id) WHERE kind = 'channel';
CREATE UNIQUE INDEX deliveries_dm ON deliveries (article_id, guild_id, user_id) WHERE kind = 'dm';
CREATE INDEX deliveries_article ON deliveries (article_id);
CREATE INDEX deliveries_pending ON deliveries (next_attempt_at, id) WHERE status = 'pending';
-- The head of each destination's queue, for claims by several workers.
CREATE INDEX deliveries_heads ON deliveries (channel_id, (coalesce(user_id, '')), id) WHERE status = 'pending';

CREATE TABLE boilerplate_domains (
	domain text PRIMARY KEY,
	articles integer NOT NULL DEFAULT 0
);

CREATE TABLE boilerplate_lines (
	domain text NOT NULL REFERENCES boilerplate_domains (domain) ON DELETE CASCADE,
	fingerprint text NOT NULL,
	count integer NOT NULL,
	last_seen bigint NOT NULL,
	PRIMARY KEY (domain, fingerprint)
);
