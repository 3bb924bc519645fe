import { randomFillSync } from 'node:crypto';
import type { DeliveryStore } from '../types.js';
import { toDelivery, type DeliveryRow } from '../policy/rows.js';
import type { SqliteDb } from './open-db.js';

export interface EnqueueRow {
	articleId: number;
	storyId: number;
	guildId: string;
	channelId: string;
	targetId: number | null;
	kind: 'channel' | 'dm';
	userId: string | null;
	mentionUserIds: string[];
	at: number;
	/** When the delivery is first due, if later than `at` (STORY_HOLD), and how original its copy is. */
	dueAt?: number;
	copyRank?: number;
}

const NONCE_BYTES = 12;
// One call into the system's random source per 340 nonces: a call per nonce was 5% of an ingest.
const noncePool = Buffer.alloc(NONCE_BYTES * 340);
let nonceOffset = noncePool.length;

/** Discord accepts nonces up to 25 characters; 12 random bytes in base64url is 16. */
function makeNonce(): string {
	if (nonceOffset + NONCE_BYTES > noncePool.length) {
		randomFillSync(noncePool);
		nonceOffset = 0;
	}
	nonceOffset += NONCE_BYTES;
	return noncePool.toString('base64url', nonceOffset - NONCE_BYTES, nonceOffset);
}

/**
 * Inserts an outbox row unless the story already has one for that channel (or that DM): the id of a new row,
 * else null. Shared by enqueue() and ingest(), which runs it inside its own transaction.
 */
export function prepareInsertDelivery(db: SqliteDb): (row: EnqueueRow) => number | null {
	const insert = db.prepare(
		`INSERT INTO deliveries (article_id, story_id, guild_id, channel_id, target_id, kind, user_id, mention_user_ids, nonce,
		 next_attempt_at, created_at, copy_rank) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
	);
	return (row) => {
		const info = insert.run(
			row.articleId,
			row.storyId,
			row.guildId,
			row.channelId,
			row.targetId,
			row.kind,
			row.userId,
			JSON.stringify([...new Set(row.mentionUserIds)]),
			makeNonce(),
			row.dueAt ?? row.at,
			row.at,
			row.copyRank ?? 0,
		);
		return info.changes === 1 ? Number(info.lastInsertRowid) : null;
	};
}

export function createSqliteDeliveryStore(db: SqliteDb, now: () => number): DeliveryStore {
	const insertDelivery = prepareInsertDelivery(db);
	const s = {
		byId: db.prepare<[number], DeliveryRow>('SELECT * FROM deliveries WHERE id = ?'),
		storyOf: db.prepare<[number], number>('SELECT story_id FROM articles WHERE id = ?').pluck(),
		existingChannel: db.prepare<[number, string], DeliveryRow>(
			"SELECT * FROM deliveries WHERE story_id = ? AND channel_id = ? AND kind = 'channel'",
		),
		existingDm: db.prepare<[number, string, string | null], DeliveryRow>(
			"SELECT * FROM deliveries WHERE article_id = ? AND guild_id = ? AND user_id IS ? AND kind = 'dm'",
		),
		pending: db.prepare<[number, number], DeliveryRow>(
			"SELECT * FROM deliveries WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY id LIMIT ?",
		),
		mentions: db.prepare<[number], string>('SELECT mention_user_ids FROM deliveries WHERE id = ?').pluck(),
		setMentions: db.prepare('UPDATE deliveries SET mention_user_ids = ? WHERE id = ?'),
		sent: db.prepare(
			"UPDATE deliveries SET status = 'sent', message_id = ?, sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?",
		),
		retry: db.prepare('UPDATE deliveries SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?'),
		failed: db.prepare("UPDATE deliveries SET status = 'failed', attempts = attempts + 1, last_error = ? WHERE id = ?"),
		forArticle: db.prepare<[number], DeliveryRow>('SELECT * FROM deliveries WHERE article_id = ? ORDER BY id'),
		countPending: db.prepare<[], number>("SELECT count(*) FROM deliveries WHERE status = 'pending'").pluck(),
	};

	const enqueueTx = db.transaction((input: Parameters<DeliveryStore['enqueue']>[0]) => {
		const storyId = s.storyOf.get(input.articleId) ?? input.articleId;
		const userId = input.userId ?? null;
		const id = insertDelivery({
			articleId: input.articleId,
			storyId,
			guildId: input.guildId,
			channelId: input.channelId,
			targetId: input.targetId ?? null,
			kind: input.kind,
			userId,
			mentionUserIds: input.mentionUserIds ?? [],
			at: input.now ?? now(),
		});
		const row =
			id !== null
				? s.byId.get(id)
				: input.kind === 'channel'
					? s.existingChannel.get(storyId, input.channelId)
					: s.existingDm.get(input.articleId, input.guildId, userId);
		if (!row) throw new Error(`delivery for article ${input.articleId} vanished during insert`);
		return toDelivery(row);
	});

	const addMentionsTx = db.transaction((deliveryId: number, userIds: string[]) => {
		const current = s.mentions.get(deliveryId);
		if (current === undefined) return;
		const merged = [...new Set([...(JSON.parse(current) as string[]), ...userIds])];
		s.setMentions.run(JSON.stringify(merged), deliveryId);
	});

	return {
		async pending(at, limit) {
			return s.pending.all(at, limit).map(toDelivery);
		},
		async enqueue(input) {
			return enqueueTx.immediate(input);
		},
		async addMentions(deliveryId, userIds) {
			addMentionsTx.immediate(deliveryId, userIds);
		},
		async markSent(deliveryId, messageId, at) {
			s.sent.run(messageId, at, deliveryId);
		},
		async markRetry(deliveryId, error, nextAttemptAt) {
			s.retry.run(error, nextAttemptAt, deliveryId);
		},
		async markFailed(deliveryId, error) {
			s.failed.run(error, deliveryId);
		},
		async listForArticle(articleId) {
			return s.forArticle.all(articleId).map(toDelivery);
		},
		async countPending() {
			return s.countPending.get() ?? 0;
		},
	};
}
