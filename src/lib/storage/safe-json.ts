/** the largest text read as a saved state or a backup: 5 MB */
export const maxJsonLength = 5 * 1024 * 1024;
const maxDepth = 64;

export type SafeJsonResult = { ok: true; value: unknown } | { ok: false; reason: string };

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

function depthOf(value: unknown, depth: number): number {
	if (depth > maxDepth || value === null || typeof value !== 'object') return depth;
	let deepest = depth;
	for (const child of Object.values(value)) {
		deepest = Math.max(deepest, depthOf(child, depth + 1));
		if (deepest > maxDepth) break;
	}
	return deepest;
}

/**
 * JSON.parse for text we did not write: capped in size and depth, and with every
 * `__proto__`, `constructor` or `prototype` key dropped, so nothing can reach Object.prototype.
 */
export function safeJsonParse(text: string): SafeJsonResult {
	if (text.length > maxJsonLength) return { ok: false, reason: 'it is larger than 5 MB' };
	let value: unknown;
	try {
		value = JSON.parse(text, (key, v: unknown) => (forbiddenKeys.has(key) ? undefined : v));
	} catch {
		return { ok: false, reason: 'it is not valid JSON' };
	}
	if (depthOf(value, 0) > maxDepth) return { ok: false, reason: 'it is nested too deeply' };
	return { ok: true, value };
}
