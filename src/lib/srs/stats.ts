// figures for the progress page, derived from stored cards and the review log.
import type { CardState, ReviewLogEntry } from '../model/schema';
import { assertValidDate, dayMs, isoToMs } from './time';
import { dayNumber, type UtcOffset } from '../calendar/study-day';

/**
 * How many cards fall due on each of the next `days` days: index 0 is `now` to `now` + 24 h and
 * includes every overdue card, index 1 the 24 h after, and so on. Given the learner's UTC offset,
 * the days are their study days instead (04:00 to 04:00 local, 23 or 25 hours when the clocks
 * change, as the review queue counts them), index 0 the one `now` falls in. New and suspended
 * cards are not counted.
 *
 * @example
 * dueForecast(data.cards, now, 7, localOffsetAt); // [12, 4, 0, 9, 3, 0, 1]
 */
export function dueForecast(
	states: readonly CardState[],
	now: Date,
	days = 14,
	utcOffsetMinutes?: UtcOffset
): number[] {
	assertValidDate(now, 'now');
	if (!Number.isInteger(days) || days < 0) {
		throw new RangeError(`days must be a whole number, not ${days}`);
	}
	const counts = new Array<number>(days).fill(0);
	const nowMs = now.getTime();
	const dayOf = (ms: number): number =>
		utcOffsetMinutes === undefined
			? Math.floor((ms - nowMs) / dayMs)
			: dayNumber(ms, utcOffsetMinutes) - dayNumber(nowMs, utcOffsetMinutes);
	for (const state of states) {
		if (state.suspended || state.state === 0) continue;
		// a buried card comes back when its bury ends, if it was due before
		const dueMs = Math.max(isoToMs(state.due), isoToMs(state.buriedUntil ?? state.due));
		if (Number.isNaN(dueMs)) continue;
		const day = Math.max(0, dayOf(dueMs));
		if (day < days) counts[day] = (counts[day] ?? 0) + 1;
	}
	return counts;
}

export interface WeekRetention {
	/** ISO 8601 week, e.g. "2025-W11" */
	week: string;
	/** the Monday that starts it, "2025-03-10" */
	weekStart: string;
	/** reviews of cards in the review state */
	reviews: number;
	/** of those, the ones not graded Again */
	passed: number;
	/** passed / reviews */
	retention: number;
}

export interface RetentionOptions {
	/**
	 * the learner's offset from UTC in minutes (e.g. 60 for UTC+1), or each instant's own, so weeks
	 * turn where their study days do: at 04:00 on Monday, local time
	 * @default 0
	 */
	utcOffsetMinutes?: UtcOffset;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** the day number (days since 1970-01-01) of the Monday starting the week of study day `day` */
function mondayOf(day: number): number {
	// 1970-01-01 was a Thursday; weekday counts from Monday = 0
	const weekday = (((day + 3) % 7) + 7) % 7;
	return day - weekday;
}

/** the ISO 8601 name of the week starting on day number `monday` */
function isoWeek(monday: number): { week: string; weekStart: string } {
	const start = new Date(monday * dayMs);
	// the week belongs to the year of its Thursday; week 1 holds that year's first Thursday
	const thursday = new Date((monday + 3) * dayMs);
	const year = thursday.getUTCFullYear();
	const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / dayMs / 7) + 1;
	return {
		week: `${pad(year, 4)}-W${pad(week)}`,
		weekStart: start.toISOString().slice(0, 10)
	};
}

/**
 * True retention per ISO week, oldest first: of the reviews of cards that were in the review
 * state (not new, not (re)learning), the share not graded Again, as in Anki's True Retention table.
 * Weeks without such reviews are left out.
 *
 * @example
 * trueRetentionByWeek(data.reviewLog, { utcOffsetMinutes: 60 });
 * // [{ week: '2025-W11', weekStart: '2025-03-10', reviews: 40, passed: 36, retention: 0.9 }]
 */
export function trueRetentionByWeek(
	reviewLog: readonly ReviewLogEntry[],
	options: RetentionOptions = {}
): WeekRetention[] {
	const offset = options.utcOffsetMinutes ?? 0;
	const byMonday = new Map<number, { reviews: number; passed: number }>();
	for (const entry of reviewLog) {
		if (entry.state !== 2) continue;
		const reviewedMs = isoToMs(entry.reviewedAt);
		if (Number.isNaN(reviewedMs)) continue;
		const monday = mondayOf(dayNumber(reviewedMs, offset));
		let tally = byMonday.get(monday);
		if (tally === undefined) {
			tally = { reviews: 0, passed: 0 };
			byMonday.set(monday, tally);
		}
		tally.reviews++;
		if (entry.rating !== 1) tally.passed++;
	}
	return [...byMonday.entries()]
		.sort(([a], [b]) => a - b)
		.map(([monday, { reviews, passed }]) => ({
			...isoWeek(monday),
			reviews,
			passed,
			retention: passed / reviews
		}));
}
