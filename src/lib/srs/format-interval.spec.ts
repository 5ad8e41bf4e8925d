import { describe, expect, it } from 'vitest';
import { formatInterval } from './format-interval';

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

describe('formatInterval', () => {
	it.each([
		[0, '0s'],
		[30 * second, '30s'],
		[70 * second, '1m'],
		[minute, '1m'],
		[6 * minute, '6m'],
		[10 * minute, '10m'],
		[hour, '1h'],
		[90 * minute, '1.5h'],
		[8 * hour, '8h'],
		[day, '1d'],
		[4 * day, '4d'],
		[30 * day, '30d'],
		[31 * day, '1mo'],
		[1.1 * 30.417 * day, '1.1mo'],
		[91 * day, '3mo'],
		[364 * day, '12mo'],
		[365 * day, '1y'],
		[438 * day, '1.2y'],
		[100 * 365 * day, '100y']
	])('labels %d ms as %s, as Anki does', (ms, label) => {
		expect(formatInterval(ms)).toBe(label);
	});

	it('refuses a number that is not an interval', () => {
		expect(() => formatInterval(Number.NaN)).toThrow(RangeError);
		expect(() => formatInterval(Infinity)).toThrow(RangeError);
	});
});
