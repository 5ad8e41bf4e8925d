// calendar days in the learner's time zone, as whole numbers, so streaks and the heatmap are
// integer arithmetic. The offset is a parameter: nothing here reads the clock.

export const dayMs = 24 * 60 * 60 * 1000;

/**
 * The learner's calendar day of an instant, as days since 1970-01-01 in their time zone.
 *
 * @example
 * dayNumber(Date.parse('2025-03-10T23:30:00Z'), 60) // 20158 (11 March in UTC+1)
 */
export function dayNumber(ms: number, utcOffsetMinutes: number): number {
	return Math.floor((ms + utcOffsetMinutes * 60_000) / dayMs);
}

/**
 * A day number as a date, YYYY-MM-DD.
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

/** the instant the learner's day `day` begins */
export function startOfDay(day: number, utcOffsetMinutes: number): Date {
	return new Date(day * dayMs - utcOffsetMinutes * 60_000);
}

const monthNames = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'May',
	'Jun',
	'Jul',
	'Aug',
	'Sep',
	'Oct',
	'Nov',
	'Dec'
];

/** "Mar" for a day in March */
export function monthOf(day: number): string {
	return monthNames[new Date(day * dayMs).getUTCMonth()] ?? '';
}

/** "10 Mar 2025", the same in every locale and in tests */
export function shortDate(day: number): string {
	const date = new Date(day * dayMs);
	return `${date.getUTCDate()} ${monthOf(day)} ${date.getUTCFullYear()}`;
}
