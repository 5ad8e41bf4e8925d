// The flashcards of the bank as files other study apps import: Anki, any spreadsheet (CSV), Quizlet.

/** what an export needs of a flashcard */
export interface ExportCard {
	id: string;
	topic: string;
	front: string;
	back: string;
}

/** the tag every exported card carries beside its topic's, so the deck can be found in Anki */
export const deckTag = 'biology-of-an-llm';

/**
 * A field of a delimited file, quoted the RFC 4180 way when it must be: when it holds the
 * separator, a quote, a line break, or (for Anki) starts with `#`, which Anki reads as a header.
 */
function quoteField(value: string, separator: string, forAnki = false): string {
	const needsQuotes =
		value.includes(separator) ||
		/["\r\n]/.test(value) ||
		value !== value.trim() ||
		(forAnki && value.startsWith('#'));
	return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}

/** an Anki tag cannot hold a space; the topic ids never do, but a stray one must not split a tag */
const tagOf = (topic: string) => topic.trim().replace(/\s+/g, '_');

/**
 * Anki's "Notes in Plain Text" format: tab-separated front, back and tags, with the header lines
 * Anki reads to set the separator, to take the text literally (not as HTML), and to find the tags
 * column. Each card is tagged with its topic and with {@link deckTag}.
 *
 * @example
 * toAnkiText([{ id: 'a', topic: 'rhyme-planning', front: 'Q', back: 'A' }])
 * // '#separator:tab\n#html:false\n#tags column:3\nQ\tA\tbiology-of-an-llm rhyme-planning\n'
 */
export function toAnkiText(cards: readonly ExportCard[]): string {
	const header = ['#separator:tab', '#html:false', '#tags column:3'];
	const lines = cards.map((card) =>
		[
			quoteField(card.front, '\t', true),
			quoteField(card.back, '\t', true),
			`${deckTag} ${tagOf(card.topic)}`
		].join('\t')
	);
	return [...header, ...lines].join('\n') + '\n';
}

/**
 * CSV as RFC 4180 writes it: a header row, CRLF line ends, fields quoted when they hold a comma,
 * a quote or a line break (or space at either end), and quotes inside doubled.
 *
 * @example
 * toCsv([{ id: 'a', topic: 't', front: 'Say "hi", then', back: 'A' }])
 * // 'id,topic,front,back\r\na,t,"Say ""hi"", then",A\r\n'
 */
export function toCsv(cards: readonly ExportCard[]): string {
	const rows = [
		['id', 'topic', 'front', 'back'],
		...cards.map((card) => [card.id, card.topic, card.front, card.back])
	];
	return (
		rows.map((row) => row.map((field) => quoteField(field, ',')).join(',')).join('\r\n') + '\r\n'
	);
}

/** Quizlet reads no quoting: a tab or a line break inside a field would split the card, so each becomes a space. */
const flatten = (value: string) => value.replace(/[\t\r\n]+/g, ' ').trim();

/**
 * Quizlet's import text: term, tab, definition, one card a line. Tabs and line breaks inside a
 * field are turned into spaces, since Quizlet has no way to escape them.
 *
 * @example
 * toQuizletText([{ id: 'a', topic: 't', front: 'Q', back: 'line 1\nline 2' }]) // 'Q\tline 1 line 2\n'
 */
export function toQuizletText(cards: readonly ExportCard[]): string {
	return cards.map((card) => `${flatten(card.front)}\t${flatten(card.back)}`).join('\n') + '\n';
}
