import { describe, expect, it } from 'vitest';
import {
	describeResponse,
	questionSummary,
	repeatedClaims,
	rightAnswerLines,
	rightAnswerText,
	verdictButtonLabels,
	verdictHints
} from './answer-text';
import { cloze, factCheck, matching, multi, ordering, single, trueFalse, typed } from './fixtures';

describe('describeResponse', () => {
	it('says "I don’t know" for a skipped question', () => {
		expect(describeResponse(single, { type: 'skip' })).toBe('I don’t know');
	});

	it('gives the chosen option of a single choice', () => {
		expect(describeResponse(single, { type: 'single', choice: 'b' })).toBe(
			'By carrying digits like a person'
		);
	});

	it('lists the chosen options of a multi-select, or says none was chosen', () => {
		expect(describeResponse(multi, { type: 'multi', choices: ['a', 'c'] })).toBe(
			'A rough magnitude pathway; A written carry procedure'
		);
		expect(describeResponse(multi, { type: 'multi', choices: [] })).toBe('(nothing chosen)');
	});

	it('says True or False', () => {
		expect(describeResponse(trueFalse, { type: 'true-false', value: true })).toBe('True');
		expect(describeResponse(trueFalse, { type: 'true-false', value: false })).toBe('False');
	});

	it('gives what was typed, or says nothing was', () => {
		expect(describeResponse(typed, { type: 'typed', text: 'a carry' })).toBe('a carry');
		expect(describeResponse(typed, { type: 'typed', text: '  ' })).toBe('(no answer)');
	});

	it('numbers the gaps of a cloze', () => {
		expect(describeResponse(cloze, { type: 'cloze', texts: ['96', ''] })).toBe(
			'1: 96; 2: (no answer)'
		);
	});

	it('numbers the items of an ordering as placed', () => {
		expect(describeResponse(ordering, { type: 'ordering', order: ['c', 'a', 'b'] })).toBe(
			'1. Austin; 2. Dallas; 3. Texas'
		);
	});

	it('pairs each prompt of a matching with the finding chosen for it', () => {
		expect(
			describeResponse(matching, {
				type: 'matching',
				matches: [
					{ left: 'a', right: 'b' },
					{ left: 'b', right: 'a' }
				]
			})
		).toBe(
			'Suppress "rabbit": The line ends with "green"; Inject "green": The line ends with "habit"; No intervention: (not matched)'
		);
	});

	it('gives a fact-check verdict as its button reads', () => {
		expect(describeResponse(factCheck, { type: 'fact-check', verdict: 'NOT-IN-PAPER' })).toBe(
			'Not in the paper'
		);
	});
});

describe('rightAnswerText', () => {
	it('gives a fact-check verdict as its button reads', () => {
		expect(rightAnswerText(factCheck, 'OPINION')).toBe('Opinion');
	});

	it('needs the verdict for a fact-check', () => {
		expect(() => rightAnswerText(factCheck)).toThrow(/verdict/);
	});

	it('describes the other types as the engine does', () => {
		expect(rightAnswerText(trueFalse)).toBe('False');
		expect(rightAnswerText(ordering)).toBe('1. Dallas; 2. Texas; 3. Austin');
	});
});

describe('rightAnswerLines', () => {
	it('gives a matching question’s pairs and an ordering’s items a line each, any other answer whole', () => {
		expect(rightAnswerLines(matching)).toEqual([
			'Suppress "rabbit": The line ends with "habit"',
			'Inject "green": The line ends with "green"',
			'No intervention: The line ends with "rabbit"'
		]);
		expect(rightAnswerLines(ordering)).toEqual(['1. Dallas', '2. Texas', '3. Austin']);
		expect(rightAnswerLines(trueFalse)).toEqual([rightAnswerText(trueFalse)]);
		expect(rightAnswerLines(factCheck, 'DISTORTED')).toEqual(['Distorted']);
	});

	it('lists a multiple choice’s right choices in the order they were on screen', () => {
		expect(rightAnswerLines(multi)).toEqual([
			'A rough magnitude pathway',
			'A last-digit lookup table'
		]);
		expect(rightAnswerLines(multi, undefined, ['d', 'b', 'c', 'a'])).toEqual([
			'A last-digit lookup table',
			'A rough magnitude pathway'
		]);
	});
});

describe('verdict labels', () => {
	it('name the four verdicts as the issue asks, each with a hint', () => {
		expect(Object.values(verdictButtonLabels)).toEqual([
			'Supported',
			'Distorted',
			'Not in the paper',
			'Opinion'
		]);
		expect(Object.keys(verdictHints)).toEqual(Object.keys(verdictButtonLabels));
	});
});

describe('repeatedClaims', () => {
	it('names the claim of a wrong single choice, and none for the right one', () => {
		expect(repeatedClaims(single, { type: 'single', choice: 'b' })).toEqual(['C07']);
		expect(repeatedClaims(single, { type: 'single', choice: 'c' })).toEqual([]);
		expect(repeatedClaims(single, { type: 'single', choice: 'a' })).toEqual([]);
	});

	it('names every claim among the wrong choices of a multi-select', () => {
		expect(repeatedClaims(multi, { type: 'multi', choices: ['a', 'c', 'd'] })).toEqual([
			'C08',
			'C09'
		]);
		expect(repeatedClaims(multi, { type: 'multi', choices: ['a'] })).toEqual([]);
	});

	it('names the claim of a false statement judged true', () => {
		expect(repeatedClaims(trueFalse, { type: 'true-false', value: true })).toEqual(['C10']);
		expect(repeatedClaims(trueFalse, { type: 'true-false', value: false })).toEqual([]);
	});

	it('names none for the other types', () => {
		expect(repeatedClaims(typed, { type: 'typed', text: 'carry' })).toEqual([]);
	});
});

describe('questionSummary', () => {
	it('blanks the gaps of a cloze', () => {
		expect(questionSummary(cloze)).toBe('36 plus 59 is ___, found by a ___.');
	});

	it('quotes a fact-check’s claim', () => {
		expect(questionSummary(factCheck, 'It adds like a person')).toBe(
			'Fact-check: “It adds like a person”'
		);
		expect(questionSummary(factCheck)).toBe('Fact-check: “C07”');
	});

	it('gives the prompt of the others', () => {
		expect(questionSummary(single)).toBe('How does the model add 36 and 59?');
	});
});
