import { describe, expect, it } from 'vitest';
import { bankProblems } from './checks';
import type { EpisodeClaim, Flashcard, Question } from './schema';
import { parseTranscript } from './transcript';
import { sectionList } from './sections';

const transcript = parseTranscript(
	[
		'### Introduction & Setup',
		'',
		'The model plans a rhyme before it writes the line.',
		'### Key Concepts Part 1',
		'',
		'It adds numbers along two paths at once.',
		'### Key Concepts Part 2',
		'',
		'Shared features span languages.',
		'### Closing',
		'',
		'Thanks for listening.'
	].join('\n'),
	sectionList
);

const claim: EpisodeClaim = {
	id: 'C01',
	section: 'key-concepts-1',
	quote: 'adds numbers along two paths',
	verdict: 'SUPPORTED',
	severity: null,
	summary: 'The model adds along two paths.',
	paperSays: 'The paper finds parallel pathways for addition.',
	paperSections: ['6']
};

const base = {
	topic: 'shared-addition' as const,
	difficulty: 'recall' as const,
	explanation: 'An explanation long enough to pass the schema and teach something real.',
	sources: {
		paper: ['6'],
		evidence: [{ section: '6', text: 'the model adds numbers along two parallel pathways here' }]
	}
};

const labels = { depth: 2 as const, answerableFrom: 'paper' as const };

const single = (over: Partial<Extract<Question, { type: 'single' }>>): Question => ({
	...base,
	...labels,
	id: 'q-single',
	type: 'single',
	prompt: 'Which is right here?',
	options: [
		{ id: 'a', text: 'One' },
		{ id: 'b', text: 'Two' }
	],
	answer: 'a',
	...over
});

const problemsOf = (questions: Question[]) =>
	bankProblems({ questions, flashcards: [], claims: [claim], transcript });

describe('bankProblems', () => {
	it('finds nothing wrong in a sound item', () => {
		expect(problemsOf([single({})])).toEqual([]);
	});

	it('catches an answer that is not one of the options', () => {
		expect(problemsOf([single({ answer: 'z' })])).toEqual(['q-single: answer z is not an option']);
	});

	it('catches a repeated option and a repeated id', () => {
		const repeated = single({
			options: [
				{ id: 'a', text: 'One' },
				{ id: 'b', text: ' one' }
			]
		});
		expect(problemsOf([repeated])).toContain('q-single: option "one" repeated');
		expect(problemsOf([single({}), single({})])).toContain('q-single: id used twice');
	});

	it('catches a quote that is not verbatim, or is in another section', () => {
		const misquoted = single({
			sources: {
				paper: ['6'],
				evidence: [
					{ section: '6', text: 'the model adds numbers along two parallel pathways here' }
				],
				transcript: { section: 'introduction', text: 'plans a rhyme after it writes' }
			}
		});
		expect(problemsOf([misquoted])[0]).toMatch(/not verbatim/);
		const misplaced = single({
			sources: {
				paper: ['6'],
				evidence: [
					{ section: '6', text: 'the model adds numbers along two parallel pathways here' }
				],
				transcript: { section: 'closing', text: 'plans a rhyme before it writes' }
			}
		});
		expect(problemsOf([misplaced])).toEqual([
			'q-single: transcript quote is in introduction, not closing'
		]);
	});

	it('catches a misconception that is the right answer, or names no known claim', () => {
		const marked = single({
			options: [
				{ id: 'a', text: 'One', misconception: 'C01' },
				{ id: 'b', text: 'Two', misconception: 'C99' }
			]
		});
		expect(problemsOf([marked])).toEqual([
			'q-single: option a is right but marked as a misconception',
			'q-single: option b names unknown claim C99',
			'q-single: a wrong answer is marked as repeating C01, which the paper supports'
		]);
	});

	it('catches a contrast card that corrects a claim the paper supports', () => {
		const card: Flashcard = {
			...base,
			id: 'card-contrast',
			kind: 'contrast',
			claim: 'C01',
			front: 'What the episode said',
			back: 'What the paper says'
		};
		expect(
			bankProblems({ questions: [], flashcards: [card], claims: [claim], transcript })
		).toEqual(['card-contrast: a contrast card corrects C01, which the paper supports']);
	});

	it('catches a multi-select whose every option is right', () => {
		const q: Question = {
			...base,
			...labels,
			id: 'q-multi',
			type: 'multi',
			prompt: 'Select all that apply',
			options: [
				{ id: 'a', text: 'One' },
				{ id: 'b', text: 'Two' },
				{ id: 'c', text: 'Three' }
			],
			answers: ['a', 'b', 'c']
		};
		expect(problemsOf([q])).toEqual([
			'q-multi: every option is right; a multi-select needs a wrong one'
		]);
	});

	it('catches cloze gaps that do not match their answers', () => {
		const q: Question = {
			...base,
			...labels,
			id: 'q-cloze',
			type: 'cloze',
			text: 'The sum is {{1}} and the carry is {{3}}.',
			gaps: [['95'], ['1']]
		};
		expect(problemsOf([q])[0]).toMatch(/gaps in the text \(1,3\)/);
	});

	it('catches an ordering item or matching finding used twice', () => {
		const ordering: Question = {
			...base,
			...labels,
			id: 'q-order',
			type: 'ordering',
			prompt: 'Put these in order',
			items: [
				{ id: 'a', text: 'First' },
				{ id: 'b', text: 'first' },
				{ id: 'c', text: 'Last' }
			]
		};
		const matching: Question = {
			...base,
			...labels,
			id: 'q-match',
			type: 'matching',
			prompt: 'Match these pairs',
			pairs: [
				{ id: 'a', left: 'L1', right: 'R' },
				{ id: 'b', left: 'L2', right: 'R' },
				{ id: 'c', left: 'L3', right: 'R3' }
			]
		};
		expect(problemsOf([ordering, matching])).toEqual([
			'q-order: item "first" repeated',
			'q-match: finding "r" repeated'
		]);
	});

	it('catches a fact-check of an unknown claim', () => {
		const q: Question = { ...base, ...labels, id: 'q-fact', type: 'fact-check', claim: 'C42' };
		expect(problemsOf([q])).toEqual(['q-fact: unknown claim C42']);
	});
});
