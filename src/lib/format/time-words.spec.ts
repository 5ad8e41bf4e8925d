import { describe, expect, test } from 'vitest';
import { describeWait, dueIn, formatDate, formatDuration, plural } from './time-words';

const minute = 60_000;
const day = 24 * 60 * minute;

describe('plural', () => {
	test('uses the singular for exactly one', () => {
		expect(plural(1, 'card')).toBe('1 card');
		expect(plural(0, 'card')).toBe('0 cards');
		expect(plural(3, 'reply', 'replies')).toBe('3 replies');
	});
});

describe('describeWait', () => {
	test.each([
		[10 * minute, '10 minutes'],
		[1 * minute, '1 minute'],
		[10_000, '1 minute'],
		[90 * minute, '2 hours'],
		[23 * 60 * minute, '23 hours'],
		[1 * day, '1 day'],
		[4 * day, '4 days'],
		[91 * day, '3 months'],
		[438 * day, '1.2 years'],
		[365 * day, '1 year']
	])('says %i ms as "%s"', (ms, words) => {
		expect(describeWait(ms)).toBe(words);
	});
});

describe('formatDuration', () => {
	test.each([
		[0, '0 s'],
		[45_400, '45 s'],
		[125_000, '2 min 5 s'],
		[120_000, '2 min'],
		[3_780_000, '1 h 3 min'],
		[7_200_000, '2 h']
	])('says %i ms as "%s"', (ms, words) => {
		expect(formatDuration(ms)).toBe(words);
	});
});

describe('formatDate', () => {
	test('writes the weekday, date and time in the given locale and zone', () => {
		expect(formatDate('2025-03-11T09:00:00.000Z', { locale: 'en-GB', timeZone: 'UTC' })).toMatch(
			/Tuesday,? 11 March,? (at )?09:00/
		);
	});

	test('gives back what it cannot read', () => {
		expect(formatDate('soon')).toBe('soon');
	});
});

describe('dueIn', () => {
	const now = new Date('2025-03-10T09:00:00.000Z');

	test('says how long until a future date', () => {
		expect(dueIn('2025-03-10T09:10:00.000Z', now)).toBe('in 10 minutes');
		expect(dueIn('2025-03-14T09:00:00.000Z', now)).toBe('in 4 days');
	});

	test('says now for a date already past', () => {
		expect(dueIn('2025-03-10T08:00:00.000Z', now)).toBe('now');
	});
});
