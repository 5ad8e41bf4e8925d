import { describe, expect, it } from 'vitest';
import { attempt } from '../model/test-data';
import { calibration } from './calibration';

describe('calibration', () => {
	it('gives the share right for each confidence, most confident first', () => {
		const rows = calibration([
			attempt('1', { confidence: 'sure', correct: true }),
			attempt('2', { confidence: 'sure', correct: true }),
			attempt('3', { confidence: 'sure', correct: false }),
			attempt('4', { confidence: 'guess', correct: false }),
			attempt('5', { correct: true })
		]);
		expect(rows).toEqual([
			{ confidence: 'sure', label: 'Sure', answers: 3, correct: 2, share: 2 / 3 },
			{ confidence: 'think', label: 'Think so', answers: 0, correct: 0 },
			{ confidence: 'guess', label: 'Guessing', answers: 1, correct: 0, share: 0 }
		]);
	});
});
