import { describe, expect, it } from 'vitest';
import { cloze, everyType, factCheck, single, trueFalse, typed } from './fixtures';
import { choicesOf, openingScreen, promptOf } from './opening';
import { openingLayout } from './session';

describe('promptOf', () => {
	it('asks each type as the quiz asks it', () => {
		expect(promptOf(single)).toBe('How does the model add 36 and 59?');
		expect(promptOf(trueFalse)).toBe(
			'True or false: The model can accurately describe how it adds.'
		);
		expect(promptOf(factCheck)).toBe('What does the paper say about this claim from the episode?');
		expect(promptOf(typed)).toBe('What computes the last digit of the sum?');
		expect(promptOf({ ...cloze, prompt: undefined })).toBe('Fill in the gaps.');
	});
});

describe('choicesOf', () => {
	it('lists the choices in the order of the layout, as their buttons read', () => {
		expect(choicesOf(single, ['c', 'a', 'b']).map((c) => c.label)).toEqual([
			'By recalling the sum',
			'Along parallel pathways',
			'By carrying digits like a person'
		]);
		expect(choicesOf(trueFalse, ['true', 'false'])).toEqual([
			{ id: 'true', label: 'True' },
			{ id: 'false', label: 'False' }
		]);
		expect(choicesOf(factCheck, ['OPINION'])).toEqual([
			{ id: 'OPINION', label: 'Opinion', hint: 'The hosts’ own view, not a claim about the paper.' }
		]);
	});

	it('leaves out ids the question does not know, and has none for typed answers', () => {
		expect(choicesOf(single, ['z', 'a']).map((c) => c.id)).toEqual(['a']);
		expect(choicesOf(typed, ['a'])).toEqual([]);
	});
});

describe('openingScreen', () => {
	const source = {
		questions: everyType,
		claimQuote: () => 'what the episode said',
		length: 10 as const
	};

	it('shows the opening question of a new attempt, laid out in its fixed order, and no answer', () => {
		const screen = openingScreen('mixed-all', source);
		expect(screen).toEqual({
			questionId: single.id,
			type: 'single',
			answerableFrom: single.answerableFrom,
			prompt: promptOf(single),
			choices: choicesOf(single, openingLayout(single) ?? []),
			total: everyType.length
		});
		expect(JSON.stringify(screen)).not.toMatch(/"answers?"|"explanation"/);
	});

	it('quotes the claim a fact-check asks about, and counts the questions of the attempt', () => {
		const screen = openingScreen('fact-check', source);
		expect(screen).toMatchObject({
			type: 'fact-check',
			claimQuote: 'what the episode said',
			total: 1
		});
		expect(openingScreen('mixed-10', { ...source, length: 'all' })?.total).toBe(
			Math.min(10, everyType.length)
		);
	});

	it('has none for the sets that depend on the learner, nor for a set without questions', () => {
		expect(openingScreen('mistakes', source)).toBeUndefined();
		expect(openingScreen('repair', source)).toBeUndefined();
		expect(openingScreen('retry', source)).toBeUndefined();
		expect(openingScreen('topic-jailbreak', source)).toBeUndefined();
	});
});
