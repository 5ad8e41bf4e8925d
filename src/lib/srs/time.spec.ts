import { describe, expect, it } from 'vitest';
import { assertValidDate, isoToMs, onOrAfter } from './time';

describe('isoToMs', () => {
	it.each([
		'2025-03-10T09:00:00.000Z',
		'1970-01-01T00:00:00.000Z',
		'2024-02-29T23:59:59.999Z',
		'9999-12-31T23:59:59.999Z',
		'2025-03-10T11:00:00.000+02:00',
		'2025-03-10T09:00:00Z',
		'0050-06-01T00:00:00.000Z'
	])('reads %s as Date.parse does', (text) => {
		expect(isoToMs(text)).toBe(Date.parse(text));
	});

	it('gives NaN for text that is not a date', () => {
		expect(isoToMs('not a date')).toBeNaN();
		expect(isoToMs('2025-03-1xT09:00:00.000Z')).toBeNaN();
	});
});

describe('onOrAfter', () => {
	const since = onOrAfter(new Date('2025-03-10T00:00:00.000Z'));

	it('compares stored dates with the boundary, the boundary included', () => {
		expect(since('2025-03-10T00:00:00.000Z')).toBe(true);
		expect(since('2025-03-11T00:00:00.000Z')).toBe(true);
		expect(since('2025-03-09T23:59:59.999Z')).toBe(false);
	});

	it('reads dates written with an offset by the instant they name', () => {
		expect(since('2025-03-10T01:00:00.000+02:00')).toBe(false);
		expect(since('2025-03-09T20:00:00.000-05:00')).toBe(true);
	});

	it('refuses an invalid boundary', () => {
		expect(() => onOrAfter(new Date(Number.NaN))).toThrow(RangeError);
	});
});

describe('assertValidDate', () => {
	it('accepts a valid Date and names the argument it rejects', () => {
		expect(() => assertValidDate(new Date(0), 'now')).not.toThrow();
		expect(() => assertValidDate(new Date('nope'), 'now')).toThrow('now must be a valid Date');
	});
});
