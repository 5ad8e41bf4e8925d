import { describe, expect, it } from 'vitest';
import type { Attempt, FinishedQuiz } from '../model/schema';
import { breakdownByTopic, setScores } from './stats';

const finished = (
	setId: string,
	correct: number,
	total: number,
	finishedAt: string
): FinishedQuiz => ({
	id: `${setId}-${finishedAt}`,
	setId,
	startedAt: '2025-03-01T09:00:00Z',
	finishedAt,
	questionIds: Array.from({ length: total }, (_, i) => `q${i}`),
	correct,
	total
});

describe('setScores', () => {
	it('has no scores for a set never finished', () => {
		expect(setScores('mixed-10', [finished('mixed-20', 3, 20, '2025-03-01T10:00:00Z')])).toEqual({
			attempts: 0
		});
	});

	it('gives the last and the best of a set', () => {
		const quizzes = [
			finished('mixed-10', 6, 10, '2025-03-01T10:00:00Z'),
			finished('mixed-10', 9, 10, '2025-03-02T10:00:00Z'),
			finished('mixed-20', 20, 20, '2025-03-05T10:00:00Z'),
			finished('mixed-10', 7, 10, '2025-03-03T10:00:00Z')
		];
		expect(setScores('mixed-10', quizzes)).toEqual({
			last: { correct: 7, total: 10, finishedAt: '2025-03-03T10:00:00Z' },
			best: { correct: 9, total: 10, finishedAt: '2025-03-02T10:00:00Z' },
			attempts: 3
		});
	});

	it('finds the last by time, whatever the order and offset', () => {
		const quizzes = [
			finished('fact-check', 5, 10, '2025-03-02T11:30:00+02:00'),
			finished('fact-check', 4, 10, '2025-03-02T10:00:00Z'),
			finished('fact-check', 3, 10, '2025-03-01T10:00:00Z')
		];
		expect(setScores('fact-check', quizzes).last).toMatchObject({ correct: 4 });
	});

	it('ranks by share right, then by number right, then by recency', () => {
		expect(
			setScores('mistakes', [
				finished('mistakes', 2, 2, '2025-03-01T10:00:00Z'),
				finished('mistakes', 5, 6, '2025-03-02T10:00:00Z')
			]).best
		).toMatchObject({ correct: 2, total: 2 });
		expect(
			setScores('mistakes', [
				finished('mistakes', 4, 4, '2025-03-02T10:00:00Z'),
				finished('mistakes', 2, 2, '2025-03-03T10:00:00Z')
			]).best
		).toMatchObject({ correct: 4, total: 4 });
		expect(
			setScores('mistakes', [
				finished('mistakes', 2, 4, '2025-03-01T10:00:00Z'),
				finished('mistakes', 2, 4, '2025-03-03T10:00:00Z')
			]).best
		).toMatchObject({ finishedAt: '2025-03-03T10:00:00Z' });
	});

	it('scores an empty quiz as nothing right', () => {
		expect(
			setScores('mixed-all', [
				finished('mixed-all', 0, 0, '2025-03-02T10:00:00Z'),
				finished('mixed-all', 1, 3, '2025-03-01T10:00:00Z')
			]).best
		).toMatchObject({ correct: 1, total: 3 });
	});
});

describe('breakdownByTopic', () => {
	const questions = [
		{ id: 'graph-1', topic: 'attribution-graphs' as const },
		{ id: 'rhyme-1', topic: 'rhyme-planning' as const },
		{ id: 'graph-2', topic: 'attribution-graphs' as const },
		{ id: 'claim-1', topic: 'podcast-vs-paper' as const }
	];
	let n = 0;
	const attempt = (
		questionId: string,
		correct: boolean,
		answeredAt: string,
		override?: true
	): Attempt => ({
		id: `a${++n}`,
		questionId,
		setId: 'mixed-10',
		sessionId: 's1',
		answeredAt,
		response: { type: 'typed', text: 'x' },
		correct,
		...(override ? { override } : {})
	});

	it('counts every topic in bank order, answered or not', () => {
		expect(breakdownByTopic([], questions)).toEqual([
			{
				topic: 'attribution-graphs',
				questions: 2,
				answered: 0,
				attempts: 0,
				correct: 0,
				lastCorrect: 0
			},
			{
				topic: 'rhyme-planning',
				questions: 1,
				answered: 0,
				attempts: 0,
				correct: 0,
				lastCorrect: 0
			},
			{
				topic: 'podcast-vs-paper',
				questions: 1,
				answered: 0,
				attempts: 0,
				correct: 0,
				lastCorrect: 0
			}
		]);
	});

	it('counts answers, right answers and last answers by topic', () => {
		const attempts = [
			attempt('graph-1', false, '2025-03-01T10:00:00Z'),
			attempt('graph-1', true, '2025-03-02T10:00:00Z'),
			attempt('graph-2', true, '2025-03-01T10:00:00Z'),
			attempt('graph-2', false, '2025-03-03T10:00:00Z'),
			attempt('rhyme-1', true, '2025-03-01T10:00:00Z', true),
			attempt('removed-question', true, '2025-03-01T10:00:00Z')
		];
		expect(breakdownByTopic(attempts, questions)).toEqual([
			{
				topic: 'attribution-graphs',
				questions: 2,
				answered: 2,
				attempts: 4,
				correct: 2,
				lastCorrect: 1
			},
			{
				topic: 'rhyme-planning',
				questions: 1,
				answered: 1,
				attempts: 1,
				correct: 1,
				lastCorrect: 1
			},
			{
				topic: 'podcast-vs-paper',
				questions: 1,
				answered: 0,
				attempts: 0,
				correct: 0,
				lastCorrect: 0
			}
		]);
	});
});
