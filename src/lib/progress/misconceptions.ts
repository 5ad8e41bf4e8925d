// the episode's distortions the learner fell for, and whether they have since answered right.
import type { Attempt } from '../model/schema';
import type { MetaClaim } from './meta';

export interface MisconceptionStatus {
	claim: MetaClaim;
	/** how many answers repeated the claim */
	times: number;
	/** the last of them (ISO) */
	lastFellAt: string;
	/** a right answer to a question on the claim, after the last fall (ISO), if there is one */
	correctedAt?: string;
}

export interface MisconceptionReport {
	/** not yet corrected first, then corrected; most recent fall first within each */
	fallenFor: MisconceptionStatus[];
	/** claims answered right with no fall at all */
	seenThrough: number;
	/** the claims some question tests */
	tested: number;
}

/** the verdicts that make a claim a distortion: believing the episode there is believing something wrong */
const distortion = new Set(['DISTORTED', 'NOT-IN-PAPER']);

/** whether an answer repeats the claim: chose its option or statement, or fact-checked it as supported */
function fellFor(attempt: Attempt, claim: MetaClaim, factChecks: Set<string>): boolean {
	if (attempt.correct) return false;
	if (attempt.misconception === claim.id) return true;
	return (
		factChecks.has(attempt.questionId) &&
		attempt.response.type === 'fact-check' &&
		attempt.response.verdict === 'SUPPORTED' &&
		distortion.has(claim.verdict)
	);
}

/**
 * Which of the episode's distortions the learner's answers repeated, and which they have since
 * answered right: a right answer to any question on the claim (one whose option repeats it, or a
 * fact-check of it) after the last wrong one.
 *
 * @example
 * misconceptions(data.attempts, meta.claims).fallenFor[0]
 * // { claim: { id: 'C07', … }, times: 2, lastFellAt: '…', correctedAt: '…' }
 */
export function misconceptions(
	attempts: readonly Attempt[],
	claims: readonly MetaClaim[]
): MisconceptionReport {
	const byQuestion = new Map<string, Attempt[]>();
	const byClaim = new Map<string, Attempt[]>();
	const add = (map: Map<string, Attempt[]>, key: string, attempt: Attempt) => {
		const list = map.get(key);
		if (list) list.push(attempt);
		else map.set(key, [attempt]);
	};
	for (const attempt of attempts) {
		add(byQuestion, attempt.questionId, attempt);
		if (attempt.misconception) add(byClaim, attempt.misconception, attempt);
	}
	const fallenFor: MisconceptionStatus[] = [];
	let seenThrough = 0;
	for (const claim of claims) {
		const factChecks = new Set(claim.factCheckIds);
		const related = new Set(
			[...claim.questionIds, ...claim.factCheckIds].flatMap((id) => byQuestion.get(id) ?? [])
		);
		// an answer may name the claim from a question the bank no longer links to it
		for (const attempt of byClaim.get(claim.id) ?? []) related.add(attempt);
		const falls = [...related].filter((a) => fellFor(a, claim, factChecks));
		if (falls.length === 0) {
			if ([...related].some((a) => a.correct)) seenThrough++;
			continue;
		}
		const lastFellMs = Math.max(...falls.map((a) => Date.parse(a.answeredAt)));
		const lastFell = falls.find((a) => Date.parse(a.answeredAt) === lastFellMs) as Attempt;
		const corrections = [...related]
			.filter((a) => a.correct && Date.parse(a.answeredAt) > lastFellMs)
			.sort((a, b) => Date.parse(a.answeredAt) - Date.parse(b.answeredAt));
		fallenFor.push({
			claim,
			times: falls.length,
			lastFellAt: lastFell.answeredAt,
			...(corrections[0] ? { correctedAt: corrections[0].answeredAt } : {})
		});
	}
	fallenFor.sort(
		(a, b) =>
			Number(a.correctedAt !== undefined) - Number(b.correctedAt !== undefined) ||
			Date.parse(b.lastFellAt) - Date.parse(a.lastFellAt)
	);
	return { fallenFor, seenThrough, tested: claims.length };
}
