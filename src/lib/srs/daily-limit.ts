// A daily limit as a learner types it in Settings: a whole number from 0 to the most the settings
// hold. Anything else is refused with the reason, not turned into another number: a blank field
// read as 0 had turned new cards off without a word.

/** the most cards a day either limit may be (the settings' schema holds the same bound) */
export const maxDailyLimit = 9999;
/**
 * it, written out: not by the formatting module, which would bring the chunk it shares with the
 * store into /settings's first load (the spec checks the two agree)
 */
export const maxDailyLimitText = '9,999';

export type DailyLimitInput = { ok: true; value: number } | { ok: false; reason: string };

/**
 * @example
 * dailyLimitOf('35') // { ok: true, value: 35 }
 * dailyLimitOf('') // { ok: false, reason: 'Enter a number of cards, from 0 to 9,999.' }
 * dailyLimitOf('7.5') // { ok: false, reason: 'Enter a whole number of cards, from 0 to 9,999.' }
 * dailyLimitOf('', 20) // { ok: false, reason: 'Enter a number of cards, from 0 to 9,999. It stays at 20.' }
 */
export function dailyLimitOf(text: string, stays?: number): DailyLimitInput {
	const typed = limitOf(text);
	return typed.ok || stays === undefined
		? typed
		: { ok: false, reason: `${typed.reason} It stays at ${stays}.` };
}

function limitOf(text: string): DailyLimitInput {
	const range = `from 0 to ${maxDailyLimitText}`;
	const trimmed = text.trim();
	if (trimmed === '') return { ok: false, reason: `Enter a number of cards, ${range}.` };
	const value = Number(trimmed);
	if (!Number.isFinite(value)) return { ok: false, reason: `Enter a number of cards, ${range}.` };
	if (!Number.isInteger(value))
		return { ok: false, reason: `Enter a whole number of cards, ${range}.` };
	if (value < 0 || value > maxDailyLimit)
		return { ok: false, reason: `${trimmed} is out of range: enter a number ${range}.` };
	return { ok: true, value };
}
