import { describe, expect, it } from 'vitest';
import type { FinishedQuiz } from '../model/schema';
import { pastQuizzes } from './past-quizzes';

const quiz = (id: string, setId: string, finishedAt: string): FinishedQuiz => ({
	id,
	setId,
	startedAt: '2025-03-01T09:00:00.000Z',
	finishedAt,
	questionIds: ['a', 'b'],
	correct: 1,
	total: 2
});

describe('pastQuizzes', () => {
	it('lists every finished quiz, newest first, each linking to its own results', () => {
		const list = pastQuizzes(
			[
				quiz('q1', 'section-closing-depth-2', '2025-03-01T10:00:00.000Z'),
				quiz('q2', 'mixed-10', '2025-03-03T10:00:00.000Z'),
				quiz('q3', 'retry', '2025-03-02T10:00:00.000Z')
			],
			(id) => `title of ${id}`
		);
		expect(list).toEqual([
			{
				id: 'q2',
				title: 'title of mixed-10',
				href: '/quiz/mixed-10/results?quiz=q2',
				finishedAt: '2025-03-03T10:00:00.000Z',
				correct: 1,
				total: 2
			},
			expect.objectContaining({ id: 'q3', href: '/quiz/retry/results?quiz=q3' }),
			expect.objectContaining({
				id: 'q1',
				title: 'title of section-closing-depth-2',
				href: '/quiz/section-closing/results?quiz=q1'
			})
		]);
	});

	it('keeps how many questions a quiz ended early had, to say so', () => {
		const [early, whole] = pastQuizzes(
			[
				{ ...quiz('q1', 'mixed-10', '2025-03-02T10:00:00.000Z'), planned: 10 },
				quiz('q2', 'mixed-10', '2025-03-01T10:00:00.000Z')
			],
			(id) => id
		);
		expect(early).toMatchObject({ correct: 1, total: 2, planned: 10 });
		expect(whole).not.toHaveProperty('planned');
	});

	it('links no page for a set the app does not know, and escapes the id', () => {
		const [unknown, odd] = pastQuizzes(
			[
				quiz('q1', 'from-a-hand-edited-backup', '2025-03-02T10:00:00.000Z'),
				quiz('a b&c', 'fact-check', '2025-03-01T10:00:00.000Z')
			],
			(id) => id
		);
		expect(unknown?.href).toBeUndefined();
		expect(odd?.href).toBe('/quiz/fact-check/results?quiz=a%20b%26c');
	});
});
