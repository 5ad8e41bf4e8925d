import { describe, expect, it } from 'vitest';
import { active, finished } from '../model/test-data';
import { isFinished, setsBegun, setsUnderWay } from './under-way';

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

describe('setsBegun', () => {
	it('names the sets under way and those finished before, each once', () => {
		const ids = ['q-1', 'q-2'];
		expect(
			setsBegun({
				activeQuizzes: [
					active('a', { setId: 'fact-check', questionIds: ids, position: 1 }),
					active('b', { setId: 'mixed-10', questionIds: ids, position: 2 })
				],
				finishedQuizzes: [
					finished('c', { setId: 'fact-check' }),
					finished('d', { setId: 'section-closing-depth-1' }),
					finished('e', { setId: 'section-closing-depth-1' })
				]
			}).sort()
		).toEqual(['fact-check', 'section-closing-depth-1']);
		expect(setsBegun({ activeQuizzes: [], finishedQuizzes: [] })).toEqual([]);
	});
});
