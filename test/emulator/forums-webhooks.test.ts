/** The emulator's forum and webhook routes, driven through discord.js's own classes (ForumChannel, Webhook). */
import { ChannelType, DiscordAPIError, type Client, type ForumChannel, type TextChannel } from 'discord.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulatorClient } from './client.js';
import { DEFAULT_BOT_PERMISSIONS, startDiscordEmulator, type AddedGuild, type DiscordEmulator } from './index.js';

const MANAGE_WEBHOOKS = 1n << 29n;

describe('forums and webhooks in the emulator', () => {
	let emulator: DiscordEmulator;
	let client: Client;
	let guild: AddedGuild;
	let forumId: string;

	beforeAll(async () => {
		emulator = await startDiscordEmulator();
		guild = emulator.addGuild({ name: 'News', channels: [{ name: 'briefs' }] });
		forumId = emulator.addForum(guild.id, { name: 'posts', tags: ['Economy', 'Politics'] });
		client = await createEmulatorClient(emulator);
	});
	afterAll(async () => {
		await client?.destroy();
		await emulator?.close();
	});
	beforeEach(() => {
		emulator.reset();
		emulator.setBotPermissions(guild.id, DEFAULT_BOT_PERMISSIONS);
	});

	const forum = () => client.channels.cache.get(forumId) as ForumChannel;
	const text = () => client.channels.cache.get(guild.channels[0]!.id) as TextChannel;

	it('is a forum to discord.js, with its tags', () => {
		expect(forum().type).toBe(ChannelType.GuildForum);
		expect(forum().availableTags.map((t) => t.name)).toEqual(['Economy', 'Politics']);
	});

	it('creates a post: a thread in the forum, its starter message with the thread id, the tags applied', async () => {
		const tag = forum().availableTags[1]!.id;
		const thread = await forum().threads.create({ name: 'Budget vote', message: { content: 'first' }, appliedTags: [tag] });
		expect(thread.parentId).toBe(forumId);
		expect(thread.appliedTags).toEqual([tag]);
		expect(emulator.threads(forumId)).toEqual([expect.objectContaining({ id: thread.id, name: 'Budget vote', owner_id: emulator.botUserId, applied_tags: [tag] })]);
		expect(emulator.messages(thread.id)).toEqual([expect.objectContaining({ id: thread.id, content: 'first' })]);
		const active = await guildActiveThreads();
		expect(active.map((t) => t.id)).toEqual([thread.id]);
	});

	it('refuses a post whose name is over 100 characters or whose tag the forum lacks', async () => {
		await expect(forum().threads.create({ name: 'x'.repeat(101), message: { content: 'a' } })).rejects.toMatchObject({ status: 400, code: 50035 });
		await expect(forum().threads.create({ name: 'ok', message: { content: 'a' }, appliedTags: ['1'] })).rejects.toMatchObject({ status: 400, code: 50035 });
		expect(emulator.threads(forumId)).toEqual([]);
	});

	it('creates a webhook only with Manage Webhooks, executes it as the webhook, and answers 10015 once deleted', async () => {
		const denied = await text().createWebhook({ name: 'Briefbot' }).catch((error: unknown) => error);
		expect(denied).toBeInstanceOf(DiscordAPIError);
		expect(denied).toMatchObject({ status: 403, code: 50013 });
		emulator.setBotPermissions(guild.id, BigInt(DEFAULT_BOT_PERMISSIONS) | MANAGE_WEBHOOKS);
		const webhook = await text().createWebhook({ name: 'Briefbot' });
		expect(webhook.token).toBeTruthy();
		const sent = await webhook.send({ content: 'hello', username: 'World Desk', avatarURL: 'https://example.org/i.png' });
		expect(sent.webhookId).toBe(webhook.id);
		expect(emulator.messages(text().id)).toEqual([
			expect.objectContaining({ content: 'hello', webhook_id: webhook.id, author: expect.objectContaining({ id: webhook.id, username: 'World Desk' }), avatar_url: 'https://example.org/i.png' }),
		]);
		await expect(webhook.send({ content: 'as Discord', username: 'Discord news' })).rejects.toMatchObject({ status: 400 });
		emulator.deleteWebhook(webhook.id);
		await expect(webhook.send({ content: 'again' })).rejects.toMatchObject({ status: 404, code: 10015 });
		expect(emulator.messages(text().id)).toHaveLength(1);
	});

	async function guildActiveThreads(): Promise<Array<{ id: string }>> {
		const answer = (await client.rest.get(`/guilds/${guild.id}/threads/active`)) as { threads: Array<{ id: string }> };
		return answer.threads;
	}
});
