import { describe, expect, test } from 'vitest';
import { flashcards, sections, topics, transcript } from './index';
import { paperSource, paperUrl, toFlashcardsPayload } from './flashcard-items';
import type { Flashcard } from './schema';

const payload = toFlashcardsPayload({ flashcards, topics, sections, transcript });
const paragraphs = new Map(transcript.flatMap((s) => s.paragraphs).map((p) => [p.id, p]));

describe('toFlashcardsPayload', () => {
	test('carries cards made from questions apart, and each card’s questions', () => {
		const [first, second] = flashcards as [Flashcard, Flashcard];
		const made: Flashcard = { ...second, id: 'quiz-a-question' };
		const withMade = toFlashcardsPayload({
			flashcards: [first],
			topics,
			sections,
			transcript,
			derived: [made],
			questionsOf: new Map([
				[first.id, ['q-1', 'q-2']],
				[made.id, ['a-question']]
			])
		});
		expect(withMade.cards.map((c) => [c.id, c.questions])).toEqual([[first.id, ['q-1', 'q-2']]]);
		expect(withMade.derived.map((c) => [c.id, c.questions])).toEqual([
			['quiz-a-question', ['a-question']]
		]);
		expect(payload.derived).toEqual([]);
	});

	test('keeps every flashcard of the bank, in bank order', () => {
		expect(payload.cards.map((c) => c.id)).toEqual(flashcards.map((c) => c.id));
		expect(payload.paperUrl).toBe(paperUrl);
	});

	test('lists the topics that have cards, in bank order, with their titles', () => {
		const withCards = topics.filter((t) => flashcards.some((c) => c.topic === t.id));
		expect(payload.topics).toEqual(withCards.map((t) => ({ id: t.id, title: t.title })));
	});

	test('points every transcript quote at the paragraph that holds it', () => {
		const quoted = payload.cards.filter((c) => c.transcript !== undefined);
		expect(quoted.length).toBeGreaterThan(0);
		for (const card of quoted) {
			const source = card.transcript!;
			const paragraph = paragraphs.get(source.paragraphId);
			expect(paragraph?.text, card.id).toContain(source.quote);
			expect(paragraph?.section).toBe(source.section);
			expect(source.paragraphId).toMatch(/^p-\d+$/);
			expect(source.sectionTitle).toBe(sections.find((s) => s.id === source.section)?.title);
		}
	});

	test('gives every paper § the title of its top-level section', () => {
		for (const card of payload.cards) {
			expect(card.paper.length).toBeGreaterThan(0);
			for (const source of card.paper) expect(source.title.length).toBeGreaterThan(0);
		}
		expect(paperSource('15.3')).toEqual({ section: '15.3', title: 'Discussion' });
		expect(paperSource('4')).toEqual({ section: '4', title: 'Planning in Poems' });
	});

	test('keeps the explanation, the kind and the corrected claim', () => {
		const contrast = flashcards.find((c) => c.kind === 'contrast' && c.claim !== undefined)!;
		const item = payload.cards.find((c) => c.id === contrast.id)!;
		expect(item).toMatchObject({
			kind: 'contrast',
			claim: contrast.claim,
			explanation: contrast.explanation,
			front: contrast.front,
			back: contrast.back,
			difficulty: contrast.difficulty,
			topic: contrast.topic
		});
	});

	test('fails the build when a quote is not in the transcript', () => {
		const broken: Flashcard = {
			...flashcards[0]!,
			id: 'broken-card',
			sources: {
				transcript: { section: 'closing', text: 'words nobody said on the show' },
				paper: ['2'],
				evidence: flashcards[0]!.sources.evidence
			}
		};
		expect(() =>
			toFlashcardsPayload({ flashcards: [broken], topics, sections, transcript })
		).toThrow(/broken-card/);
	});

	test('refuses a paper § the paper does not have', () => {
		expect(() => paperSource('42')).toThrow(/no section 42/);
	});
});
