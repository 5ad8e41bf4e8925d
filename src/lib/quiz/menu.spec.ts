import { describe, expect, it } from 'vitest';
import type { ActiveQuiz, FinishedQuiz } from '../model/schema';
import { describeScores, menuView, setStatuses } from './menu';

const finished = (setId: string, correct: number, total: number, day: number): FinishedQuiz => ({
	id: `${setId}-${day}`,
	setId,
	startedAt: new Date(2025, 2, day, 9).toISOString(),
	finishedAt: new Date(2025, 2, day, 10).toISOString(),
	questionIds: Array.from({ length: total }, (_, i) => `q${i}`),
	correct,
	total
});

const active: ActiveQuiz = {
	id: 'a1',
	setId: 'mixed-10',
	startedAt: new Date(2025, 2, 9).toISOString(),
	questionIds: Array.from({ length: 10 }, (_, i) => `q${i}`),
	layouts: [],
	position: 3,
	attempts: []
};

describe('setStatuses', () => {
	it('gives each set its last and best score and its unfinished quiz', () => {
		const statuses = setStatuses(['mixed-10', 'topic-jailbreak', 'mistakes'], {
			finishedQuizzes: [
				finished('mixed-10', 9, 10, 1),
				finished('mixed-10', 6, 10, 5),
				finished('topic-jailbreak', 3, 15, 2)
			],
			activeQuizzes: [active]
		});
		expect(statuses['mixed-10']).toMatchObject({
			last: { correct: 6, total: 10 },
			best: { correct: 9, total: 10 },
			attempts: 2,
			inProgress: { number: 4, total: 10 }
		});
		expect(statuses['topic-jailbreak']?.inProgress).toBeUndefined();
		expect(statuses.mistakes).toEqual({ attempts: 0 });
	});

	it('never counts past the last question of an unfinished quiz', () => {
		const statuses = setStatuses(['mixed-10'], {
			finishedQuizzes: [],
			activeQuizzes: [{ ...active, position: 10 }]
		});
		expect(statuses['mixed-10']?.inProgress).toEqual({ number: 10, total: 10 });
	});
});

describe('describeScores', () => {
	const now = new Date(2025, 2, 6, 12);

	it('says the last and best score and when the set was last taken', () => {
		const status = setStatuses(['mixed-10'], {
			finishedQuizzes: [finished('mixed-10', 9, 10, 1), finished('mixed-10', 6, 10, 5)],
			activeQuizzes: []
		})['mixed-10'];
		expect(status && describeScores(status, now)).toBe(
			'Last 6/10 (60%) · best 9/10 (90%) · last taken yesterday'
		);
	});

	it('says a quiz ended early was, and takes no best from it (1 of 1 is not a best 100%)', () => {
		const early = { ...finished('mixed-10', 1, 1, 5), planned: 8 };
		const only = setStatuses(['mixed-10'], { finishedQuizzes: [early], activeQuizzes: [] })[
			'mixed-10'
		];
		expect(only && describeScores(only, now)).toBe(
			'Last 1/1 (100%), ended after 1 of 8 · no best yet: none finished in full · last taken yesterday'
		);
		const both = setStatuses(['mixed-10'], {
			finishedQuizzes: [finished('mixed-10', 4, 8, 1), early],
			activeQuizzes: []
		})['mixed-10'];
		expect(both && describeScores(both, now)).toBe(
			'Last 1/1 (100%), ended after 1 of 8 · best 4/8 (50%) · last taken yesterday'
		);
		expect(
			menuView(['mixed-10'], { finishedQuizzes: [early], activeQuizzes: [], attempts: [] }, now)
				.lines['mixed-10']?.best
		).toBe('no best yet: none finished in full');
	});

	it('says when a set was never taken', () => {
		expect(describeScores({ attempts: 0 }, now)).toBe('Not taken yet');
	});
});

describe('menuView', () => {
	const now = new Date(2025, 2, 6, 12);
	const attempt = (questionId: string, correct: boolean) => ({
		id: `a-${questionId}`,
		questionId,
		setId: 'mixed-10',
		sessionId: 's',
		answeredAt: new Date(2025, 2, 5).toISOString(),
		response: { type: 'true-false' as const, value: true },
		correct
	});

	it('describes every set, counts the mistakes and finds a retry in progress', () => {
		const view = menuView(
			['mixed-10', 'mistakes'],
			{
				finishedQuizzes: [finished('mixed-10', 9, 10, 5)],
				activeQuizzes: [
					active,
					{ ...active, id: 'r1', setId: 'retry', questionIds: ['q1', 'q2'], position: 1 }
				],
				attempts: [attempt('q1', false), attempt('q2', true), attempt('q3', false)]
			},
			now
		);
		expect(view).toEqual({
			lines: {
				'mixed-10': {
					scores: 'Last 9/10 (90%) · best 9/10 (90%) · last taken yesterday',
					best: 'best 9/10 (90%)',
					inProgress: 'question 4 of 10'
				},
				mistakes: { scores: 'Not taken yet', best: 'not taken yet' }
			},
			mistakes: 2,
			retry: 'question 2 of 2'
		});
	});

	it('counts a mixed set’s finished quizzes at every depth on its one line: the first visit’s ten questions too', () => {
		const data = {
			finishedQuizzes: [finished('mixed-10-depth-1', 7, 10, 5)],
			activeQuizzes: [{ ...active, setId: 'mixed-10-depth-2', position: 1 }],
			attempts: []
		};
		expect(menuView(['mixed-10'], data, now).lines['mixed-10']).toEqual({
			scores: 'Not taken yet',
			best: 'not taken yet'
		});
		const storedAs = { 'mixed-10': ['mixed-10', 'mixed-10-depth-1', 'mixed-10-depth-2'] };
		// the quiz under way at depth 2 is not the one the set's link opens: Today links it
		expect(menuView(['mixed-10'], data, now, storedAs).lines['mixed-10']).toEqual({
			scores: 'Last 7/10 (70%) · best 7/10 (70%) · last taken yesterday',
			best: 'best 7/10 (70%)'
		});
	});
});
