/** the largest text read as a saved state or a backup: 5 MB */
export const maxJsonLength = 5 * 1024 * 1024;
const maxDepth = 64;
/** the longest list a saved state may hold (the review log's own limit); longer ones are refused while parsing */
export const maxArrayLength = 500_000;

export type SafeJsonResult = { ok: true; value: unknown } | { ok: false; reason: string };

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** thrown from the reviver to stop parsing at the first list that is too long */
class ListTooLong extends Error {}

function depthOf(value: unknown, depth: number): number {
	if (depth > maxDepth || value === null || typeof value !== 'object') return depth;
	let deepest = depth;
	for (const child of Object.values(value)) {
		deepest = Math.max(deepest, depthOf(child, depth + 1));
		if (deepest > maxDepth) break;
	}
	return deepest;
}

/** a quick look at the nesting before parsing, so `[[[[…` a million deep never reaches the parser's stack */
function nestsTooDeeply(text: string): boolean {
	let depth = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 92)
				i++; // backslash: skip the escaped character
			else if (c === 34) inString = false;
		} else if (c === 34) inString = true;
		else if (c === 91 || c === 123) {
			if (++depth > maxDepth) return true;
		} else if (c === 93 || c === 125) depth--;
	}
	return false;
}

/**
 * JSON.parse for text we did not write: capped in size, depth and list length, and with every
 * `__proto__`, `constructor` or `prototype` key dropped, so nothing can reach Object.prototype.
 *
 * @example
 * safeJsonParse('{"__proto__":{"x":1},"a":1}') // { ok: true, value: { a: 1 } }
 */
export function safeJsonParse(text: string): SafeJsonResult {
	if (text.length > maxJsonLength) return { ok: false, reason: 'it is larger than 5 MB' };
	if (nestsTooDeeply(text)) return { ok: false, reason: 'it is nested too deeply' };
	let value: unknown;
	try {
		value = JSON.parse(text, (key, v: unknown) => {
			if (forbiddenKeys.has(key)) return undefined;
			if (Array.isArray(v) && v.length > maxArrayLength) throw new ListTooLong();
			return v;
		});
	} catch (error) {
		if (error instanceof ListTooLong)
			return { ok: false, reason: 'it holds a list of more than 500,000 items' };
		return { ok: false, reason: 'it is not valid JSON' };
	}
	// the scan above already bounds nesting; this checks the parsed value as the final word
	if (depthOf(value, 0) > maxDepth) return { ok: false, reason: 'it is nested too deeply' };
	return { ok: true, value };
}
