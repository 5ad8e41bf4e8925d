// How well a learner knows each passage of the episode, from their quiz answers to the questions
// that quote it (issue 8). Pure: the attempts and the passage → questions map come in, a standing
// per passage comes out.
import type { Attempt } from '../model/schema';

/**
 * - `mastered`: every question on the passage that was answered was last answered right, each
 *   right at least twice in all
 * - `shaky`: nothing last answered wrong, but some question right only once so far
 * - `missed`: the last answer to at least one of its questions was wrong
 * - `untested`: none of its questions answered yet
 */
export type Mastery = 'mastered' | 'shaky' | 'missed' | 'untested';

export interface PassageStanding {
	mastery: Mastery;
	/** questions that quote the passage */
	questions: number;
	/** of those, how many were ever answered */
	answered: number;
	/** of those, how many were last answered wrong */
	missed: number;
}

/** right answers needed, the last one included, before a question counts as mastered */
export const rightAnswersToMaster = 2;

/** an override ("I was right") counts as right */
const isRight = (attempt: Pick<Attempt, 'correct' | 'override'>) =>
	attempt.correct || attempt.override === true;

/** worst first: a passage takes the worst standing of its answered questions */
const rank: Record<Exclude<Mastery, 'untested'>, number> = { missed: 0, shaky: 1, mastered: 2 };

/**
 * The standing of one question from its attempts, in any order: they are put in time order
 * (`answeredAt`, equal times keep list order, as the log is appended in order).
 *
 * @example
 * questionMastery([]) // 'untested'
 * questionMastery([right]) // 'shaky'
 * questionMastery([right, right]) // 'mastered'
 * questionMastery([right, right, wrong]) // 'missed'
 */
export function questionMastery(
	attempts: readonly Pick<Attempt, 'answeredAt' | 'correct' | 'override'>[]
): Mastery {
	if (attempts.length === 0) return 'untested';
	let last = attempts[0] as (typeof attempts)[number];
	let rights = 0;
	for (const attempt of attempts) {
		if (isRight(attempt)) rights++;
		if (Date.parse(attempt.answeredAt) >= Date.parse(last.answeredAt)) last = attempt;
	}
	if (!isRight(last)) return 'missed';
	return rights >= rightAnswersToMaster ? 'mastered' : 'shaky';
}

/**
 * The standing of every passage that questions quote, from all of the learner's attempts.
 * Attempts at questions that quote no passage are ignored.
 *
 * @example
 * masteryByPassage({ 'p-4': ['rhyme-plan', 'rhyme-newline'] }, attempts).get('p-4')
 * // { mastery: 'shaky', questions: 2, answered: 1, missed: 0 }
 */
export function masteryByPassage(
	questionsByPassage: Readonly<Record<string, readonly string[]>>,
	attempts: readonly Attempt[]
): Map<string, PassageStanding> {
	const byQuestion = new Map<string, Attempt[]>();
	for (const attempt of attempts) {
		const list = byQuestion.get(attempt.questionId);
		if (list) list.push(attempt);
		else byQuestion.set(attempt.questionId, [attempt]);
	}
	const result = new Map<string, PassageStanding>();
	for (const [passage, questionIds] of Object.entries(questionsByPassage)) {
		let worst: Mastery = 'untested';
		let answered = 0;
		let missed = 0;
		for (const id of questionIds) {
			const mastery = questionMastery(byQuestion.get(id) ?? []);
			if (mastery === 'untested') continue;
			answered++;
			if (mastery === 'missed') missed++;
			if (worst === 'untested' || rank[mastery] < rank[worst]) worst = mastery;
		}
		result.set(passage, { mastery: worst, questions: questionIds.length, answered, missed });
	}
	return result;
}

/**
 * The passages worth re-reading (missed, then shaky ones too), in the order given, which is
 * episode order when `order` is the transcript's paragraph ids.
 *
 * @example
 * weakPassages(['p-1', 'p-4', 'p-9'], standings) // ['p-4', 'p-9']
 */
export function weakPassages(
	order: readonly string[],
	standings: ReadonlyMap<string, PassageStanding>
): string[] {
	return order.filter((id) => {
		const mastery = standings.get(id)?.mastery;
		return mastery === 'missed' || mastery === 'shaky';
	});
}

/**
 * How many passages have each standing.
 *
 * @example
 * countMastery(standings) // { mastered: 3, shaky: 1, missed: 2, untested: 49 }
 */
export function countMastery(
	standings: ReadonlyMap<string, PassageStanding>
): Record<Mastery, number> {
	const counts: Record<Mastery, number> = { mastered: 0, shaky: 0, missed: 0, untested: 0 };
	for (const { mastery } of standings.values()) counts[mastery]++;
	return counts;
}
