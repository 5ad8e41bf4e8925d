// The one definition of a study day, used by scheduling (daily limits, "forgotten today"), by the
// statistics (streaks, the heatmap, the forecast) and by quiz history ("today", "yesterday"): a day
// begins at 04:00 local time, as Anki's "next day starts at", so a review at 1 a.m. still counts for
// the evening before. Nothing here reads the clock; the time zone comes in as a UTC offset or from
// the environment's local time.

export const dayMs = 24 * 60 * 60 * 1000;
const hourMs = 60 * 60 * 1000;

/**
 * the hour the learner's day turns over, in local time: Anki's default "next day starts at"
 * @default 4
 */
export const defaultRolloverHour = 4;

/**
 * The start of the learner's day that `now` falls in: today at the rollover hour (local time), or
 * yesterday's when it is earlier than that. Uses the time zone of the environment it runs in (the
 * learner's browser), daylight saving included.
 *
 * @example
 * learnerDayStart(new Date(2025, 2, 10, 9, 30)); // 10 March 2025, 04:00 local time
 * learnerDayStart(new Date(2025, 2, 10, 1, 0)); // 9 March 2025, 04:00 local time
 */
export function learnerDayStart(now: Date, rolloverHour: number = defaultRolloverHour): Date {
	if (Number.isNaN(now.getTime())) throw new RangeError('learnerDayStart needs a valid date');
	if (!Number.isInteger(rolloverHour) || rolloverHour < 0 || rolloverHour > 23) {
		throw new RangeError(`the rollover hour is a whole hour from 0 to 23, not ${rolloverHour}`);
	}
	const start = new Date(now.getFullYear(), now.getMonth(), now.getDate(), rolloverHour);
	if (start.getTime() > now.getTime()) {
		// the day before, at the same local hour (setDate handles month ends and DST)
		start.setDate(start.getDate() - 1);
		start.setHours(rolloverHour, 0, 0, 0);
	}
	return start;
}

/**
 * The start of the learner day `days` after the one that starts at `dayStart`: the same local
 * hour on the later date, so a day with a change of the clocks has 23 or 25 hours.
 *
 * @example
 * laterDayStart(new Date(2025, 2, 8, 4), 1) // 9 March 2025, 04:00 local time (23 hours later in New York)
 */
export function laterDayStart(dayStart: Date, days: number): Date {
	const start = new Date(dayStart.getTime());
	start.setDate(start.getDate() + days);
	return start;
}

/**
 * The learner's offset from UTC in minutes (60 for UTC+1): one for every instant, or a function
 * giving each instant's own, so that work done before a change of the clocks keeps its study day
 * after it (`localOffsetAt`).
 */
export type UtcOffset = number | ((ms: number) => number);

const offsetAt = (offset: UtcOffset, ms: number): number =>
	typeof offset === 'number' ? offset : offset(ms);

/**
 * An instant as a clock whose UTC dates are the learner's study days: shifted by their offset at
 * that instant and back by the rollover hour, so that a library counting days between UTC dates
 * (ts-fsrs) counts study days. `fromStudyTime` turns it back.
 *
 * @example
 * new Date(toStudyTime(Date.parse('2025-03-10T23:30:00Z'), 60)).toISOString() // '2025-03-10T20:30:00.000Z': 10 March's study day
 */
export function toStudyTime(
	ms: number,
	utcOffsetMinutes: UtcOffset,
	rolloverHour: number = defaultRolloverHour
): number {
	return ms + offsetAt(utcOffsetMinutes, ms) * 60_000 - rolloverHour * hourMs;
}

/** the instant a time of toStudyTime's clock stands for */
export function fromStudyTime(
	studyMs: number,
	utcOffsetMinutes: UtcOffset,
	rolloverHour: number = defaultRolloverHour
): number {
	const local = studyMs + rolloverHour * hourMs;
	// the offset of the instant itself, as in startOfDay
	const guess = local - offsetAt(utcOffsetMinutes, local) * 60_000;
	return local - offsetAt(utcOffsetMinutes, guess) * 60_000;
}

/**
 * The learner's study day of an instant, as a whole number (days since 1970-01-01, counted from
 * 04:00 in their time zone), so streaks and the heatmap are integer arithmetic.
 *
 * @example
 * dayNumber(Date.parse('2025-03-10T12:00:00Z'), 60) // 20157: 10 March
 * dayNumber(Date.parse('2025-03-10T23:30:00Z'), 60) // 20157: 00:30 on 11 March, still 10 March's study day
 */
export function dayNumber(
	ms: number,
	utcOffsetMinutes: UtcOffset,
	rolloverHour: number = defaultRolloverHour
): number {
	return Math.floor((ms + offsetAt(utcOffsetMinutes, ms) * 60_000 - rolloverHour * hourMs) / dayMs);
}

/** the instant the learner's study day `day` begins */
export function startOfDay(
	day: number,
	utcOffsetMinutes: UtcOffset,
	rolloverHour: number = defaultRolloverHour
): Date {
	const local = day * dayMs + rolloverHour * hourMs;
	// the offset of the instant itself: looked up at a first guess, which is off by a change of
	// the clocks at most, then at the instant that guess gives
	const guess = local - offsetAt(utcOffsetMinutes, local) * 60_000;
	return new Date(local - offsetAt(utcOffsetMinutes, guess) * 60_000);
}

/**
 * A study day as the date it is named by, YYYY-MM-DD.
 *
 * @example
 * dateOf(20157) // '2025-03-10'
 */
export function dateOf(day: number): string {
	return new Date(day * dayMs).toISOString().slice(0, 10);
}

/** Monday 0 … Sunday 6 (1970-01-01, day 0, was a Thursday) */
export function weekdayOf(day: number): number {
	return (((day + 3) % 7) + 7) % 7;
}

/** the UTC offset of the environment's local time at `at`, in minutes (UTC+1 is 60) */
export const localOffsetMinutes = (at: Date): number => -at.getTimezoneOffset();

/** the environment's own offset at each instant, daylight saving included: a UtcOffset */
export const localOffsetAt = (ms: number): number => localOffsetMinutes(new Date(ms));
