import { describe, expect, it } from 'vitest';
import { active } from '../model/test-data';
import { isFinished, setsUnderWay } from './under-way';

describe('setsUnderWay', () => {
	it('names each set whose last stored quiz is not past its end, once', () => {
		const ids = ['q-1', 'q-2'];
		expect(
			setsUnderWay([
				active('a', { setId: 'fact-check', questionIds: ids, position: 1 }),
				active('b', { setId: 'mixed-10', questionIds: ids, position: 2 }),
				// the set's last quiz is the one a page takes up: here one past its end
				active('c', { setId: 'section-closing-depth-1', questionIds: ids, position: 0 }),
				active('d', { setId: 'section-closing-depth-1', questionIds: ids, position: 2 }),
				active('e', { setId: 'fact-check', questionIds: ids, position: 0 })
			])
		).toEqual(['fact-check']);
		expect(setsUnderWay([])).toEqual([]);
	});

	it('a quiz is finished once past its last question', () => {
		expect(isFinished({ position: 1, questionIds: ['q-1', 'q-2'] })).toBe(false);
		expect(isFinished({ position: 2, questionIds: ['q-1', 'q-2'] })).toBe(true);
	});
});
