// time arithmetic shared by the srs engine. the clock is never read here: callers pass it in.

export const secondMs = 1000;
export const minuteMs = 60 * secondMs;
export const hourMs = 60 * minuteMs;
export const dayMs = 24 * hourMs;

/** true for the exact shape `Date.prototype.toISOString` writes: `2025-03-10T09:00:00.000Z` */
function isCanonicalIso(iso: string): boolean {
	return (
		iso.length === 24 &&
		iso.charCodeAt(23) === 90 && // Z
		iso.charCodeAt(10) === 84 && // T
		iso.charCodeAt(19) === 46 // .
	);
}

/** the integer written in `iso` from `start` for `length` digits, or -1 when one is not a digit */
function digits(iso: string, start: number, length: number): number {
	let value = 0;
	for (let i = start; i < start + length; i++) {
		const d = iso.charCodeAt(i) - 48;
		if (d < 0 || d > 9) return -1;
		value = value * 10 + d;
	}
	return value;
}

/**
 * Milliseconds since the epoch of a stored ISO date, `NaN` when it is not one.
 *
 * Stored dates come from `toISOString`, so they are read digit by digit (about three times faster
 * than `Date.parse`, which matters across 10,000 cards); any other shape goes through `Date.parse`.
 *
 * @example
 * isoToMs('1970-01-02T00:00:00.000Z'); // 86400000
 */
export function isoToMs(iso: string): number {
	if (!isCanonicalIso(iso)) return Date.parse(iso);
	const year = digits(iso, 0, 4);
	const month = digits(iso, 5, 2);
	const day = digits(iso, 8, 2);
	const hours = digits(iso, 11, 2);
	const minutes = digits(iso, 14, 2);
	const seconds = digits(iso, 17, 2);
	const millis = digits(iso, 20, 3);
	// Date.UTC reads years 0–99 as 1900–1999; leave those (and any odd digit) to Date.parse
	const oddDigit = month < 1 || day < 1 || hours < 0 || minutes < 0 || seconds < 0 || millis < 0;
	if (year < 100 || oddDigit) return Date.parse(iso);
	return Date.UTC(year, month - 1, day, hours, minutes, seconds, millis);
}

/**
 * A test for "at or after `since`" on stored ISO dates that compares strings when it can.
 *
 * Two `toISOString` strings order like the instants they name, so the 100,000 entries of a review
 * log are filtered without parsing one date; other shapes are parsed.
 *
 * @example
 * const sinceMorning = onOrAfter(new Date('2025-03-10T00:00:00.000Z'));
 * sinceMorning('2025-03-10T09:00:00.000Z'); // true
 * sinceMorning('2025-03-10T01:00:00+02:00'); // false (it is 23:00 the day before)
 */
export function onOrAfter(since: Date): (iso: string) => boolean {
	const sinceMs = since.getTime();
	if (Number.isNaN(sinceMs)) throw new RangeError('onOrAfter needs a valid date');
	const sinceIso = since.toISOString();
	if (!isCanonicalIso(sinceIso)) return (iso) => isoToMs(iso) >= sinceMs;
	return (iso) => (isCanonicalIso(iso) ? iso >= sinceIso : Date.parse(iso) >= sinceMs);
}

/** throws a RangeError naming `name` unless `date` is a valid Date */
export function assertValidDate(date: Date, name: string): void {
	if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
		throw new RangeError(`${name} must be a valid Date`);
	}
}
