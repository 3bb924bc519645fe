import type { SubscriptionStore } from '../types.js';
import { LimitExceededError, StoreError } from '../../shared/errors.js';
import { toSubscription, type SubscriptionRow } from '../policy/rows.js';
import type { Db } from './db.js';

/** Byte order, as SQLite's ORDER BY sorts text. */
function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

export function createPostgresSubscriptionStore(db: Db): SubscriptionStore {
	return {
		async add({ guildId, userId, topic: requested, delivery, channelId, now = db.now(), maxPerUser }) {
			let topic = requested;
			if (topic.kind === 'entity') {
				// Entity ids merged away since the id was handed out still name the same entity.
				const [redirect] = await db.query<{ new_id: number }>(`SELECT new_id FROM entity_redirects WHERE old_id = $1`, [
					topic.entityId,
				]);
				if (redirect) topic = { ...topic, entityId: redirect.new_id };
			}
			// Count and insert under a per-user transaction lock: concurrent calls, from any process, cannot pass the cap.
			return db.transaction(async (client) => {
				await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`subscriptions:${guildId}:${userId}`]);
				if (maxPerUser !== undefined) {
					const counted = await client.query<{ n: number }>(
						'SELECT count(*)::int AS n FROM subscriptions WHERE guild_id = $1 AND user_id = $2',
						[guildId, userId],
					);
					if ((counted.rows[0]?.n ?? 0) >= maxPerUser) {
						throw new LimitExceededError(maxPerUser, `at most ${maxPerUser} subscriptions per user`);
					}
				}
				const inserted = await client.query<SubscriptionRow>(
					`INSERT INTO subscriptions (guild_id, user_id, topic, entity_id, delivery, channel_id, created_at)
					VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
					[guildId, userId, JSON.stringify(topic), topic.kind === 'entity' ? topic.entityId : null, delivery, channelId, now],
				);
				const row = inserted.rows[0];
				if (!row) throw new StoreError('subscription insert returned nothing');
				return toSubscription(row);
			});
		},

		async addToDigest({ guildId, userId, articleId, subscriptionId, at }) {
			await db.query(
				`INSERT INTO digest_items (guild_id, user_id, article_id, subscription_id, at) VALUES ($1, $2, $3, $4, $5)
				ON CONFLICT DO NOTHING`,
				[guildId, userId, articleId, subscriptionId, at],
			);
		},

		async takeDigests(until) {
			// DELETE ... RETURNING takes each item exactly once, even with several workers taking at the same time.
			const taken = await db.query<{ guild_id: string; user_id: string; article_id: number; at: number }>(
				`DELETE FROM digest_items WHERE at <= $1 RETURNING guild_id, user_id, article_id, at`,
				[until],
			);
			taken.sort(
				(a, b) =>
					compare(a.guild_id, b.guild_id) || compare(a.user_id, b.user_id) || a.at - b.at || a.article_id - b.article_id,
			);
			const groups = new Map<string, { guildId: string; userId: string; articleIds: number[] }>();
			for (const row of taken) {
				const key = JSON.stringify([row.guild_id, row.user_id]);
				let group = groups.get(key);
				if (!group) {
					group = { guildId: row.guild_id, userId: row.user_id, articleIds: [] };
					groups.set(key, group);
				}
				group.articleIds.push(row.article_id);
			}
			return [...groups.values()];
		},

		async remove(guildId, userId, subscriptionId) {
			const removed = await db.query(
				`DELETE FROM subscriptions WHERE id = $1 AND guild_id = $2 AND user_id = $3 RETURNING id`,
				[subscriptionId, guildId, userId],
			);
			return removed.length > 0;
		},

		async listForUser(guildId, userId) {
			const found = await db.query<SubscriptionRow>(
				`SELECT * FROM subscriptions WHERE guild_id = $1 AND user_id = $2 ORDER BY id`,
				[guildId, userId],
			);
			return found.map(toSubscription);
		},

		async listAll() {
			return (await db.query<SubscriptionRow>(`SELECT * FROM subscriptions WHERE paused IS NULL ORDER BY id`)).map(
				toSubscription,
			);
		},

		async setPaused(subscriptionId, reason) {
			await db.query(`UPDATE subscriptions SET paused = $2 WHERE id = $1`, [subscriptionId, reason]);
		},

		async setDelivery(subscriptionId, delivery) {
			await db.query(`UPDATE subscriptions SET delivery = $2 WHERE id = $1`, [subscriptionId, delivery]);
		},

		async claimNotification({ guildId, userId, articleId, at }) {
			const claimed = await db.query(
				`INSERT INTO notifications (guild_id, user_id, article_id, at) VALUES ($1, $2, $3, $4)
				ON CONFLICT DO NOTHING RETURNING article_id`,
				[guildId, userId, articleId, at],
			);
			return claimed.length > 0;
		},

		async countNotificationsSince(guildId, userId, since) {
			const [row] = await db.query<{ n: number }>(
				`SELECT count(*) AS n FROM notifications WHERE guild_id = $1 AND user_id = $2 AND at >= $3`,
				[guildId, userId, since],
			);
			return row?.n ?? 0;
		},
	};
}
