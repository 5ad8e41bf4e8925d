import { describe, expect, it } from 'vitest';
import { answerableFromSection, coverageGaps, isNumberRecall } from './coverage';
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

describe('what a listener can answer, and at what depth', () => {
	it('would report a section with too few depth-1 questions a listener can answer', () => {
		const fewer = questions.filter((q) => !answerableFromSection(q, 'closing'));
		expect(coverageGaps(fewer, flashcards, claims)).toContain(
			'depth-1 questions a listener can answer from closing: 0, wants at least 12'
		);
	});

	it('would report too much pure number recall', () => {
		const typed = questions.find((q) => q.type === 'typed');
		if (!typed || typed.type !== 'typed') throw new Error('the bank has typed questions');
		const numbers = Array.from({ length: 40 }, (_, i) => ({
			...typed,
			id: `number-${i}`,
			accepted: ['81%', '81 percent']
		}));
		expect(coverageGaps([...questions, ...numbers], flashcards, claims).join('\n')).toMatch(
			/pure number-recall questions/
		);
	});

	it('tells a figure from a concept', () => {
		const typed = questions.find((q) => q.type === 'typed');
		if (!typed || typed.type !== 'typed') throw new Error('the bank has typed questions');
		expect(isNumberRecall({ ...typed, accepted: ['about 10%', '10%'] })).toBe(true);
		expect(isNumberRecall({ ...typed, accepted: ['newline', 'new line'] })).toBe(false);
	});

	it('would report an episode-answerable question that quotes no passage of the episode', () => {
		const q = questions.find((q) => q.answerableFrom === 'episode');
		if (!q) throw new Error('the bank has episode-answerable questions');
		const unquoted = { ...q, sources: { ...q.sources, transcript: undefined } };
		expect(coverageGaps([unquoted], [], [])).toContain(
			`${q.id}: answerable from the episode, but quotes no passage of it`
		);
	});
});

describe('the bank has no weak item the heuristics can find', () => {
	it('has no near-duplicate, lopsided options, thin explanation, give-away position or variant-less typed answer', () => {
		expect(weakItemFindings(questions, flashcards)).toEqual([]);
	});
});
