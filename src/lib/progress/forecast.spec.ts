import { describe, expect, it } from 'vitest';
import { dateOf } from '../calendar/study-day';
import { forecastDays, forecastHorizonDays, forecastView } from './forecast';

/** 7 December 2026, a Monday */
const today = Date.UTC(2026, 11, 7) / 86_400_000;

/** a year of days with the given cards on the given days after today */
function year(cardsOn: Record<number, number>) {
	const counts = Array.from({ length: forecastHorizonDays }, (_, i) => cardsOn[i] ?? 0);
	return forecastDays(counts, today);
}

describe('forecastDays', () => {
	it('names each count by its study day and date', () => {
		expect(forecastDays([3, 0], today)).toEqual([
			{ day: today, date: '2026-12-07', cards: 3 },
			{ day: today + 1, date: '2026-12-08', cards: 0 }
		]);
	});
});

describe('forecastView', () => {
	it('gives the next 14 days day by day, with today, tomorrow and the average', () => {
		const view = forecastView(year({ 0: 4, 1: 2, 13: 1, 14: 9 }), '14-days');
		expect(view.buckets).toHaveLength(14);
		expect(view.buckets.map((b) => b.cards)).toEqual([4, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
		expect(view).toMatchObject({ total: 7, today: 4, tomorrow: 2, perDay: 0.5 });
		expect(view.lastDay).toBe(today + 13);
		// the 9 on day 14 is after the range
		expect(view.nextAfter).toBe(today + 14);
	});

	it('gives the next 30 days day by day', () => {
		const view = forecastView(year({ 29: 3, 30: 5 }), '30-days');
		expect(view.buckets).toHaveLength(30);
		expect(view.total).toBe(3);
		expect(view.buckets.at(-1)).toMatchObject({ key: '2027-01-05', cards: 3 });
	});

	it('gives the next 3 months as 13 weeks counted from today', () => {
		const view = forecastView(year({ 0: 1, 6: 2, 7: 5, 90: 1, 91: 8 }), '3-months');
		expect(view.buckets).toHaveLength(13);
		expect(view.buckets[0]).toEqual({
			key: '2026-12-07',
			firstDay: today,
			lastDay: today + 6,
			cards: 3
		});
		expect(view.buckets[1]).toMatchObject({ key: '2026-12-14', cards: 5 });
		expect(view.buckets.at(-1)).toMatchObject({ lastDay: today + 90, cards: 1 });
		expect(view.total).toBe(9);
		expect(view.nextAfter).toBe(today + 91);
	});

	it('gives the next 12 months by calendar month, this one from today', () => {
		const view = forecastView(year({ 0: 1, 24: 2, 25: 3, 358: 4, 359: 6 }), '12-months');
		expect(view.buckets.map((b) => b.key)).toEqual([
			'2026-12-07',
			...['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11'].map(
				(m) => `2027-${m}-01`
			)
		]);
		// December from the 7th to the 31st; January 2027 from the 1st
		expect(view.buckets[0]).toMatchObject({ lastDay: today + 24, cards: 3 });
		expect(view.buckets[1]).toMatchObject({ cards: 3 });
		// the range ends on 30 November 2027, day 358; day 359 is 1 December
		expect(dateOf(view.lastDay)).toBe('2027-11-30');
		expect(view.buckets.at(-1)).toMatchObject({ cards: 4 });
		expect(view.total).toBe(10);
		expect(view.nextAfter).toBe(today + 359);
	});

	it('needs at most the horizon: twelve months from 1 January of a leap year', () => {
		const first = Date.UTC(2028, 0, 1) / 86_400_000;
		const counts = new Array<number>(forecastHorizonDays).fill(1);
		const view = forecastView(forecastDays(counts, first), '12-months');
		expect(view.total).toBe(366);
		expect(dateOf(view.lastDay)).toBe('2028-12-31');
		expect(view.buckets).toHaveLength(12);
	});

	it('cuts a range at the end of a shorter forecast, and says nothing of what comes later when nothing does', () => {
		const view = forecastView(forecastDays([0, 2, 0], today), '3-months');
		expect(view.buckets).toEqual([
			{ key: '2026-12-07', firstDay: today, lastDay: today + 2, cards: 2 }
		]);
		expect(view).toMatchObject({ total: 2, today: 0, tomorrow: 2 });
		expect(view.nextAfter).toBeUndefined();
	});

	it('is empty for an empty forecast', () => {
		const view = forecastView([], '14-days');
		expect(view).toMatchObject({ buckets: [], total: 0, perDay: 0 });
	});
});
