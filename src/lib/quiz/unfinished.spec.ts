import { describe, expect, it } from 'vitest';
import { attempt, finished } from '../model/test-data';
import { emptyData, type ActiveQuiz } from '../model/schema';
import { discardQuiz, restoreQuiz, unfinishedQuizzes } from './unfinished';

const quiz = (id: string, setId: string, answeredAt: string[], total = 5): ActiveQuiz => ({
	id,
	setId,
	startedAt: '2025-03-10T08:00:00.000Z',
	questionIds: Array.from({ length: total }, (_, i) => `q-${i}`),
	layouts: [],
	position: answeredAt.length,
	attempts: answeredAt.map((at, i) =>
		attempt(`${id}-a${i}`, { questionId: `q-${i}`, sessionId: id, setId, answeredAt: at })
	)
});

describe('unfinishedQuizzes', () => {
	it('lists the quizzes under way, the one touched last first', () => {
		const older = quiz('q1', 'section-closing', ['2025-03-10T09:00:00.000Z']);
		const newer = quiz('q2', 'topic-jailbreak', [
			'2025-03-09T09:00:00.000Z',
			'2025-03-11T09:00:00.000Z'
		]);
		expect(unfinishedQuizzes([older, newer])).toEqual([
			{
				id: 'q2',
				setId: 'topic-jailbreak',
				answered: 2,
				total: 5,
				lastActiveAt: '2025-03-11T09:00:00.000Z'
			},
			{
				id: 'q1',
				setId: 'section-closing',
				answered: 1,
				total: 5,
				lastActiveAt: '2025-03-10T09:00:00.000Z'
			}
		]);
	});

	it('leaves out a quiz only opened, and one past its last question', () => {
		const opened = quiz('q1', 'section-closing', []);
		const done = quiz('q2', 'topic-jailbreak', ['2025-03-10T09:00:00.000Z'], 1);
		expect(unfinishedQuizzes([opened, done])).toEqual([]);
	});
});

describe('discardQuiz and restoreQuiz', () => {
	const under = quiz('q1', 'section-closing', ['2025-03-10T09:00:00.000Z']);
	const data = { ...emptyData(), activeQuizzes: [under], attempts: under.attempts };

	it('takes the quiz out and keeps its answers; undo puts it back', () => {
		const { data: after, quiz: removed } = discardQuiz(data, 'q1');
		expect(after.activeQuizzes).toEqual([]);
		expect(after.attempts).toEqual(data.attempts);
		expect(removed).toBe(under);
		expect(restoreQuiz(after, under)).toEqual({ data, restored: true });
	});

	it('changes nothing for an unknown quiz', () => {
		expect(discardQuiz(data, 'nope')).toEqual({ data });
	});

	it('does not put it back over a newer quiz of its set, or once it was finished elsewhere', () => {
		const after = discardQuiz(data, 'q1').data;
		const newer = { ...after, activeQuizzes: [quiz('q3', 'section-closing', [])] };
		expect(restoreQuiz(newer, under)).toEqual({ data: newer, restored: false });
		const finishedElsewhere = { ...after, finishedQuizzes: [finished('q1')] };
		expect(restoreQuiz(finishedElsewhere, under).restored).toBe(false);
	});
});
