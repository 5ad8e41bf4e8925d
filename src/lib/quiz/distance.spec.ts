import { describe, expect, it } from 'vitest';
import { editDistance } from './distance';

describe('editDistance', () => {
	it.each([
		['', '', 0],
		['abc', '', 3],
		['', 'abc', 3],
		['rabbit', 'rabbit', 0],
		['rabbit', 'rabbits', 1],
		['rabbit', 'rabit', 1],
		['rabbit', 'rabbot', 1],
		['rabbit', 'rabbti', 1],
		['rabbit', 'arbbit', 1],
		['habit', 'rabbit', 2],
		['addition', 'subtraction', 7],
		['ca', 'abc', 3]
	])('from "%s" to "%s" is %i', (a, b, distance) => {
		expect(editDistance(a, b)).toBe(distance);
		expect(editDistance(b, a)).toBe(distance);
	});

	it('counts an astral character once', () => {
		expect(editDistance('a😀b', 'ab')).toBe(1);
	});
});
