// Issue 17: a stored quiz whose answers or layouts do not fit its questions is made fit to show,
// never thrown on (`a typed response cannot answer fact-check question …` on /quiz/mixed-10).
import { describe, expect, it } from 'vitest';
import type { Question } from '../content/schema';
import type { ActiveQuiz, Attempt, Response } from '../model/schema';
import { everyType, factCheck, matching, multi, ordering, seededRandom, single } from './fixtures';
import { gradeResponse } from './grade';
import type { SetInfo } from './catalogue';
import { unknownSetQuizzes } from './menu';
import { checkAnswer, layoutOf, startQuiz } from './session';
import { fitStoredQuiz, responseFits } from './stored-quiz';

const now = new Date('2025-03-01T10:00:00.000Z');
const byId = new Map(everyType.map((q) => [q.id, q]));
const questionOf = (id: string) => byId.get(id);

const fresh = (): ActiveQuiz =>
	startQuiz({ id: 's1', setId: 'mixed-10', questions: everyType, now, random: seededRandom(3) });

const stored = (questionId: string, response: Response, extra: Partial<Attempt> = {}): Attempt => ({
	id: `a-${questionId}`,
	questionId,
	setId: 'mixed-10',
	sessionId: 's1',
	answeredAt: now.toISOString(),
	response,
	correct: false,
	...extra
});

describe('responseFits', () => {
	it('takes every answer the quiz itself records', () => {
		const quiz = fresh();
		for (const question of everyType) {
			const layout = layoutOf(quiz, question.id);
			const responses: Record<Question['type'], Response> = {
				single: { type: 'single', choice: layout?.[0] ?? '' },
				multi: { type: 'multi', choices: layout?.slice(0, 2) ?? [] },
				'true-false': { type: 'true-false', value: true },
				typed: { type: 'typed', text: 'anything' },
				cloze: { type: 'cloze', texts: ['a'] },
				ordering: { type: 'ordering', order: layout ?? [] },
				matching: { type: 'matching', matches: [{ left: 'a', right: 'b' }] },
				'fact-check': { type: 'fact-check', verdict: 'OPINION' }
			};
			expect(responseFits(question, responses[question.type]), question.type).toBe(true);
		}
	});

	it('takes "I don’t know" (a skip) as an answer to any question', () => {
		for (const question of everyType) {
			expect(responseFits(question, { type: 'skip' }), question.type).toBe(true);
		}
	});

	it('refuses another type, and ids the question does not have or repeats', () => {
		expect(responseFits(factCheck, { type: 'typed', text: 'x' })).toBe(false);
		expect(responseFits(single, { type: 'single', choice: 'z' })).toBe(false);
		expect(responseFits(multi, { type: 'multi', choices: ['a', 'a'] })).toBe(false);
		expect(responseFits(ordering, { type: 'ordering', order: ['a', 'a', 'b'] })).toBe(false);
		expect(responseFits(ordering, { type: 'ordering', order: ['a', 'b'] })).toBe(false);
		expect(
			responseFits(matching, {
				type: 'matching',
				matches: [
					{ left: 'a', right: 'b' },
					{ left: 'a', right: 'c' }
				]
			})
		).toBe(false);
		expect(
			responseFits(matching, { type: 'matching', matches: [{ left: 'a', right: 'zz' }] })
		).toBe(false);
	});
});

describe('fitStoredQuiz', () => {
	it('returns a quiz that fits as it is, the very same object', () => {
		const quiz = fresh();
		const { quiz: answered } = checkAnswer(quiz, {
			question: everyType[0]!,
			response: { type: 'single', choice: 'a' },
			now,
			attemptId: 'a1'
		});
		const fitted = fitStoredQuiz(answered, questionOf, seededRandom(1));
		expect(fitted.quiz).toBe(answered);
		expect(fitted).toMatchObject({ droppedAnswers: [], relaid: 0 });
	});

	it('leaves out a typed answer to a fact-check question, which grading would throw on', () => {
		const quiz = fresh();
		const wrong = stored(factCheck.id, { type: 'typed', text: 'x' });
		expect(() => gradeResponse(factCheck, wrong.response, { verdict: 'OPINION' })).toThrow(
			/a typed response cannot answer fact-check question/
		);
		const right = stored(single.id, { type: 'single', choice: 'a' });
		const fitted = fitStoredQuiz(
			{ ...quiz, attempts: [right, wrong] },
			questionOf,
			seededRandom(1)
		);
		expect(fitted.droppedAnswers).toEqual([wrong]);
		expect(fitted.quiz.attempts).toEqual([right]);
		expect(fitted.quiz.layouts).toEqual(quiz.layouts);
	});

	it('leaves out answers to questions outside the quiz, of another set, or that no longer exist', () => {
		const quiz = { ...fresh(), questionIds: [single.id, 'gone'] };
		const outside = stored(multi.id, { type: 'multi', choices: ['a'] });
		const otherSet = stored(single.id, { type: 'single', choice: 'a' }, { setId: 'mistakes' });
		const gone = stored('gone', { type: 'typed', text: 'x' });
		const fitted = fitStoredQuiz(
			{ ...quiz, attempts: [outside, otherSet, gone] },
			questionOf,
			seededRandom(1)
		);
		expect(fitted.droppedAnswers).toEqual([outside, otherSet, gone]);
		expect(fitted.quiz.attempts).toEqual([]);
	});

	it('lays out again a layout that does not order its question’s options, and adds a missing one', () => {
		const quiz = fresh();
		const layouts = quiz.layouts
			.filter((l) => l.questionId !== multi.id)
			.map((l) => (l.questionId === single.id ? { ...l, order: ['a', 'a', 'zz'] } : l));
		const fitted = fitStoredQuiz({ ...quiz, layouts }, questionOf, seededRandom(1));
		expect(fitted.relaid).toBe(2);
		expect([...(layoutOf(fitted.quiz, single.id) ?? [])].sort()).toEqual(['a', 'b', 'c']);
		expect([...(layoutOf(fitted.quiz, multi.id) ?? [])].sort()).toEqual(['a', 'b', 'c', 'd']);
		expect(layoutOf(fitted.quiz, ordering.id)).toEqual(layoutOf(quiz, ordering.id));
	});
});

describe('unknownSetQuizzes', () => {
	const sets: SetInfo[] = [
		{ id: 'mixed-10', group: 'mixed', title: '10 random questions', size: 10 },
		{
			id: 'section-closing',
			group: 'section',
			title: 'Quiz me on Closing',
			depths: [
				{ depth: 1, size: 4, id: 'section-closing-depth-1', title: 'What the episode said' },
				{ depth: 2, size: 6, id: 'section-closing-depth-2', title: 'What the paper shows' }
			],
			startDepth: 1
		}
	];
	const quizOf = (setId: string) => ({ ...fresh(), id: `quiz-${setId}`, setId });

	it('finds the quizzes in progress of sets the app lacks; the retry and repair are always known', () => {
		const known = ['mixed-10', 'retry', 'repair'].map(quizOf);
		const unknown = quizOf('unknown-set');
		expect(unknownSetQuizzes([...known, unknown], sets)).toEqual([unknown]);
	});

	it('knows a set at each of its depths, as a quiz of it is stored (the quiz menu lost them)', () => {
		const atDepths = [
			'section-closing-depth-1',
			'section-closing-depth-2',
			// a quiz begun before depths existed goes on at the set's first depth
			'section-closing',
			// a mixed set kept to one depth by the address
			'mixed-10-depth-3'
		].map(quizOf);
		expect(unknownSetQuizzes(atDepths, sets)).toEqual([]);
		// a depth the set does not have is not one of its quizzes
		const missing = quizOf('section-closing-depth-3');
		expect(unknownSetQuizzes([...atDepths, missing], sets)).toEqual([missing]);
	});
});
