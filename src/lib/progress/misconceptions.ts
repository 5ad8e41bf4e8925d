// the episode's distortions the learner fell for, and whether they have since answered right: the
// rule is the quiz engine's (quiz/repair.ts), which the home page's repair quiz uses too.
import { claimStandings, type ClaimStanding } from '../quiz/repair';
import type { Attempt } from '../model/schema';
import type { MetaClaim } from './meta';

export type MisconceptionStatus = ClaimStanding<MetaClaim>;

export interface MisconceptionReport {
	/** not yet corrected first, then corrected; most recent fall first within each */
	fallenFor: MisconceptionStatus[];
	/** claims answered right with no fall at all */
	seenThrough: number;
	/** the claims some question tests */
	tested: number;
}

/**
 * Which of the episode's distortions the learner's answers repeated, and which they have since
 * answered right: a right answer to any question on the claim (one whose option repeats it, or a
 * fact-check of it) after the last wrong one.
 *
 * @example
 * misconceptions(data.attempts, meta.claims).fallenFor[0]
 * // { claim: { id: 'C07', … }, times: 2, lastFellAt: '…', lastFellOn: 'add-1', correctedAt: '…' }
 */
export function misconceptions(
	attempts: readonly Attempt[],
	claims: readonly MetaClaim[]
): MisconceptionReport {
	return { ...claimStandings(attempts, claims), tested: claims.length };
}
