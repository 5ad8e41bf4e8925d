// A seeded random source, so that a quiz's order can be stored as one number and drawn again
// exactly (a test, a replay, a bug report), while the app still draws a new seed each attempt.

/** the seeds {@link seededRandom} takes: unsigned 32-bit integers */
export const seedRange = 2 ** 32;

/**
 * A source of values in [0, 1) that gives the same sequence for the same seed (mulberry32: small,
 * fast, and good enough to shuffle a quiz).
 *
 * @example
 * const random = seededRandom(42);
 * random() // 0.6011037519201636, the same on every run
 */
export function seededRandom(seed: number): () => number {
	let state = seed | 0;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / seedRange;
	};
}

/**
 * A new seed drawn from any random source (the app passes its own, tests a fixed one).
 *
 * @example
 * newSeed(Math.random) // e.g. 2841730519
 */
export function newSeed(random: () => number): number {
	return Math.min(seedRange - 1, Math.max(0, Math.floor(random() * seedRange)));
}

/**
 * A seed drawn from a text (FNV-1a): the same text gives the same seed on every machine, so what
 * is drawn from it, like the opening question's layout, can be worked out at build time.
 *
 * @example
 * seedOf('addition-paths') === seedOf('addition-paths') // true
 */
export function seedOf(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}
