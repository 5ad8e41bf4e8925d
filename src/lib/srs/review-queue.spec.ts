import { describe, expect, test } from 'vitest';
import type { Attempt, CardState } from '../model/schema';
import { learnerDayStart } from '../calendar/study-day';
import { bringIntoReview } from './quiz-misses';
import {
	dueToday,
	learnAheadMs,
	missedPastLimit,
	reviewQueue,
	type ReviewQueueInput
} from './review-queue';

const now = new Date('2025-03-10T09:00:00.000Z');
const startOfDay = new Date('2025-03-10T04:00:00.000Z');
const minute = 60_000;

const learning = (cardId: string, dueInMs: number): CardState => ({
	cardId,
	due: new Date(now.getTime() + dueInMs).toISOString(),
	stability: 2.3,
	difficulty: 2.1,
	elapsed_days: 0,
	scheduled_days: 0,
	learning_steps: 1,
	reps: 1,
	lapses: 0,
	state: 1,
	last_review: now.toISOString(),
	suspended: false,
	leech: false
});

const input = (overrides: Partial<ReviewQueueInput>): ReviewQueueInput => ({
	mode: 'due',
	bankCards: [
		{ id: 'a', topic: 't', difficulty: 'recall' },
		{ id: 'b', topic: 't', difficulty: 'recall' }
	],
	states: [],
	reviewLog: [],
	now,
	startOfDay,
	limits: { newCardsPerDay: 20, reviewsPerDay: 200 },
	forgotten: [],
	forgottenDone: [],
	...overrides
});

describe('reviewQueue', () => {
	test('is the srs due queue while something is due, and a learning card due soon comes after it', () => {
		const view = reviewQueue(input({ states: [learning('a', 5 * minute)] }));
		expect(view.queue).toEqual(['b', 'a']);
		// counted as learning at once, as Anki's red count is after an Again
		expect(view.counts).toEqual({ learning: 1, review: 0, new: 1 });
		expect(view.nextDueAt).toBe(new Date(now.getTime() + 5 * minute).toISOString());
	});

	test('counts a learning card the same before and after it falls due (2, not 2, 1, 2)', () => {
		// Again (1 minute) and Good (10 minutes) on two new cards, the day's new cards done
		const states = (elapsed: number) => [
			learning('a', minute - elapsed),
			learning('b', 10 * minute - elapsed)
		];
		const limits = { newCardsPerDay: 0, reviewsPerDay: 200 };
		for (const elapsed of [20_000, 80_000, 590_000, 650_000]) {
			const view = reviewQueue(
				input({ states: states(elapsed), limits, now: new Date(now.getTime() + elapsed) })
			);
			expect(view.counts.learning, `after ${elapsed / 1000} s`).toBe(2);
			// the one due first comes first
			expect(view.queue, `after ${elapsed / 1000} s`).toEqual(['a', 'b']);
		}
	});

	test('learns ahead: when nothing is due, learning cards due within 20 minutes come now', () => {
		const view = reviewQueue(
			input({
				states: [learning('a', 15 * minute), learning('b', 5 * minute)],
				limits: { newCardsPerDay: 0, reviewsPerDay: 200 }
			})
		);
		expect(view.queue).toEqual(['b', 'a']);
		expect(view.counts).toEqual({ learning: 2, review: 0, new: 0 });
	});

	test('learns ahead up to the limit itself, and only the learning cards within it', () => {
		const view = reviewQueue(
			input({
				states: [learning('a', learnAheadMs), learning('b', learnAheadMs + 1)],
				limits: { newCardsPerDay: 0, reviewsPerDay: 200 }
			})
		);
		expect(view.queue).toEqual(['a']);
		expect(view.counts.learning).toBe(1);
	});

	test('does not learn ahead past the limit', () => {
		const view = reviewQueue(
			input({
				states: [learning('a', learnAheadMs + minute), learning('b', learnAheadMs + minute)]
			})
		);
		expect(view.queue).toEqual([]);
		expect(view.nextDueAt).toBe(new Date(now.getTime() + learnAheadMs + minute).toISOString());
	});

	test('in "forgotten" mode, gives the forgotten cards not yet gone over', () => {
		const view = reviewQueue(
			input({ mode: 'forgotten', forgotten: ['b', 'a'], forgottenDone: ['b'] })
		);
		expect(view.queue).toEqual(['a']);
		expect(view.overLimit).toEqual({ review: 0, new: 0 });
	});
});

describe('dueToday', () => {
	/** a quiz question answered "I don't know", at `at` */
	const missAt = (questionId: string, at = now): Attempt => ({
		id: `miss-${questionId}`,
		questionId,
		setId: 'mixed-10',
		sessionId: 'quiz-1',
		answeredAt: at.toISOString(),
		response: { type: 'skip' },
		correct: false
	});

	const bankCards = [
		{ id: 'a', topic: 't', difficulty: 'recall' as const },
		{ id: 'b', topic: 't', difficulty: 'recall' as const },
		{ id: 'c', topic: 'u', difficulty: 'mechanism' as const }
	];

	test('is the review page’s opening queue: every topic, today’s limits from the settings', () => {
		const states = [learning('a', -minute)];
		const settings = { newCardsPerDay: 1, reviewsPerDay: 200 };
		const view = dueToday({ bankCards, data: { cards: states, reviewLog: [], settings }, now });
		expect(view).toEqual(
			reviewQueue(
				input({
					bankCards,
					states,
					startOfDay: learnerDayStart(now),
					limits: settings
				})
			)
		);
		expect(view.queue).toEqual(['a', 'b']);
	});

	test('counts no more new cards than the day allows', () => {
		const settings = { newCardsPerDay: 0, reviewsPerDay: 200 };
		const view = dueToday({ bankCards, data: { cards: [], reviewLog: [], settings }, now });
		expect(view.queue).toEqual([]);
		expect(view.overLimit.new).toBe(3);
	});

	test('counts the cards a missed quiz question brought in, past the new-card limit, as /review takes them', () => {
		// issue 13: a miss brings its cards into today's review, and the badge must say so
		const withQuestions = [...bankCards.slice(0, 2), { ...bankCards[2]!, questions: ['q-c'] }];
		const derived = [
			{ id: 'q-made', topic: 'u', difficulty: 'recall' as const, questions: ['q-x'] }
		];
		const { cards } = bringIntoReview({ cards: [], cardIds: ['c', 'q-made'], now });
		const settings = { newCardsPerDay: 0, reviewsPerDay: 200 };
		const attempts = [missAt('q-c'), missAt('q-x')];
		const view = dueToday({
			bankCards: withQuestions,
			derived,
			data: { cards, reviewLog: [], attempts, settings },
			now
		});
		expect(view.queue).toEqual(['c', 'q-made']);
		// a card made from a question is in the deck only once a miss brought it in
		const before = dueToday({
			bankCards: withQuestions,
			derived,
			data: { cards: [], reviewLog: [], attempts: [], settings },
			now
		});
		expect(before.queue).toEqual([]);
		expect(before.overLimit.new).toBe(3);
	});

	test('says how many of the misses’ new cards run past the limit, and only when they do', () => {
		const withQuestions = bankCards.map((card) => ({ ...card, questions: [`q-${card.id}`] }));
		const attempts = [missAt('q-a'), missAt('q-b')];
		const { cards } = bringIntoReview({ cards: [], cardIds: ['a', 'b'], now });
		const view = (newCardsPerDay: number) =>
			dueToday({
				bankCards: withQuestions,
				data: { cards, reviewLog: [], attempts, settings: { newCardsPerDay, reviewsPerDay: 200 } },
				now
			});
		expect(missedPastLimit(view(1))).toEqual({ missed: 2, limit: 1 });
		expect(missedPastLimit(view(0))).toEqual({ missed: 2, limit: 0 });
		// within the limit (the third card a plain new one), nothing to explain
		expect(view(3).queue).toHaveLength(3);
		expect(missedPastLimit(view(3))).toBeUndefined();
		expect(missedPastLimit(view(2))).toBeUndefined();
	});

	test('holds the cards of misses of earlier days to the new-card limit: a limit of 0 is 0', () => {
		// a year of quizzes left 138 such cards waiting; a limit of 20, or 0, gave all 138 in a day
		const withQuestions = bankCards.map((card) => ({ ...card, questions: [`q-${card.id}`] }));
		const yesterday = new Date(now.getTime() - 24 * 60 * minute);
		const attempts = [missAt('q-a', yesterday), missAt('q-b', yesterday), missAt('q-c', now)];
		const { cards } = bringIntoReview({ cards: [], cardIds: ['a', 'b'], now: yesterday });
		const view = (newCardsPerDay: number) =>
			dueToday({
				bankCards: withQuestions,
				data: { cards, reviewLog: [], attempts, settings: { newCardsPerDay, reviewsPerDay: 200 } },
				now
			});
		// today's miss whatever the limit; yesterday's, first, within it
		expect(view(0).queue).toEqual(['c']);
		expect(view(1).queue).toEqual(['c']);
		expect(view(2).queue).toEqual(['c', 'a']);
		expect(view(20).queue).toEqual(['c', 'a', 'b']);
	});
});
