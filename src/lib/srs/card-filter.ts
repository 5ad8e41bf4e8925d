// the card list's filters: text (case, accents and curly quotes folded) and state. Pure.
import type { FlashcardItem, FlashcardsPayload, FlashcardTopic } from '../content/flashcard-items';
import { cardStatus, type CardStatus } from './card-status';
import type { CardState } from '../model/schema';

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
