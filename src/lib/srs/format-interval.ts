import { dayMs, hourMs, minuteMs, secondMs } from './time';

// Anki's units for answer buttons (rslib/src/scheduler/timespan.rs): a month is 365/12 days
const monthMs = 30.417 * dayMs;
const yearMs = 365 * dayMs;

const oneDecimal = (value: number): number => Math.round(value * 10) / 10;

/**
 * The short interval label Anki puts above an answer button.
 *
 * The unit is the largest that fits (s, m, h, d, mo, y); seconds, minutes and days are whole,
 * hours, months and years keep one decimal when it is not zero.
 *
 * @example
 * formatInterval(10 * 60_000); // '10m'
 * formatInterval(4 * 86_400_000); // '4d'
 * formatInterval(91 * 86_400_000); // '3mo'
 * formatInterval(438 * 86_400_000); // '1.2y'
 */
export function formatInterval(ms: number): string {
	if (!Number.isFinite(ms)) throw new RangeError(`not an interval: ${ms}`);
	const size = Math.abs(ms);
	if (size < minuteMs) return `${Math.round(ms / secondMs)}s`;
	if (size < hourMs) return `${Math.round(ms / minuteMs)}m`;
	if (size < dayMs) return `${oneDecimal(ms / hourMs)}h`;
	if (size < monthMs) return `${Math.round(ms / dayMs)}d`;
	if (size < yearMs) return `${oneDecimal(ms / monthMs)}mo`;
	return `${oneDecimal(ms / yearMs)}y`;
}
