/**
 * A feed server for end-to-end tests: feeds whose items appear over time, each linking to its own article page.
 * Article bodies are generated from a seed so that every story is distinct (no MinHash match between stories).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StoryItem {
	feed: string;
	index: number;
	title: string;
	/** Epoch ms when the item appears in its feed. */
	visibleAt: number;
}

const WORDS = (
	'harbour council budget river school railway festival museum hospital bridge factory election market ' +
	'vineyard airport library tunnel orchestra stadium forest reservoir laboratory ferry motorway bakery ' +
	'cathedral garden theatre university orchard quarry lighthouse canal observatory brewery mill village ' +
	'senate tribunal archive gallery workshop depot plaza terminal clinic academy pavilion aquarium'
).split(' ');
const NAMES = ['Alice Martin', 'Bruno Keller', 'Chen Wei', 'Dara Okafor', 'Elena Rossi', 'Farid Haddad', 'Greta Lind'];

function rng(seed: number): () => number {
	let s = seed >>> 0 || 1;
	return () => {
		s ^= s << 13;
		s ^= s >>> 17;
		s ^= s << 5;
		return (s >>> 0) / 2 ** 32;
	};
}

export function storyTitle(feed: string, index: number): string {
	const r = rng(hash(`${feed}:${index}`));
	const pick = () => WORDS[Math.floor(r() * WORDS.length)]!;
	return `${feed} story ${index}: new ${pick()} plan for the ${pick()}`;
}

function storyHtml(feed: string, index: number): string {
	const r = rng(hash(`${feed}/${index}`));
	const pick = () => WORDS[Math.floor(r() * WORDS.length)]!;
	const person = NAMES[Math.floor(r() * NAMES.length)]!;
	const paragraphs: string[] = [];
	for (let p = 0; p < 5; p++) {
		const sentence = Array.from({ length: 14 }, pick).join(' ');
		paragraphs.push(`<p>The ${pick()} committee discussed the ${sentence} on ${['Monday', 'Tuesday', 'Friday'][p % 3]} in item ${index}.</p>`);
	}
	paragraphs.push(`<p>“We will open the new ${pick()} next to the ${pick()} before the end of the year,” said ${person}, the director of the ${pick()} board.</p>`);
	const title = storyTitle(feed, index);
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs.join('')}</article></body></html>`;
}

function hash(text: string): number {
	let h = 2166136261;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
	return h >>> 0;
}

export interface StoryFeedServer {
	origin: string;
	feedUrl(feed: string): string;
	items: StoryItem[];
	close(): Promise<void>;
}

/** `feeds` names, `perFeed` items each, item i visible at `start + i * spacingMs`. */
export async function startStoryFeedServer(options: {
	feeds: string[];
	perFeed: number;
	start: number;
	spacingMs: number;
	now?: () => number;
}): Promise<StoryFeedServer> {
	const now = options.now ?? Date.now;
	const items: StoryItem[] = [];
	for (const feed of options.feeds) {
		for (let i = 0; i < options.perFeed; i++) {
			items.push({ feed, index: i, title: storyTitle(feed, i), visibleAt: options.start + i * options.spacingMs });
		}
	}
	let origin = '';
	const server: Server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		const feedMatch = /^\/feeds\/([\w-]+)\.xml$/.exec(url.pathname);
		if (feedMatch) {
			const visible = items.filter((i) => i.feed === feedMatch[1] && i.visibleAt <= now()).reverse();
			const body = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${feedMatch[1]}</title><link>${origin}/</link>${visible
				.map(
					(i) =>
						`<item><title>${i.title}</title><link>${origin}/pages/${i.feed}/${i.index}.html</link><guid>${i.feed}-${i.index}</guid><pubDate>${new Date(i.visibleAt).toUTCString()}</pubDate><description>Story ${i.index} of ${i.feed}.</description></item>`,
				)
				.join('')}</channel></rss>`;
			res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(body);
			return;
		}
		const pageMatch = /^\/pages\/([\w-]+)\/(\d+)\.html$/.exec(url.pathname);
		if (pageMatch) {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(storyHtml(pageMatch[1]!, Number(pageMatch[2])));
			return;
		}
		res.writeHead(404).end();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		origin,
		feedUrl: (feed) => `${origin}/feeds/${feed}.xml`,
		items,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
