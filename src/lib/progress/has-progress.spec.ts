import { describe, expect, it } from 'vitest';
import { attempt, finished, review } from '../model/test-data';
import { hasProgress } from './has-progress';

describe('hasProgress', () => {
	const none = { attempts: [], finishedQuizzes: [], reviewLog: [] };

	it('is false for a learner who has done nothing yet', () => {
		expect(hasProgress(none)).toBe(false);
	});

	it('is true after one answer, one finished quiz or one review, each alone', () => {
		expect(hasProgress({ ...none, attempts: [attempt('1')] })).toBe(true);
		expect(hasProgress({ ...none, finishedQuizzes: [finished('q')] })).toBe(true);
		expect(hasProgress({ ...none, reviewLog: [review('r1')] })).toBe(true);
	});
});
