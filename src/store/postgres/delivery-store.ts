import { randomBytes } from 'node:crypto';
import type { Delivery, DeliveryStore } from '../types.js';
import { StoreError } from '../../shared/errors.js';
import { toDelivery, type DeliveryRow } from '../policy/rows.js';
import type { Db } from './db.js';

/** Discord accepts nonces of up to 25 characters; 16 random base64url characters never collide in practice. */
export function createNonce(): string {
	return randomBytes(12).toString('base64url');
}

/** Postgres only: outbox claiming for several worker processes. */
export interface DeliveryClaims {
	/**
	 * Leases to one worker, until `now + leaseMs`, up to `limit` due deliveries, each the oldest pending row of
	 * its destination (channel, or user for DMs). A destination's next row becomes claimable only once its
	 * head is sent or failed, so order per channel holds however many workers drain the outbox (ADR 003).
	 * Rows locked or leased by another worker are skipped (FOR UPDATE SKIP LOCKED): no two workers ever hold
	 * the same delivery. A lease that runs out (the worker died) makes the row claimable again; its nonce
	 * keeps a resend from doubling the message.
	 */
	claim(workerId: string, now: number, limit: number, leaseMs?: number): Promise<Delivery[]>;
}

const DEFAULT_LEASE_MS = 60_000;

export function createPostgresDeliveryStore(db: Db): DeliveryStore & DeliveryClaims {
	return {
		async pending(now, limit) {
			const due = await db.query<DeliveryRow>(
				`SELECT * FROM deliveries
				WHERE status = 'pending' AND next_attempt_at <= $1 AND (claimed_until IS NULL OR claimed_until <= $1)
				ORDER BY id LIMIT $2`,
				[now, limit],
			);
			return due.map(toDelivery);
		},

		async claim(workerId, now, limit, leaseMs = DEFAULT_LEASE_MS) {
			const claimed = await db.query<DeliveryRow>(
				`WITH heads AS (
					SELECT DISTINCT ON (channel_id, coalesce(user_id, '')) id FROM deliveries
					WHERE status = 'pending' ORDER BY channel_id, coalesce(user_id, ''), id),
				free AS (
					SELECT d.id FROM deliveries d JOIN heads h ON h.id = d.id
					WHERE d.next_attempt_at <= $2 AND (d.claimed_until IS NULL OR d.claimed_until <= $2)
					ORDER BY d.id LIMIT $3 FOR UPDATE OF d SKIP LOCKED)
				UPDATE deliveries SET claimed_by = $1, claimed_until = $2::bigint + $4::bigint
				WHERE id IN (SELECT id FROM free)
				RETURNING *`,
				[workerId, now, limit, leaseMs],
			);
			return claimed.map(toDelivery).sort((a, b) => a.id - b.id);
		},

		async enqueue(input) {
			const now = input.now ?? db.now();
			const userId = input.userId ?? null;
			return db.transaction(async (client) => {
				const article = await client.query<{ story_id: number }>(`SELECT story_id FROM articles WHERE id = $1`, [
					input.articleId,
				]);
				const storyId = article.rows[0]?.story_id ?? input.articleId;
				const inserted = await client.query<DeliveryRow>(
					`INSERT INTO deliveries (article_id, story_id, guild_id, channel_id, target_id, kind, user_id,
						mention_user_ids, nonce, next_attempt_at, created_at)
					VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) ON CONFLICT DO NOTHING RETURNING *`,
					[
						input.articleId,
						storyId,
						input.guildId,
						input.channelId,
						input.targetId ?? null,
						input.kind,
						userId,
						[...new Set(input.mentionUserIds ?? [])],
						createNonce(),
						now,
					],
				);
				const row =
					inserted.rows[0] ??
					(input.kind === 'channel'
						? await client.query<DeliveryRow>(
								`SELECT * FROM deliveries WHERE story_id = $1 AND channel_id = $2 AND kind = 'channel'`,
								[storyId, input.channelId],
							)
						: await client.query<DeliveryRow>(
								`SELECT * FROM deliveries WHERE article_id = $1 AND guild_id = $2 AND user_id IS NOT DISTINCT FROM $3
								AND kind = 'dm'`,
								[input.articleId, input.guildId, userId],
							)
					).rows[0];
				if (!row) throw new StoreError(`delivery for article ${input.articleId} vanished during insert`);
				return toDelivery(row);
			});
		},

		async addMentions(deliveryId, userIds) {
			if (userIds.length === 0) return;
			// Keeps first-seen order, like the SQLite store's Set merge.
			await db.query(
				`UPDATE deliveries SET mention_user_ids = ARRAY(
					SELECT u FROM unnest(mention_user_ids || $2::text[]) WITH ORDINALITY AS t(u, i) GROUP BY u ORDER BY min(i))
				WHERE id = $1`,
				[deliveryId, userIds],
			);
		},

		async listForArticle(articleId) {
			const found = await db.query<DeliveryRow>(`SELECT * FROM deliveries WHERE article_id = $1 ORDER BY id`, [articleId]);
			return found.map(toDelivery);
		},

		async markSent(deliveryId, messageId, at) {
			await db.query(
				`UPDATE deliveries SET status = 'sent', message_id = $2, sent_at = $3, attempts = attempts + 1,
					last_error = NULL, claimed_by = NULL, claimed_until = NULL
				WHERE id = $1`,
				[deliveryId, messageId, at],
			);
		},

		async markRetry(deliveryId, error, nextAttemptAt) {
			await db.query(
				`UPDATE deliveries SET attempts = attempts + 1, last_error = $2, next_attempt_at = $3,
					claimed_by = NULL, claimed_until = NULL
				WHERE id = $1`,
				[deliveryId, error, nextAttemptAt],
			);
		},

		async markFailed(deliveryId, error) {
			await db.query(
				`UPDATE deliveries SET status = 'failed', attempts = attempts + 1, last_error = $2,
					claimed_by = NULL, claimed_until = NULL
				WHERE id = $1`,
				[deliveryId, error],
			);
		},

		async countPending() {
			const [row] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM deliveries WHERE status = 'pending'`);
			return row?.n ?? 0;
		},
	};
}
