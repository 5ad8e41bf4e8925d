import { describe, expect, it } from 'vitest';
import { confidenceChoices, confidenceFeedback, confidenceOfKey } from './confidence';

describe('confidenceOfKey', () => {
	it('gives Guessing, Think so and Sure to G, T and S, in either case', () => {
		expect(['g', 'T', 's', 'S'].map(confidenceOfKey)).toEqual(['guess', 'think', 'sure', 'sure']);
		expect(confidenceChoices.map((c) => c.label)).toEqual(['Guessing', 'Think so', 'Sure']);
	});

	it('gives nothing to any other key', () => {
		for (const key of ['x', '1', 'Enter', ' ', 'Shift', ''])
			expect(confidenceOfKey(key)).toBeUndefined();
	});
});

describe('confidenceFeedback', () => {
	it('says how sure the learner was, against the result', () => {
		expect(confidenceFeedback('sure', false)).toBe('You were sure, and this was wrong.');
		expect(confidenceFeedback('think', true)).toBe('You thought so, and this was right.');
		expect(confidenceFeedback('guess', false)).toBe('You were guessing, and this was wrong.');
	});
});
