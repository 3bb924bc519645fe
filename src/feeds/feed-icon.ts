/**
 * The feed's own icon, when the document names one: RSS `<image><url>` (in the channel, or beside it in RSS 1.0),
 * `itunes:image`, Atom `<icon>` then `<logo>`, JSON Feed `icon` then `favicon`. Only absolute http(s) URLs are kept:
 * the icon is handed to Discord as a webhook avatar, which it fetches itself.
 */
import { attr, child, textContent, type XmlElement } from './xml-tree.js';

export function httpIcon(value: string | null | undefined, base: string | null | undefined): string | null {
	const trimmed = value?.trim();
	if (!trimmed || !URL.canParse(trimmed, base ?? undefined)) return null;
	const url = new URL(trimmed, base ?? undefined);
	return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
}

export function rssIcon(root: XmlElement, channel: XmlElement, base: string | null | undefined): string | null {
	const image = child(channel, 'image') ?? child(root, 'image', 'rdf:image');
	const url = image ? child(image, 'url') : undefined;
	const itunes = child(channel, 'itunes:image');
	return httpIcon(url ? textContent(url).trim() : null, base) ?? httpIcon(itunes ? attr(itunes, 'href') : null, base);
}

export function atomIcon(root: XmlElement, base: string | null | undefined): string | null {
	for (const name of ['atom:icon', 'icon', 'atom:logo', 'logo']) {
		const node = child(root, name);
		const icon = httpIcon(node ? textContent(node).trim() : null, base);
		if (icon) return icon;
	}
	return null;
}
