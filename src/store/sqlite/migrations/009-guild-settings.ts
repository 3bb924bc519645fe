/** Per-guild reading settings (`/settings`): the brief language and the summary mode. One row per guild that set any. */
export const GUILD_SETTINGS_SQL = /* sql */ `
CREATE TABLE IF NOT EXISTS guild_settings (
	guild_id TEXT PRIMARY KEY,
	language TEXT NOT NULL DEFAULT 'original',
	summary TEXT NOT NULL DEFAULT 'extractive' CHECK (summary IN ('extractive', 'abstractive')),
	updated_at INTEGER NOT NULL
);
`;
