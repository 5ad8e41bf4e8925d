// numbers and dates as the progress page writes them, the same in every locale and in tests.
import { dayNumber, shortDate } from './days';

/**
 * A share as a whole percentage.
 *
 * @example
 * percent(2 / 3) // '67%'
 */
export const percent = (share: number): string => `${Math.round(share * 100)}%`;

/**
 * "1 answer", "2 answers".
 *
 * @example
 * plural(1, 'review') // '1 review'
 */
export const plural = (count: number, noun: string, nouns = `${noun}s`): string =>
	`${count.toLocaleString('en')} ${count === 1 ? noun : nouns}`;

/**
 * An ISO instant as the learner's date, "10 Mar 2025".
 *
 * @example
 * dateOfIso('2025-03-10T23:30:00.000Z', 60) // '11 Mar 2025'
 */
export const dateOfIso = (iso: string, utcOffsetMinutes: number): string =>
	shortDate(dayNumber(Date.parse(iso), utcOffsetMinutes));
