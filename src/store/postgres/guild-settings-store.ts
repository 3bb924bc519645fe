import { StoreError } from '../../shared/errors.js';
import type { GuildSettingsStore } from '../types.js';
import { toGuildSettings, type GuildSettingsRow as Row } from '../policy/rows.js';
import type { Db } from './db.js';

export function createPostgresGuildSettingsStore(db: Db): GuildSettingsStore {
	return {
		async get(guildId) {
			const [row] = await db.query<Row>('SELECT guild_id, language, summary, updated_at FROM guild_settings WHERE guild_id = $1', [guildId]);
			return row ? toGuildSettings(row) : null;
		},
		async update(guildId, change, at = db.now()) {
			// COALESCE keeps the stored value of a setting the change leaves out.
			const [row] = await db.query<Row>(
				`INSERT INTO guild_settings (guild_id, language, summary, updated_at)
				VALUES ($1, COALESCE($2, 'original'), COALESCE($3, 'extractive'), $4)
				ON CONFLICT (guild_id) DO UPDATE SET
					language = COALESCE($2, guild_settings.language),
					summary = COALESCE($3, guild_settings.summary),
					updated_at = $4
				RETURNING guild_id, language, summary, updated_at`,
				[guildId, change.language ?? null, change.summary ?? null, at],
			);
			if (!row) throw new StoreError(`could not save the settings of guild ${guildId}`);
			return toGuildSettings(row);
		},
	};
}

