/** lapses at which Anki first calls a card a leech (its default "leech threshold") */
export const leechThreshold = 8;

/**
 * Whether a grade that took a card from `lapsesBefore` to `lapsesAfter` lapses makes it a leech.
 *
 * As in Anki (`leech_threshold_met` in rslib/src/scheduler/states/review.rs): at the threshold,
 * then again every half threshold after it (8, 12, 16, …), so a leech the learner unsuspended
 * is caught again if it keeps lapsing. Only a new lapse can trigger it.
 *
 * @example
 * isLeechLapse(7, 8); // true
 * isLeechLapse(8, 8); // false: no new lapse (a relearning card graded Again)
 * isLeechLapse(11, 12); // true
 */
export function isLeechLapse(
	lapsesBefore: number,
	lapsesAfter: number,
	threshold: number = leechThreshold
): boolean {
	if (threshold <= 0 || lapsesAfter <= lapsesBefore || lapsesAfter < threshold) return false;
	const halfThreshold = Math.max(1, Math.ceil(threshold / 2));
	return (lapsesAfter - threshold) % halfThreshold === 0;
}
