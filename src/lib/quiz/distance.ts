/**
 * The number of single-character edits (insertion, deletion, substitution, or swapping two
 * neighbouring characters) that turn `a` into `b`: the optimal string alignment distance. Works
 * on code points, so an emoji or an astral letter counts once.
 *
 * @example
 * editDistance('transcoder', 'transocder') // 1, a transposition
 * editDistance('habit', 'rabbit') // 2
 */
export function editDistance(a: string, b: string): number {
	const s = [...a];
	const t = [...b];
	// three rolling rows: the one before last is needed for transpositions
	let before: number[] = [];
	let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
	for (let i = 1; i <= s.length; i++) {
		const current = [i];
		for (let j = 1; j <= t.length; j++) {
			const cost = s[i - 1] === t[j - 1] ? 0 : 1;
			let best = Math.min(
				(previous[j] as number) + 1,
				(current[j - 1] as number) + 1,
				(previous[j - 1] as number) + cost
			);
			if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
				best = Math.min(best, (before[j - 2] as number) + 1);
			}
			current[j] = best;
		}
		before = previous;
		previous = current;
	}
	return previous[t.length] as number;
}
