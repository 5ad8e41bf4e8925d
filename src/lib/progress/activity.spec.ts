import { describe, expect, it } from 'vitest';
import { attempt, review } from '../model/test-data';
import { activityByDay, heatmap, streaks } from './activity';
import { dayNumber } from '../calendar/study-day';

const day = (iso: string) => dayNumber(Date.parse(iso), 0);

describe('activityByDay', () => {
	it('counts answers and reviews per study day (from 04:00 in the learner’s time zone), oldest first', () => {
		const data = {
			attempts: [
				attempt('a1', { answeredAt: '2025-03-10T09:00:00.000Z' }),
				attempt('a2', { answeredAt: '2025-03-10T23:30:00.000Z' })
			],
			reviewLog: [review('r1', { reviewedAt: '2025-03-08T10:00:00.000Z' })]
		};
		expect(activityByDay(data, 0)).toEqual([
			{ day: day('2025-03-08T12:00:00Z'), date: '2025-03-08', answers: 0, reviews: 1 },
			{ day: day('2025-03-10T12:00:00Z'), date: '2025-03-10', answers: 2, reviews: 0 }
		]);
		// 23:30 UTC is 00:30 the next morning in UTC+1: still the 10th's study day
		expect(activityByDay(data, 60).map((d) => [d.date, d.answers])).toEqual([
			['2025-03-08', 0],
			['2025-03-10', 2]
		]);
		// in UTC+5 it is 04:30 on the 11th: a new study day
		expect(activityByDay(data, 300).map((d) => [d.date, d.answers])).toEqual([
			['2025-03-08', 0],
			['2025-03-10', 1],
			['2025-03-11', 1]
		]);
	});
});

describe('streaks', () => {
	it('counts the current run up to today, or up to yesterday when today is still open', () => {
		expect(streaks([1, 2, 3, 7, 8], 8)).toEqual({ current: 2, longest: 3 });
		expect(streaks([1, 2, 3, 7, 8], 9)).toEqual({ current: 2, longest: 3 });
		expect(streaks([1, 2, 3, 7, 8], 10)).toEqual({ current: 0, longest: 3 });
	});

	it('is zero with no study days, and ignores duplicates and order', () => {
		expect(streaks([], 5)).toEqual({ current: 0, longest: 0 });
		expect(streaks([5, 4, 4, 3], 5)).toEqual({ current: 3, longest: 3 });
	});
});

describe('heatmap', () => {
	it('lays out whole weeks Monday to Sunday, ending today, with a level per day', () => {
		const today = day('2025-03-12T12:00:00Z'); // a Wednesday
		const activity = [
			{ day: today, date: '2025-03-12', answers: 3, reviews: 2 },
			{ day: today - 1, date: '2025-03-11', answers: 30, reviews: 0 }
		];
		const map = heatmap(activity, today, 2);
		expect(map.cells).toHaveLength(7 + 3);
		expect(map.cells[0]).toMatchObject({ date: '2025-03-03', week: 0, weekday: 0, level: 0 });
		expect(map.cells.at(-1)).toMatchObject({
			date: '2025-03-12',
			week: 1,
			weekday: 2,
			answers: 3,
			reviews: 2,
			level: 2
		});
		expect(map.cells.at(-2)).toMatchObject({ level: 4 });
		expect(map.months).toEqual([{ week: 0, label: 'Mar' }]);
	});

	it('labels each month where it starts, without crowding the first', () => {
		const today = day('2025-03-12T12:00:00Z');
		const map = heatmap([], today, 26);
		expect(map.cells).toHaveLength(25 * 7 + 3);
		expect(map.months.map((m) => m.label)).toEqual([
			'Sep',
			'Oct',
			'Nov',
			'Dec',
			'Jan',
			'Feb',
			'Mar'
		]);
		expect(heatmap([], today - 21, 26).months[0]).toEqual({ week: 1, label: 'Sep' });
	});
});
