import { describe, expect, it } from 'vitest';
import { FAILURE_CODES, failure, failureText, fetchFailureCode } from '../../src/shared/failure-codes.js';

describe('failure codes', () => {
	it('has an English and a French sentence for every code, different from each other', () => {
		for (const code of FAILURE_CODES) {
			const en = failureText(code, 'en-US');
			const fr = failureText(code, 'fr');
			expect(en.length).toBeGreaterThan(10);
			expect(fr.length).toBeGreaterThan(10);
			expect(fr).not.toBe(en);
		}
	});

	it('falls back to English for other locales', () => {
		expect(failureText('dns', 'de')).toBe(failureText('dns', 'en-GB'));
	});

	it('tells a DNS failure from other network errors, and never puts the library error in the user text', () => {
		const detail = 'getaddrinfo EAI_AGAIN feeds.example.invalid';
		expect(fetchFailureCode('network-error', detail)).toBe('dns');
		expect(fetchFailureCode('network-error', 'connect ECONNREFUSED 203.0.113.9:443')).toBe('network');
		const result = failure(fetchFailureCode('network-error', detail), detail);
		expect(result.message).toBe('The site’s name could not be resolved.');
		expect(result.message).not.toMatch(/EAI_AGAIN|getaddrinfo/);
		expect(result.detail).toBe(detail);
	});

	it('adds the HTTP status to the http-error sentence', () => {
		expect(failureText('http-error', 'fr', 503)).toBe('Le serveur a répondu par une erreur (HTTP 503).');
	});
});
