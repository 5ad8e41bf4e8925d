// The one module that writes numbers, durations and dates for people: plurals, percentages,
// durations, waits, dates in the learner's local time. The same in every locale where a test
// needs it to be, and never reads the clock ("now" comes in).
import {
	dayMs,
	dayNumber,
	laterDayStart,
	localOffsetMinutes,
	type UtcOffset
} from '../calendar/study-day';

/**
 * A number as English writes it: "1,200", "1.5". Written out rather than with toLocaleString,
 * because a page's first use of Intl loads its locale data, one task of 13–27 ms in Chromium
 * (4 times that on a slow phone), and counts are on the first screen of every page.
 *
 * @example
 * formatCount(1_234_567) // '1,234,567'
 * formatCount(2.25) // '2.25'
 */
export function formatCount(count: number): string {
	if (!Number.isFinite(count)) return String(count);
	// toLocaleString('en') shows at most 3 decimals
	const rounded = Math.round(Math.abs(count) * 1000) / 1000;
	const [whole = '', fraction] = String(rounded).split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
	return `${count < 0 && rounded !== 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/**
 * "1 card", "1,200 answers".
 *
 * @example
 * plural(1, 'review') // '1 review'
 * plural(2, 'quiz', 'quizzes') // '2 quizzes'
 */
export const plural = (count: number, noun: string, nouns = `${noun}s`): string =>
	`${formatCount(count)} ${count === 1 ? noun : nouns}`;

/**
 * An id from outside (a stored record, an address), as text of a readable length: at most 40
 * characters, the rest cut with an ellipsis.
 *
 * @example
 * shortenedId('x'.repeat(100)).length // 40: 39 of its characters and '…'
 */
export const shortenedId = (id: string): string => (id.length > 40 ? `${id.slice(0, 39)}…` : id);

/** {@link shortenedId} in curly quotes, for messages: 'no question “q-99” in this app' */
export const quotedId = (id: string): string => `“${shortenedId(id)}”`;

/**
 * Text in quotation marks, the marks it holds turned to single ones, as a quote within a quote is
 * (straight double marks too, where they open and close a quote: an inch mark is left as it is).
 *
 * @example
 * quoted('How does the model add?') // '“How does the model add?”'
 * quoted('The episode says “it plans.” Why?') // '“The episode says ‘it plans.’ Why?”'
 * quoted('Why is "rabbit" planned?') // '“Why is ‘rabbit’ planned?”'
 */
export const quoted = (text: string): string =>
	`“${text
		.replaceAll('“', '‘')
		.replaceAll('”', '’')
		.replace(/(^|[\s([—–-])"([^"]*)"/g, '$1‘$2’')}”`;

/**
 * A share as a whole percentage.
 *
 * @example
 * percent(2 / 3) // '67%'
 */
export const percent = (share: number): string => `${Math.round(share * 100)}%`;

/**
 * A score as a whole percentage, or a dash for an empty quiz.
 *
 * @example
 * scorePercent(7, 10) // '70%'
 */
export const scorePercent = (correct: number, total: number): string =>
	total === 0 ? '–' : percent(correct / total);

/**
 * Time spent: "45 s", "2 min 5 s", "1 h 3 min".
 *
 * @example
 * formatDuration(125_000); // '2 min 5 s'
 */
export function formatDuration(ms: number): string {
	const seconds = Math.max(0, Math.round(ms / 1000));
	if (seconds < 60) return `${seconds} s`;
	const minutes = Math.floor(seconds / 60);
	if (minutes < 60)
		return seconds % 60 === 0 ? `${minutes} min` : `${minutes} min ${seconds % 60} s`;
	const hours = Math.floor(minutes / 60);
	return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}

/**
 * A wait or an interval in words, rounded to its largest unit: "10 minutes", "4 days", "1.2 years".
 *
 * @example
 * describeWait(600_000); // '10 minutes'
 */
export function describeWait(ms: number): string {
	const minutes = Math.max(1, Math.round(ms / 60_000));
	if (minutes < 60) return plural(minutes, 'minute');
	const hours = Math.round(minutes / 60);
	if (hours < 24) return plural(hours, 'hour');
	const days = Math.round(hours / 24);
	if (days < 31) return plural(days, 'day');
	if (days < 365) return plural(Math.round(days / 30.4), 'month');
	const years = Math.round((days / 365) * 10) / 10;
	return plural(years, 'year');
}

/** the learner's study day of an instant, at that instant's own UTC offset (daylight saving) */
const studyDayOf = (ms: number): number => dayNumber(ms, localOffsetMinutes(new Date(ms)));

/**
 * A wait of a day or more as the study days it spans ("in 2 days" from Saturday 23:30 to Monday
 * 04:00, the day after tomorrow, where its 28.5 hours round to 1), up to a month; shorter waits
 * and longer ones as describeWait says them.
 */
function waitInDays(fromMs: number, toMs: number): string {
	const days = studyDayOf(toMs) - studyDayOf(fromMs);
	return days >= 1 && days < 31 ? plural(days, 'day') : describeWait(toMs - fromMs);
}

/**
 * When something is due, from `now`: "in 10 minutes", "in 4 days" (study days, from 04:00 to
 * 04:00), "now" when it fell due less than a day ago, "overdue by 3 days" when more (a card not
 * reviewed on its day).
 *
 * @example
 * dueIn('2025-03-10T09:10:00.000Z', new Date('2025-03-10T09:00:00.000Z')); // 'in 10 minutes'
 * dueIn('2025-03-07T09:00:00.000Z', new Date('2025-03-10T09:00:00.000Z')); // 'overdue by 3 days'
 */
export function dueIn(iso: string, now: Date): string {
	const dueMs = Date.parse(iso);
	const ms = dueMs - now.getTime();
	if (Number.isNaN(ms)) return '';
	// "a day" is to the same local time on the next date: 23 or 25 hours when the clocks change
	if (ms > 0) {
		const withinADay = dueMs < laterDayStart(now, 1).getTime();
		return `in ${withinADay ? describeWait(ms) : waitInDays(now.getTime(), dueMs)}`;
	}
	const dueADayAgo = now.getTime() >= laterDayStart(new Date(dueMs), 1).getTime();
	return dueADayAgo ? `overdue by ${waitInDays(dueMs, now.getTime())}` : 'now';
}

export interface DateFormatOptions {
	/** @default the browser's */
	locale?: string;
	/** @default the browser's */
	timeZone?: string;
}

export interface MomentFormatOptions extends DateFormatOptions {
	/** the present: a moment in another year than it says its year */
	now?: Date;
	/**
	 * the time of day too
	 * @default true
	 */
	time?: boolean;
}

/**
 * A moment for people: "Tuesday 11 March, 09:00" in the learner's locale and time zone, and
 * "Thursday 14 October 2027, 04:00" when it is not in the year of `now` (a card due in two years,
 * a quiz taken last year: without it, October 14 read as the coming one).
 *
 * @example
 * formatDate('2025-03-11T09:00:00.000Z', { locale: 'en-GB', timeZone: 'UTC' }); // 'Tuesday 11 March, 09:00'
 * formatDate('2027-10-14T04:00:00.000Z', { locale: 'en-GB', timeZone: 'UTC', now }); // 'Thursday 14 October 2027, 04:00'
 * formatDate('2025-03-11T09:00:00.000Z', { locale: 'en-GB', timeZone: 'UTC', time: false }); // 'Tuesday 11 March'
 */
export function formatDate(iso: string, options: MomentFormatOptions = {}): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	const { locale, timeZone, now, time = true } = options;
	// in the browser's own zone, the Date's year; one formatter a call, as /cards dates each card
	const yearOf = (moment: Date) =>
		timeZone === undefined
			? String(moment.getFullYear())
			: new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone }).format(moment);
	const otherYear = now !== undefined && yearOf(date) !== yearOf(now);
	return new Intl.DateTimeFormat(locale, {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		...(otherYear ? { year: 'numeric' } : {}),
		...(time ? { hour: '2-digit', minute: '2-digit' } : {}),
		timeZone
	}).format(date);
}

/**
 * A moment with its year, for records that may be old (a backup, a snapshot): "27 March 2026,
 * 09:00" in the learner's locale and time zone.
 *
 * @example
 * formatDateTime('2026-03-27T09:00:00.000Z', { locale: 'en-GB', timeZone: 'UTC' }); // '27 March 2026 at 09:00'
 */
export function formatDateTime(
	iso: string,
	options: DateFormatOptions & {
		/** the seconds too: two records of one minute, told apart */
		seconds?: boolean;
	} = {}
): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	return new Intl.DateTimeFormat(options.locale, {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		...(options.seconds ? { second: '2-digit' } : {}),
		timeZone: options.timeZone
	}).format(date);
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

/** "Mar" for a study day in March */
export function monthOf(day: number): string {
	return monthNames[new Date(day * dayMs).getUTCMonth()] ?? '';
}

/** a study day as "10 Mar", for labels of a chart whose dates are all recent */
export function dayAndMonth(day: number): string {
	return `${new Date(day * dayMs).getUTCDate()} ${monthOf(day)}`;
}

/** a study day as "10 Mar 2025", the same in every locale and in tests */
export function shortDate(day: number): string {
	const date = new Date(day * dayMs);
	return `${date.getUTCDate()} ${monthOf(day)} ${date.getUTCFullYear()}`;
}

/**
 * The study days from `first` to `last`, as short as stays clear.
 *
 * @example
 * dayRange(20157, 20163) // '10–16 Mar 2025'
 * dayRange(20146, 20157) // '27 Feb – 10 Mar 2025'
 * dayRange(20155, 20155) // '8 Mar 2025'
 */
export function dayRange(first: number, last: number): string {
	if (first === last) return shortDate(first);
	const [from, to] = [new Date(first * dayMs), new Date(last * dayMs)];
	if (from.getUTCFullYear() !== to.getUTCFullYear())
		return `${shortDate(first)} – ${shortDate(last)}`;
	if (from.getUTCMonth() !== to.getUTCMonth()) return `${dayAndMonth(first)} – ${shortDate(last)}`;
	return `${from.getUTCDate()}–${shortDate(last)}`;
}

/**
 * An ISO instant as the learner's study day, "10 Mar 2025".
 *
 * @example
 * dateOfIso('2025-03-10T23:30:00.000Z', 60) // '10 Mar 2025' (00:30 the next morning)
 */
export const dateOfIso = (iso: string, utcOffsetMinutes: UtcOffset): string =>
	shortDate(dayNumber(Date.parse(iso), utcOffsetMinutes));

/**
 * When something was done, relative to `now` for the last week ("today", "yesterday", "3 days
 * ago", by study day in the environment's local time), else as a date.
 *
 * @example
 * formatTakenAt(new Date(2025, 2, 1, 9).toISOString(), new Date(2025, 2, 1, 18)) // 'today'
 */
export function formatTakenAt(iso: string, now: Date): string {
	const then = new Date(iso);
	if (Number.isNaN(then.getTime())) return '';
	const days =
		dayNumber(now.getTime(), localOffsetMinutes(now)) -
		dayNumber(then.getTime(), localOffsetMinutes(then));
	if (days <= 0) return 'today';
	if (days === 1) return 'yesterday';
	if (days < 7) return `${days} days ago`;
	return shortDate(dayNumber(then.getTime(), localOffsetMinutes(then)));
}

/**
 * A size in bytes, as a person reads it: "512 bytes", "1.2 MB", "58 GB" (powers of 1,000).
 *
 * @example
 * formatBytes(1_234_567) // '1.2 MB'
 */
export function formatBytes(bytes: number): string {
	const units = ['KB', 'MB', 'GB', 'TB'];
	if (bytes < 1000) return plural(Math.round(bytes), 'byte');
	let value = bytes;
	let unit = 'bytes';
	for (const next of units) {
		if (value < 1000) break;
		value /= 1000;
		unit = next;
	}
	return `${value < 10 ? value.toFixed(1) : formatCount(Math.round(value))} ${unit}`;
}
