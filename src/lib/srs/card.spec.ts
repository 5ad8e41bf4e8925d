import { describe, expect, it } from 'vitest';
import { CardState } from '../model/schema';
import { toCardState, toFsrsCard } from './card';
import { cardState, iso } from './test-fixtures';

describe('toFsrsCard and toCardState', () => {
	it('revive a stored card with Dates and the ts-fsrs field names', () => {
		const card = toFsrsCard(cardState('a'));
		expect(card.due).toEqual(new Date(iso(0)));
		expect(card.last_review).toBeInstanceOf(Date);
		expect(card).toMatchObject({ stability: 4, difficulty: 5, state: 2, scheduled_days: 4 });
	});

	it('give back exactly the stored card after a round trip', () => {
		const stored = cardState('a', { suspended: true, leech: true, lapses: 9 });
		const back = toCardState('a', toFsrsCard(stored), { suspended: true, leech: true });
		expect(back).toStrictEqual(stored);
		expect(CardState.safeParse(back).success).toBe(true);
	});

	it('leave last_review out, not undefined, for a card never reviewed', () => {
		const fresh = cardState('a', { state: 0, reps: 0 });
		delete fresh.last_review;
		const card = toFsrsCard(fresh);
		expect(card.last_review).toBeUndefined();
		const back = toCardState('a', card, { suspended: false, leech: false });
		expect('last_review' in back).toBe(false);
		expect(back).toStrictEqual(fresh);
	});
});
