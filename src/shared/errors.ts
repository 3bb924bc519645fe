/** Base of every error the bot throws on purpose. `cause` keeps the chain for logs. */
export class AppError extends Error {
	override name = 'AppError';
	constructor(message: string, options?: { cause?: unknown }) {
		super(message, options);
	}
}

/** Configuration that cannot be used; the process exits with code 2. */
export class ConfigError extends AppError {
	override name = 'ConfigError';
	constructor(readonly issues: string[]) {
		super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
	}
}

/** An error meant for a Discord or CLI user: `identifier` is stable, `message` is shown. */
export class UserError extends AppError {
	override name = 'UserError';
	constructor(
		readonly identifier: string,
		message: string,
		readonly context: Record<string, unknown> = {},
		options?: { cause?: unknown },
	) {
		super(message, options);
	}
}

/** A URL refused by the SSRF guard. */
export class BlockedAddressError extends AppError {
	override name = 'BlockedAddressError';
}

/** A body larger than the configured cap. */
export class BodyTooLargeError extends AppError {
	override name = 'BodyTooLargeError';
}

/** Input that cannot be parsed at all (feed, page, command option). */
export class InputError extends AppError {
	override name = 'InputError';
}

/** A page or feed text that is not an article (template, script shell, listing, paywall stub, error page): never briefed. */
export class ArticleRefusedError extends AppError {
	override name = 'ArticleRefusedError';
	constructor(
		readonly reason: 'not-an-article' | 'too-short' | 'template-markup',
		message: string,
		options?: { cause?: unknown },
	) {
		super(message, options);
	}
}

/** A per-guild cap (feeds, filters) would be exceeded; nothing was written. */
export class LimitError extends AppError {
	override name = 'LimitError';
	constructor(
		readonly limit: 'feeds' | 'filters',
		readonly max: number,
		options?: { cause?: unknown },
	) {
		super(`the guild already has the maximum of ${max} ${limit}`, options);
	}
}

/** Storage failed in a way callers cannot recover from. */
export class StoreError extends AppError {
	override name = 'StoreError';
}

/** A per-user or per-guild cap reached; the store checks it in the same transaction as the write. */
export class LimitExceededError extends AppError {
	override name = 'LimitExceededError';
	constructor(
		readonly limit: number,
		message: string,
	) {
		super(message);
	}
}

/** One line for logs: the message of each error in the `cause` chain. */
export function describeError(error: unknown): string {
	const parts: string[] = [];
	let current: unknown = error;
	for (let depth = 0; current !== undefined && current !== null && depth < 8; depth++) {
		if (current instanceof Error) {
			parts.push(`${current.name}: ${current.message}`);
			current = current.cause;
		} else {
			parts.push(String(current));
			break;
		}
	}
	return parts.join(' <- ');
}
