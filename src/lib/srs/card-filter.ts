// the card list's filters: text (case, accents and curly quotes folded) and state. Pure.
import type { FlashcardItem, FlashcardsPayload, FlashcardTopic } from '../content/flashcard-items';
import { cardStatus, type CardStatus } from './card-status';
import type { CardState } from '../model/schema';
import { plural } from '../format/format';

export const stateFilters = [
	'all',
	'new',
	'learning',
	'review',
	'relearning',
	'suspended',
	'buried',
	'leech'
] as const;
export type StateFilter = (typeof stateFilters)[number];

/** each state filter as the list's State choice names it */
export const stateFilterLabels: Record<StateFilter, string> = {
	all: 'Any state',
	new: 'New',
	learning: 'Learning',
	review: 'Review',
	relearning: 'Relearning',
	suspended: 'Suspended',
	buried: 'Buried',
	leech: 'Leech'
};

export interface CardRow {
	card: FlashcardItem;
	status: CardStatus;
}

/** a heading of the card list and the cards under it: a topic, or the whole list sorted */
export interface CardGroup {
	id: string;
	title: string;
	rows: CardRow[];
}

export interface TopicGroup extends CardGroup {
	topic: FlashcardTopic;
}

/** a group as the list draws it so far: its first rows, and how many it has in all */
export interface DrawnGroup extends CardGroup {
	size: number;
}

/**
 * How many cards the list draws at once when it comes, and then in each task after: a few at a
 * time, so that drawing two hundred cards never holds the page for long (issue 15: no long task on
 * load). The first draw, more than the tallest first screen holds, is what the build renders into
 * /cards (CardsPreview), so the live list takes its place card for card.
 */
export const cardsDrawnFirst = 4;
export const cardsDrawnPerTask = 5;

/**
 * The groups cut to their first `limit` cards in all, in order, each with its full size.
 *
 * @example
 * firstRows(groups, 4).flatMap((g) => g.rows).length // 4, when there are 4 or more
 */
export function firstRows(groups: readonly CardGroup[], limit: number): DrawnGroup[] {
	const drawn: DrawnGroup[] = [];
	let left = limit;
	for (const { id, title, rows } of groups) {
		if (left <= 0) break;
		drawn.push({ id, title, rows: rows.slice(0, left), size: rows.length });
		left -= rows.length;
	}
	return drawn;
}

/** lower case, accents and curly quotes folded, spaces collapsed: what a filter compares */
export function foldText(text: string): string {
	return (
		text
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			.replace(/[‘’]/g, "'")
			.replace(/[“”]/g, '"')
			.toLowerCase()
			.replace(/\s+/g, ' ')
			// "36 + 59" and "36+59" are one sum, written either way in the cards and in a search
			.replace(/ ?([+=×*/]) ?/g, '$1')
			.trim()
	);
}

/**
 * The terms a search's words must all be found as: each word, and a phrase in quotation marks as
 * one term, as Anki's browser takes "exact phrase".
 *
 * @example
 * searchTerms('“plan and reason” poems') // ['plan and reason', 'poems']
 */
export function searchTerms(query: string): string[] {
	return [...foldText(query).matchAll(/"([^"]*)"?|(\S+)/g)]
		.map((match) => (match[1] ?? match[2] ?? '').trim())
		.filter((term) => term !== '');
}

/** the folded text a card is searched in: its id, both sides, explanation, topic and quote */
export function searchTexts(payload: FlashcardsPayload): ReadonlyMap<string, string> {
	const titles = new Map(payload.topics.map((t) => [t.id, t.title]));
	return new Map(
		payload.cards.map((card) => {
			const text = [
				card.id,
				card.front,
				card.back,
				card.explanation,
				titles.get(card.topic) ?? '',
				card.transcript?.quote ?? ''
			];
			return [card.id, foldText(text.join(' '))];
		})
	);
}

/** the words a status answers to in the filter, so "leech" or "suspended" finds those cards */
function statusWords(status: CardStatus): string {
	return [
		status.phase,
		status.suspended ? 'suspended' : '',
		status.buried ? 'buried' : '',
		status.leech ? 'leech' : ''
	].join(' ');
}

function matchesState(status: CardStatus, filter: StateFilter): boolean {
	if (filter === 'all') return true;
	if (filter === 'suspended') return status.suspended;
	if (filter === 'buried') return status.buried;
	if (filter === 'leech') return status.leech;
	return status.phase === filter;
}

export interface FilterInput {
	payload: FlashcardsPayload;
	states: readonly CardState[];
	/** from searchTexts(payload) */
	texts: ReadonlyMap<string, string>;
	query: string;
	stateFilter: StateFilter;
	/**
	 * cards shown whatever the filters say: those the learner suspended or brought back under
	 * these filters, so a card does not vanish from under their hand (and their focus)
	 */
	keep?: ReadonlySet<string>;
	/** the moment the list is read at: a card buried until later says so */
	now?: Date;
}

/**
 * The topics with cards that pass both filters (or are kept), each with those cards and their
 * status, in bank order. Every word of the query must appear.
 *
 * @example
 * filterCards({ payload, states: data.cards, texts, query: 'rabbit', stateFilter: 'all' });
 */
export function filterCards(input: FilterInput): TopicGroup[] {
	const { payload, texts, stateFilter } = input;
	const states = new Map(input.states.map((s) => [s.cardId, s]));
	const terms = searchTerms(input.query);
	const groups = payload.topics.map((topic): TopicGroup => ({
		topic,
		id: topic.id,
		title: topic.title,
		rows: []
	}));
	const byTopic = new Map(groups.map((g) => [g.topic.id, g]));
	for (const card of payload.cards) {
		const status = cardStatus(states.get(card.id), input.now);
		if (!input.keep?.has(card.id)) {
			if (!matchesState(status, stateFilter)) continue;
			const haystack = `${texts.get(card.id) ?? ''} ${statusWords(status)}`;
			if (!terms.every((term) => haystack.includes(term))) continue;
		}
		byTopic.get(card.topic)?.rows.push({ card, status });
	}
	return groups.filter((g) => g.rows.length > 0);
}

/**
 * what the card list's count line says of a whole deck, unfiltered, with the cards made from
 * questions the learner missed: the home page and /progress count the bank's alone, and a tester
 * read 20 there and 21 here as a mistake
 */
export const deckCountText = (cards: number, topics: number, fromMisses = 0): string =>
	`${plural(cards, 'card')} in ${plural(topics, 'topic')}${
		fromMisses > 0
			? `: the ${cards - fromMisses} of the deck and ${plural(fromMisses, 'card')} made from questions you missed`
			: ''
	}.`;

/** the whole list as a new learner has it: no state stored, no filter */
export const newDeckGroups = (payload: FlashcardsPayload): TopicGroup[] =>
	filterCards({ payload, states: [], texts: searchTexts(payload), query: '', stateFilter: 'all' });

export interface OpeningCards {
	/** the first topic, with its first cards only */
	group: DrawnGroup;
	/** the deck's count line */
	countText: string;
}

/**
 * The top of /cards as a new learner's deck has it, states unread: the first topic's first `count`
 * cards in the live list's order. The build renders it into the page's HTML (issue 15); what a
 * learner's stored states change in it (each card's state, the counts with the cards their misses
 * brought in) is filled in by the live list, which puts derived cards after the bank's.
 *
 * @example
 * openingCards(payload, 4)?.group.rows.length // 4
 */
export function openingCards(payload: FlashcardsPayload, count: number): OpeningCards | undefined {
	const groups = newDeckGroups(payload);
	const [first] = firstRows(groups.slice(0, 1), count);
	if (first === undefined) return undefined;
	return { group: first, countText: deckCountText(payload.cards.length, groups.length) };
}
