/**
 * Who a message would ping, computed as Discord does from `content` and `allowed_mentions`, so tests can assert
 * that article text never pings anyone. Mentions inside embeds never notify on Discord, so only `content` counts.
 * @see https://discord.com/developers/docs/resources/message#allowed-mentions-object
 */
import type { ErrorTree } from './message-limits.js';
import type { Json } from './types.js';

export interface MentionResult {
	userIds: string[];
	roleIds: string[];
	everyone: boolean;
}

const asStrings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

export function resolveMentions(content: string, allowedMentions: unknown): MentionResult {
	// Without allowed_mentions Discord parses everything the content names.
	const allowed = allowedMentions && typeof allowedMentions === 'object' ? (allowedMentions as Json) : { parse: ['users', 'roles', 'everyone'] };
	const parse = asStrings(allowed.parse);
	const users = asStrings(allowed.users);
	const roles = asStrings(allowed.roles);
	const named = (pattern: RegExp) => [...new Set([...content.matchAll(pattern)].map((m) => m[1] ?? ''))];
	return {
		userIds: named(/<@!?(\d{15,21})>/g).filter((id) => parse.includes('users') || users.includes(id)),
		roleIds: named(/<@&(\d{15,21})>/g).filter((id) => parse.includes('roles') || roles.includes(id)),
		everyone: parse.includes('everyone') && /@(everyone|here)\b/.test(content),
	};
}

/** Discord refuses `parse: ['users']` together with a `users` list (same for roles), and more than 100 ids. */
export function checkAllowedMentions(tree: ErrorTree, allowedMentions: unknown): void {
	if (!allowedMentions || typeof allowedMentions !== 'object') return;
	const allowed = allowedMentions as Json;
	const parse = asStrings(allowed.parse);
	const problems: string[] = [];
	for (const kind of ['users', 'roles'] as const) {
		const list = asStrings(allowed[kind]);
		if (parse.includes(kind) && list.length > 0) problems.push(`parse:["${kind}"] and ${kind}: [ids...] are mutually exclusive.`);
		if (list.length > 100) problems.push(`${kind}: Must be 100 or fewer in length.`);
	}
	if (problems.length > 0) tree.allowed_mentions = { _errors: problems.map((message) => ({ code: 'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE', message })) };
}
