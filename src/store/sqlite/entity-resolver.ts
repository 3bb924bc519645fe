import type { Entity, EntityType } from '../../briefs/types.js';
import {
	canonicalForm,
	cleanRoles,
	evidenceNorms,
	lookupPlan,
	nameForms,
	pickSurvivor as rankSurvivor,
	searchKeys,
	shouldRename,
	type NameForm,
} from '../policy/entity-merge.js';
import type { SqliteDb } from './open-db.js';

export interface EntityResolver {
	/** The stored entity for a brief's entity (found, created or merged), with this article's evidence recorded. */
	resolve(entity: Entity, articleId: number, at: number): number | null;
}

export function prepareEntityResolver(db: SqliteDb): EntityResolver {
	const s = {
		byName: db
			.prepare<[string, EntityType], number>(
				`SELECT DISTINCT n.entity_id FROM entity_names n JOIN entities e ON e.id = n.entity_id
				 WHERE n.norm = ? AND n.full = 1 AND e.type = ?`,
			)
			.pluck(),
		bareByCanonical: db
			.prepare<[string], number>("SELECT id FROM entities WHERE type = 'person' AND norm = ? AND full = 0 ORDER BY id LIMIT 1")
			.pluck(),
		entity: db.prepare<[number], { id: number; name: string; norm: string; full: number }>(
			'SELECT id, name, norm, full FROM entities WHERE id = ?',
		),
		insertEntity: db.prepare('INSERT INTO entities (type, name, norm, full, created_at) VALUES (?, ?, ?, ?, ?)'),
		rename: db.prepare('UPDATE entities SET name = ?, norm = ?, full = 1 WHERE id = ?'),
		insertName: db.prepare('INSERT OR IGNORE INTO entity_names (norm, entity_id, name, full) VALUES (?, ?, ?, ?)'),
		entityGuilds: db.prepare<[number], string>('SELECT guild_id FROM entity_guild WHERE entity_id = ?').pluck(),
		insertKey: db.prepare('INSERT OR IGNORE INTO entity_keys (entity_id, key) VALUES (?, ?)'),
		insertGuildName: db.prepare('INSERT OR IGNORE INTO guild_names (guild_id, norm, entity_id) VALUES (?, ?, ?)'),
		insertEvidence: db.prepare('INSERT OR IGNORE INTO entity_alias_sources (entity_id, norm, article_id) VALUES (?, ?, ?)'),
		insertRole: db.prepare('INSERT OR IGNORE INTO entity_roles (entity_id, article_id, role) VALUES (?, ?, ?)'),
		nameCount: db.prepare<[number], number>('SELECT count(*) FROM entity_names WHERE entity_id = ?').pluck(),
		// Merging: the loser's rows move to the survivor, then the loser is deleted (cascades clear the rest).
		moveNames: db.prepare('INSERT OR IGNORE INTO entity_names (norm, entity_id, name, full) SELECT norm, ?, name, full FROM entity_names WHERE entity_id = ?'),
		moveKeys: db.prepare('INSERT OR IGNORE INTO entity_keys (entity_id, key) SELECT ?, key FROM entity_keys WHERE entity_id = ?'),
		moveEvidence: db.prepare(
			'INSERT OR IGNORE INTO entity_alias_sources (entity_id, norm, article_id) SELECT ?, norm, article_id FROM entity_alias_sources WHERE entity_id = ?',
		),
		moveRoles: db.prepare(
			'INSERT OR IGNORE INTO entity_roles (entity_id, article_id, role) SELECT ?, article_id, role FROM entity_roles WHERE entity_id = ?',
		),
		moveMentions: db.prepare(
			`INSERT INTO mentions (article_id, entity_id, count) SELECT article_id, ?, count FROM mentions WHERE entity_id = ? AND true
			 ON CONFLICT DO UPDATE SET count = count + excluded.count`,
		),
		// Through the loser's mentions (a speaker is mentioned where quoted): quotes have no index by speaker.
		moveQuotes: db.prepare(
			`UPDATE quotes SET speaker_entity_id = @survivor WHERE speaker_entity_id = @loser
			 AND article_id IN (SELECT article_id FROM mentions WHERE entity_id = @loser)`,
		),
		moveQuoteGuild: db.prepare(
			'INSERT OR IGNORE INTO quote_guild (guild_id, speaker, sort_at, quote_id) SELECT guild_id, ?, sort_at, quote_id FROM quote_guild WHERE guild_id = ? AND speaker = ?',
		),
		deleteQuoteGuild: db.prepare('DELETE FROM quote_guild WHERE guild_id = ? AND speaker = ?'),
		moveEntityArticles: db.prepare(
			'INSERT OR IGNORE INTO entity_article_guild (guild_id, entity_id, sort_at, article_id) SELECT guild_id, ?, sort_at, article_id FROM entity_article_guild WHERE guild_id = ? AND entity_id = ?',
		),
		deleteEntityArticles: db.prepare('DELETE FROM entity_article_guild WHERE guild_id = ? AND entity_id = ?'),
		deleteGuildNames: db.prepare(
			'DELETE FROM guild_names WHERE guild_id = ? AND entity_id = ? AND norm IN (SELECT key FROM entity_keys WHERE entity_id = ?)',
		),
		recountEntityGuild: db.prepare(
			`INSERT INTO entity_guild (guild_id, entity_id, article_count, first_seen, last_seen)
			 SELECT guild_id, entity_id, count(*), min(sort_at), max(sort_at) FROM entity_article_guild WHERE guild_id = ? AND entity_id = ?
			 GROUP BY guild_id, entity_id
			 ON CONFLICT DO UPDATE SET article_count = excluded.article_count, first_seen = excluded.first_seen, last_seen = excluded.last_seen`,
		),
		copyGuildNames: db.prepare(
			'INSERT OR IGNORE INTO guild_names (guild_id, norm, entity_id) SELECT ?, key, entity_id FROM entity_keys WHERE entity_id = ?',
		),
		redirect: db.prepare('INSERT OR REPLACE INTO entity_redirects (old_id, new_id) VALUES (?, ?)'),
		rechain: db.prepare('UPDATE entity_redirects SET new_id = ? WHERE new_id = ?'),
		moveSubscriptions: db.prepare(
			"UPDATE subscriptions SET entity_id = @survivor, topic = json_set(topic, '$.entityId', @survivor) WHERE entity_id = @loser",
		),
		deleteEntity: db.prepare('DELETE FROM entities WHERE id = ?'),
	};

	const merge = (survivor: number, loser: number): void => {
		const guilds = s.entityGuilds.all(loser);
		for (const guildId of guilds) {
			s.moveQuoteGuild.run(survivor, guildId, loser);
			s.deleteQuoteGuild.run(guildId, loser);
			s.moveEntityArticles.run(survivor, guildId, loser);
			s.deleteEntityArticles.run(guildId, loser);
			s.deleteGuildNames.run(guildId, loser, loser);
		}
		s.moveNames.run(survivor, loser);
		s.moveKeys.run(survivor, loser);
		s.moveEvidence.run(survivor, loser);
		s.moveRoles.run(survivor, loser);
		s.moveMentions.run(survivor, loser);
		s.moveQuotes.run({ survivor, loser });
		s.moveSubscriptions.run({ survivor, loser });
		s.deleteEntity.run(loser);
		s.rechain.run(survivor, loser);
		s.redirect.run(loser, survivor);
		for (const guildId of guilds) {
			s.recountEntityGuild.run(guildId, survivor);
			s.copyGuildNames.run(guildId, survivor);
		}
	};

	const pickSurvivor = (ids: number[]): number =>
		rankSurvivor(ids.map((id) => ({ id, full: s.entity.get(id)?.full === 1, names: s.nameCount.get(id) ?? 0 })));

	/** The stored entities the names match, and which of the names did (those already have their name row). */
	const findMatches = (type: EntityType, forms: NameForm[]): { ids: number[]; known: Set<string> } => {
		const plan = lookupPlan(forms);
		const known = new Set<string>();
		if (plan.kind === 'bare') {
			const bare = s.bareByCanonical.get(plan.norm);
			if (bare !== undefined) known.add(plan.norm);
			return { ids: bare === undefined ? [] : [bare], known };
		}
		const ids = new Set<number>();
		for (const norm of plan.norms) {
			for (const id of s.byName.all(norm, type)) {
				ids.add(id);
				known.add(norm);
			}
		}
		return { ids: [...ids], known };
	};

	const resolve = (entity: Entity, articleId: number, at: number): number | null => {
		const forms = nameForms(entity);
		if (forms.length === 0) return null;
		const canonical = canonicalForm(entity, forms);
		const { ids: matches, known } = findMatches(entity.type, forms);
		let id: number;
		let storedNorm = canonical.norm;
		if (matches.length === 0) {
			id = Number(s.insertEntity.run(entity.type, canonical.name, canonical.norm, canonical.full ? 1 : 0, at).lastInsertRowid);
		} else {
			id = matches.length === 1 ? matches[0]! : pickSurvivor(matches);
			for (const other of matches) if (other !== id) merge(id, other);
			const stored = s.entity.get(id);
			storedNorm = stored?.norm ?? canonical.norm;
			if (stored && shouldRename(canonical, { full: stored.full === 1 })) {
				s.rename.run(canonical.name, canonical.norm, id);
				storedNorm = canonical.norm;
			}
		}
		// Guilds that already see the entity get its new names; read only when a name is new (rare once known).
		let guilds: string[] | null = matches.length ? null : [];
		for (const form of forms) {
			// A name that found the entity is stored under it already (merges move the losers' names to it).
			if (!known.has(form.norm) && s.insertName.run(form.norm, id, form.name, form.full ? 1 : 0).changes === 1) {
				guilds ??= s.entityGuilds.all(id);
				for (const key of searchKeys(form.norm)) {
					if (s.insertKey.run(id, key).changes === 0) continue;
					for (const guildId of guilds) s.insertGuildName.run(guildId, key, id);
				}
			}
		}
		// A row per mention of every known entity was a random page of this table on every commit: aliases only.
		for (const norm of evidenceNorms(forms, storedNorm)) s.insertEvidence.run(id, norm, articleId);
		for (const role of cleanRoles(entity.roles)) s.insertRole.run(id, articleId, role);
		return id;
	};

	return { resolve };
}
