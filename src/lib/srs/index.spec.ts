import { describe, expect, it } from 'vitest';
import * as srs from './index';

describe('the srs entry point', () => {
	it('exposes the functions the pages are built against', () => {
		const functions = [
			'applyGrade',
			'createScheduler',
			'dueForecast',
			'dueQueue',
			'forgottenToday',
			'formatInterval',
			'newCardState',
			'setSuspended',
			'trueRetentionByWeek',
			'undoLastGrade'
		] as const;
		for (const name of functions) expect(typeof srs[name]).toBe('function');
		expect(srs.undoLimit).toBe(50);
		expect(srs.leechThreshold).toBe(8);
	});
});
