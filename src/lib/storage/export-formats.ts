// The flashcards of the bank as files other study apps import: Anki, any spreadsheet (CSV), Quizlet.
// Each carries what makes a card worth having: the explanation, and for Anki the episode's words
// and the paper's, with a link that opens the paper at the passage.

/** a passage of the paper that settles a card */
export interface ExportPassage {
	/** verbatim */
	text: string;
	/** the § it stands in, "6.1" */
	section: string;
	/** the heading of that §, when known */
	sectionTitle: string;
	/** opens the paper at the passage and highlights it */
	href: string;
}

/** what an export needs of a flashcard */
export interface ExportCard {
	id: string;
	topic: string;
	front: string;
	back: string;
	/** why the back is right, in a few sentences */
	explanation: string;
	/** the episode's words the card rests on, and the title of their section */
	episode?: { quote: string; sectionTitle: string };
	/** the paper's own words that settle the card */
	paper: readonly ExportPassage[];
}

/** the tag every exported card carries beside its topic's, so the deck can be found in Anki */
export const deckTag = 'biology-of-an-llm';

/** the deck Anki files the cards in */
export const ankiDeck = 'Biology of an LLM';

/** the note fields of the Anki file, in column order; the tags come after them */
export const ankiFields = ['Front', 'Back', 'Explanation', 'Episode', 'Paper'] as const;

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

const htmlEscapes: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** text as HTML text: what the card says is shown as written, never read as markup */
const html = (text: string) => text.replace(/[&<>"']/g, (c) => htmlEscapes[c] as string);

/** line breaks inside a field become <br>, so each note stays on one line of the file */
const htmlLines = (text: string) => html(text).replace(/\r\n|\r|\n/g, '<br>');

/** a link Anki opens in the browser; only http(s) addresses are written as links */
const link = (href: string, text: string) =>
	/^https?:\/\//.test(href) ? `<a href="${html(href)}">${html(text)}</a>` : html(text);

const sectionLabel = (p: ExportPassage) =>
	p.sectionTitle ? `§${p.section} ${p.sectionTitle}` : `§${p.section}`;

/** the episode field: the quote, then where in the episode it is */
const episodeHtml = (card: ExportCard) =>
	card.episode
		? `“${htmlLines(card.episode.quote)}”<br>— <i>Talking Machines</i>, ${html(card.episode.sectionTitle)}`
		: '';

/** the paper field: each passage, then its § as a link that opens the paper there */
const paperHtml = (card: ExportCard) =>
	card.paper
		.map((p) => `“${htmlLines(p.text)}”<br>${link(p.href, sectionLabel(p))}`)
		.join('<br><br>');

/**
 * Anki's "Notes in Plain Text" format: tab-separated fields Front, Back, Explanation, Episode (the
 * quote and its section) and Paper (the evidence and a link to its §), then the tags. The header
 * lines tell Anki the separator, that fields are HTML (line breaks, links), the deck, the column
 * names for its import dialog and the tags column. Each card is tagged with its topic and with
 * {@link deckTag}.
 *
 * @example
 * toAnkiText([card]).split('\n')[6]
 * // 'What does the model plan?\tThe rhyme.\tWhy…\t“…”<br>— <i>Talking Machines</i>, Key Concepts Part 1\t“…”<br><a href="…">§4 Planning in Poems</a>\tbiology-of-an-llm rhyme-planning'
 */
export function toAnkiText(cards: readonly ExportCard[]): string {
	const header = [
		'#separator:tab',
		'#html:true',
		`#deck:${ankiDeck}`,
		`#columns:${[...ankiFields, 'Tags'].join('\t')}`,
		`#tags column:${ankiFields.length + 1}`
	];
	const lines = cards.map((card) =>
		[
			htmlLines(card.front),
			htmlLines(card.back),
			htmlLines(card.explanation),
			episodeHtml(card),
			paperHtml(card)
		]
			.map((field) => quoteField(field, '\t', true))
			.concat(`${deckTag} ${tagOf(card.topic)}`)
			.join('\t')
	);
	return [...header, ...lines].join('\n') + '\n';
}

/** a passage as plain text: “…” (§6.1 Generalization of Addition Features, https://…) */
const paperText = (card: ExportCard) =>
	card.paper.map((p) => `“${p.text}” (${sectionLabel(p)}, ${p.href})`).join(' ');

/**
 * CSV as RFC 4180 writes it: a header row, CRLF line ends, fields quoted when they hold a comma,
 * a quote or a line break (or space at either end), and quotes inside doubled. Beside front and
 * back: the explanation, the episode's words with their section, and the paper's with their §.
 *
 * @example
 * toCsv([card]).split('\r\n')[0] // 'id,topic,front,back,explanation,episode,episode section,paper'
 */
export function toCsv(cards: readonly ExportCard[]): string {
	const rows = [
		['id', 'topic', 'front', 'back', 'explanation', 'episode', 'episode section', 'paper'],
		...cards.map((card) => [
			card.id,
			card.topic,
			card.front,
			card.back,
			card.explanation,
			card.episode?.quote ?? '',
			card.episode?.sectionTitle ?? '',
			paperText(card)
		])
	];
	return (
		rows.map((row) => row.map((field) => quoteField(field, ',')).join(',')).join('\r\n') + '\r\n'
	);
}

/** Quizlet reads no quoting: a tab or a line break inside a field would split the card, so each becomes a space. */
const flatten = (value: string) => value.replace(/[\t\r\n]+/g, ' ').trim();

/**
 * Quizlet's import text: term, tab, definition, one card a line; the definition is the back, then
 * why. Tabs and line breaks inside a field are turned into spaces, since Quizlet has no way to
 * escape them.
 *
 * @example
 * toQuizletText([{ …, front: 'Q', back: 'A', explanation: 'Because.' }]) // 'Q\tA — Because.\n'
 */
export function toQuizletText(cards: readonly ExportCard[]): string {
	return (
		cards
			.map((card) => `${flatten(card.front)}\t${flatten(card.back)} — ${flatten(card.explanation)}`)
			.join('\n') + '\n'
	);
}
