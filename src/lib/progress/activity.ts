// study days: when the learner answered or reviewed, streaks, and the calendar heatmap.
import type { AppData } from '../model/schema';
import { isoToMs } from '../srs/time';
import { dateOf, dayNumber, weekdayOf, type UtcOffset } from '../calendar/study-day';
import { monthOf } from '../format/format';

export interface DayActivity {
	/** days since 1970-01-01 in the learner's time zone */
	day: number;
	/** YYYY-MM-DD */
	date: string;
	answers: number;
	reviews: number;
}

/**
 * Quiz answers and flashcard reviews per study day (from 04:00 local, `dayNumber`), oldest first;
 * days without either are left out.
 *
 * @example
 * activityByDay(data, 60) // [{ day: 20157, date: '2025-03-10', answers: 12, reviews: 30 }]
 */
export function activityByDay(
	data: Pick<AppData, 'attempts' | 'reviewLog'>,
	utcOffsetMinutes: UtcOffset
): DayActivity[] {
	const days = new Map<number, DayActivity>();
	const at = (iso: string) => {
		// stored dates are read digit by digit: a year of answers and reviews is 30,000 of them
		const ms = isoToMs(iso);
		if (Number.isNaN(ms)) return undefined;
		const day = dayNumber(ms, utcOffsetMinutes);
		let entry = days.get(day);
		if (!entry) {
			entry = { day, date: dateOf(day), answers: 0, reviews: 0 };
			days.set(day, entry);
		}
		return entry;
	};
	for (const attempt of data.attempts) {
		const entry = at(attempt.answeredAt);
		if (entry) entry.answers++;
	}
	for (const review of data.reviewLog) {
		const entry = at(review.reviewedAt);
		if (entry) entry.reviews++;
	}
	return [...days.values()].sort((a, b) => a.day - b.day);
}

export interface Streaks {
	/** consecutive study days up to today, or up to yesterday when today has none yet */
	current: number;
	longest: number;
}

/**
 * The current and the longest run of consecutive study days.
 *
 * @example
 * streaks([20150, 20151, 20155, 20156], 20157) // { current: 2, longest: 2 }
 */
export function streaks(studyDays: readonly number[], today: number): Streaks {
	const days = [...new Set(studyDays)].sort((a, b) => a - b);
	let longest = 0;
	let run = 0;
	let previous: number | undefined;
	for (const day of days) {
		run = previous !== undefined && day === previous + 1 ? run + 1 : 1;
		longest = Math.max(longest, run);
		previous = day;
	}
	const set = new Set(days);
	let current = 0;
	let day = set.has(today) ? today : today - 1;
	while (set.has(day)) {
		current++;
		day--;
	}
	return { current, longest };
}

export interface HeatmapCell {
	day: number;
	date: string;
	/** column, 0 = the oldest week */
	week: number;
	/** row, Monday 0 … Sunday 6 */
	weekday: number;
	answers: number;
	reviews: number;
	/** 0 none, 1: 1–4, 2: 5–14, 3: 15–29, 4: 30 or more answers and reviews */
	level: 0 | 1 | 2 | 3 | 4;
}

export interface Heatmap {
	weeks: number;
	cells: HeatmapCell[];
	/** the column where each month starts, for labels */
	months: { week: number; label: string }[];
}

/** the least count of each level above 0 */
export const heatmapLevels = [1, 5, 15, 30] as const;

const levelOf = (count: number): HeatmapCell['level'] =>
	count >= 30 ? 4 : count >= 15 ? 3 : count >= 5 ? 2 : count >= 1 ? 1 : 0;

/**
 * The last `weeks` weeks as a calendar grid, Monday to Sunday, ending with the week of `today`
 * (days after today are left out).
 *
 * @example
 * heatmap(activityByDay(data, 0), 20157, 26).cells.length // 176: 25 whole weeks and today's Monday
 */
export function heatmap(activity: readonly DayActivity[], today: number, weeks = 26): Heatmap {
	const byDay = new Map(activity.map((a) => [a.day, a]));
	const firstDay = today - weekdayOf(today) - (weeks - 1) * 7;
	const cells: HeatmapCell[] = [];
	const months: Heatmap['months'] = [];
	for (let week = 0; week < weeks; week++) {
		const monday = firstDay + week * 7;
		if (week === 0 || monthOf(monday) !== monthOf(monday - 7))
			months.push({ week, label: monthOf(monday) });
		for (let weekday = 0; weekday < 7; weekday++) {
			const day = monday + weekday;
			if (day > today) break;
			const entry = byDay.get(day);
			const answers = entry?.answers ?? 0;
			const reviews = entry?.reviews ?? 0;
			cells.push({
				day,
				date: dateOf(day),
				week,
				weekday,
				answers,
				reviews,
				level: levelOf(answers + reviews)
			});
		}
	}
	// a label for the first, partial month would overlap the next one's
	if (months.length > 1 && (months[1]?.week ?? weeks) < 3) months.shift();
	return { weeks, cells, months };
}
