import type { RouteMatcher } from './types.js';

export interface MatchableRequest {
	method: string;
	path: string;
	route: string | null;
}

/**
 * A string names either a route template (`POST /channels/:id/messages`) or one exact request
 * (`POST /channels/123/messages`); a RegExp is tested against `METHOD /path`.
 */
export function matchesRoute(matcher: RouteMatcher, request: MatchableRequest): boolean {
	if (typeof matcher === 'function') return matcher(request);
	const concrete = `${request.method} ${request.path}`;
	if (matcher instanceof RegExp) return matcher.test(concrete);
	return matcher === concrete || (request.route !== null && matcher === `${request.method} ${request.route}`);
}
