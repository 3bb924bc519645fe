/**
 * What a failed send means for the outbox row: retry later, give up on the row, or give up on the
 * channel (the target is then disabled so that admins see why in /feed list).
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes
 */
import { DiscordAPIError, HTTPError } from 'discord.js';
import { describeError } from '../shared/errors.js';

export type SendErrorKind =
	/** 5xx, timeouts, network: the same request may succeed later. */
	| 'retry'
	/** The channel is gone or closed to the bot: disable the target. */
	| 'channel-gone'
	/** The user does not accept DMs from the bot. */
	| 'dm-closed'
	/** This message can never be sent (malformed payload...): fail the row, keep the target. */
	| 'rejected';

export interface ClassifiedSendError {
	kind: SendErrorKind;
	/** One line for the outbox row and, for `channel-gone`, the reason admins see. */
	reason: string;
}

const CHANNEL_GONE: Record<number, string> = {
	10003: 'the channel no longer exists',
	50001: 'the bot has no access to the channel',
	50013: 'the bot lacks permission to post in the channel',
	10004: 'the bot is no longer in the server',
};

const DM_CLOSED = new Set([50007, 10013]);

export function classifySendError(error: unknown): ClassifiedSendError {
	if (error instanceof DiscordAPIError) {
		const code = typeof error.code === 'number' ? error.code : Number(error.code);
		const gone = CHANNEL_GONE[code];
		if (gone) return { kind: 'channel-gone', reason: `${gone} (Discord ${code})` };
		if (DM_CLOSED.has(code)) return { kind: 'dm-closed', reason: `the user does not accept direct messages (Discord ${code})` };
		// 401 is the bot's token, 429 escaped the REST queue: neither is this message's fault.
		if (error.status >= 500 || error.status === 429 || error.status === 401) {
			return { kind: 'retry', reason: `Discord ${error.status} ${code}: ${error.message}` };
		}
		return { kind: 'rejected', reason: `Discord ${error.status} ${code}: ${error.message}` };
	}
	if (error instanceof HTTPError) {
		if (error.status >= 500 || error.status === 429 || error.status === 408) {
			return { kind: 'retry', reason: `HTTP ${error.status}: ${error.message}` };
		}
		return { kind: 'rejected', reason: `HTTP ${error.status}: ${error.message}` };
	}
	return { kind: 'retry', reason: describeError(error) };
}
