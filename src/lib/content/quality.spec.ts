import { describe, expect, it } from 'vitest';
import { isSentence, optionLengthRatio, similarity, weakItemFindings } from './quality';
import type { Question } from './schema';

const base = {
	topic: 'shared-addition' as const,
	difficulty: 'recall' as const,
	explanation:
		'The model adds with two pathways at once, one rough and one exact, then combines them.',
	sources: {
		paper: ['6'],
		evidence: [{ section: '6', text: 'the model adds numbers along two parallel pathways here' }]
	}
};

const labels = { depth: 2 as const, answerableFrom: 'paper' as const };

const single = (id: string, prompt: string, options: string[], answer = 'b'): Question => ({
	...base,
	...labels,
	id,
	type: 'single',
	prompt,
	options: options.map((text, i) => ({ id: String.fromCharCode(97 + i), text })),
	answer
});

describe('quality heuristics', () => {
	it('measures prompt similarity by shared words', () => {
		expect(similarity('What does the model add?', 'what does the model add')).toBe(1);
		expect(
			similarity('Which feature plans the rhyme?', 'How many languages share features?')
		).toBeLessThan(0.2);
	});

	it('knows a sentence from a fragment', () => {
		expect(isSentence('It plans the rhyme before writing the line.')).toBe(true);
		expect(isSentence('See §4.')).toBe(false);
	});

	it('flags near-duplicate prompts', () => {
		const findings = weakItemFindings(
			[
				single('q-1', 'What sum does the model compute for 36+59?', ['92', '95', '96', '85']),
				single('q-2', 'What sum does the model compute for 36+59 ?', ['92', '95', '96', '85'], 'c')
			],
			[]
		);
		expect(findings).toContain('q-1 and q-2: near-duplicate prompts (1.00)');
	});

	it('flags options of wildly different length and a thin explanation', () => {
		expect(optionLengthRatio([{ text: 'Yes' }, { text: 'x'.repeat(60) }])).toBe(5);
		const lopsided = single('q-3', 'Which pathway computes the last digit?', [
			'One',
			'The pathway that looks up the last digit from a memorized table of one-digit sums',
			'Two',
			'Three'
		]);
		const thin = {
			...single('q-4', 'Which number is the sum here?', ['92', '95', '96', '85']),
			explanation: 'B is right.'
		};
		const findings = weakItemFindings([lopsided, thin], []);
		expect(findings).toContain('q-3: options of wildly different length (6.8×)');
		expect(findings).toContain('q-4: explanation is shorter than a sentence');
		const marked = single('q-5', 'How does the model continue `calc: 36+59=`?', [
			'95',
			'96',
			'85',
			'94'
		]);
		expect(weakItemFindings([marked], [])).toContain(
			'q-5: a backtick, which the app would show as it is'
		);
	});

	it('flags the right answer always in the same position', () => {
		const prompts = [
			'Alpha sums here?',
			'Beta carries where?',
			'Gamma tables which?',
			'Delta features how?',
			'Epsilon paths why?'
		];
		const questions = prompts.map((p, i) => single(`q-${i}`, p, ['92', '95', '96', '85'], 'a'));
		expect(weakItemFindings(questions, [])).toContain(
			'the right answer is option 1 in 5 of 5 single-choice questions'
		);
	});

	it('flags a typed answer whose variants are the same answer', () => {
		const typed: Question = {
			...base,
			...labels,
			id: 'q-typed',
			type: 'typed',
			prompt: 'Which number is the sum?',
			accepted: ['95', '95!']
		};
		expect(weakItemFindings([typed], [])).toContain('q-typed: a typed answer with no variants');
	});
});
