import { describe, expect, it } from 'vitest';
import { seededRandom } from './fixtures';
import { shuffle } from './shuffle';

/** a fixed sequence of random values, repeating */
const sequence = (...values: number[]) => {
	let i = 0;
	return () => values[i++ % values.length] as number;
};

describe('shuffle', () => {
	it('is driven by the random source', () => {
		expect(shuffle(['a', 'b', 'c'], () => 0)).toEqual(['b', 'c', 'a']);
		expect(shuffle(['a', 'b', 'c'], () => 0.999)).toEqual(['a', 'b', 'c']);
		expect(shuffle(['a', 'b', 'c', 'd'], sequence(0.5, 0.1, 0.9))).toEqual(['d', 'b', 'a', 'c']);
	});

	it('keeps every item once and leaves the input alone', () => {
		const items = ['a', 'b', 'c', 'd', 'e'];
		const result = shuffle(items, sequence(0.3, 0.7, 0.1, 0.5));
		expect([...result].sort()).toEqual(items);
		expect(items).toEqual(['a', 'b', 'c', 'd', 'e']);
	});

	it('survives a random source that returns 1 or less than 0', () => {
		expect(shuffle(['a', 'b', 'c'], () => 1).sort()).toEqual(['a', 'b', 'c']);
		expect(shuffle(['a', 'b', 'c'], () => -0.5).sort()).toEqual(['a', 'b', 'c']);
	});

	it('handles empty and single lists', () => {
		expect(shuffle([], () => 0.5)).toEqual([]);
		expect(shuffle(['a'], () => 0.5)).toEqual(['a']);
	});

	it('reaches every order of three items about equally often', () => {
		const random = seededRandom(42);
		const counts = new Map<string, number>();
		for (let n = 0; n < 6000; n++) {
			const key = shuffle(['a', 'b', 'c'], random).join('');
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
		expect(counts.size).toBe(6);
		for (const count of counts.values()) expect(count).toBeGreaterThan(850);
	});
});
