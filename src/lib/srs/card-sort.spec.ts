import { describe, expect, it } from 'vitest';
import { filterCards, searchTexts } from './card-filter';
import { sortGroups } from './card-sort';
import { cardState, flashcard, flashcardsPayload, iso } from './test-fixtures';
import { dayMs } from './time';

const payload = flashcardsPayload([
	flashcard('rhyme-1', 'rhyme-planning'),
	flashcard('rhyme-2', 'rhyme-planning'),
	flashcard('add-1', 'shared-addition'),
	flashcard('add-2', 'shared-addition'),
	flashcard('add-3', 'shared-addition')
]);

const states = [
	cardState('rhyme-2', {
		due: iso(5 * dayMs),
		lapses: 1,
		difficulty: 4,
		last_review: iso(-1 * dayMs)
	}),
	cardState('add-1', {
		due: iso(1 * dayMs),
		lapses: 3,
		difficulty: 8,
		last_review: iso(-9 * dayMs)
	}),
	cardState('add-3', {
		due: iso(-2 * dayMs),
		lapses: 0,
		difficulty: 6,
		last_review: iso(-3 * dayMs)
	}),
	// suspended before it was ever studied: ranked by nothing
	cardState('rhyme-1', { reps: 0, state: 0, suspended: true })
];

const groups = filterCards({
	payload,
	states,
	texts: searchTexts(payload),
	query: '',
	stateFilter: 'all'
});
const order = (sort: Parameters<typeof sortGroups>[1]) =>
	sortGroups(groups, sort, states).flatMap((g) => g.rows.map((r) => r.card.id));

describe('sortGroups', () => {
	it('keeps the topics, in the bank’s order, by topic', () => {
		expect(sortGroups(groups, 'topic', states).map((g) => g.title)).toEqual(
			groups.map((g) => g.topic.title)
		);
		expect(order('topic')).toEqual(['rhyme-1', 'rhyme-2', 'add-1', 'add-2', 'add-3']);
	});

	it('lists the whole deck under the order’s name otherwise, cards never studied last', () => {
		expect(sortGroups(groups, 'due', states).map((g) => g.title)).toEqual(['Due soonest']);
		// overdue first; rhyme-1 and add-2 never studied, after, in the bank's order
		expect(order('due')).toEqual(['add-3', 'add-1', 'rhyme-2', 'rhyme-1', 'add-2']);
		expect(order('forgotten')).toEqual(['add-1', 'rhyme-2', 'add-3', 'rhyme-1', 'add-2']);
		expect(order('difficulty')).toEqual(['add-1', 'add-3', 'rhyme-2', 'rhyme-1', 'add-2']);
		expect(order('recent')).toEqual(['rhyme-2', 'add-3', 'add-1', 'rhyme-1', 'add-2']);
	});

	it('keeps a suspended card in its place by due date, so suspending it moves nothing', () => {
		const suspended = states.map((s) => (s.cardId === 'add-3' ? { ...s, suspended: true } : s));
		const ids = sortGroups(groups, 'due', suspended).flatMap((g) => g.rows.map((r) => r.card.id));
		expect(ids).toEqual(order('due'));
	});

	it('keeps the bank’s order between cards of the same rank', () => {
		const tied = states.map((s) => ({ ...s, lapses: 2 }));
		const ids = sortGroups(groups, 'forgotten', tied).flatMap((g) => g.rows.map((r) => r.card.id));
		// rhyme-1 was never studied: unranked, after; the three studied in the bank's order
		expect(ids).toEqual(['rhyme-2', 'add-1', 'add-3', 'rhyme-1', 'add-2']);
	});

	it('gives no group when no card passes the filters', () => {
		expect(sortGroups([], 'due', states)).toEqual([]);
	});
});
