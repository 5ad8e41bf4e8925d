// The bank's quotes of the paper, which the quiz feedback and the card backs show as its own words.
import { describe, expect, it } from 'vitest';
import { flashcards, questions } from './index';
import { paperSectionTitle } from './paper';

const items = [...questions, ...flashcards];
const wordCount = (text: string) => text.trim().split(/\s+/).length;

describe('the evidence of the bank', () => {
	it('quotes the paper for every question and flashcard, once or twice', () => {
		const counts = items.map((i) => [i.id, i.sources.evidence?.length ?? 0] as const);
		expect(counts.filter(([, n]) => n < 1 || n > 2)).toEqual([]);
	});

	it('stands in a § the paper has', () => {
		const unknown = items.flatMap((i) =>
			(i.sources.evidence ?? [])
				.filter((e) => paperSectionTitle(e.section) === undefined)
				.map((e) => `${i.id}: §${e.section}`)
		);
		expect(unknown).toEqual([]);
	});

	it('is a short quote: 6 to 30 words', () => {
		const outside = items.flatMap((i) =>
			(i.sources.evidence ?? [])
				.filter((e) => wordCount(e.text) < 6 || wordCount(e.text) > 30)
				.map((e) => `${i.id}: ${wordCount(e.text)} words`)
		);
		expect(outside).toEqual([]);
	});
});
