import { describe, expect, it } from 'vitest';
import { Verdict } from '../content/schema';
import { describeCorrectAnswer, verdictLabels, verdictOrder } from './describe';
import { cloze, factCheck, matching, multi, ordering, single, trueFalse, typed } from './fixtures';

describe('describeCorrectAnswer', () => {
	it('gives the right option of a single choice', () => {
		expect(describeCorrectAnswer(single)).toBe('Along parallel pathways');
	});

	it('lists the right options of a multi-select', () => {
		expect(describeCorrectAnswer(multi)).toBe(
			'A rough magnitude pathway; A last-digit lookup table'
		);
	});

	it('says True or False', () => {
		expect(describeCorrectAnswer(trueFalse)).toBe('False');
		expect(describeCorrectAnswer({ ...trueFalse, answer: true })).toBe('True');
	});

	it('gives the first accepted typed answer', () => {
		expect(describeCorrectAnswer(typed)).toBe('lookup table');
	});

	it('fills every gap of a cloze with its first answer', () => {
		expect(describeCorrectAnswer(cloze)).toBe('36 plus 59 is 95, found by a lookup table.');
	});

	it('leaves a gap number without answers as written', () => {
		expect(describeCorrectAnswer({ ...cloze, text: 'is {{1}} or {{3}}' })).toBe('is 95 or {{3}}');
	});

	it('numbers the items of an ordering', () => {
		expect(describeCorrectAnswer(ordering)).toBe('1. Dallas; 2. Texas; 3. Austin');
	});

	it('pairs each left with its right', () => {
		expect(describeCorrectAnswer(matching)).toBe(
			'Suppress "rabbit": The line ends with "habit"; Inject "green": The line ends with "green"; No intervention: The line ends with "rabbit"'
		);
	});

	it('reads the verdict of a fact-check', () => {
		expect(describeCorrectAnswer(factCheck, 'NOT-IN-PAPER')).toBe('Not in the paper');
		expect(() => describeCorrectAnswer(factCheck)).toThrow(/needs the verdict/);
	});
});

describe('verdicts', () => {
	it('offers every verdict once, each with a label', () => {
		expect([...verdictOrder].sort()).toEqual([...Verdict.options].sort());
		expect(Object.keys(verdictLabels).sort()).toEqual([...Verdict.options].sort());
	});
});
