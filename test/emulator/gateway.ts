/**
 * The gateway: HELLO, heartbeats, IDENTIFY → READY + GUILD_CREATE, RESUME with replay, op 7 and op 9, and events
 * filtered by intents as Discord does (discord.js does not filter, so a missing intent must show up here).
 * @see https://discord.com/developers/docs/events/gateway
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { INTENTS, type Dispatcher } from './context.js';
import type { EmulatorState } from './state.js';
import type { EmulatorStats, Json } from './types.js';

const OP = { Dispatch: 0, Heartbeat: 1, Identify: 2, Resume: 6, Reconnect: 7, InvalidSession: 9, Hello: 10, HeartbeatAck: 11 } as const;
/** Discord keeps a bounded backlog for resumes; older events are lost and the client must re-identify. */
const REPLAY_BUFFER = 2_000;

interface GatewayEvent {
	s: number;
	t: string;
	d: Json;
}

interface Session {
	id: string;
	intents: number;
	/** [shard id, shard count] from IDENTIFY; Discord sends a shard only its own guilds' events. */
	shard: [number, number];
	seq: number;
	events: GatewayEvent[];
	connection: Connection | null;
}

interface Connection {
	ws: WebSocket;
	session: Session | null;
}

export interface GatewayOptions {
	state: EmulatorState;
	token: string;
	heartbeatIntervalMs: number;
	resumeUrl: () => string;
	stats: EmulatorStats;
}

export class GatewayServer implements Dispatcher {
	private readonly wss = new WebSocketServer({ noServer: true });
	private readonly sessions = new Map<string, Session>();
	private readonly connections = new Set<Connection>();

	constructor(private readonly options: GatewayOptions) {
		this.wss.on('connection', (ws) => this.accept(ws));
	}

	upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
		this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req));
	}

	/** Sessions currently attached to an open socket. */
	get connectedSessions(): number {
		return [...this.sessions.values()].filter((s) => s.connection !== null).length;
	}

	dispatch(event: string, data: Json, intent: number): void {
		const guildId = typeof data.guild_id === 'string' ? data.guild_id : event.startsWith('GUILD_') && typeof data.id === 'string' ? data.id : null;
		for (const session of this.sessions.values()) {
			if (intent !== 0 && (session.intents & intent) === 0) continue;
			if (guildId !== null && !ownsGuild(session.shard, guildId)) continue;
			this.emitTo(session, event, data);
		}
	}

	/** Closes every socket without a close frame, as a network drop does; discord.js then RESUMEs. */
	drop(): void {
		for (const connection of this.connections) connection.ws.terminate();
	}

	sendReconnect(): void {
		for (const connection of this.connections) this.send(connection, { op: OP.Reconnect, d: null });
	}

	invalidateSession(resumable: boolean): void {
		for (const connection of this.connections) {
			if (!resumable && connection.session) this.sessions.delete(connection.session.id);
			this.send(connection, { op: OP.InvalidSession, d: resumable });
		}
	}

	async close(): Promise<void> {
		for (const connection of this.connections) connection.ws.terminate();
		await new Promise<void>((resolve) => this.wss.close(() => resolve()));
	}

	private accept(ws: WebSocket): void {
		const connection: Connection = { ws, session: null };
		this.connections.add(connection);
		this.options.stats.connections += 1;
		ws.on('message', (raw, isBinary) => {
			// Discord speaks text frames to a client that asked for JSON without compression.
			if (isBinary) return ws.close(4002, 'Error while decoding payload.');
			let payload: Json;
			try {
				payload = JSON.parse(String(raw)) as Json;
			} catch {
				return ws.close(4002, 'Error while decoding payload.');
			}
			this.receive(connection, payload);
		});
		ws.on('close', (code) => this.detach(connection, code));
		this.send(connection, { op: OP.Hello, d: { heartbeat_interval: this.options.heartbeatIntervalMs } });
	}

	private receive(connection: Connection, payload: Json): void {
		const d = (payload.d ?? {}) as Json;
		switch (payload.op) {
			case OP.Heartbeat:
				this.options.stats.heartbeats += 1;
				return this.send(connection, { op: OP.HeartbeatAck });
			case OP.Identify:
				return this.identify(connection, d);
			case OP.Resume:
				return this.resume(connection, d);
			default:
				// Presence updates, member requests and voice states are accepted and ignored.
				return;
		}
	}

	private identify(connection: Connection, d: Json): void {
		if (d.token !== this.options.token && d.token !== `Bot ${this.options.token}`) return connection.ws.close(4004, 'Authentication failed.');
		if (connection.session) return connection.ws.close(4005, 'Already authenticated.');
		this.options.stats.identifies += 1;
		const { state } = this.options;
		const shard = parseShard(d.shard);
		const session: Session = { id: randomUUID().replaceAll('-', ''), intents: Number(d.intents ?? 0), shard, seq: 0, events: [], connection };
		connection.session = session;
		this.sessions.set(session.id, session);
		const guilds = [...state.guilds.values()].filter((g) => ownsGuild(shard, g.id));
		this.emitTo(session, 'READY', {
			v: 10,
			user: { ...state.userJson(state.bot.id), verified: true, mfa_enabled: false, email: null },
			guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
			session_id: session.id,
			session_type: 'normal',
			resume_gateway_url: this.options.resumeUrl(),
			shard,
			application: { id: state.applicationId, flags: 0 },
			private_channels: [],
			presences: [],
			relationships: [],
			guild_join_requests: [],
			geo_ordered_rtc_regions: [],
			user_settings: {},
		});
		if ((session.intents & INTENTS.Guilds) === 0) return;
		for (const guild of guilds) this.emitTo(session, 'GUILD_CREATE', state.guildCreateJson(guild));
	}

	private resume(connection: Connection, d: Json): void {
		const session = this.sessions.get(String(d.session_id));
		if (!session || d.token !== this.options.token) return this.send(connection, { op: OP.InvalidSession, d: false });
		const from = Number(d.seq ?? 0);
		const oldest = session.events[0]?.s ?? session.seq + 1;
		if (from + 1 < oldest) {
			this.sessions.delete(session.id);
			return this.send(connection, { op: OP.InvalidSession, d: false });
		}
		this.options.stats.resumes += 1;
		const previous = session.connection;
		if (previous && previous !== connection) {
			previous.session = null;
			previous.ws.close(4000, 'Session resumed elsewhere.');
		}
		session.connection = connection;
		connection.session = session;
		for (const event of session.events) if (event.s > from) this.send(connection, { op: OP.Dispatch, s: event.s, t: event.t, d: event.d });
		this.emitTo(session, 'RESUMED', {});
	}

	private emitTo(session: Session, event: string, data: Json): void {
		session.seq += 1;
		const record = { s: session.seq, t: event, d: data };
		session.events.push(record);
		if (session.events.length > REPLAY_BUFFER) session.events.shift();
		if (session.connection) this.send(session.connection, { op: OP.Dispatch, ...record });
	}

	private send(connection: Connection, payload: Json): void {
		if (connection.ws.readyState === connection.ws.OPEN) connection.ws.send(JSON.stringify(payload));
	}

	private detach(connection: Connection, code: number): void {
		this.connections.delete(connection);
		const session = connection.session;
		if (!session || session.connection !== connection) return;
		session.connection = null;
		// A client that closes with 1000 or 1001 ends its session; any other close keeps it resumable.
		if (code === 1000 || code === 1001) this.sessions.delete(session.id);
	}
}

function parseShard(value: unknown): [number, number] {
	if (Array.isArray(value) && value.length === 2 && value.every((n) => Number.isInteger(n)) && value[1] > 0) {
		return [Number(value[0]), Number(value[1])];
	}
	return [0, 1];
}

/** Discord's rule: a guild belongs to shard (guild_id >> 22) % shard_count. */
export function ownsGuild([id, count]: [number, number], guildId: string): boolean {
	return count <= 1 || Number((BigInt(guildId) >> 22n) % BigInt(count)) === id;
}
