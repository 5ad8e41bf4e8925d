// The episode's distortions a learner fell for and has not answered right since: the one rule,
// used by the progress page's list, the home page's "Repair N misconceptions" and the repair quiz.
import type { Question, Verdict } from '../content/schema';
import type { Attempt } from '../model/schema';

/** an episode claim and the questions that test it */
export interface ClaimLink {
	id: string;
	verdict: Verdict;
	/** questions with an option (or a false statement) that repeats the claim */
	questionIds: readonly string[];
	/** fact-check questions on the claim */
	factCheckIds: readonly string[];
}

export interface ClaimStanding<C extends ClaimLink = ClaimLink> {
	claim: C;
	/** how many answers repeated the claim */
	times: number;
	/** the last of them (ISO) */
	lastFellAt: string;
	/** the question of that last fall */
	lastFellOn: string;
	/** a right answer to a question on the claim, after the last fall (ISO), if there is one */
	correctedAt?: string;
}

export interface ClaimStandings<C extends ClaimLink = ClaimLink> {
	/** not yet corrected first, then corrected; most recent fall first within each */
	fallenFor: ClaimStanding<C>[];
	/** claims answered right with no fall at all */
	seenThrough: number;
}

/** the verdicts that make a claim a distortion: believing the episode there is believing something wrong */
const distortion = new Set<Verdict>(['DISTORTED', 'NOT-IN-PAPER']);

/** whether an answer repeats the claim: chose its option or statement, or fact-checked it as supported */
function fellFor(attempt: Attempt, claim: ClaimLink, factChecks: Set<string>): boolean {
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
 * Which claims the learner's answers repeated, and which they have since answered right: a right
 * answer to any question on the claim (one whose option repeats it, or a fact-check of it) after
 * the last wrong one.
 *
 * @example
 * claimStandings(data.attempts, claims).fallenFor[0]
 * // { claim: { id: 'C07', … }, times: 2, lastFellAt: '…', lastFellOn: 'add-1', correctedAt: '…' }
 */
export function claimStandings<C extends ClaimLink>(
	attempts: readonly Attempt[],
	claims: readonly C[]
): ClaimStandings<C> {
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
	const fallenFor: ClaimStanding<C>[] = [];
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
		const lastFell = falls.findLast((a) => Date.parse(a.answeredAt) === lastFellMs) as Attempt;
		const corrections = [...related]
			.filter((a) => a.correct && Date.parse(a.answeredAt) > lastFellMs)
			.sort((a, b) => Date.parse(a.answeredAt) - Date.parse(b.answeredAt));
		fallenFor.push({
			claim,
			times: falls.length,
			lastFellAt: lastFell.answeredAt,
			lastFellOn: lastFell.questionId,
			...(corrections[0] ? { correctedAt: corrections[0].answeredAt } : {})
		});
	}
	fallenFor.sort(
		(a, b) =>
			Number(a.correctedAt !== undefined) - Number(b.correctedAt !== undefined) ||
			Date.parse(b.lastFellAt) - Date.parse(a.lastFellAt)
	);
	return { fallenFor, seenThrough };
}

/**
 * The claims fallen for and not answered right since, most recent fall first: what "Repair N
 * misconceptions" counts.
 *
 * @example
 * claimsToRepair(data.attempts, claims).length // 3
 */
export function claimsToRepair<C extends ClaimLink>(
	attempts: readonly Attempt[],
	claims: readonly C[]
): ClaimStanding<C>[] {
	return claimStandings(attempts, claims).fallenFor.filter((s) => s.correctedAt === undefined);
}

/**
 * the most questions a repair quiz asks: a short session; what it leaves out comes in the next one
 * @default 10
 */
export const repairQuizSize = 10;

/**
 * The repair quiz: for each claim still to repair, most recent fall first, its fact-check (the
 * claim itself, to judge again) and then the question the learner last fell for it on, each
 * question once, at most `size` in all.
 *
 * @example
 * repairQuestionIds(data.attempts, claims) // ['fc-c07', 'add-1', 'fc-c12']
 */
export function repairQuestionIds(
	attempts: readonly Attempt[],
	claims: readonly ClaimLink[],
	size: number = repairQuizSize
): string[] {
	const ids = new Set<string>();
	for (const standing of claimsToRepair(attempts, claims)) {
		for (const id of [...standing.claim.factCheckIds.slice(0, 1), standing.lastFellOn]) {
			if (ids.size >= size) return [...ids];
			ids.add(id);
		}
	}
	return [...ids];
}

/** what a quiz item tells of the claims it tests */
export interface ClaimedQuestion {
	question: Question;
	/** a fact-check's claim */
	claim?: { id: string; verdict: Verdict };
	/** the claims its wrong options (or a false statement) repeat */
	misconceptions: readonly { id: string; verdict: Verdict }[];
}

/**
 * The claims a list of quiz items tests, each with its questions, in the order first met: the
 * same links the build writes for the progress page, worked out from the items a quiz fetched.
 *
 * @example
 * claimLinksOf(items) // [{ id: 'C07', verdict: 'DISTORTED', questionIds: ['add-1'], factCheckIds: ['fc-c07'] }, …]
 */
export function claimLinksOf(items: readonly ClaimedQuestion[]): ClaimLink[] {
	const links = new Map<string, { id: string; verdict: Verdict; q: string[]; f: string[] }>();
	const linkOf = ({ id, verdict }: { id: string; verdict: Verdict }) => {
		let link = links.get(id);
		if (!link) {
			link = { id, verdict, q: [], f: [] };
			links.set(id, link);
		}
		return link;
	};
	for (const item of items) {
		if (item.question.type === 'fact-check' && item.claim)
			linkOf(item.claim).f.push(item.question.id);
		for (const claim of item.misconceptions) {
			const link = linkOf(claim);
			if (!link.q.includes(item.question.id)) link.q.push(item.question.id);
		}
	}
	return [...links.values()].map(({ id, verdict, q, f }) => ({
		id,
		verdict,
		questionIds: q,
		factCheckIds: f
	}));
}
