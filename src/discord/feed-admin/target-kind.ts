/** What kind of target a Discord channel makes (#18): a forum gets one post per article, a thread takes messages. */
import { ChannelType } from 'discord.js';
import type { TargetKind, TargetRoute } from '../../store/types.js';
import type { FeedStringKey } from './strings.js';

const THREADS = new Set<number>([ChannelType.PublicThread, ChannelType.PrivateThread, ChannelType.AnnouncementThread]);

export function targetKindOf(channelType: number | null | undefined): TargetKind {
	if (channelType === ChannelType.GuildForum) return 'forum';
	return channelType !== null && channelType !== undefined && THREADS.has(channelType) ? 'thread' : 'channel';
}

/** The /feed list label of a target: its kind, or its webhook's state when it has one. */
export function routeLabelKey(route: TargetRoute | undefined): FeedStringKey {
	if (route?.webhook === 'active') return 'kindWebhook';
	if (route?.webhook === 'gone') return 'kindWebhookGone';
	if (route?.kind === 'forum') return 'kindForum';
	return route?.kind === 'thread' ? 'kindThread' : 'kindChannel';
}
