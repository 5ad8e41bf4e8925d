// The card list's orders, as Anki's browser sorts its columns: by topic (the bank's order), or the
// whole deck by when a card is due, how often it was forgotten, how hard it is, or when it was
// last studied. Pure.
import type { CardState } from '../model/schema';
import type { CardGroup, CardRow, TopicGroup } from './card-filter';

export const cardSorts = ['topic', 'due', 'forgotten', 'difficulty', 'recent'] as const;
export type CardSort = (typeof cardSorts)[number];

/** each order as the list's Sort choice names it, and the heading of the list it gives */
export const cardSortLabels: Record<CardSort, string> = {
	topic: 'By topic',
	due: 'Due soonest',
	forgotten: 'Most forgotten',
	difficulty: 'Hardest first',
	recent: 'Last studied'
};

/**
 * A studied card's place in an order: lower comes first. `undefined` for a card never studied,
 * which goes after those ranked, in the bank's order. A suspended card keeps its rank (its due
 * date, though it will not come up): suspending it must not move it from under the learner's hand.
 */
function rankOf(
	sort: Exclude<CardSort, 'topic'>,
	state: CardState | undefined
): number | undefined {
	if (state === undefined || state.reps === 0) return undefined;
	switch (sort) {
		case 'due':
			return Date.parse(state.due);
		case 'forgotten':
			return -state.lapses;
		case 'difficulty':
			return -state.difficulty;
		case 'recent':
			return state.last_review === undefined ? undefined : -Date.parse(state.last_review);
	}
}

/**
 * The filtered groups in the order chosen: by topic as they are, or one group of every card,
 * ranked, under the order's name. Ties keep the bank's order.
 *
 * @example
 * sortGroups(filterCards(input), 'forgotten', data.cards)[0].rows[0] // the card forgotten most
 */
export function sortGroups(
	groups: readonly TopicGroup[],
	sort: CardSort,
	states: readonly CardState[]
): CardGroup[] {
	if (sort === 'topic') return [...groups];
	const byId = new Map(states.map((s) => [s.cardId, s]));
	const ranked = groups
		.flatMap((g) => g.rows)
		.map((row, order) => ({ row, order, rank: rankOf(sort, byId.get(row.card.id)) }));
	ranked.sort((a, b) => {
		if (a.rank === undefined || b.rank === undefined) {
			if (a.rank !== b.rank) return a.rank === undefined ? 1 : -1;
		} else if (a.rank !== b.rank) return a.rank - b.rank;
		return a.order - b.order;
	});
	const rows: CardRow[] = ranked.map((r) => r.row);
	return rows.length === 0 ? [] : [{ id: 'sorted', title: cardSortLabels[sort], rows }];
}
