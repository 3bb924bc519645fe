/**
 * Dates as feeds write them (RFC 822 with its many variants, ISO 8601 / W3C-DTF, partial dates) to ISO 8601 UTC.
 * A date that cannot be read is null: it never costs the feed or the item.
 */

const ISO_DATE =
	/^(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?(?:[T\s]+(\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

// Zone names Date.parse does not know; US zones (EST, PDT...) and GMT/UT/Z it does.
const ZONES: Record<string, string> = {
	UTC: '+0000',
	CET: '+0100',
	CEST: '+0200',
	MET: '+0100',
	MEST: '+0200',
	EET: '+0200',
	EEST: '+0300',
	WET: '+0000',
	WEST: '+0100',
	BST: '+0100',
	IST: '+0530',
	JST: '+0900',
	KST: '+0900',
	HKT: '+0800',
	SGT: '+0800',
	AEST: '+1000',
	AEDT: '+1100',
	ACST: '+0930',
	AWST: '+0800',
	NZST: '+1200',
	NZDT: '+1300',
	MSK: '+0300',
	BRT: '-0300',
	ART: '-0300',
	AKST: '-0900',
	AKDT: '-0800',
	HST: '-1000',
};

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

export function parseFeedDate(value: string | null | undefined): string | null {
	if (!value) return null;
	const text = value.trim();
	if (!text) return null;
	const time = parseIso(text) ?? parseRfc822(text);
	if (time === null || !Number.isFinite(time)) return null;
	const year = new Date(time).getUTCFullYear();
	if (year < MIN_YEAR || year > MAX_YEAR) return null;
	return new Date(time).toISOString();
}

function parseIso(text: string): number | null {
	const m = ISO_DATE.exec(text);
	if (!m) return null;
	const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', frac, zone] = m;
	const fraction = frac ? Number(`0.${frac}`) * 1000 : 0;
	const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), fraction);
	if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31 || Number(h) > 24 || Number(mi) > 59) return null;
	return utc - zoneOffsetMinutes(zone) * 60_000;
}

function zoneOffsetMinutes(zone: string | undefined): number {
	if (!zone || /^(z|utc|gmt)$/i.test(zone)) return 0;
	const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
	if (!m) return 0;
	const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
	return m[1] === '-' ? -minutes : minutes;
}

function parseRfc822(text: string): number | null {
	let cleaned = text
		// The weekday is often wrong or localised; the date does not need it.
		.replace(/^[A-Za-z]{2,9}\.?,?\s+(?=\d)/, '')
		.replace(/\s+/g, ' ')
		.replace(/(\d)(st|nd|rd|th)\b/gi, '$1')
		.replace(/\b(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{2}):?(\d{2})\b/, '$1:$2:$3 $4$5')
		.replace(/:undefined/, ':00');
	cleaned = cleaned.replace(/\b([A-Z]{3,4})\b$/i, (zone) => ZONES[zone.toUpperCase()] ?? zone);
	const parsed = Date.parse(cleaned);
	if (!Number.isNaN(parsed)) {
		// Date.parse reads a date without a zone as local time; feeds mean UTC.
		const hasZone = /([+-]\d{4}|\b(GMT|UTC?|Z|[ECMP][SD]T)\b)\s*$/i.test(cleaned);
		return hasZone ? parsed : parsed - new Date(parsed).getTimezoneOffset() * 60_000;
	}
	return null;
}
