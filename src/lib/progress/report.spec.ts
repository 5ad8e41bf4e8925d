import { describe, expect, it } from 'vitest';
import { emptyData } from '../model/schema';
import { attempt, card, dataWith, finished, review } from '../model/test-data';
import { progressReport } from './report';
import { meta } from './test-meta';

const now = new Date('2025-03-12T15:00:00.000Z');

describe('progressReport', () => {
	it('says an empty state is empty, so the page invites the first quiz', () => {
		const report = progressReport(emptyData(), meta, { now, utcOffsetMinutes: 0 });
		expect(report.empty).toBe(true);
		expect(report.streaks).toEqual({ current: 0, longest: 0 });
		// a year: the longest range the forecast can be shown over
		expect(report.forecast).toHaveLength(366);
		expect(report.forecast.every((d) => d.cards === 0)).toBe(true);
	});

	it('puts every part together from one state', () => {
		const data = dataWith({
			attempts: [
				attempt('a1', {
					questionId: 'add-1',
					answeredAt: '2025-03-11T09:00:00.000Z',
					confidence: 'sure'
				}),
				attempt('a2', {
					questionId: 'add-2',
					answeredAt: '2025-03-12T09:00:00.000Z',
					correct: false,
					misconception: 'C07'
				})
			],
			finishedQuizzes: [
				finished('q1', {
					setId: 'topic-shared-addition',
					finishedAt: '2025-03-12T09:05:00.000Z',
					correct: 1,
					total: 2
				})
			],
			cards: [
				card('rhyme-card-1', { due: '2025-03-14T09:00:00.000Z' }),
				card('overdue', { due: '2025-03-01T09:00:00.000Z' })
			],
			reviewLog: [
				review('r1', {
					cardId: 'rhyme-card-1',
					reviewedAt: '2025-03-10T09:00:00.000Z',
					durationMs: 60_000
				})
			]
		});
		const report = progressReport(data, meta, {
			now,
			utcOffsetMinutes: 0,
			heatmapWeeks: 4,
			forecastDays: 3
		});
		expect(report.empty).toBe(false);
		expect(report.totals).toMatchObject({
			answers: 2,
			correct: 1,
			reviews: 1,
			studyDays: 3,
			reviewMinutes: 1
		});
		expect(report.streaks).toEqual({ current: 3, longest: 3 });
		expect(report.forecast).toEqual([
			{ day: 20159, date: '2025-03-12', cards: 1 },
			{ day: 20160, date: '2025-03-13', cards: 0 },
			{ day: 20161, date: '2025-03-14', cards: 1 }
		]);
		expect(report.history.sets[0]).toMatchObject({
			id: 'topic-shared-addition',
			title: 'Addition'
		});
		expect(report.retention).toEqual([
			{ week: '2025-W11', weekStart: '2025-03-10', reviews: 1, passed: 1, retention: 1 }
		]);
		expect(report.calibration[0]).toMatchObject({ answers: 1, share: 1 });
		expect(report.misconceptions.fallenFor.map((m) => m.claim.id)).toEqual(['C07']);
		expect(report.heatmap.cells.at(-1)).toMatchObject({ date: '2025-03-12', answers: 1 });
		expect(report.mastery[0]!.topic).toBe('podcast-vs-paper');
	});
});
