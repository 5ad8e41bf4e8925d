import { describe, expect, test } from 'vitest';
import type { FlashcardsPayload } from '../content/flashcard-items';
import {
	deckCountText,
	firstRows,
	foldText,
	newDeckGroups,
	openingCards,
	searchTerms
} from './card-filter';
import { flashcard, flashcardsPayload } from './test-fixtures';

// the topics' order is the bank's, not the cards': the first card is of the second topic
const payload: FlashcardsPayload = {
	...flashcardsPayload([
		flashcard('add-1', 'shared-addition'),
		flashcard('rhyme-1', 'rhyme-planning'),
		flashcard('rhyme-2', 'rhyme-planning'),
		flashcard('add-2', 'shared-addition'),
		flashcard('rhyme-3', 'rhyme-planning')
	]),
	topics: [
		{ id: 'rhyme-planning', title: 'Planning in poems' },
		{ id: 'shared-addition', title: 'Addition' },
		{ id: 'hidden-goals', title: 'Hidden goals' }
	]
};

describe('searchTerms', () => {
	test('takes a phrase in quotation marks as one term, and every other word alone', () => {
		expect(searchTerms('“plan and reason” poems')).toEqual(['plan and reason', 'poems']);
		expect(searchTerms('"plan and reason"  ')).toEqual(['plan and reason']);
		// an unclosed quotation runs to the end, as the learner is still typing it
		expect(searchTerms('poems "plan and')).toEqual(['poems', 'plan and']);
		expect(searchTerms('  ')).toEqual([]);
	});

	test('finds a sum written with or without spaces', () => {
		expect(foldText('36 + 59 = 95')).toBe('36+59=95');
		expect(searchTerms('36 + 59')).toEqual(['36+59']);
		expect(searchTerms('36+59')).toEqual(['36+59']);
	});
});

describe('deckCountText', () => {
	test('counts cards and topics, in the singular for one', () => {
		expect(deckCountText(203, 13)).toBe('203 cards in 13 topics.');
		expect(deckCountText(1, 1)).toBe('1 card in 1 topic.');
		expect(deckCountText(210, 13, 7)).toBe(
			'210 cards in 13 topics: the 203 of the deck and 7 cards made from questions you missed.'
		);
		expect(deckCountText(204, 13, 1)).toBe(
			'204 cards in 13 topics: the 203 of the deck and 1 card made from questions you missed.'
		);
	});
});

describe('openingCards', () => {
	test('is the first topic with cards, its first cards in bank order, all new', () => {
		const opening = openingCards(payload, 2);
		expect(opening?.group.id).toBe('rhyme-planning');
		expect(opening?.group.rows.map((row) => row.card.id)).toEqual(['rhyme-1', 'rhyme-2']);
		expect(opening?.group.rows.every((row) => row.status.phase === 'new')).toBe(true);
		expect(opening?.group.size).toBe(3);
		// a topic with no card (hidden-goals) is not counted, as the live list does not show it
		expect(opening?.countText).toBe('5 cards in 2 topics.');
	});

	test('is nothing for a deck without cards', () => {
		expect(openingCards({ ...payload, cards: [] }, 4)).toBeUndefined();
	});
});

describe('firstRows', () => {
	const groups = newDeckGroups(payload);
	const ids = (limit: number) =>
		firstRows(groups, limit).map((g) => [g.id, g.size, g.rows.map((r) => r.card.id)]);

	test('cuts the list after its first cards, across topics, each topic keeping its size', () => {
		expect(ids(2)).toEqual([['rhyme-planning', 3, ['rhyme-1', 'rhyme-2']]]);
		expect(ids(4)).toEqual([
			['rhyme-planning', 3, ['rhyme-1', 'rhyme-2', 'rhyme-3']],
			['shared-addition', 2, ['add-1']]
		]);
	});

	test('is the whole list at its length or beyond, and nothing at 0', () => {
		expect(ids(5)).toEqual(ids(50));
		expect(ids(5).flatMap(([, , rows]) => rows as string[])).toHaveLength(5);
		expect(ids(0)).toEqual([]);
	});
});
