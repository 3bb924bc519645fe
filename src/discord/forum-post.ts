/**
 * Forum targets: each article is its own post, a thread created in the forum with the brief's title as its name and
 * the rendered brief as its starter message, tagged with the forum's existing tags that name the brief's topics.
 * A forum post carries no nonce (Discord ignores one there), so a row that may have been posted before is first
 * looked for among the forum's active threads: the outbox never opens the same post twice.
 * @see https://discord.com/developers/docs/resources/channel#start-thread-in-forum-or-media-channel
 */
import { Routes, type APIChannel, type APIGuildForumTag, type APIMessage, type APIThreadChannel, type Client } from 'discord.js';
import type { Delivery } from '../store/types.js';
import { collapseWhitespace, truncateText } from './discord-text.js';
import type { BriefMessagePayload } from './render-brief.js';
import { sameEmbed } from './send-delivery.js';

/** Discord's limits: a thread name is 1-100 characters, a post has at most 5 tags. */
export const THREAD_NAME_MAX = 100;
export const MAX_FORUM_TAGS = 5;

export interface ForumPostInput {
	/** The brief's title (the thread's name). */
	title: string;
	/** The brief's topics, matched against the forum's tags. */
	topics: readonly string[];
}

export function threadName(title: string, fallback: string): string {
	return truncateText(collapseWhitespace(title) || collapseWhitespace(fallback) || '…', THREAD_NAME_MAX);
}

/** Case and accents do not matter: "Économie" tags a brief about "economie". */
const foldName = (name: string): string => collapseWhitespace(name).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The ids of the forum's tags that name one of the topics, in the topics' order, at most five. Moderated tags
 * need Manage Threads to apply, which the bot is not asked for: they are left out rather than failing the post.
 */
export function matchForumTags(available: readonly APIGuildForumTag[], topics: readonly string[]): string[] {
	const byName = new Map<string, string>();
	for (const tag of available) if (!tag.moderated && !byName.has(foldName(tag.name))) byName.set(foldName(tag.name), tag.id);
	const ids: string[] = [];
	for (const topic of topics) {
		const id = byName.get(foldName(topic));
		if (id && !ids.includes(id)) ids.push(id);
		if (ids.length === MAX_FORUM_TAGS) break;
	}
	return ids;
}

/** The thread name and the tags of the post for this brief in this forum (the forum's tags are read now). */
export async function forumPostFields(client: Client, forumId: string, payload: BriefMessagePayload, input: ForumPostInput): Promise<{ name: string; tags: string[] }> {
	const forum = (await client.rest.get(Routes.channel(forumId))) as APIChannel;
	const available = 'available_tags' in forum && Array.isArray(forum.available_tags) ? forum.available_tags : [];
	return { name: threadName(input.title, payload.embeds[0].title ?? ''), tags: matchForumTags(available, input.topics) };
}

/** Creates the post; the starter message's id is the thread's id, which the outbox records as the message id. */
export async function postToForum(client: Client, delivery: Delivery, payload: BriefMessagePayload, input: ForumPostInput): Promise<APIMessage> {
	const fields = await forumPostFields(client, delivery.channelId, payload, input);
	const body = { name: fields.name, message: payload, applied_tags: fields.tags };
	const thread = (await client.rest.post(Routes.threads(delivery.channelId), { body })) as APIThreadChannel & { message?: APIMessage };
	return thread.message ?? ({ id: thread.id } as APIMessage);
}

/**
 * The post this row already opened, if any: a thread in the forum with this name and this embed, opened by the bot or
 * by the target's webhook (`webhookId`).
 */
export async function findForumPost(
	client: Client,
	delivery: Delivery,
	payload: BriefMessagePayload,
	input: ForumPostInput,
	webhookId: string | null = null,
): Promise<APIMessage | null> {
	const name = threadName(input.title, payload.embeds[0].title ?? '');
	const botId = client.user?.id;
	const ours = (ownerId: string | undefined) => !botId || ownerId === botId || (webhookId !== null && ownerId === webhookId);
	const active = (await client.rest.get(Routes.guildActiveThreads(delivery.guildId))) as { threads: APIThreadChannel[] };
	const candidates = active.threads.filter((t) => t.parent_id === delivery.channelId && t.name === name && ours(t.owner_id));
	for (const thread of candidates) {
		// A forum post's starter message has the thread's id.
		const starter = (await client.rest.get(Routes.channelMessage(thread.id, thread.id)).catch(() => null)) as APIMessage | null;
		if (starter && sameEmbed(starter.embeds[0], payload.embeds[0])) return starter;
	}
	return null;
}
