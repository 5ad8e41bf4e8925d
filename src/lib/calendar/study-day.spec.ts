import { describe, expect, it, test } from 'vitest';
import {
	dateOf,
	dayNumber,
	fromStudyTime,
	laterDayStart,
	learnerDayStart,
	startOfDay,
	toStudyTime,
	weekdayOf
} from './study-day';

// local times throughout: the function works in the environment's time zone
describe('laterDayStart', () => {
	it('keeps the local hour across a change of the clocks, and is 24 hours on other days', () => {
		const zone = process.env.TZ;
		process.env.TZ = 'America/New_York';
		try {
			const saturday = new Date('2025-03-08T09:00:00.000Z'); // 04:00 EST
			expect(laterDayStart(saturday, 1).toISOString()).toBe('2025-03-09T08:00:00.000Z'); // 04:00 EDT
			expect(laterDayStart(saturday, 3).toISOString()).toBe('2025-03-11T08:00:00.000Z');
			const autumn = new Date('2025-11-01T08:00:00.000Z'); // 04:00 EDT
			expect(laterDayStart(autumn, 1).toISOString()).toBe('2025-11-02T09:00:00.000Z'); // 04:00 EST
			process.env.TZ = 'Asia/Kolkata';
			expect(laterDayStart(saturday, 2).getTime() - saturday.getTime()).toBe(2 * 24 * 3_600_000);
		} finally {
			if (zone === undefined) delete process.env.TZ;
			else process.env.TZ = zone;
		}
	});
});

describe('learnerDayStart', () => {
	test('is 04:00 today once the rollover hour has passed', () => {
		expect(learnerDayStart(new Date(2025, 2, 10, 9, 30))).toEqual(new Date(2025, 2, 10, 4));
	});

	test('is 04:00 yesterday before the rollover hour, so a late night counts for the evening before', () => {
		expect(learnerDayStart(new Date(2025, 2, 10, 1, 0))).toEqual(new Date(2025, 2, 9, 4));
	});

	test('starts exactly at the rollover hour', () => {
		expect(learnerDayStart(new Date(2025, 2, 10, 4, 0))).toEqual(new Date(2025, 2, 10, 4));
	});

	test('goes back across a month end', () => {
		expect(learnerDayStart(new Date(2025, 3, 1, 2, 0))).toEqual(new Date(2025, 2, 31, 4));
	});

	test('takes another rollover hour, midnight included', () => {
		expect(learnerDayStart(new Date(2025, 2, 10, 0, 30), 0)).toEqual(new Date(2025, 2, 10, 0));
		expect(learnerDayStart(new Date(2025, 2, 10, 5, 0), 6)).toEqual(new Date(2025, 2, 9, 6));
	});

	test('refuses an invalid date or hour', () => {
		expect(() => learnerDayStart(new Date('nope'))).toThrow(RangeError);
		expect(() => learnerDayStart(new Date(2025, 2, 10), 24)).toThrow(RangeError);
	});
});

describe('study days as numbers', () => {
	it('turns an instant into the learner’s study day, which begins at 04:00 their time', () => {
		const lateEvening = Date.parse('2025-03-10T23:30:00.000Z');
		expect(dateOf(dayNumber(lateEvening, 0))).toBe('2025-03-10');
		// 00:30 the next morning in UTC+1: still the evening's study day
		expect(dateOf(dayNumber(lateEvening, 60))).toBe('2025-03-10');
		expect(dateOf(dayNumber(Date.parse('2025-03-11T03:30:00.000Z'), 60))).toBe('2025-03-11');
		expect(dateOf(dayNumber(Date.parse('2025-03-10T02:00:00.000Z'), -300))).toBe('2025-03-09');
		expect(dateOf(dayNumber(lateEvening, 60, 0))).toBe('2025-03-11');
	});

	it('knows the weekday, Monday first, and where a day starts', () => {
		const monday = dayNumber(Date.parse('2025-03-10T12:00:00.000Z'), 0);
		expect(weekdayOf(monday)).toBe(0);
		expect(weekdayOf(monday + 6)).toBe(6);
		expect(weekdayOf(0)).toBe(3);
		expect(startOfDay(monday, 60).toISOString()).toBe('2025-03-10T03:00:00.000Z');
	});

	it('keeps each instant’s own study day across a change of the clocks, given its own offset', () => {
		// New York: EDT (UTC−4) until 06:00 UTC on 1 November 2026, EST (UTC−5) after
		const newYork = (ms: number) => (ms < Date.parse('2026-11-01T06:00:00.000Z') ? -240 : -300);
		// 04:10 EDT on 31 October: that day's study day, though 03:10 at the offset of the day after
		const saturdayMorning = Date.parse('2026-10-31T08:10:00.000Z');
		expect(dateOf(dayNumber(saturdayMorning, newYork))).toBe('2026-10-31');
		expect(dateOf(dayNumber(saturdayMorning, -300))).toBe('2026-10-30');
		// the study day of 1 November starts at 04:00 EST, of 31 October at 04:00 EDT
		const sunday = dayNumber(Date.parse('2026-11-01T12:00:00.000Z'), newYork);
		expect(startOfDay(sunday, newYork).toISOString()).toBe('2026-11-01T09:00:00.000Z');
		expect(startOfDay(sunday - 1, newYork).toISOString()).toBe('2026-10-31T08:00:00.000Z');
	});

	it('moves an instant to a clock whose UTC dates are study days, and back', () => {
		// 00:30 on 11 March in UTC+1: 10 March's study day, as the shifted clock's UTC date says
		const night = Date.parse('2025-03-10T23:30:00.000Z');
		expect(new Date(toStudyTime(night, 60)).toISOString().slice(0, 10)).toBe('2025-03-10');
		expect(fromStudyTime(toStudyTime(night, 60), 60)).toBe(night);
		// either side of New York's change of the clocks
		const newYork = (ms: number) => (ms < Date.parse('2026-11-01T06:00:00.000Z') ? -240 : -300);
		for (const iso of ['2026-10-31T08:10:00.000Z', '2026-11-01T09:10:00.000Z']) {
			const ms = Date.parse(iso);
			expect(new Date(toStudyTime(ms, newYork)).toISOString().slice(0, 10)).toBe(
				dateOf(dayNumber(ms, newYork))
			);
			expect(fromStudyTime(toStudyTime(ms, newYork), newYork)).toBe(ms);
		}
	});
});
