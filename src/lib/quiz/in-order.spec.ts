import { describe, expect, it } from 'vitest';
import { longestInOrder } from './in-order';

describe('longestInOrder', () => {
	it('keeps every item of a right order', () => {
		expect(longestInOrder([0, 1, 2, 3])).toEqual([true, true, true, true]);
	});

	it('names the one item moved away, not the ones it shifted', () => {
		// the last item moved to the top: the other three are still in order
		expect(longestInOrder([3, 0, 1, 2])).toEqual([false, true, true, true]);
		// the first moved to the end
		expect(longestInOrder([1, 2, 3, 0])).toEqual([true, true, true, false]);
	});

	it('among runs as long, keeps the one with more items in their exact place', () => {
		// 0 2 1 3: either 0 2 3 or 0 1 3; 0 and 3 are in place in both, so the first found
		expect(longestInOrder([0, 2, 1, 3])).toEqual([true, true, false, true]);
		// 1 0 2: the runs 1 2 and 0 2 both keep 2 in place, the only item that is; either is two long
		expect(longestInOrder([1, 0, 2]).filter(Boolean)).toHaveLength(2);
		// 2 0 1 3 4 → 0 1 3 4 (four long), not 2 3 4
		expect(longestInOrder([2, 0, 1, 3, 4])).toEqual([false, true, true, true, true]);
		// 1 0 3 2, the pairs swapped: a run keeps one item of each pair
		expect(longestInOrder([1, 0, 3, 2]).filter(Boolean)).toHaveLength(2);
	});

	it('prefers the run with the exact places', () => {
		// 2 1 0 3: runs of two are 2 3, 1 3 and 0 3; 1 3 keeps both its items in place
		expect(longestInOrder([2, 1, 0, 3])).toEqual([false, true, false, true]);
	});

	it('leaves out places with no item, or an item the question lacks', () => {
		expect(longestInOrder([0, -1, 2])).toEqual([true, false, true]);
		expect(longestInOrder([-1, -1])).toEqual([false, false]);
		expect(longestInOrder([])).toEqual([]);
	});
});
