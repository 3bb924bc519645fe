import { StoreError } from '../../shared/errors.js';
import type { GuildSettingsStore } from '../types.js';
import { toGuildSettings, type GuildSettingsRow as Row } from '../policy/rows.js';
import type { SqliteDb } from './open-db.js';

export function createSqliteGuildSettingsStore(db: SqliteDb, now: () => number): GuildSettingsStore {
	const select = db.prepare<[string], Row>('SELECT guild_id, language, summary, updated_at FROM guild_settings WHERE guild_id = ?');
	// COALESCE keeps the stored value of a setting the change leaves out.
	const upsert = db.prepare<[{ guild: string; language: string | null; summary: string | null; at: number }], Row>(
		`INSERT INTO guild_settings (guild_id, language, summary, updated_at)
		VALUES (@guild, COALESCE(@language, 'original'), COALESCE(@summary, 'extractive'), @at)
		ON CONFLICT (guild_id) DO UPDATE SET
			language = COALESCE(@language, guild_settings.language),
			summary = COALESCE(@summary, guild_settings.summary),
			updated_at = @at
		RETURNING guild_id, language, summary, updated_at`,
	);
	return {
		async get(guildId) {
			const row = select.get(guildId);
			return row ? toGuildSettings(row) : null;
		},
		async update(guildId, change, at = now()) {
			const row = upsert.get({ guild: guildId, language: change.language ?? null, summary: change.summary ?? null, at });
			if (!row) throw new StoreError(`could not save the settings of guild ${guildId}`);
			return toGuildSettings(row);
		},
	};
}

