// times and counts in words, for the review pages and their announcements.

/** "1 card", "3 cards" */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
	return `${count} ${count === 1 ? noun : nouns}`;
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

/**
 * Time spent, for the session summary: "45 s", "2 min 5 s", "1 h 3 min".
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

export interface DateFormatOptions {
	/** @default the browser's */
	locale?: string;
	/** @default the browser's */
	timeZone?: string;
}

/**
 * A due date for people: "Tuesday 11 March, 09:00" in the learner's locale and time zone.
 *
 * @example
 * formatDate('2025-03-11T09:00:00.000Z', { locale: 'en-GB', timeZone: 'UTC' }); // 'Tuesday 11 March, 09:00'
 */
export function formatDate(iso: string, options: DateFormatOptions = {}): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	return new Intl.DateTimeFormat(options.locale, {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		hour: '2-digit',
		minute: '2-digit',
		timeZone: options.timeZone
	}).format(date);
}

/**
 * When something is due, from `now`: "now" when it is already, else "in 4 days".
 *
 * @example
 * dueIn('2025-03-10T09:10:00.000Z', new Date('2025-03-10T09:00:00.000Z')); // 'in 10 minutes'
 */
export function dueIn(iso: string, now: Date): string {
	const ms = Date.parse(iso) - now.getTime();
	if (Number.isNaN(ms)) return '';
	return ms <= 0 ? 'now' : `in ${describeWait(ms)}`;
}
