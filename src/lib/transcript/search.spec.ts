import { describe, expect, test } from 'vitest';
import { findMatches, fold, normalizeQuery, segment } from './search';

describe('fold', () => {
	test('keeps one character for each character, so offsets carry over', () => {
		const text = 'Naïve “Dallas” — it’s Élan 🐇 ok';
		expect(fold(text)).toHaveLength(text.length);
		expect(fold(text)).toBe('naive "dallas" - it\'s elan 🐇 ok');
	});
});

describe('findMatches', () => {
	const paragraphs = [
		{ id: 'p-1', text: 'The model plans the rhyme: rabbit, habit.' },
		{ id: 'p-2', text: 'It’s the model’s plan.' }
	];

	test('finds every match in paragraph order, ignoring case', () => {
		expect(findMatches(paragraphs, 'THE MODEL')).toEqual([
			{ paragraphId: 'p-1', start: 0, end: 9 },
			{ paragraphId: 'p-2', start: 5, end: 14 }
		]);
	});

	test('a straight apostrophe finds a curly one, and extra spaces are ignored', () => {
		expect(findMatches(paragraphs, "  it's   the ")).toEqual([
			{ paragraphId: 'p-2', start: 0, end: 8 }
		]);
	});

	test('matches do not overlap', () => {
		expect(findMatches([{ id: 'p-1', text: 'aaaa' }], 'aa').map((m) => m.start)).toEqual([0, 2]);
	});

	test('a query shorter than two characters finds nothing', () => {
		expect(findMatches(paragraphs, ' t ')).toEqual([]);
		expect(normalizeQuery(' T ')).toBe('t');
	});
});

describe('segment', () => {
	test('cuts the text into runs and numbered matches', () => {
		expect(segment('a cat sat', [{ start: 2, end: 5 }], 7)).toEqual([
			{ text: 'a ', start: 0 },
			{ text: 'cat', start: 2, match: 7 },
			{ text: ' sat', start: 5 }
		]);
	});

	test('matches at both ends leave no empty runs', () => {
		expect(
			segment('abab', [
				{ start: 0, end: 2 },
				{ start: 2, end: 4 }
			])
		).toEqual([
			{ text: 'ab', start: 0, match: 0 },
			{ text: 'ab', start: 2, match: 1 }
		]);
	});

	test('no matches gives the whole text', () => {
		expect(segment('plain', [])).toEqual([{ text: 'plain', start: 0 }]);
	});
});
