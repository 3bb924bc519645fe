import { describe, expect, it } from 'vitest';
import { formatFeedList, type GuildFeed } from '../../src/discord/feed-admin/format-feed-list.js';
import { codedError, disabledAfterReason, readStoredFailure, refusedReason, storedFailureText } from '../../src/shared/stored-failure.js';

describe('stored feed failures', () => {
	it('reads back the code, the HTTP status and the wrappers the poll writes', () => {
		expect(readStoredFailure(codedError('timeout', 'timed out after 15000 ms'))).toEqual({ code: 'timeout', detail: 'timed out after 15000 ms' });
		expect(readStoredFailure(codedError('http-error', 'HTTP 503 Service Unavailable'))).toMatchObject({ code: 'http-error', httpStatus: 503 });
		expect(readStoredFailure(disabledAfterReason(10, codedError('dns', 'getaddrinfo ENOTFOUND x.example')))).toMatchObject({ code: 'dns', disabledAfter: 10 });
		expect(readStoredFailure(refusedReason(codedError('blocked-address', '10.0.0.1 is private')))).toMatchObject({ code: 'blocked-address', refused: true });
		expect(readStoredFailure('not-an-article')).toMatchObject({ code: 'not-an-article' });
	});

	it('says a coded error in the reader’s language, and anything else as stored', () => {
		expect(storedFailureText(codedError('timeout', 'timed out after 15000 ms'), 'fr')).toBe('Le serveur n’a pas répondu à temps.');
		expect(storedFailureText(codedError('timeout', 'timed out after 15000 ms'), 'en')).toBe('The server did not answer in time.');
		expect(storedFailureText('some older text: with a colon', 'fr')).toBe('some older text: with a colon');
		expect(storedFailureText('bogus-code: detail', 'fr')).toBe('bogus-code: detail');
	});

	it('gives /feed list in French no English sentence for a failing or disabled feed', () => {
		const base = {
			id: 1, url: 'https://example.org/feed.xml', finalUrl: null, title: 'Exemple', etag: null, lastModified: null, bodyHash: null,
			lastErrorAt: 0, nextPollAt: 0, lastPolledAt: null, initialized: true, backfill: 0, createdAt: 0, targets: [],
		};
		const failing: GuildFeed = { ...base, consecutiveFailures: 2, lastError: codedError('http-error', 'HTTP 500 Internal Server Error'), disabledReason: null };
		const disabled: GuildFeed = { ...base, id: 2, consecutiveFailures: 10, lastError: null, disabledReason: disabledAfterReason(10, codedError('timeout', 'timed out')) };
		const text = formatFeedList([failing, disabled], 'fr', 0).description ?? '';
		expect(text).toContain('Le serveur a répondu par une erreur (HTTP 500).');
		expect(text).toContain('désactivé après 10 échecs d’affilée ; dernier : Le serveur n’a pas répondu à temps.');
		expect(text).not.toMatch(/Internal Server Error|timed out|consecutive failures|did not answer/u);
	});
});
