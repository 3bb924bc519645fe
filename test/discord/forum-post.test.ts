import { describe, expect, it } from 'vitest';
import type { APIGuildForumTag } from 'discord.js';
import { matchForumTags, threadName } from '../../src/discord/forum-post.js';
import { webhookUsername } from '../../src/discord/webhook-post.js';

const tag = (id: string, name: string, moderated = false): APIGuildForumTag => ({ id, name, moderated, emoji_id: null, emoji_name: null });

describe('matchForumTags', () => {
	const tags = [tag('1', 'Économie'), tag('2', 'politique'), tag('3', 'Sport', true), tag('4', 'Culture'), tag('5', 'Science'), tag('6', 'Santé'), tag('7', 'Tech')];

	it('matches existing tags by name, ignoring case and accents, in the order of the topics', () => {
		expect(matchForumTags(tags, ['POLITIQUE', 'economie', 'weather'])).toEqual(['2', '1']);
	});

	it('never applies a moderated tag, nor a tag twice, and at most five', () => {
		expect(matchForumTags(tags, ['sport', 'culture', 'Culture'])).toEqual(['4']);
		expect(matchForumTags(tags, ['tech', 'sante', 'science', 'culture', 'politique', 'économie'])).toEqual(['7', '6', '5', '4', '2']);
	});

	it('applies none when nothing matches', () => {
		expect(matchForumTags([], ['economie'])).toEqual([]);
		expect(matchForumTags(tags, [])).toEqual([]);
	});
});

describe('threadName', () => {
	it('is the title on one line, cut to 100 characters, or the fallback', () => {
		expect(threadName('  Budget\n vote  ', 'x')).toBe('Budget vote');
		expect(threadName('a'.repeat(150), 'x').length).toBeLessThanOrEqual(100);
		expect(threadName('   ', 'https://news.example.org/a')).toBe('https://news.example.org/a');
		expect(threadName('', '')).toBe('…');
	});
});

describe('webhookUsername', () => {
	it('is the source name, cleaned and cut to 80 characters', () => {
		expect(webhookUsername('Le Monde : International')).toBe('Le Monde International');
		expect(webhookUsername('x'.repeat(100))).toHaveLength(80);
	});

	it('is none when Discord would refuse it, so that the webhook posts under its own name', () => {
		expect(webhookUsername('Discord News')).toBeNull();
		expect(webhookUsername('clyde daily')).toBeNull();
		expect(webhookUsername('@everyone')).toBeNull();
		expect(webhookUsername('here')).toBeNull();
		expect(webhookUsername(null)).toBeNull();
	});
});
