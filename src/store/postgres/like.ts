/** Escapes LIKE wildcards so that user text is matched literally. */
export function escapeLike(value: string): string {
	return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
