import { AppError } from '../shared/errors.js';

/**
 * The provider gave no usable answer. `retryable` is true for what may pass on its own (timeouts, 429, 5xx,
 * a dropped connection); the message never contains the API key or the request body.
 */
export class LlmError extends AppError {
	override name = 'LlmError';
	constructor(
		message: string,
		readonly retryable: boolean,
		options?: { cause?: unknown },
	) {
		super(message, options);
	}
}
