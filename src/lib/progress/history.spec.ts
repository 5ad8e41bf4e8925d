import { describe, expect, it } from 'vitest';
import { finished } from '../model/test-data';
import { scoreHistory } from './history';

describe('scoreHistory', () => {
	const quizzes = [
		finished('q3', {
			setId: 'mixed-10',
			finishedAt: '2025-03-11T10:00:00.000Z',
			correct: 9,
			total: 10
		}),
		finished('q1', {
			setId: 'topic-a',
			finishedAt: '2025-03-10T09:00:00.000Z',
			correct: 2,
			total: 4
		}),
		finished('q2', {
			setId: 'topic-a',
			finishedAt: '2025-03-10T18:00:00.000Z',
			correct: 4,
			total: 4
		}),
		finished('empty', {
			setId: 'mistakes',
			finishedAt: '2025-03-12T10:00:00.000Z',
			correct: 0,
			total: 0
		})
	];

	it('gives each set its quizzes in time order, the set taken last first', () => {
		const history = scoreHistory(quizzes, (id) => `title ${id}`, 0);
		expect(history.sets.map((s) => [s.id, s.title, s.points.map((p) => p.share)])).toEqual([
			['mixed-10', 'title mixed-10', [0.9]],
			['topic-a', 'title topic-a', [0.5, 1]]
		]);
	});

	it('adds up each day over every set for the overall line, leaving out empty quizzes', () => {
		const history = scoreHistory(quizzes, String, 0);
		expect(history.overall.points).toEqual([
			{ at: '2025-03-10T18:00:00.000Z', correct: 6, total: 8, share: 0.75 },
			{ at: '2025-03-11T10:00:00.000Z', correct: 9, total: 10, share: 0.9 }
		]);
	});

	it('turns days at 04:00 in the learner’s time zone', () => {
		// in UTC−10 the first quiz ends at 23:00 on 9 March, and the quiz of 11 March at local
		// midnight, before 04:00: it counts for the study day of 10 March, with the second quiz
		expect(
			scoreHistory(quizzes, String, -600).overall.points.map((p) => [p.correct, p.total])
		).toEqual([
			[2, 4],
			[13, 14]
		]);
		// in UTC+9 the second quiz ends at 03:00 on 11 March: it still counts for 10 March
		expect(
			scoreHistory(quizzes, String, 540).overall.points.map((p) => [p.correct, p.total])
		).toEqual([
			[6, 8],
			[9, 10]
		]);
	});
});
