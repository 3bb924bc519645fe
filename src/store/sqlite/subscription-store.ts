import type { Subscription, SubscriptionStore } from '../types.js';
import { LimitExceededError } from '../../shared/errors.js';
import { toSubscription, type SubscriptionRow } from '../policy/rows.js';
import type { SqliteDb } from './open-db.js';

export function createSqliteSubscriptionStore(db: SqliteDb, now: () => number): SubscriptionStore {
	const s = {
		insert: db.prepare<[string, string, string, number | null, string, string | null, number], SubscriptionRow>(
			`INSERT INTO subscriptions (guild_id, user_id, topic, entity_id, delivery, channel_id, created_at)
			 VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING *`,
		),
		// Entity ids merged away since the subscription was made still name the same entity.
		resolveEntity: db.prepare<[number], number>('SELECT new_id FROM entity_redirects WHERE old_id = ?').pluck(),
		remove: db.prepare('DELETE FROM subscriptions WHERE guild_id = ? AND user_id = ? AND id = ?'),
		forUser: db.prepare<[string, string], SubscriptionRow>('SELECT * FROM subscriptions WHERE guild_id = ? AND user_id = ? ORDER BY id'),
		all: db.prepare<[], SubscriptionRow>('SELECT * FROM subscriptions WHERE paused IS NULL ORDER BY id'),
		pause: db.prepare('UPDATE subscriptions SET paused = ? WHERE id = ?'),
		delivery: db.prepare('UPDATE subscriptions SET delivery = ? WHERE id = ?'),
		claim: db.prepare('INSERT INTO notifications (guild_id, user_id, article_id, at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING'),
		countSince: db
			.prepare<[string, string, number], number>('SELECT count(*) FROM notifications WHERE guild_id = ? AND user_id = ? AND at >= ?')
			.pluck(),
		addDigest: db.prepare(
			'INSERT INTO digest_items (guild_id, user_id, article_id, subscription_id, at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
		),
		dueDigests: db.prepare<[number], { guild_id: string; user_id: string; article_id: number }>(
			'SELECT guild_id, user_id, article_id FROM digest_items WHERE at <= ? ORDER BY guild_id, user_id, at, article_id',
		),
		deleteDigests: db.prepare('DELETE FROM digest_items WHERE at <= ?'),
	};

	const takeDigestsTx = db.transaction((until: number) => {
		const groups = new Map<string, { guildId: string; userId: string; articleIds: number[] }>();
		for (const row of s.dueDigests.all(until)) {
			const key = JSON.stringify([row.guild_id, row.user_id]);
			let group = groups.get(key);
			if (!group) {
				group = { guildId: row.guild_id, userId: row.user_id, articleIds: [] };
				groups.set(key, group);
			}
			group.articleIds.push(row.article_id);
		}
		s.deleteDigests.run(until);
		return [...groups.values()];
	});

	type AddInput = Parameters<SubscriptionStore['add']>[0];
	// Count and insert in one IMMEDIATE transaction: concurrent /subscribe calls cannot pass the cap together.
	const addTx = db.transaction((input: AddInput): Subscription => {
		if (input.maxPerUser !== undefined && s.forUser.all(input.guildId, input.userId).length >= input.maxPerUser) {
			throw new LimitExceededError(input.maxPerUser, `at most ${input.maxPerUser} subscriptions per user`);
		}
		let topic = input.topic;
		if (topic.kind === 'entity') topic = { ...topic, entityId: s.resolveEntity.get(topic.entityId) ?? topic.entityId };
		const entityId = topic.kind === 'entity' ? topic.entityId : null;
		const row = s.insert.get(
			input.guildId,
			input.userId,
			JSON.stringify(topic),
			entityId,
			input.delivery,
			input.channelId,
			input.now ?? now(),
		);
		if (!row) throw new Error('subscription insert returned nothing');
		return toSubscription(row);
	});

	return {
		async addToDigest(input) {
			s.addDigest.run(input.guildId, input.userId, input.articleId, input.subscriptionId, input.at);
		},
		async takeDigests(until) {
			return takeDigestsTx.immediate(until);
		},
		async add(input) {
			return addTx.immediate(input);
		},
		async remove(guildId, userId, subscriptionId) {
			return s.remove.run(guildId, userId, subscriptionId).changes === 1;
		},
		async listForUser(guildId, userId) {
			return s.forUser.all(guildId, userId).map(toSubscription);
		},
		async listAll() {
			return s.all.all().map(toSubscription);
		},
		async setPaused(subscriptionId, reason) {
			s.pause.run(reason, subscriptionId);
		},
		async setDelivery(subscriptionId, delivery) {
			s.delivery.run(delivery, subscriptionId);
		},
		async claimNotification(input) {
			return s.claim.run(input.guildId, input.userId, input.articleId, input.at).changes === 1;
		},
		async countNotificationsSince(guildId, userId, since) {
			return s.countSince.get(guildId, userId, since) ?? 0;
		},
	};
}
