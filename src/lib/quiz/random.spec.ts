import { describe, expect, it } from 'vitest';
import { newSeed, seededRandom, seedRange } from './random';

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
