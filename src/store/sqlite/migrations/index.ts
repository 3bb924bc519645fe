import { INIT_SQL } from './001-init.js';
import { LEAN_LSH_BANDS_SQL } from './002-lean-lsh-bands.js';
import { ONE_SEARCH_INDEX_SQL } from './003-one-search-index.js';
import { GUILD_SCOPED_SEARCH_SQL, reindexScopedSearch } from './004-guild-scoped-search.js';
import { LEAN_INGEST_SQL } from './005-lean-ingest.js';
import { STORY_HOLD_SQL } from './007-story-hold.js';
import { FEED_ADMIN_SQL } from './008-feed-admin.js';
import { GUILD_SETTINGS_SQL } from './009-guild-settings.js';
import { NAMED_SAMPLE_FEEDS_SQL, nameSampleFeeds } from './011-named-sample-feeds.js';
import { FEED_TARGET_KINDS_SQL } from './012-feed-targets-kinds.js';
import type { SqliteDb } from '../open-db.js';

export interface Migration {
	version: number;
	name: string;
	sql: string;
	/** Data changes SQL alone cannot make, run after `sql` in the same transaction. */
	up?: (db: SqliteDb) => void;
}

/** Forward-only, in version order. Never edit a released migration: add the next one. */
export const MIGRATIONS: readonly Migration[] = [
	{ version: 1, name: 'init', sql: INIT_SQL },
	{ version: 2, name: 'lean-lsh-bands', sql: LEAN_LSH_BANDS_SQL },
	{ version: 3, name: 'one-search-index', sql: ONE_SEARCH_INDEX_SQL },
	{ version: 4, name: 'guild-scoped-search', sql: GUILD_SCOPED_SEARCH_SQL, up: reindexScopedSearch },
	{ version: 5, name: 'lean-ingest', sql: LEAN_INGEST_SQL },
	{ version: 7, name: 'story-hold', sql: STORY_HOLD_SQL },
	{ version: 8, name: 'feed-admin', sql: FEED_ADMIN_SQL },
	{ version: 9, name: 'guild-settings', sql: GUILD_SETTINGS_SQL },
	{ version: 11, name: 'named-sample-feeds', sql: NAMED_SAMPLE_FEEDS_SQL, up: nameSampleFeeds },
	{ version: 12, name: 'feed-target-kinds', sql: FEED_TARGET_KINDS_SQL },
];
