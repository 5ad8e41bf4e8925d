// The due forecast over the ranges a learner can choose, as Anki's statistics offer them: the next
// two weeks or month day by day, the next three months by week, the next twelve by month. A
// learner whose intervals have grown past two weeks saw an empty forecast with the 14 days alone.
import { dateOf, dayMs } from '../calendar/study-day';

/** the cards due on one study day; the first day of a forecast includes every overdue card */
export interface ForecastDay {
	/** the study day's number (days since 1970-01-01) */
	day: number;
	/** YYYY-MM-DD */
	date: string;
	cards: number;
}

export type ForecastGrouping = 'day' | 'week' | 'month';

export const forecastRanges = [
	{ id: '14-days', label: '14 days', caption: 'next 14 days', span: 'the next 14 days', by: 'day' },
	{ id: '30-days', label: '30 days', caption: 'next 30 days', span: 'the next 30 days', by: 'day' },
	{
		id: '3-months',
		label: '3 months',
		caption: 'next 3 months, by week',
		span: 'the next 3 months',
		by: 'week'
	},
	{
		id: '12-months',
		label: '12 months',
		caption: 'next 12 months, by month',
		span: 'the next 12 months',
		by: 'month'
	}
] as const satisfies readonly {
	id: string;
	/** the choice's name after "Cards coming back in the next" */
	label: string;
	caption: string;
	span: string;
	by: ForecastGrouping;
}[];

export type ForecastRange = (typeof forecastRanges)[number];
export type ForecastRangeId = ForecastRange['id'];

/** the longest forecast a range needs: twelve calendar months from 1 January of a leap year */
export const forecastHorizonDays = 366;

/** one column of the chart: a day, a week from the range's first day, or a calendar month */
export interface ForecastBucket {
	/** its first day's date, YYYY-MM-DD */
	key: string;
	firstDay: number;
	lastDay: number;
	cards: number;
}

export interface ForecastView {
	range: ForecastRange;
	buckets: ForecastBucket[];
	firstDay: number;
	lastDay: number;
	total: number;
	today: number;
	tomorrow: number;
	/** cards a day over the range, on average */
	perDay: number;
	/** the first day after the range on which a card comes back, when the forecast has one */
	nextAfter?: number;
}

/** the last day of the calendar month `months` after the one `day` is in */
function endOfMonthAfter(day: number, months: number): number {
	const date = new Date(day * dayMs);
	// day 0 of the month after: the last day of the month wanted
	return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months + 1, 0) / dayMs;
}

/** how many days of the forecast a range covers, from its first day */
function rangeDays(range: ForecastRange, firstDay: number): number {
	switch (range.id) {
		case '14-days':
			return 14;
		case '30-days':
			return 30;
		case '3-months':
			return 13 * 7;
		case '12-months':
			return endOfMonthAfter(firstDay, 11) - firstDay + 1;
	}
}

function bucketKey(day: ForecastDay, index: number, by: ForecastGrouping): string {
	if (by === 'day') return day.date;
	if (by === 'month') return day.date.slice(0, 7);
	return String(Math.floor(index / 7));
}

/**
 * The forecast over one range, in the columns its chart draws. Days past the end of `forecast`
 * are not invented: a range longer than the forecast is cut at its end.
 *
 * @example
 * forecastView(report.forecast, '3-months').buckets.length // 13 weeks
 */
export function forecastView(
	forecast: readonly ForecastDay[],
	rangeId: ForecastRangeId
): ForecastView {
	const range = forecastRanges.find((r) => r.id === rangeId) ?? forecastRanges[0];
	const firstDay = forecast[0]?.day ?? 0;
	const inRange = forecast.slice(0, rangeDays(range, firstDay));
	const buckets: ForecastBucket[] = [];
	let lastKey: string | undefined;
	for (const [index, day] of inRange.entries()) {
		const key = bucketKey(day, index, range.by);
		const bucket = buckets.at(-1);
		if (bucket && key === lastKey) {
			bucket.lastDay = day.day;
			bucket.cards += day.cards;
		} else {
			buckets.push({ key: day.date, firstDay: day.day, lastDay: day.day, cards: day.cards });
			lastKey = key;
		}
	}
	const total = inRange.reduce((sum, d) => sum + d.cards, 0);
	const later = forecast.slice(inRange.length).find((d) => d.cards > 0);
	return {
		range,
		buckets,
		firstDay,
		lastDay: inRange.at(-1)?.day ?? firstDay,
		total,
		today: inRange[0]?.cards ?? 0,
		tomorrow: inRange[1]?.cards ?? 0,
		perDay: inRange.length > 0 ? total / inRange.length : 0,
		...(later ? { nextAfter: later.day } : {})
	};
}

/**
 * The forecast's days from a list of counts, the first of them `firstDay`.
 *
 * @example
 * forecastDays([3, 0, 1], 20157) // [{ day: 20157, date: '2025-03-10', cards: 3 }, …]
 */
export const forecastDays = (counts: readonly number[], firstDay: number): ForecastDay[] =>
	counts.map((cards, i) => ({ day: firstDay + i, date: dateOf(firstDay + i), cards }));
