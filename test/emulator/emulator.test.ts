import { DiscordAPIError, EmbedBuilder, MessageFlags, type ChatInputCommandInteraction, type Client, type TextChannel } from 'discord.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulatorClient } from './client.js';
import { InteractionTimeoutError, startDiscordEmulator, type AddedGuild, type DiscordEmulator, type Json } from './index.js';

describe('discord.js against the emulator', () => {
	let emulator: DiscordEmulator;
	let client: Client;
	let guild: AddedGuild;
	let channelId: string;
	const adminId = '100000000000000001';

	beforeAll(async () => {
		emulator = await startDiscordEmulator();
		guild = emulator.addGuild({ name: 'News', channels: [{ name: 'briefs' }, { name: 'other' }], members: [{ id: adminId, username: 'ada', permissions: '32' }] });
		channelId = guild.channels[0]?.id ?? '';
		client = await createEmulatorClient(emulator);
	});

	afterAll(async () => {
		await client?.destroy();
		await emulator?.close();
	});

	beforeEach(() => emulator.reset());

	const channel = () => client.channels.cache.get(channelId) as TextChannel;

	it('logs in and sees the guild with its channels', () => {
		const cached = client.guilds.cache.get(guild.id);
		expect(cached?.available).toBe(true);
		expect(cached?.name).toBe('News');
		expect(cached?.channels.cache.map((c) => c.name).sort()).toEqual(['briefs', 'other']);
		expect(client.user?.id).toBe(emulator.botUserId);
		expect(client.application?.id).toBe(emulator.applicationId);
	});

	it('stores a message with an embed and its allowed mentions', async () => {
		const embed = new EmbedBuilder().setTitle('Title').setDescription('Body').addFields({ name: 'Who', value: 'Ada' });
		const sent = await channel().send({ content: 'hello', embeds: [embed], allowedMentions: { parse: [] } });
		const stored = emulator.messages(channelId);
		expect(stored).toHaveLength(1);
		expect(stored[0]?.id).toBe(sent.id);
		expect(stored[0]?.embeds).toEqual([{ title: 'Title', description: 'Body', fields: [{ name: 'Who', value: 'Ada' }] }]);
		expect(stored[0]?.allowed_mentions).toEqual({ parse: [] });
		expect(sent.embeds[0]?.title).toBe('Title');
	});

	it('rejects an embed over the limits with Discord’s 400 and code 50035', async () => {
		const error = await channel()
			.send({ embeds: [{ title: 'x'.repeat(257), description: 'y'.repeat(10) }] })
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(DiscordAPIError);
		expect((error as DiscordAPIError).code).toBe(50035);
		expect((error as DiscordAPIError).status).toBe(400);
		expect(JSON.stringify((error as DiscordAPIError).rawError)).toContain('embeds');
		expect(emulator.messages(channelId)).toHaveLength(0);
	});

	it('rejects 6000 characters across embeds, more than 10 embeds, long content and an empty message', async () => {
		const big = Array.from({ length: 2 }, () => ({ description: 'z'.repeat(3500) }));
		const eleven = Array.from({ length: 11 }, () => ({ title: 't' }));
		const codes = await Promise.all([
			channel().send({ embeds: big }).catch((e: DiscordAPIError) => e.code),
			channel().send({ embeds: eleven }).catch((e: DiscordAPIError) => e.code),
			channel().send({ content: 'c'.repeat(2001) }).catch((e: DiscordAPIError) => e.code),
			client.rest.post(`/channels/${channelId}/messages`, { body: { content: '' } }).catch((e: DiscordAPIError) => e.code),
		]);
		expect(codes).toEqual([50035, 50035, 50035, 50006]);
		expect(emulator.messages(channelId)).toHaveLength(0);
	});

	it('returns the original message for a repeated nonce with enforce_nonce', async () => {
		const first = await channel().send({ content: 'once', nonce: 'brief-1', enforceNonce: true });
		const again = await channel().send({ content: 'once', nonce: 'brief-1', enforceNonce: true });
		expect(again.id).toBe(first.id);
		expect(emulator.messages(channelId)).toHaveLength(1);
		const unenforced = await channel().send({ content: 'twice', nonce: 'brief-2' });
		const second = await channel().send({ content: 'twice', nonce: 'brief-2' });
		expect(second.id).not.toBe(unenforced.id);
	});

	it('delivers once through a storm of 429s that carry Retry-After', async () => {
		emulator.rateLimit('POST /channels/:id/messages', { count: 5, retryAfterMs: 20 });
		await channel().send({ content: 'after the storm' });
		expect(emulator.messages(channelId).map((m) => m.content)).toEqual(['after the storm']);
		const attempts = emulator.requests.filter((r) => r.route === '/channels/:id/messages' && r.method === 'POST');
		expect(attempts.map((r) => r.status)).toEqual([429, 429, 429, 429, 429, 200]);
		expect(emulator.stats.rateLimited[`POST /channels/:id/messages:${channelId}`]).toBe(5);
	});

	it('retries a 5xx fault and delivers once', async () => {
		emulator.failNext('POST /channels/:id/messages', { status: 502, count: 2 });
		await channel().send({ content: 'despite 502' });
		expect(emulator.messages(channelId)).toHaveLength(1);
		expect(emulator.requests.map((r) => r.status)).toEqual([502, 502, 200]);
	});

	it('registers guild and global commands and rejects invalid ones', async () => {
		const body = [{ name: 'feed', description: 'Manage feeds', options: [{ type: 3, name: 'url', description: 'Feed URL', required: true }] }];
		await client.rest.put(`/applications/${emulator.applicationId}/guilds/${guild.id}/commands`, { body });
		await client.application?.commands.set([{ name: 'ping', description: 'Ping' }]);
		expect(emulator.commands(guild.id).map((c) => c.name)).toEqual(['feed']);
		expect(emulator.commands().map((c) => c.name)).toEqual(['ping']);
		const bad = await client.rest
			.put(`/applications/${emulator.applicationId}/commands`, { body: [{ name: 'Bad Name', description: 'd'.repeat(101) }] })
			.catch((e: DiscordAPIError) => e);
		expect((bad as DiscordAPIError).code).toBe(50035);
		expect(emulator.commands().map((c) => c.name)).toEqual(['ping']);
	});

	it('opens a DM channel and answers 50007 when the user’s DMs are closed', async () => {
		const open = emulator.addUser({ username: 'open' });
		const closed = emulator.addUser({ username: 'closed', dmsClosed: true });
		const dm = await (await client.users.fetch(open)).send('hi');
		expect(dm.content).toBe('hi');
		expect(emulator.dms(open).map((m) => m.content)).toEqual(['hi']);
		const error = await (await client.users.fetch(closed)).send('hi').catch((e: DiscordAPIError) => e);
		expect((error as DiscordAPIError).code).toBe(50007);
	});

	it('answers missing access, unknown channel and missing permissions per channel', async () => {
		emulator.setChannelAccess(channelId, 'missing-access');
		const missing = await channel().send('x').catch((e: DiscordAPIError) => e);
		expect([(missing as DiscordAPIError).status, (missing as DiscordAPIError).code]).toEqual([403, 50001]);
		emulator.setChannelAccess(channelId, 'unknown-channel');
		const unknown = await channel().send('x').catch((e: DiscordAPIError) => e);
		expect([(unknown as DiscordAPIError).status, (unknown as DiscordAPIError).code]).toEqual([404, 10003]);
		emulator.setChannelAccess(channelId, 'missing-permissions');
		const forbidden = await channel().send('x').catch((e: DiscordAPIError) => e);
		expect([(forbidden as DiscordAPIError).status, (forbidden as DiscordAPIError).code]).toEqual([403, 50013]);
		expect((await client.channels.fetch(channelId, { force: true }))?.id).toBe(channelId);
	});

	it('records who a message would ping given its allowed mentions', async () => {
		const text = `@everyone see <@${adminId}>`;
		await channel().send({ content: text, allowedMentions: { parse: [] } });
		await channel().send({ content: text });
		const [safe, loud] = emulator.messages(channelId);
		expect([safe?.mention_everyone, safe?.mentions]).toEqual([false, []]);
		expect(loud?.mention_everyone).toBe(true);
		expect((loud?.mentions as Json[]).map((u) => u.id)).toEqual([adminId]);
		const clash = await channel()
			.send({ content: 'x', allowedMentions: { parse: ['users'], users: [adminId] } })
			.catch((e: DiscordAPIError) => e);
		expect((clash as DiscordAPIError).code).toBe(50035);
	});

	it('answers 10003 once a channel is deleted or the bot leaves the guild', async () => {
		const extra = emulator.addGuild({ channels: [{ name: 'a' }, { name: 'b' }] });
		await emulator.waitFor(() => client.guilds.cache.has(extra.id), 2_000, 'the new guild');
		const [a, b] = extra.channels.map((c) => client.channels.cache.get(c.id) as TextChannel);
		emulator.deleteChannel(extra.channels[0]?.id ?? '');
		expect(((await a?.send('x').catch((e: DiscordAPIError) => e)) as DiscordAPIError).code).toBe(10003);
		emulator.removeGuild(extra.id);
		expect(((await b?.send('x').catch((e: DiscordAPIError) => e)) as DiscordAPIError).code).toBe(10003);
		await emulator.waitFor(() => !client.guilds.cache.has(extra.id), 2_000, 'the guild to leave the cache');
	});

	describe('interactions', () => {
		beforeAll(() => {
			client.on('interactionCreate', async (interaction) => {
				if (interaction.isAutocomplete()) {
					const typed = String(interaction.options.getFocused());
					await interaction.respond([{ name: `${typed}-one`, value: `${typed}1` }]);
				} else if (interaction.isButton()) {
					await interaction.update({ content: `pressed ${interaction.customId}`, components: [] });
				} else if (interaction.isChatInputCommand() && interaction.commandName === 'ping') {
					const secret = interaction.options.getBoolean('secret') ?? false;
					await interaction.reply({ content: `pong ${interaction.channel?.id}`, flags: secret ? MessageFlags.Ephemeral : undefined });
				} else if (interaction.isChatInputCommand() && interaction.commandName === 'slow') {
					await interaction.deferReply({ flags: MessageFlags.Ephemeral });
					await interaction.editReply({ content: `done for ${interaction.memberPermissions?.has('ManageGuild') ? 'admin' : 'member'}` });
					await interaction.followUp({ content: 'and one more', flags: MessageFlags.Ephemeral });
				}
			});
		});

		it('resolves a reply to a chat command with its channel', async () => {
			const res = await emulator.interact({ guildId: guild.id, channelId, userId: adminId, command: 'ping' });
			expect(res.type).toBe(4);
			expect(res.data?.content).toBe(`pong ${channelId}`);
			expect(res.ephemeral).toBe(false);
			expect(emulator.messages(channelId).map((m) => m.content)).toEqual([`pong ${channelId}`]);
		});

		it('keeps ephemeral replies out of the channel', async () => {
			const res = await emulator.interact({ guildId: guild.id, channelId, userId: adminId, command: 'ping', options: [{ name: 'secret', type: 5, value: true }] });
			expect(res.ephemeral).toBe(true);
			expect(emulator.messages(channelId)).toHaveLength(0);
		});

		it('records a deferred reply, its edit through %40original and a follow-up', async () => {
			const res = await emulator.interact({ guildId: guild.id, channelId, userId: adminId, command: 'slow', memberPermissions: '0' });
			expect(res.type).toBe(5);
			await emulator.waitFor(() => res.followUps().length === 1, 3_000, 'the follow-up');
			expect(res.original()?.content).toBe('done for member');
			expect(res.record.edits).toHaveLength(1);
			expect(res.followUps()[0]?.content).toBe('and one more');
			expect(emulator.requests.some((r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original'))).toBe(true);
		});

		it('answers autocomplete with a type 8 response', async () => {
			const res = await emulator.interact({
				guildId: guild.id,
				channelId,
				userId: adminId,
				command: 'feed',
				type: 'autocomplete',
				options: [{ name: 'url', type: 3, value: 'exa', focused: true }],
			});
			expect(res.type).toBe(8);
			expect(res.data?.choices).toEqual([{ name: 'exa-one', value: 'exa1' }]);
		});

		it('updates the message a button sits on', async () => {
			const sent = await channel().send({ content: 'choose', components: [{ type: 1, components: [{ type: 2, style: 1, label: 'Go', custom_id: 'feed:go' }] }] });
			const res = await emulator.interact({ guildId: guild.id, channelId, userId: adminId, type: 'button', customId: 'feed:go', messageId: sent.id });
			expect(res.type).toBe(7);
			expect(emulator.messages(channelId)[0]?.content).toBe('pressed feed:go');
			expect(emulator.messages(channelId)[0]?.components).toEqual([]);
		});
	});
});

describe('interaction edge cases', () => {
	let emulator: DiscordEmulator;
	let client: Client;
	let guild: AddedGuild;
	let channelId: string;
	const userId = '100000000000000002';
	let behaviour: (interaction: ChatInputCommandInteraction) => Promise<void> = async () => {};

	beforeAll(async () => {
		emulator = await startDiscordEmulator({ interactionTimeoutMs: 300 });
		guild = emulator.addGuild({ channels: [{ name: 'cmds' }, { name: 'target' }], members: [{ id: userId }] });
		channelId = guild.channels[0]?.id ?? '';
		client = await createEmulatorClient(emulator);
		client.on('interactionCreate', (interaction) => {
			if (interaction.isChatInputCommand()) void behaviour(interaction).catch(() => {});
		});
	});

	afterAll(async () => {
		await client?.destroy();
		await emulator?.close();
	});

	beforeEach(() => emulator.reset());

	const run = (options: Json[] = []) => emulator.interact({ guildId: guild.id, channelId, userId, command: 'edge', options });

	it('rejects when the bot never answers and refuses a late callback with 10062', async () => {
		let late: unknown;
		behaviour = async (interaction) => {
			await new Promise((resolve) => setTimeout(resolve, 400));
			late = await interaction.reply('too late').catch((e: unknown) => e);
		};
		await expect(run()).rejects.toThrow(InteractionTimeoutError);
		await emulator.waitFor(() => late !== undefined, 2_000, 'the late reply');
		expect((late as DiscordAPIError).code).toBe(10062);
	});

	it('refuses a second acknowledgement with 40060', async () => {
		let second: unknown;
		behaviour = async (interaction) => {
			await interaction.deferReply();
			second = await client.rest
				.post(`/interactions/${interaction.id}/${interaction.token}/callback`, { body: { type: 4, data: { content: 'again' } }, auth: false })
				.catch((e: unknown) => e);
			await interaction.editReply('edited');
		};
		const res = await run();
		expect(await res.settled()).toMatchObject({ content: 'edited' });
		expect((second as DiscordAPIError).code).toBe(40060);
	});

	it('answers with_response callbacks with the created message', async () => {
		let messageId: string | undefined;
		behaviour = async (interaction) => {
			const response = await interaction.reply({ content: 'with response', withResponse: true });
			messageId = response.resource?.message?.id;
		};
		const res = await run();
		await emulator.waitFor(() => messageId !== undefined, 2_000, 'the callback response');
		expect(messageId).toBe(res.original()?.id);
	});

	it('resolves channel options so discord.js can read them', async () => {
		const target = guild.channels[1]?.id ?? '';
		behaviour = async (interaction) => {
			const channel = interaction.options.getChannel('channel', true);
			await interaction.reply(`into ${channel.name}`);
		};
		const res = await run([{ name: 'channel', type: 7, value: target }]);
		expect(res.data?.content).toBe('into target');
	});

	it('refuses a reply over the limits and lets the bot see the 50035', async () => {
		let refused: unknown;
		behaviour = async (interaction) => {
			refused = await interaction.reply({ content: 'x'.repeat(2001) }).catch((e: unknown) => e);
			await interaction.reply({ content: 'short' });
		};
		const res = await run();
		expect((refused as DiscordAPIError).code).toBe(50035);
		expect(res.data?.content).toBe('short');
	});
});
