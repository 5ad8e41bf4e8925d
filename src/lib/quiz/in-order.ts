// Which items of a wrongly ordered list are already in the right order among themselves, so the
// feedback can name the few to move rather than every item off its exact place: one item moved
// to the top of four shifts the other three, which scored "1 of 4 in place" (tester N7).

/**
 * For each place of a learner's order, whether it holds one of a longest run of items in the
 * right order relative to each other (a longest increasing subsequence of their right places);
 * among runs as long, one keeping the most items in their exact place. Moving the other items
 * alone puts the list right. A rank below 0 (no item, or one the question lacks) is never in it.
 *
 * @example
 * longestInOrder([3, 0, 1, 2]) // [false, true, true, true]: move the first item to the end
 */
export function longestInOrder(ranks: readonly number[]): boolean[] {
	// for the best run ending at each place: its length, how many of it are in place, the place before
	const runs: { length: number; exact: number; before: number }[] = [];
	let end = -1;
	const better = (a: { length: number; exact: number }, b?: { length: number; exact: number }) =>
		!b || a.length > b.length || (a.length === b.length && a.exact > b.exact);
	for (const [i, rank] of ranks.entries()) {
		const exact = rank === i ? 1 : 0;
		let run = { length: rank < 0 ? 0 : 1, exact, before: -1 };
		if (rank >= 0) {
			for (let j = 0; j < i; j++) {
				const earlier = runs[j];
				const earlierRank = ranks[j] ?? -1;
				if (!earlier || earlierRank < 0 || earlierRank >= rank) continue;
				const longer = { length: earlier.length + 1, exact: earlier.exact + exact, before: j };
				if (better(longer, run)) run = longer;
			}
		}
		runs.push(run);
		if (run.length > 0 && better(run, end < 0 ? undefined : runs[end])) end = i;
	}
	const kept = ranks.map(() => false);
	for (let i = end; i >= 0; i = runs[i]?.before ?? -1) kept[i] = true;
	return kept;
}
