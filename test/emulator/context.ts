/** What the REST routes and the gateway share. */
import type { EmulatorState } from './state.js';
import type { Json } from './types.js';

/** Gateway intents the emulator filters on. @see https://discord.com/developers/docs/events/gateway#gateway-intents */
export const INTENTS = {
	Guilds: 1 << 0,
	GuildMessages: 1 << 9,
	DirectMessages: 1 << 12,
} as const;

export interface Dispatcher {
	/** Sends an event to every session whose intents include `intent` (0: no intent needed). */
	dispatch(event: string, data: Json, intent: number): void;
}

export interface EmulatorContext {
	state: EmulatorState;
	token: string;
	gatewayUrl: () => string;
	/** Where an uploaded file is served, as Discord's CDN serves attachments. */
	fileUrl: (id: string, filename: string) => string;
	gateway: Dispatcher;
	nonceWindowMs: number;
	interactionTimeoutMs: number;
	/** Called when an interaction gets its first callback. */
	onInteractionResponse: (interactionId: string) => void;
}

export interface RouteRequest {
	method: string;
	params: Record<string, string>;
	query: Record<string, string>;
	body: unknown;
	attachments: number;
}

export interface RouteResponse {
	status: number;
	body?: unknown;
}

export interface Route {
	method: string;
	/** `/channels/:id/messages`; parameters start with `:`. */
	template: string;
	/** Interaction callbacks and webhook routes need no bot token, as on Discord. */
	auth: boolean;
	handle(ctx: EmulatorContext, request: RouteRequest): RouteResponse | Promise<RouteResponse>;
}

export const discordError = (status: number, code: number, message: string): RouteResponse => ({ status, body: { code, message } });

export const asJson = (value: unknown): Json => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
