import { describe, expect, it } from 'vitest';
import { coverageGaps } from './coverage';
import { claims, flashcards, questions } from './index';
import { weakItemFindings } from './quality';

describe('the bank meets the coverage the question-bank issue asks for', () => {
	it('has no coverage gap: topics, types, sections, difficulties, fact-checks, contrast cards', () => {
		expect(coverageGaps(questions, flashcards, claims)).toEqual([]);
	});

	it('would report a gap if a topic lost a question', () => {
		const fewer = questions.filter((q) => q.topic !== 'refusals' || q.type !== 'single');
		expect(coverageGaps(fewer, flashcards, claims).join('\n')).toMatch(
			/refusals questions|single questions/
		);
	});

	it('would report a claim without its fact-check', () => {
		const fewer = questions.filter((q) => !(q.type === 'fact-check' && q.claim === 'C30'));
		expect(coverageGaps(fewer, flashcards, claims)).toContain(
			'claim C30: 0 fact-check questions, wants exactly 1'
		);
	});

	it('would report a major distortion without its contrast card', () => {
		const fewer = flashcards.filter((c) => c.claim !== 'C30');
		expect(coverageGaps(questions, fewer, claims)).toContain(
			'claim C30 (NOT-IN-PAPER, major) has no contrast flashcard'
		);
	});
});

describe('the bank has no weak item the heuristics can find', () => {
	it('has no near-duplicate, lopsided options, thin explanation, give-away position or variant-less typed answer', () => {
		expect(weakItemFindings(questions, flashcards)).toEqual([]);
	});
});
