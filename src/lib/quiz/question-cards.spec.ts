import { describe, expect, it } from 'vitest';
import { claims, flashcards, questions } from '../content';
import { Flashcard, type Flashcard as FlashcardType } from '../content/schema';
import { cloze, factCheck, single, trueFalse, typed } from './fixtures';
import {
	cardsPerMiss,
	derivedCard,
	derivedCardId,
	questionCards,
	relatedCardIds
} from './question-cards';

const card = (id: string, extra: Partial<FlashcardType> = {}): FlashcardType => ({
	id,
	topic: 'shared-addition',
	difficulty: 'recall',
	kind: 'concept',
	front: `What does ${id} say?`,
	back: 'Something',
	explanation: 'An explanation long enough for the schema, saying why the answer is right.',
	sources: {
		paper: ['6'],
		evidence: [{ section: '6', text: 'a passage of the paper that no question quotes here' }]
	},
	...extra
});

const sameEvidence = { paper: ['6'], evidence: single.sources.evidence };

describe('relatedCardIds', () => {
	it('ranks a card on a claim the question tests, then shared paper words, then the same episode quote', () => {
		const cards = [
			card('quote', {
				topic: 'limitations',
				sources: { ...card('x').sources, transcript: single.sources.transcript }
			}),
			card('evidence', { sources: sameEvidence }),
			card('claim', { kind: 'contrast', claim: 'C07' }),
			card('unrelated')
		];
		expect(relatedCardIds(single, cards)).toEqual(['claim', 'evidence']);
		expect(relatedCardIds(typed, cards)).toEqual(['evidence', 'quote']);
		expect(relatedCardIds(single, cards)).toHaveLength(cardsPerMiss);
	});

	it('counts shared paper words only within the topic', () => {
		const elsewhere = card('elsewhere', { topic: 'limitations', sources: sameEvidence });
		expect(relatedCardIds(typed, [elsewhere])).toEqual([]);
	});

	it('relates a fact-check to the contrast card of its claim', () => {
		expect(
			relatedCardIds(factCheck, [card('contrast', { kind: 'contrast', claim: 'C07' })])
		).toEqual(['contrast']);
	});
});

describe('derivedCard', () => {
	it('puts the question on the front and the right answer on the back, with its explanation and sources', () => {
		expect(derivedCard(single)).toEqual({
			id: 'quiz-addition-paths',
			topic: 'shared-addition',
			difficulty: 'recall',
			kind: 'concept',
			front: 'How does the model add 36 and 59?',
			back: 'Along parallel pathways',
			explanation: single.explanation,
			sources: single.sources
		});
		expect(derivedCard(trueFalse).front).toBe(
			'True or false: The model can accurately describe how it adds.'
		);
		expect(derivedCard(cloze).front).toBe('36 plus 59 is ___, found by a ___.');
		expect(derivedCard(cloze).back).toBe('36 plus 59 is 95, found by a lookup table.');
		expect(
			derivedCard({ ...single, options: [{ id: 'a', text: '微' }, ...single.options.slice(1)] })
				.back
		).toBe('“微”');
	});

	it('quotes the episode on a fact-check’s card, and gives its verdict', () => {
		const made = derivedCard(factCheck, { quote: 'it carries the one', verdict: 'DISTORTED' });
		expect(made.front).toBe(
			'The episode says “it carries the one”. What does the paper make of it?'
		);
		expect(made.back).toBe('Distorted');
		// a quote that ends its own sentence keeps its stop inside the marks, with no second one
		expect(derivedCard(factCheck, { quote: 'it plans ahead.', verdict: 'SUPPORTED' }).front).toBe(
			'The episode says “it plans ahead.” What does the paper make of it?'
		);
	});

	it('has a stable id', () => {
		expect(derivedCardId('addition-paths')).toBe('quiz-addition-paths');
	});
});

describe('questionCards', () => {
	const claimOf = () => undefined;
	const sameQuote = card('same-quote', {
		topic: 'limitations',
		sources: { ...card('x').sources, transcript: single.sources.transcript }
	});

	it('brings the bank cards on a question’s point, and makes no card of it', () => {
		const { cardsOf, derived } = questionCards(
			[typed],
			[sameQuote, card('evidence', { sources: sameEvidence })],
			claimOf
		);
		expect(cardsOf.get(typed.id)?.map((c) => c.id)).toEqual(['evidence', 'same-quote']);
		expect(derived).toEqual([]);
	});

	it('puts the card made from the question first where a bank card only quotes the same passage', () => {
		const { cardsOf, derived } = questionCards([typed], [sameQuote, card('unrelated')], claimOf);
		expect(cardsOf.get(typed.id)?.map((c) => c.id)).toEqual([
			derivedCardId(typed.id),
			'same-quote'
		]);
		expect(derived.map((c) => c.id)).toEqual([derivedCardId(typed.id)]);
	});

	it('makes the card of a question no bank card is related to', () => {
		const { cardsOf } = questionCards([typed], [card('unrelated')], claimOf);
		expect(cardsOf.get(typed.id)?.map((c) => c.id)).toEqual([derivedCardId(typed.id)]);
	});
});

describe('questionCards over the bank', () => {
	const claimOf = (id: string) => claims.find((c) => c.id === id);
	const { cardsOf, derived, questionsOf } = questionCards(questions, flashcards, claimOf);

	it('gives every question at least one card, and at most two', () => {
		for (const question of questions) {
			const cards = cardsOf.get(question.id) ?? [];
			expect(cards.length, question.id).toBeGreaterThanOrEqual(1);
			expect(cards.length, question.id).toBeLessThanOrEqual(cardsPerMiss);
		}
	});

	it('makes valid cards, with ids no bank card has, for the questions no card covers', () => {
		const bankIds = new Set(flashcards.map((c) => c.id));
		expect(derived.length).toBeGreaterThan(0);
		for (const made of derived) {
			expect(Flashcard.safeParse(made).success, made.id).toBe(true);
			expect(bankIds.has(made.id), made.id).toBe(false);
		}
		expect(new Set(derived.map((c) => c.id)).size).toBe(derived.length);
	});

	it('knows, for each card, the questions that bring it in', () => {
		for (const [questionId, cards] of cardsOf)
			for (const { id } of cards) expect(questionsOf.get(id)).toContain(questionId);
	});
});
