import { describe, expect, it } from 'vitest';
import { cardInfo } from './card-info';
import { cardState, deepFreeze, iso, logEntry } from './test-fixtures';
import { dayMs } from './time';

describe('cardInfo', () => {
	const log = deepFreeze([
		logEntry('r1', { rating: 3, reviewedAt: iso(-10 * dayMs), durationMs: 6_000 }),
		logEntry('other', { cardId: 'card-2', rating: 1, reviewedAt: iso(-5 * dayMs) }),
		logEntry('r2', { rating: 1, reviewedAt: iso(-4 * dayMs), durationMs: 14_000 }),
		logEntry('r3', { rating: 4, reviewedAt: iso(-1 * dayMs) })
	]);

	it('gives the card’s own grades, newest first, with the time each took when timed', () => {
		const state = cardState('card-1', { reps: 3, lapses: 1 });
		expect(cardInfo(state, log, 0.8)?.grades).toEqual([
			{ id: 'r3', at: iso(-1 * dayMs), grade: 4 },
			{ id: 'r2', at: iso(-4 * dayMs), grade: 1, durationMs: 14_000 },
			{ id: 'r1', at: iso(-10 * dayMs), grade: 3, durationMs: 6_000 }
		]);
	});

	it('gives how the card stands: reviews, lapses, stability, difficulty, recall and time spent', () => {
		const state = cardState('card-1', { reps: 5, lapses: 1, stability: 12.5, difficulty: 5.5 });
		expect(cardInfo(state, log, 0.87)).toMatchObject({
			reviews: 5,
			lapses: 1,
			stabilityDays: 12.5,
			difficultyShare: 0.5,
			recallChance: 0.87,
			totalMs: 20_000
		});
	});

	it('has nothing for a card never graded, suspended or not', () => {
		expect(cardInfo(undefined, log, 0)).toBeUndefined();
		expect(cardInfo(cardState('card-1', { reps: 0, state: 0, suspended: true }), log, 0)).toBe(
			undefined
		);
	});

	it('leaves the chance of recall out when it is not known', () => {
		const info = cardInfo(cardState('card-1', { last_review: undefined }), log, undefined);
		expect(info).toBeDefined();
		expect(info).not.toHaveProperty('recallChance');
	});

	it('keeps the card’s own count when the log holds fewer grades (an import, a repair)', () => {
		const info = cardInfo(cardState('card-3', { reps: 4 }), log, 0.9);
		expect(info).toMatchObject({ reviews: 4, grades: [], totalMs: 0 });
	});
});
