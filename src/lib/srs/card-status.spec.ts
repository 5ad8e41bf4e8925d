import { describe, expect, test } from 'vitest';
import { cardStatus } from './card-status';
import { cardState, iso } from './test-fixtures';
import { hourMs } from './time';
import { learnerDayStart } from '../calendar/study-day';

describe('cardStatus', () => {
	test('calls a card with no stored state new, with no due date', () => {
		expect(cardStatus(undefined)).toEqual({
			phase: 'new',
			suspended: false,
			buried: false,
			leech: false,
			lapses: 0,
			reps: 0
		});
	});

	test('names each ts-fsrs state and gives the due date of a studied card', () => {
		expect(cardStatus(cardState('a', { state: 1, due: iso(600_000) }))).toMatchObject({
			phase: 'learning',
			due: iso(600_000)
		});
		expect(cardStatus(cardState('a', { state: 2 }))).toMatchObject({
			phase: 'review',
			due: learnerDayStart(new Date(iso(0))).toISOString()
		});
		expect(cardStatus(cardState('a', { state: 3 }))).toMatchObject({ phase: 'relearning' });
	});

	test('names the learner day a review card comes on, as /review takes it: its 04:00', () => {
		// due at 00:30 on the 20th: part of the 19th's learner day, which /review shows it from
		const due = new Date(2026, 0, 20, 0, 30).toISOString();
		expect(cardStatus(cardState('a', { state: 2, due })).due).toBe(
			new Date(2026, 0, 19, 4).toISOString()
		);
		// a learning card keeps its minute
		expect(cardStatus(cardState('a', { state: 1, due })).due).toBe(due);
	});

	test('says a card is buried while the moment it is buried to is still ahead', () => {
		const state = cardState('a', { buriedUntil: iso(hourMs) });
		expect(cardStatus(state, new Date(iso(0))).buried).toBe(true);
		expect(cardStatus(state, new Date(iso(hourMs))).buried).toBe(false);
		expect(cardStatus(cardState('a'), new Date(iso(0))).buried).toBe(false);
	});

	test('keeps the suspended and leech flags, and the lapse count', () => {
		expect(cardStatus(cardState('a', { suspended: true, leech: true, lapses: 8 }))).toMatchObject({
			phase: 'review',
			suspended: true,
			leech: true,
			lapses: 8
		});
	});

	test('gives no due date for a new card suspended before it was studied', () => {
		const status = cardStatus(cardState('a', { state: 0, suspended: true, reps: 0 }));
		expect(status.phase).toBe('new');
		expect(status.due).toBeUndefined();
	});
});
