// How each set stands for the learner, for the quiz menu and the home page: last and best score,
// when last taken, and a quiz left unfinished.
import type { ActiveQuiz, Attempt, FinishedQuiz } from '../model/schema';
import { retrySetId, storedQuizIds, type SetInfo } from './catalogue';
import { formatTakenAt, scorePercent } from '../format/format';
import { mistakeIds } from './results';
import { setScores, type SetScore, type SetScores } from './stats';

export interface SetStatus extends SetScores {
	/** the quiz of this set left unfinished, where it stands */
	inProgress?: { number: number; total: number };
}

export interface StoredQuizzes {
	finishedQuizzes: readonly FinishedQuiz[];
	activeQuizzes: readonly ActiveQuiz[];
}

/**
 * The standing of each set, by set id.
 *
 * @example
 * setStatuses(['topic-jailbreak'], { finishedQuizzes, activeQuizzes })
 * // { 'topic-jailbreak': { last: {…}, best: {…}, attempts: 2, inProgress: { number: 4, total: 15 } } }
 */
export function setStatuses(
	setIds: readonly string[],
	data: StoredQuizzes,
	/** by set id, the ids whose finished quizzes its scores count, where not just its own (a mixed set's depths) */
	storedAs: Readonly<Record<string, readonly string[]>> = {}
): Record<string, SetStatus> {
	const result: Record<string, SetStatus> = {};
	for (const setId of setIds) {
		// a quiz under way is the set's own, which its link opens; one at a depth has its own link
		// (Today's "Left unfinished"), and its scores count here once it is finished
		const active = data.activeQuizzes.findLast((q) => q.setId === setId);
		result[setId] = {
			...setScores(setId, data.finishedQuizzes, storedAs[setId]),
			...(active
				? {
						inProgress: {
							number: Math.min(active.position + 1, active.questionIds.length),
							total: active.questionIds.length
						}
					}
				: {})
		};
	}
	return result;
}

const score = ({ correct, total }: { correct: number; total: number }) =>
	`${correct}/${total} (${scorePercent(correct, total)})`;

/** a score, and where Finish now ended its quiz early, after how many of its questions */
const lastScore = (last: SetScore) =>
	last.planned === undefined
		? score(last)
		: `${score(last)}, ended after ${last.total} of ${last.planned}`;

/**
 * A set's scores in one line. The best is of quizzes answered whole; a quiz ended early says so.
 *
 * @example
 * describeScores(status, now) // 'Last 7/10 (70%) · best 9/10 (90%) · last taken yesterday'
 * describeScores(endedEarly, now) // 'Last 1/1 (100%), ended after 1 of 8 · no best yet: none finished in full · last taken today'
 * describeScores({ attempts: 0 }, now) // 'Not taken yet'
 */
export function describeScores(status: SetScores, now: Date): string {
	if (!status.last) return 'Not taken yet';
	return `Last ${lastScore(status.last)} · ${bestText(status)} · last taken ${formatTakenAt(status.last.finishedAt, now)}`;
}

/** "best 9/10 (90%)"; without a quiz answered whole, whether one was taken at all */
const bestText = (status: SetScores) =>
	status.best
		? `best ${score(status.best)}`
		: status.last
			? 'no best yet: none finished in full'
			: 'not taken yet';

export interface MenuLine {
	scores: string;
	/**
	 * the best score alone, "best 9/10 (90%)", "no best yet: none finished in full" or "not taken yet": for a
	 * line per depth
	 */
	best: string;
	/** "Question 4 of 10", for a quiz left unfinished */
	inProgress?: string;
}

export interface MenuView {
	/** by set id */
	lines: Record<string, MenuLine>;
	/** questions in "My mistakes" */
	mistakes: number;
	/** where the retry in progress stands, if one is */
	retry?: string;
}

/**
 * What the quiz menu says about each set, worked out in one go so that the menu page itself
 * carries no scoring code (it loads this module after its first paint).
 *
 * @example
 * menuView(['mixed-10', 'section-closing-depth-1'], data, now)
 * // { lines: { 'mixed-10': { scores: 'Last 7/10 (70%) · …', best: 'best 9/10 (90%)', inProgress: 'question 4 of 10' }, … }, mistakes: 3 }
 */
export function menuView(
	setIds: readonly string[],
	data: StoredQuizzes & { attempts: readonly Attempt[] },
	now: Date,
	/** as {@link setStatuses} takes it: a mixed set's line counts its quizzes at every depth */
	storedAs: Readonly<Record<string, readonly string[]>> = {}
): MenuView {
	const statuses = setStatuses([...setIds, retrySetId], data, storedAs);
	const where = (status: SetStatus | undefined) =>
		status?.inProgress
			? `question ${status.inProgress.number} of ${status.inProgress.total}`
			: undefined;
	const lines: Record<string, MenuLine> = {};
	for (const setId of setIds) {
		const status = statuses[setId] as SetStatus;
		const inProgress = where(status);
		lines[setId] = {
			scores: describeScores(status, now),
			best: bestText(status),
			...(inProgress ? { inProgress } : {})
		};
	}
	const retry = where(statuses[retrySetId]);
	return { lines, mistakes: mistakeIds(data.attempts).length, ...(retry ? { retry } : {}) };
}

/**
 * The quizzes in progress of sets this app does not have (from an old import, or a set an update
 * removed): nothing can continue them, so the menu leaves them out and says so (issue 17). A
 * quiz is known by any id it can be stored under ({@link storedQuizIds}): a set at each of its
 * depths, the retry and the repair quiz.
 *
 * @example
 * unknownSetQuizzes(activeQuizzes, catalogue) // [{ id: 's1', setId: 'unknown-set', … }]
 */
export function unknownSetQuizzes(
	activeQuizzes: readonly ActiveQuiz[],
	sets: readonly SetInfo[]
): ActiveQuiz[] {
	const known = storedQuizIds(sets);
	return activeQuizzes.filter((quiz) => !known.has(quiz.setId));
}
