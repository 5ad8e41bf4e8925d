// Finding words in the transcript: a match ignores case, accents and the kind of quote mark, so
// "its" finds "it’s" and "naive" finds "naïve". Pure, so the search state only wires it up.

export interface SearchMatch {
	paragraphId: string;
	/** where the match starts and ends in the paragraph's text, in UTF-16 units */
	start: number;
	end: number;
}

/** a run of a paragraph's text; `match` is the match's index among all matches when it is one */
export interface TextSegment {
	text: string;
	/** where the run starts in the paragraph's text: unique within it, so a key */
	start: number;
	match?: number;
}

/** shorter queries would mark half the episode */
export const minQueryLength = 2;

const quoteMarks: Record<string, string> = {
	'‘': "'",
	'’': "'",
	'“': '"',
	'”': '"',
	'–': '-',
	'—': '-'
};

/**
 * One character for each character of `text`, so offsets in the folded text are offsets in the
 * original: lowercase, without accents, straight quotes and dashes.
 *
 * @example
 * fold('Naïve “Dallas”') // 'naive "dallas"'
 */
export function fold(text: string): string {
	let folded = '';
	for (let i = 0; i < text.length; i++) {
		const char = text[i] as string;
		const code = char.charCodeAt(0);
		// a surrogate half stays as it is, so the folded text keeps every offset
		if (code >= 0xd800 && code <= 0xdfff) {
			folded += char;
			continue;
		}
		const base = quoteMarks[char] ?? char.normalize('NFD')[0] ?? char;
		const lower = base.toLowerCase();
		folded += lower.length === 1 ? lower : base;
	}
	return folded;
}

/** the query as it is searched for: folded, spaces collapsed, trimmed */
export const normalizeQuery = (query: string) => fold(query.trim().replace(/\s+/g, ' '));

/**
 * Every match of `query` in the paragraphs, in order, not overlapping. None for a query shorter
 * than {@link minQueryLength}.
 *
 * @example
 * findMatches([{ id: 'p-1', text: 'Rabbit, habit.' }], 'abit')
 * // [{ paragraphId: 'p-1', start: 9, end: 13 }]
 */
export function findMatches(
	paragraphs: readonly { id: string; text: string }[],
	query: string
): SearchMatch[] {
	const needle = normalizeQuery(query);
	if (needle.length < minQueryLength) return [];
	const matches: SearchMatch[] = [];
	for (const { id, text } of paragraphs) {
		const haystack = fold(text);
		for (
			let at = haystack.indexOf(needle);
			at !== -1;
			at = haystack.indexOf(needle, at + needle.length)
		)
			matches.push({ paragraphId: id, start: at, end: at + needle.length });
	}
	return matches;
}

/**
 * Cuts a paragraph's text into plain runs and matches, for rendering the matches as `<mark>`.
 * `matches` are this paragraph's, in order; `firstIndex` is the index of the first among all.
 *
 * @example
 * segment('a cat sat', [{ start: 2, end: 5 }], 7)
 * // [{ text: 'a ', start: 0 }, { text: 'cat', start: 2, match: 7 }, { text: ' sat', start: 5 }]
 */
export function segment(
	text: string,
	matches: readonly Pick<SearchMatch, 'start' | 'end'>[],
	firstIndex = 0
): TextSegment[] {
	const segments: TextSegment[] = [];
	let position = 0;
	matches.forEach(({ start, end }, i) => {
		if (start > position) segments.push({ text: text.slice(position, start), start: position });
		segments.push({ text: text.slice(start, end), start, match: firstIndex + i });
		position = end;
	});
	if (position < text.length) segments.push({ text: text.slice(position), start: position });
	return segments;
}
