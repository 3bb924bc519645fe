/**
 * The one string-table style of the bot: per area, an English table written `as const` (templates with `{name}`
 * placeholders, or lists of lines) and, per other locale, a `Translation` of it, which the compiler checks has
 * every key and no other. `compile` turns a table into typed messages: a template without placeholders is its
 * text, one with placeholders a function taking exactly those names.
 */

/** An area's English table: each key a template or a list of lines. */
export type StringTable = Readonly<Record<string, string | readonly string[]>>;

/** The `{name}` placeholders of a template, as a union of names. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** What a template becomes in `t(locale)`: its text, or a function of its placeholders' values. */
export type Message<S> = S extends readonly string[]
	? readonly string[]
	: S extends string
		? [Placeholders<S>] extends [never]
			? string
			: (values: Readonly<Record<Placeholders<S>, string | number>>) => string
		: never;

export type Messages<Table extends StringTable> = { readonly [K in keyof Table]: Message<Table[K]> };

/** Another locale's version of `Table`: the same keys, each a string (or list of lines). */
export type Translation<Table extends StringTable> = { readonly [K in keyof Table]: Table[K] extends readonly string[] ? readonly string[] : string };

/** An area's tables in every locale. */
export interface AreaTables<Table extends StringTable> {
	en: Table;
	fr: Translation<Table>;
}

const PLACEHOLDER = /\{(\w+)\}/g;
const HAS_PLACEHOLDER = /\{\w+\}/;

/** `template` with its `{name}` placeholders filled; an unknown name is left as written, so a slip shows. */
export function fill(template: string, values: Readonly<Record<string, string | number>> = {}): string {
	return template.replace(PLACEHOLDER, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The placeholder names of a template, sorted (for the tests that compare locales). */
export function placeholdersOf(template: string): string[] {
	return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))].sort();
}

/** A locale's table as typed messages; the type comes from the English table. */
export function compile<Table extends StringTable>(table: Translation<Table>): Messages<Table> {
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(table as Record<string, string | readonly string[]>)) {
		out[key] = typeof value !== 'string' || !HAS_PLACEHOLDER.test(value) ? value : (values: Record<string, string | number>) => fill(value, values);
	}
	return out as Messages<Table>;
}
