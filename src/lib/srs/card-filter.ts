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
	leech: 'Leech'
};

export interface CardRow {
	card: FlashcardItem;
	status: CardStatus;
}

export interface TopicGroup {
	topic: FlashcardTopic;
	rows: CardRow[];
}

/** lower case, accents and curly quotes folded, spaces collapsed: what a filter compares */
export function foldText(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[‘’]/g, "'")
		.replace(/[“”]/g, '"')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
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
	return [status.phase, status.suspended ? 'suspended' : '', status.leech ? 'leech' : ''].join(' ');
}

function matchesState(status: CardStatus, filter: StateFilter): boolean {
	if (filter === 'all') return true;
	if (filter === 'suspended') return status.suspended;
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
}

/**
 * The topics with cards that pass both filters, each with those cards and their status, in bank
 * order. Every word of the query must appear.
 *
 * @example
 * filterCards({ payload, states: data.cards, texts, query: 'rabbit', stateFilter: 'all' });
 */
export function filterCards(input: FilterInput): TopicGroup[] {
	const { payload, texts, stateFilter } = input;
	const states = new Map(input.states.map((s) => [s.cardId, s]));
	const terms = foldText(input.query).split(' ').filter(Boolean);
	const groups = payload.topics.map((topic): TopicGroup => ({ topic, rows: [] }));
	const byTopic = new Map(groups.map((g) => [g.topic.id, g]));
	for (const card of payload.cards) {
		const status = cardStatus(states.get(card.id));
		if (!matchesState(status, stateFilter)) continue;
		const haystack = `${texts.get(card.id) ?? ''} ${statusWords(status)}`;
		if (!terms.every((term) => haystack.includes(term))) continue;
		byTopic.get(card.topic)?.rows.push({ card, status });
	}
	return groups.filter((g) => g.rows.length > 0);
}

/** what the card list's count line says of a whole deck, unfiltered */
export const deckCountText = (cards: number, topics: number): string =>
	`${plural(cards, 'card')} in ${plural(topics, 'topic')}.`;

export interface OpeningCards {
	/** the first topic, with its first cards only */
	group: TopicGroup;
	/** how many cards that topic has in all */
	topicSize: number;
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
	const groups = filterCards({
		payload,
		states: [],
		texts: searchTexts(payload),
		query: '',
		stateFilter: 'all'
	});
	const first = groups[0];
	if (first === undefined) return undefined;
	return {
		group: { topic: first.topic, rows: first.rows.slice(0, count) },
		topicSize: first.rows.length,
		countText: deckCountText(payload.cards.length, groups.length)
	};
}
