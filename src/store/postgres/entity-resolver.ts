import type { PoolClient } from 'pg';
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

async function findMatches(client: PoolClient, type: EntityType, forms: NameForm[]): Promise<number[]> {
	const plan = lookupPlan(forms);
	if (plan.kind === 'bare') {
		const bare = await client.query<{ id: number }>(
			`SELECT id FROM entities WHERE type = 'person' AND norm = $1 AND NOT "full" ORDER BY id LIMIT 1`,
			[plan.norm],
		);
		return bare.rows.map((r) => r.id);
	}
	const found = await client.query<{ id: number }>(
		`SELECT DISTINCT n.entity_id AS id FROM entity_names n JOIN entities e ON e.id = n.entity_id
		WHERE n.norm = ANY($1) AND n."full" AND e.type = $2 ORDER BY id`,
		[plan.norms, type],
	);
	return found.rows.map((r) => r.id);
}

async function pickSurvivor(client: PoolClient, ids: number[]): Promise<number> {
	const candidates = await client.query<{ id: number; full: boolean; names: number }>(
		`SELECT e.id, e."full" AS full, (SELECT count(*)::int FROM entity_names n WHERE n.entity_id = e.id) AS names
		FROM entities e WHERE e.id = ANY($1)`,
		[ids],
	);
	return rankSurvivor(candidates.rows);
}

/** Moves everything that points at the loser onto the survivor, deletes the loser and leaves a redirect. */
async function absorb(client: PoolClient, survivor: number, loser: number): Promise<void> {
	const moves = [
		`INSERT INTO entity_names (norm, entity_id, name, "full") SELECT norm, $1, name, "full" FROM entity_names
			WHERE entity_id = $2 ON CONFLICT DO NOTHING`,
		`INSERT INTO entity_keys (key, entity_id) SELECT key, $1 FROM entity_keys WHERE entity_id = $2 ON CONFLICT DO NOTHING`,
		`INSERT INTO entity_alias_sources (entity_id, norm, article_id) SELECT $1, norm, article_id
			FROM entity_alias_sources WHERE entity_id = $2 ON CONFLICT DO NOTHING`,
		`INSERT INTO entity_roles (entity_id, role, article_id) SELECT $1, role, article_id FROM entity_roles
			WHERE entity_id = $2 ON CONFLICT DO NOTHING`,
		`INSERT INTO mentions (entity_id, article_id, count) SELECT $1, article_id, count FROM mentions WHERE entity_id = $2
			ON CONFLICT (entity_id, article_id) DO UPDATE SET count = mentions.count + EXCLUDED.count`,
		`UPDATE quotes SET speaker_entity_id = $1 WHERE speaker_entity_id = $2`,
		`UPDATE subscriptions SET entity_id = $1, topic = jsonb_set(topic, '{entityId}', to_jsonb($1::bigint))
			WHERE entity_id = $2`,
		`DELETE FROM entities WHERE id = $2 AND $1::bigint <> $2`,
		`UPDATE entity_redirects SET new_id = $1 WHERE new_id = $2`,
		`INSERT INTO entity_redirects (old_id, new_id) VALUES ($2, $1) ON CONFLICT (old_id) DO UPDATE SET new_id = $1`,
	];
	for (const sql of moves) await client.query(sql, [survivor, loser]);
}

/**
 * The stored entity for a brief's entity (found, created or merged), with this article's names and roles
 * recorded as evidence (mentions are counted by the caller). The rules are src/store/policy/entity-merge.ts.
 * Runs inside the ingest transaction, which holds the ingest lock.
 */
export async function resolveEntity(client: PoolClient, entity: Entity, articleId: number, at: number): Promise<number | null> {
	const forms = nameForms(entity);
	if (forms.length === 0) return null;
	const canonical = canonicalForm(entity, forms);
	const matches = await findMatches(client, entity.type, forms);
	let id: number;
	let storedNorm = canonical.norm;
	if (matches.length === 0) {
		const created = await client.query<{ id: number }>(
			`INSERT INTO entities (type, name, norm, "full", created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
			[entity.type, canonical.name, canonical.norm, canonical.full, at],
		);
		id = created.rows[0]!.id;
	} else {
		id = matches.length === 1 ? matches[0]! : await pickSurvivor(client, matches);
		for (const other of matches) if (other !== id) await absorb(client, id, other);
		const stored = (await client.query<{ norm: string; full: boolean }>(`SELECT norm, "full" AS full FROM entities WHERE id = $1`, [id]))
			.rows[0];
		storedNorm = stored?.norm ?? canonical.norm;
		if (stored && shouldRename(canonical, stored)) {
			await client.query(`UPDATE entities SET name = $2, norm = $3, "full" = true WHERE id = $1`, [id, canonical.name, canonical.norm]);
			storedNorm = canonical.norm;
		}
	}
	await client.query(
		`INSERT INTO entity_names (norm, entity_id, name, "full")
		SELECT n, $1, a, f FROM unnest($2::text[], $3::text[], $4::boolean[]) AS t(n, a, f) ON CONFLICT DO NOTHING`,
		[id, forms.map((f) => f.norm), forms.map((f) => f.name), forms.map((f) => f.full)],
	);
	await client.query(
		`INSERT INTO entity_keys (key, entity_id) SELECT k, $1 FROM unnest($2::text[]) AS k ON CONFLICT DO NOTHING`,
		[id, [...new Set(forms.flatMap((f) => searchKeys(f.norm)))]],
	);
	const evidence = evidenceNorms(forms, storedNorm);
	if (evidence.length > 0) {
		await client.query(
			`INSERT INTO entity_alias_sources (entity_id, norm, article_id) SELECT $1, n, $3 FROM unnest($2::text[]) AS n
			ON CONFLICT DO NOTHING`,
			[id, evidence, articleId],
		);
	}
	const roles = cleanRoles(entity.roles);
	if (roles.length > 0) {
		await client.query(
			`INSERT INTO entity_roles (entity_id, role, article_id) SELECT $1, r, $3 FROM unnest($2::text[]) AS r
			ON CONFLICT DO NOTHING`,
			[id, roles, articleId],
		);
	}
	return id;
}
