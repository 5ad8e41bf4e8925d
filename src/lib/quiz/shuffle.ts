/**
 * A Fisher-Yates shuffle into a new array, driven by the given random source (values in [0, 1)),
 * so a test or a replay can fix the order. The input is left as it was.
 *
 * @example
 * shuffle(['a', 'b', 'c'], () => 0) // ['b', 'c', 'a']
 */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
	const result = [...items];
	for (let i = result.length - 1; i > 0; i--) {
		// a source that returns 1 (or more) must not reach past the end
		const j = Math.min(i, Math.max(0, Math.floor(random() * (i + 1))));
		[result[i], result[j]] = [result[j] as T, result[i] as T];
	}
	return result;
}
