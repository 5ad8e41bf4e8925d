import { describe, expect, it } from 'vitest';
import { dueForecast, trueRetentionByWeek } from './stats';
import { cardState, iso, logEntry, now } from './test-fixtures';
import { dayMs, hourMs } from './time';

describe('dueForecast', () => {
	it('counts due cards per 24 hours from now, overdue ones in the first', () => {
		const states = [
			cardState('overdue', { due: iso(-3 * dayMs) }),
			cardState('in-an-hour', { due: iso(hourMs) }),
			cardState('learning', { state: 1, due: iso(10 * 60_000) }),
			cardState('tomorrow', { due: iso(dayMs + hourMs) }),
			cardState('day-3', { due: iso(3 * dayMs) }),
			cardState('too-far', { due: iso(14 * dayMs) })
		];
		expect(dueForecast(states, now)).toEqual([3, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
	});

	it('counts a buried card on the day it comes back, not while it is buried', () => {
		const states = [cardState('buried', { due: iso(-dayMs), buriedUntil: iso(dayMs + hourMs) })];
		expect(dueForecast(states, now).slice(0, 3)).toEqual([0, 1, 0]);
	});

	it('counts by the learner’s study days when given their offset, as the review queue does', () => {
		// now is 09:00 UTC, 04:00 in UTC−5: the study day begins; 08:00 UTC tomorrow is 03:00 there,
		// still today's study day, and 10:00 UTC tomorrow is the next one's
		const states = [
			cardState('before-four', { due: iso(dayMs - hourMs) }),
			cardState('after-four', { due: iso(dayMs + hourMs) })
		];
		expect(dueForecast(states, now, 3, -300)).toEqual([1, 1, 0]);
		expect(dueForecast(states, now, 3)).toEqual([1, 1, 0]);
		// in UTC+9 now is 18:00: both fall on the next study day
		expect(dueForecast(states, now, 3, 540)).toEqual([0, 2, 0]);
	});

	it('leaves out suspended and new cards', () => {
		const states = [
			cardState('s', { suspended: true }),
			cardState('n', { state: 0, reps: 0 }),
			cardState('ok')
		];
		expect(dueForecast(states, now, 2)).toEqual([1, 0]);
	});

	it('takes the number of days to forecast, and refuses a bad one', () => {
		expect(dueForecast([], now, 0)).toEqual([]);
		expect(dueForecast([], now, 3)).toEqual([0, 0, 0]);
		expect(() => dueForecast([], now, -1)).toThrow(RangeError);
		expect(() => dueForecast([], now, 2.5)).toThrow(RangeError);
	});
});

describe('trueRetentionByWeek', () => {
	it('gives the share of review-state reviews not graded Again, per ISO week, oldest first', () => {
		const reviewLog = [
			// week of Monday 10 March 2025
			logEntry('1', { reviewedAt: iso(0), rating: 3 }),
			logEntry('2', { reviewedAt: iso(hourMs), rating: 1 }),
			logEntry('3', { reviewedAt: iso(2 * dayMs), rating: 2 }),
			logEntry('4', { reviewedAt: iso(3 * dayMs), rating: 4 }),
			// learning and relearning reviews are not counted
			logEntry('5', { reviewedAt: iso(0), rating: 1, state: 1 }),
			logEntry('6', { reviewedAt: iso(0), rating: 1, state: 3 }),
			logEntry('7', { reviewedAt: iso(0), rating: 3, state: 0 }),
			// the week before
			logEntry('8', { reviewedAt: iso(-2 * dayMs), rating: 3 })
		];
		expect(trueRetentionByWeek(reviewLog)).toEqual([
			{ week: '2025-W10', weekStart: '2025-03-03', reviews: 1, passed: 1, retention: 1 },
			{ week: '2025-W11', weekStart: '2025-03-10', reviews: 4, passed: 3, retention: 0.75 }
		]);
	});

	it('names weeks that cross a new year as ISO 8601 does', () => {
		const at = (reviewedAt: string) => logEntry(reviewedAt, { reviewedAt });
		const weeks = trueRetentionByWeek([
			at('2024-12-31T12:00:00.000Z'),
			at('2021-01-03T12:00:00.000Z'),
			at('2026-12-31T12:00:00.000Z')
		]).map((w) => [w.week, w.weekStart]);
		expect(weeks).toEqual([
			['2020-W53', '2020-12-28'],
			['2025-W01', '2024-12-30'],
			['2026-W53', '2026-12-28']
		]);
	});

	it('turns the week where the learner’s study days turn: 04:00 on Monday, local time', () => {
		// Monday 03:30 UTC is 04:30 in UTC+1, Monday's study day; in UTC, still Sunday's
		const monday = [logEntry('1', { reviewedAt: '2025-03-10T03:30:00.000Z' })];
		expect(trueRetentionByWeek(monday)[0]?.week).toBe('2025-W10');
		expect(trueRetentionByWeek(monday, { utcOffsetMinutes: 60 })[0]?.week).toBe('2025-W11');
		// Sunday 23:30 UTC is Monday 00:30 in UTC+1: the study day, and the week, of Sunday
		const night = [logEntry('2', { reviewedAt: '2025-03-09T23:30:00.000Z' })];
		expect(trueRetentionByWeek(night, { utcOffsetMinutes: 60 })[0]?.week).toBe('2025-W10');
	});

	it('is empty without reviews', () => {
		expect(trueRetentionByWeek([])).toEqual([]);
	});
});
