/**
 * The Discord side of digests: one DM per (guild, user) listing the briefs collected while the user was over
 * their hourly limit. A refused DM (50007) is reported as `dm-closed`, so the subscriptions side can fall back.
 */
import { DiscordAPIError, RESTJSONErrorCodes, Routes, type APIChannel, type Client } from 'discord.js';
import type { DigestMessage, SendDigest } from '../../subscriptions/flush-digests.js';
import { t, type Locale } from '../i18n/index.js';
import { articleLink, joinWithin } from './reply-parts.js';

/** The digest DM body: a header and one link per brief, within Discord's 2,000 characters. */
export function renderDigest(message: DigestMessage, locale: Locale = 'en'): { content: string; allowed_mentions: { parse: [] } } {
	const lines = message.entries.map((e) => `• ${articleLink(e.title, e.url)}`);
	const header = t(locale).reader.digestHeader({ count: message.entries.length });
	return { content: joinWithin([header, ...lines], 2_000), allowed_mentions: { parse: [] } };
}

export function createDigestSender(client: Client): SendDigest {
	return async (message) => {
		try {
			const channel = (await client.rest.post(Routes.userChannels(), { body: { recipient_id: message.userId } })) as APIChannel;
			await client.rest.post(Routes.channelMessages(channel.id), { body: renderDigest(message) });
			return { status: 'sent' };
		} catch (error) {
			if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.CannotSendMessagesToThisUser) return { status: 'dm-closed' };
			throw error;
		}
	};
}
