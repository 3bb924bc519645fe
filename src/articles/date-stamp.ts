import { ORIGIN_LEXICONS } from './rules/origin/index.js';

// Month and weekday names of every language the lexicons know; a token may be a name or its first three letters ("Ago").
const CALENDAR = ORIGIN_LEXICONS.flatMap((lexicon) => lexicon.calendar).filter((word) => word.length >= 3);
// The words a timestamp line is made of besides dates: "Updated at 1:23 p.m.", "Publié le 3 mars à 9h".
const STAMP_WORDS = new Set(
	'updated published posted modified last on at am pm a p m le à mis jour publié modifié de del el um uhr aktualisiert veröffentlicht stand actualizado publicado h gmt utc et est edt pst cet cest bst ist'.split(' '),
);
const MAX_STAMP_CHARS = 80;

const isCalendar = (word: string): boolean => word.length >= 3 && CALENDAR.some((name) => name === word || name.startsWith(word));

/**
 * A line that is only a date or a time stamp ("October 06, 2018", "Nov 18, 2019 @17:19 PM · Updated: …",
 * "02 Ago 2017"): the page's dateline, never a sentence of the article.
 */
export function isDateStamp(text: string): boolean {
	if (text.length > MAX_STAMP_CHARS) return false;
	const words = text.toLowerCase().match(/[\p{L}]+|\d+/gu) ?? [];
	if (words.length === 0) return false;
	let dated = false;
	for (const word of words) {
		if (/^\d+$/u.test(word)) continue;
		if (isCalendar(word)) dated = true;
		else if (!STAMP_WORDS.has(word)) return false;
	}
	const time = /\b\d{1,2}[:.h]\d{2}\b/u.test(text);
	const year = /\b(?:19|20)\d{2}\b/u.test(text);
	return (dated && /\d/u.test(text)) || (time && (year || words.some((word) => STAMP_WORDS.has(word) && word.length > 3)));
}
