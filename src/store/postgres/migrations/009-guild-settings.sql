-- Per-guild reading settings (/settings): the brief language and the summary mode. One row per guild that set any.
CREATE TABLE IF NOT EXISTS guild_settings (
	guild_id text PRIMARY KEY,
	language text NOT NULL DEFAULT 'original',
	summary text NOT NULL DEFAULT 'extractive' CHECK (summary IN ('extractive', 'abstractive')),
	updated_at bigint NOT NULL
);
