import { describe, expect, it } from 'vitest';
import { arrange, longestRun, sameTypeNeighbours, sampleMixed, type HasType } from './order';
import { seededRandom } from './random';

interface Item extends HasType {
	id: string;
}

/** items of the given types, `counts` of each: { single: 3 } gives single-0, single-1, single-2 */
function itemsOf(counts: Record<string, number>): Item[] {
	return Object.entries(counts).flatMap(([type, n]) =>
		Array.from({ length: n }, (_, i) => ({ id: `${type}-${i}`, type }))
	);
}

/** every distinct order of the types, for the fewest neighbours of one type any order can have */
function fewestNeighbours(types: string[], after?: string): number {
	let best = Infinity;
	const counts = new Map<string, number>();
	for (const type of types) counts.set(type, (counts.get(type) ?? 0) + 1);
	const walk = (last: string | undefined, left: number, pairs: number) => {
		if (pairs >= best) return;
		if (left === 0) {
			best = pairs;
			return;
		}
		for (const [type, count] of counts) {
			if (count === 0) continue;
			counts.set(type, count - 1);
			walk(type, left - 1, pairs + (type === last ? 1 : 0));
			counts.set(type, count);
		}
	};
	walk(after, types.length, 0);
	return best;
}

/** every multiset of up to `max` items over three types, with every way to start */
function smallCases(max: number) {
	const cases: { counts: Record<string, number>; after?: string }[] = [];
	for (let a = 0; a <= max; a++)
		for (let b = 0; a + b <= max; b++)
			for (let c = 0; a + b + c <= max; c++) {
				const counts = { 'fact-check': a, single: b, typed: c };
				for (const after of [undefined, 'fact-check', 'single'])
					cases.push(after ? { counts, after } : { counts });
			}
	return cases;
}

describe('arrange', () => {
	it('keeps every item, once', () => {
		const items = itemsOf({ single: 5, typed: 3, 'fact-check': 4, multi: 1 });
		const order = arrange(items, seededRandom(1));
		expect([...order].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
			[...items].sort((a, b) => a.id.localeCompare(b.id))
		);
	});

	it('puts no two of a type side by side whenever some order can (every small case, many seeds)', () => {
		for (const { counts, after } of smallCases(9)) {
			const items = itemsOf(counts);
			const best = fewestNeighbours(
				items.map((i) => i.type),
				after
			);
			for (let seed = 0; seed < 4; seed++) {
				const order = arrange(items, seededRandom(seed), after);
				expect(order).toHaveLength(items.length);
				expect(sameTypeNeighbours(order, after), JSON.stringify({ counts, after, seed })).toBe(
					best
				);
			}
		}
	});

	it('never puts the first item beside the type asked just before, where it can avoid it', () => {
		for (let seed = 0; seed < 50; seed++) {
			const order = arrange(itemsOf({ single: 3, typed: 3 }), seededRandom(seed), 'single');
			expect(order[0]?.type).toBe('typed');
			expect(sameTypeNeighbours(order, 'single')).toBe(0);
		}
	});

	it('splits fact-checks into runs of at most two when only half the others would be needed', () => {
		// 8 fact-checks and 4 others: five runs for eight, so two at most
		const items = itemsOf({ 'fact-check': 8, single: 2, typed: 2 });
		for (let seed = 0; seed < 30; seed++) {
			const order = arrange(items, seededRandom(seed));
			expect(longestRun(order, 'fact-check')).toBe(2);
			expect(longestRun(order, 'single')).toBe(1);
		}
	});

	it('gives a set of fact-checks only as it is: the set does not allow anything else', () => {
		const order = arrange(itemsOf({ 'fact-check': 6 }), seededRandom(2));
		expect(order).toHaveLength(6);
		expect(longestRun(order, 'fact-check')).toBe(6);
	});

	it('draws a new order with another seed, and the same order with the same seed', () => {
		const items = itemsOf({ single: 4, typed: 4, multi: 4, 'true-false': 4 });
		const ids = (seed: number) => arrange(items, seededRandom(seed)).map((i) => i.id);
		expect(ids(7)).toEqual(ids(7));
		expect(ids(7)).not.toEqual(ids(8));
	});

	it('copes with nothing to arrange', () => {
		expect(arrange([], seededRandom(1))).toEqual([]);
		expect(arrange([], seededRandom(1), 'single')).toEqual([]);
	});
});

describe('sampleMixed', () => {
	it('draws the size asked for, each item once', () => {
		const pool = itemsOf({ single: 10, typed: 10, multi: 10 });
		const sample = sampleMixed(pool, 9, seededRandom(4));
		expect(sample).toHaveLength(9);
		expect(new Set(sample.map((i) => i.id)).size).toBe(9);
	});

	it('lets no type take more than half the places while others are there to fill them', () => {
		// two thirds of the pool are fact-checks, as in an episode section at depth 1
		const pool = itemsOf({ 'fact-check': 20, single: 5, typed: 5 });
		for (let seed = 0; seed < 40; seed++) {
			const sample = sampleMixed(pool, 9, seededRandom(seed), [{ type: 'single' }]);
			expect(sample.filter((i) => i.type === 'fact-check').length).toBeLessThanOrEqual(5);
			expect(sameTypeNeighbours(arrange(sample, seededRandom(seed), 'single'), 'single')).toBe(0);
		}
	});

	it('fills the places left with the crowded type when the pool has too few others', () => {
		const pool = itemsOf({ 'fact-check': 20, single: 2 });
		const sample = sampleMixed(pool, 10, seededRandom(5));
		expect(sample).toHaveLength(10);
		expect(sample.filter((i) => i.type === 'single')).toHaveLength(2);
	});

	it('takes a pool no bigger than the size whole', () => {
		const pool = itemsOf({ single: 3, typed: 1 });
		expect(sampleMixed(pool, 10, seededRandom(1))).toHaveLength(4);
	});
});

describe('sameTypeNeighbours and longestRun', () => {
	const row = [{ type: 'a' }, { type: 'a' }, { type: 'b' }, { type: 'a' }, { type: 'a' }];

	it('counts neighbours of one type, the one before included', () => {
		expect(sameTypeNeighbours(row)).toBe(2);
		expect(sameTypeNeighbours(row, 'a')).toBe(3);
	});

	it('finds the longest run of a type', () => {
		expect(longestRun(row, 'a')).toBe(2);
		expect(longestRun(row, 'b')).toBe(1);
		expect(longestRun(row, 'c')).toBe(0);
	});
});
