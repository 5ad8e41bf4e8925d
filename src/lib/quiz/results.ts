// What the results page shows of one finished quiz: the score, the time taken, a breakdown by
// topic, and the questions missed, worked out from the finished record and the attempt log.
import type { Attempt, FinishedQuiz } from '../model/schema';
import type { Depth } from './depth';
import { baseSetId, lastAttempts, withDepth } from './sets';

export interface TopicResult {
	topic: string;
	correct: number;
	total: number;
}

export interface MissedQuestion {
	questionId: string;
	/** the answer given; undefined when the question was never checked */
	attempt?: Attempt;
}

export interface QuizResult {
	correct: number;
	total: number;
	/**
	 * the time spent on the quiz: from its start to its finish, each gap between two of its steps
	 * (the start, each answer, the finish) counted as at most {@link awayAfterMs} (a quiz left and
	 * taken up again the next day)
	 */
	durationMs: number;
	/** in the order topics first appear in the quiz */
	byTopic: TopicResult[];
	/** wrong or never answered, in quiz order */
	missed: MissedQuestion[];
	/** the quiz's questions, where "Finish now" ended it after `total` of them */
	planned?: number;
}

/**
 * A pause between two steps of a quiz longer than this is time away from it, counted as this:
 * reading a question, its feedback and its sources takes a few minutes at most (Anki caps the
 * time of one answer the same way)
 */
export const awayAfterMs = 5 * 60_000;

/** from the start to the finish, each gap between two answers counted up to {@link awayAfterMs} */
function timeSpent(finished: FinishedQuiz, session: readonly Attempt[]): number {
	const start = Date.parse(finished.startedAt);
	const end = Date.parse(finished.finishedAt);
	if (!(end > start)) return 0;
	// an answer changed on the results page, after the finish, is not time in the quiz
	const answers = session
		.map((a) => Date.parse(a.answeredAt))
		.filter((ms) => ms > start && ms < end);
	const times = [start, ...answers.sort((a, b) => a - b), end];
	let spent = 0;
	for (let i = 1; i < times.length; i++)
		spent += Math.min(awayAfterMs, (times[i] as number) - (times[i - 1] as number));
	return spent;
}

/**
 * The results of a finished quiz. `attempts` may be the whole attempt log: only this session's
 * count, the last one a question wins, and an override counts as right.
 *
 * @example
 * quizResult(finished, attempts, (id) => topicOf.get(id))
 * // { correct: 7, total: 10, durationMs: 252000, byTopic: [{ topic: 'rhyme-planning', correct: 3, total: 4 }, …], missed: [{ questionId, attempt }, …] }
 */
export function quizResult(
	finished: FinishedQuiz,
	attempts: readonly Attempt[],
	topicOf: (questionId: string) => string | undefined
): QuizResult {
	const session = attempts.filter((a) => a.sessionId === finished.id);
	const last = lastAttempts(session);
	const byTopic = new Map<string, TopicResult>();
	const missed: MissedQuestion[] = [];
	let correct = 0;
	for (const questionId of finished.questionIds) {
		const attempt = last.get(questionId);
		const right = attempt?.correct === true;
		if (right) correct++;
		else missed.push(attempt ? { questionId, attempt } : { questionId });
		const topic = topicOf(questionId) ?? 'unknown';
		const row = byTopic.get(topic) ?? { topic, correct: 0, total: 0 };
		row.total++;
		if (right) row.correct++;
		byTopic.set(topic, row);
	}
	return {
		correct,
		total: finished.questionIds.length,
		durationMs: timeSpent(finished, session),
		byTopic: [...byTopic.values()],
		missed,
		...(finished.planned === undefined ? {} : { planned: finished.planned })
	};
}

/**
 * The latest finished quiz of a set (of any set, without one), for its results page.
 *
 * @example
 * latestFinished(finishedQuizzes, 'topic-rhyme-planning')?.correct // 8
 */
export function latestFinished(
	finished: readonly FinishedQuiz[],
	setId: string | undefined
): FinishedQuiz | undefined {
	let latest: FinishedQuiz | undefined;
	for (const quiz of finished) {
		if (setId !== undefined && quiz.setId !== setId) continue;
		if (!latest || Date.parse(quiz.finishedAt) >= Date.parse(latest.finishedAt)) latest = quiz;
	}
	return latest;
}

export interface FinishedLookup {
	/** the set of the results page: the set without a depth (`/quiz/<setId>/results`) */
	setId: string;
	/** one quiz, by id (`?quiz=…`): every finished quiz's results can be opened again */
	quizId?: string | null;
	/** the latest at this depth (`?depth=2`) */
	depth?: Depth;
}

/**
 * The finished quiz a results page shows: the one asked for by id, else the latest at the depth
 * asked for, else the latest of the set at any depth (a quiz from before depths included).
 * Undefined when there is none, or the quiz asked for is of another set.
 *
 * @example
 * findFinished(data.finishedQuizzes, { setId: 'section-closing', quizId: 'q-42' })
 * findFinished(data.finishedQuizzes, { setId: 'section-closing', depth: 2 })
 */
export function findFinished(
	finished: readonly FinishedQuiz[],
	{ setId, quizId, depth }: FinishedLookup
): FinishedQuiz | undefined {
	if (quizId) {
		return finished.find((quiz) => quiz.id === quizId && baseSetId(quiz.setId) === setId);
	}
	if (depth !== undefined) return latestFinished(finished, withDepth(setId, depth));
	return latestFinished(
		finished.filter((quiz) => baseSetId(quiz.setId) === setId),
		undefined
	);
}

/**
 * The questions whose last answer was wrong, as "My mistakes" will ask them (an override counts
 * as right).
 *
 * @example
 * mistakeIds(attempts) // ['rhyme-planning-plan-location']
 */
export function mistakeIds(attempts: readonly Attempt[]): string[] {
	return [...lastAttempts(attempts).values()].filter((a) => !a.correct).map((a) => a.questionId);
}
