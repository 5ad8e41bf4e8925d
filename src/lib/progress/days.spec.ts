import { describe, expect, it } from 'vitest';
import { dateOf, dayNumber, monthOf, shortDate, startOfDay, weekdayOf } from './days';

describe('days', () => {
	it('turns an instant into the learner’s calendar day, at their midnight', () => {
		const lateEvening = Date.parse('2025-03-10T23:30:00.000Z');
		expect(dateOf(dayNumber(lateEvening, 0))).toBe('2025-03-10');
		expect(dateOf(dayNumber(lateEvening, 60))).toBe('2025-03-11');
		expect(dateOf(dayNumber(Date.parse('2025-03-10T02:00:00.000Z'), -300))).toBe('2025-03-09');
	});

	it('knows the weekday, Monday first, and where a day starts', () => {
		const monday = dayNumber(Date.parse('2025-03-10T12:00:00.000Z'), 0);
		expect(weekdayOf(monday)).toBe(0);
		expect(weekdayOf(monday + 6)).toBe(6);
		expect(weekdayOf(0)).toBe(3);
		expect(startOfDay(monday, 60).toISOString()).toBe('2025-03-09T23:00:00.000Z');
	});

	it('writes dates the same way everywhere', () => {
		const day = dayNumber(Date.parse('2025-03-10T12:00:00.000Z'), 0);
		expect(monthOf(day)).toBe('Mar');
		expect(shortDate(day)).toBe('10 Mar 2025');
	});
});
