import { describe, expect, it } from 'vitest';
import { newSeed, seededRandom, seedOf, seedRange } from './random';

describe('seededRandom', () => {
	it('gives the same sequence for the same seed, and another for another seed', () => {
		const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
		expect(draw(42)).toEqual(draw(42));
		expect(draw(42)).not.toEqual(draw(43));
	});

	it('stays within [0, 1)', () => {
		const random = seededRandom(seedRange - 1);
		for (let i = 0; i < 1000; i++) {
			const value = random();
			expect(value).toBeGreaterThanOrEqual(0);
			expect(value).toBeLessThan(1);
		}
	});
});

describe('newSeed', () => {
	it('turns a random value into an unsigned 32-bit seed, even from a source that returns 1', () => {
		expect(newSeed(() => 0)).toBe(0);
		expect(newSeed(() => 0.5)).toBe(2 ** 31);
		expect(newSeed(() => 1)).toBe(seedRange - 1);
		expect(Number.isInteger(newSeed(Math.random))).toBe(true);
	});
});

describe('seedOf', () => {
	it('gives the same unsigned 32-bit seed for the same text, and another for another text', () => {
		expect(seedOf('addition-paths')).toBe(seedOf('addition-paths'));
		expect(seedOf('addition-paths')).not.toBe(seedOf('addition-table'));
		// FNV-1a's published value for the empty text and for "a"
		expect(seedOf('')).toBe(0x811c9dc5);
		expect(seedOf('a')).toBe(0xe40c292c);
		for (const text of ['', 'a', 'intro-attribution-graph', 'fc-C07']) {
			const seed = seedOf(text);
			expect(Number.isInteger(seed) && seed >= 0 && seed < seedRange).toBe(true);
		}
	});
});
