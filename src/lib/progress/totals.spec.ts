import { describe, expect, it } from 'vitest';
import { attempt, card, finished, review } from '../model/test-data';
import { totals } from './totals';

describe('totals', () => {
	it('counts answers, right answers, quizzes, reviews, cards studied and review time', () => {
		expect(
			totals({
				attempts: [attempt('1'), attempt('2', { correct: false })],
				finishedQuizzes: [finished('q')],
				reviewLog: [
					review('r1', { cardId: 'c1', durationMs: 90_000 }),
					review('r2', { cardId: 'c1', durationMs: 60_000 })
				],
				cards: [card('c1'), card('c2', { reps: 1 }), card('c3', { reps: 0, state: 0 })]
			})
		).toEqual({
			answers: 2,
			correct: 1,
			quizzesFinished: 1,
			reviews: 2,
			cardsStudied: 2,
			reviewMinutes: 3
		});
	});
});
