import { describe, expect, it } from 'vitest';
import type { Attempt, FinishedQuiz } from '../model/schema';
import { latestFinished, mistakeIds, quizResult } from './results';

const attempt = (questionId: string, correct: boolean, sessionId = 's1', minute = 1): Attempt => ({
	id: `${sessionId}-${questionId}-${minute}`,
	questionId,
	setId: 'mixed-10',
	sessionId,
	answeredAt: new Date(Date.UTC(2025, 2, 1, 10, minute)).toISOString(),
	response: { type: 'true-false', value: true },
	correct
});

const finished: FinishedQuiz = {
	id: 's1',
	setId: 'mixed-10',
	startedAt: '2025-03-01T10:00:00.000Z',
	finishedAt: '2025-03-01T10:04:12.000Z',
	questionIds: ['a1', 'b1', 'a2', 'b2'],
	correct: 2,
	total: 4
};

const topics: Record<string, string> = {
	a1: 'rhyme-planning',
	a2: 'rhyme-planning',
	b1: 'refusals',
	b2: 'refusals'
};

describe('quizResult', () => {
	it('scores the session, times it and breaks it down by topic', () => {
		const result = quizResult(
			finished,
			[attempt('a1', true), attempt('b1', false), attempt('a2', true), attempt('b2', true)],
			(id) => topics[id]
		);
		expect(result.correct).toBe(3);
		expect(result.total).toBe(4);
		expect(result.durationMs).toBe(252_000);
		expect(result.byTopic).toEqual([
			{ topic: 'rhyme-planning', correct: 2, total: 2 },
			{ topic: 'refusals', correct: 1, total: 2 }
		]);
		expect(result.missed.map((m) => m.questionId)).toEqual(['b1']);
	});

	it('times the quiz without the time away from it: a pause of more than 5 minutes counts as 5', () => {
		const resumed: FinishedQuiz = {
			...finished,
			// started at 10:00, two answers, left, taken up again the next morning
			finishedAt: '2025-03-02T08:03:00.000Z'
		};
		const next = (questionId: string, iso: string) => ({
			...attempt(questionId, true),
			answeredAt: iso
		});
		const result = quizResult(
			resumed,
			[
				attempt('a1', true, 's1', 1),
				attempt('b1', true, 's1', 2),
				next('a2', '2025-03-02T08:01:00.000Z'),
				next('b2', '2025-03-02T08:02:00.000Z'),
				// changed on the results page, after the finish: not time in the quiz
				next('b1', '2025-03-02T09:00:00.000Z')
			],
			(id) => topics[id]
		);
		// 10:00 → 10:01 → 10:02, away (5 min), 08:01 → 08:02 → 08:03
		expect(result.durationMs).toBe((1 + 1 + 5 + 1 + 1) * 60_000);
	});

	it('counts a question never checked as missed, with no answer', () => {
		const result = quizResult(finished, [attempt('a1', true)], (id) => topics[id]);
		expect(result.missed).toEqual([
			{ questionId: 'b1' },
			{ questionId: 'a2' },
			{ questionId: 'b2' }
		]);
	});

	it('reads only this session from the whole log, the last attempt winning', () => {
		const log = [
			attempt('a1', false, 'older'),
			attempt('a1', false, 's1', 1),
			{ ...attempt('a1', true, 's1', 2), override: true },
			attempt('b1', true, 'later')
		];
		const result = quizResult(finished, log, (id) => topics[id]);
		expect(result.correct).toBe(1);
		expect(result.missed.map((m) => m.questionId)).toEqual(['b1', 'a2', 'b2']);
	});

	it('groups questions missing from the bank under an unknown topic', () => {
		expect(quizResult(finished, [], () => undefined).byTopic).toEqual([
			{ topic: 'unknown', correct: 0, total: 4 }
		]);
	});
});

describe('latestFinished', () => {
	it('finds the set’s most recently finished quiz', () => {
		const later = { ...finished, id: 's2', finishedAt: '2025-03-02T10:00:00.000Z' };
		const other = {
			...finished,
			id: 's3',
			setId: 'mistakes',
			finishedAt: '2025-03-03T10:00:00.000Z'
		};
		expect(latestFinished([later, finished, other], 'mixed-10')?.id).toBe('s2');
		expect(latestFinished([finished], 'mistakes')).toBeUndefined();
	});
});

describe('mistakeIds', () => {
	it('lists the questions whose last answer was wrong', () => {
		expect(
			mistakeIds([
				attempt('a1', false, 's1', 1),
				attempt('a1', true, 's2', 5),
				attempt('b1', true, 's1', 2),
				attempt('b1', false, 's2', 6),
				{ ...attempt('a2', true, 's2', 7), override: true }
			])
		).toEqual(['b1']);
	});
});
