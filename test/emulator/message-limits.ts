/**
 * Discord's message limits, checked the way the API checks them. Only discord.js's EmbedBuilder validates embeds
 * client-side; a raw payload over the limits reaches Discord and is refused there, so the emulator must refuse it too.
 * @see https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
import { checkAllowedMentions } from './mentions.js';
import type { Json } from './types.js';

export const LIMITS = {
	content: 2000,
	embeds: 10,
	title: 256,
	description: 4096,
	fields: 25,
	fieldName: 256,
	fieldValue: 1024,
	footer: 2048,
	author: 256,
	embedTotal: 6000,
	nonce: 25,
} as const;

/**
 * Lengths are counted in UTF-16 units, which is at least as strict as Discord's count, so text that fits here fits there.
 */

/** Discord's nested error tree: `{ embeds: { 0: { title: { _errors: [...] } } } }`. */
export type ErrorTree = { [key: string]: ErrorTree | Array<{ code: string; message: string }> };

function addError(tree: ErrorTree, path: (string | number)[], code: string, message: string): void {
	let node = tree;
	for (const key of path) {
		const next = node[String(key)];
		if (next === undefined || Array.isArray(next)) node[String(key)] = {};
		node = node[String(key)] as ErrorTree;
	}
	const list = (node._errors as Array<{ code: string; message: string }> | undefined) ?? [];
	list.push({ code, message });
	node._errors = list;
}

function checkLength(tree: ErrorTree, path: (string | number)[], value: unknown, max: number, required = false): number {
	if (value === undefined || value === null) {
		if (required) addError(tree, path, 'BASE_TYPE_REQUIRED', 'This field is required');
		return 0;
	}
	const text = String(value);
	if (required && text.length === 0) addError(tree, path, 'BASE_TYPE_REQUIRED', 'This field is required');
	if (text.length > max) addError(tree, path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
	return text.length;
}

function asObject(value: unknown): Json {
	return value !== null && typeof value === 'object' ? (value as Json) : {};
}

/** Checks one embed and returns how many characters it counts toward the 6000 total. */
function checkEmbed(tree: ErrorTree, index: number, embed: Json): number {
	const at = (key: string | number, ...rest: (string | number)[]) => ['embeds', index, key, ...rest];
	let total = 0;
	total += checkLength(tree, at('title'), embed.title, LIMITS.title);
	total += checkLength(tree, at('description'), embed.description, LIMITS.description);
	total += checkLength(tree, at('footer', 'text'), asObject(embed.footer).text, LIMITS.footer, embed.footer !== undefined);
	total += checkLength(tree, at('author', 'name'), asObject(embed.author).name, LIMITS.author, embed.author !== undefined);
	const fields = Array.isArray(embed.fields) ? embed.fields : [];
	if (fields.length > LIMITS.fields) addError(tree, at('fields'), 'BASE_TYPE_MAX_LENGTH', `Must be ${LIMITS.fields} or fewer in length.`);
	fields.forEach((field: unknown, i: number) => {
		const f = asObject(field);
		total += checkLength(tree, at('fields', i, 'name'), f.name, LIMITS.fieldName, true);
		total += checkLength(tree, at('fields', i, 'value'), f.value, LIMITS.fieldValue, true);
	});
	if (embed.timestamp !== undefined && Number.isNaN(Date.parse(String(embed.timestamp)))) {
		addError(tree, at('timestamp'), 'DATE_TIME_TYPE_PARSE', 'Could not parse timestamp. Should be ISO8601.');
	}
	const urls: Array<[(string | number)[], unknown]> = [
		[at('url'), embed.url],
		[at('author', 'url'), asObject(embed.author).url],
		[at('thumbnail', 'url'), asObject(embed.thumbnail).url],
		[at('image', 'url'), asObject(embed.image).url],
	];
	for (const [path, url] of urls) {
		if (url !== undefined && url !== null && !/^(https?|attachment):\/\/\S+$/.test(String(url))) addError(tree, path, 'URL_TYPE_INVALID_URL', 'Not a well formed URL.');
	}
	if (embed.color !== undefined && embed.color !== null && (!Number.isInteger(embed.color) || Number(embed.color) < 0 || Number(embed.color) > 0xffffff)) {
		addError(tree, at('color'), 'NUMBER_TYPE_MAX', 'int value should be less than or equal to 16777215.');
	}
	return total;
}

export type MessageCheck = { ok: true } | { ok: false; status: number; body: Json };

/** Validates a create/edit message body. `partial` is for edits, where an empty body is allowed. */
export function checkMessageBody(body: Json, options: { partial?: boolean; attachments?: number } = {}): MessageCheck {
	const tree: ErrorTree = {};
	checkLength(tree, ['content'], body.content, LIMITS.content);
	const embeds = Array.isArray(body.embeds) ? body.embeds : [];
	if (embeds.length > LIMITS.embeds) addError(tree, ['embeds'], 'BASE_TYPE_MAX_LENGTH', `Must be ${LIMITS.embeds} or fewer in length.`);
	let total = 0;
	embeds.forEach((embed: unknown, i: number) => {
		total += checkEmbed(tree, i, asObject(embed));
	});
	if (total > LIMITS.embedTotal) addError(tree, ['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', `Embed size exceeds maximum size of ${LIMITS.embedTotal}`);
	checkAllowedMentions(tree, body.allowed_mentions);
	if (body.nonce !== undefined && body.nonce !== null) {
		if (typeof body.nonce === 'string') checkLength(tree, ['nonce'], body.nonce, LIMITS.nonce);
		else if (typeof body.nonce !== 'number') addError(tree, ['nonce'], 'BASE_TYPE_BAD_TYPE', 'Must be a string or an integer.');
	}
	if (Object.keys(tree).length > 0) return { ok: false, status: 400, body: { code: 50035, message: 'Invalid Form Body', errors: tree } };
	const components = Array.isArray(body.components) ? body.components : [];
	const hasContent = typeof body.content === 'string' && body.content.trim().length > 0;
	const empty = !hasContent && embeds.length === 0 && components.length === 0 && !body.sticker_ids && !body.poll && !options.attachments;
	if (empty && !options.partial) return { ok: false, status: 400, body: { code: 50006, message: 'Cannot send an empty message' } };
	return { ok: true };
}
