import type { Question, TopicId } from '../content/schema';
import type { Attempt, FinishedQuiz } from '../model/schema';
import { lastAttempts } from './sets';

export interface SetScore {
	correct: number;
	total: number;
	finishedAt: string;
	/** the quiz's questions, where "Finish now" ended it after `total` of them */
	planned?: number;
}

export interface SetScores {
	/** the most recently finished quiz of the set */
	last?: SetScore;
	/**
	 * the highest share right; among equals, more questions right, then the most recent. Only a
	 * quiz answered whole: one ended early after a single right answer is not a best of 100%
	 */
	best?: SetScore;
	/** how many quizzes of the set were finished */
	attempts: number;
}

/**
 * The last and best score of a set over the finished quizzes.
 *
 * @example
 * setScores('topic-shared-addition', finished)
 * // { last: { correct: 6, total: 8, finishedAt: '…' }, best: { correct: 8, total: 8, finishedAt: '…' }, attempts: 3 }
 * setScores('mistakes', []) // { attempts: 0 }
 * setScores('mixed-10', finished, ['mixed-10', 'mixed-10-depth-1']) // the first visit's ten questions count too
 */
export function setScores(
	setId: string,
	finished: readonly FinishedQuiz[],
	/** the ids its quizzes are stored under (a mixed set's at each depth too), when not just `setId` */
	storedAs: readonly string[] | undefined = [setId]
): SetScores {
	const ofSet = finished.filter((quiz) => storedAs.includes(quiz.setId));
	let last: FinishedQuiz | undefined;
	let best: FinishedQuiz | undefined;
	for (const quiz of ofSet) {
		if (!last || time(quiz) >= time(last)) last = quiz;
		if (quiz.planned === undefined && (!best || betterThan(quiz, best))) best = quiz;
	}
	return {
		...(last ? { last: scoreOf(last) } : {}),
		...(best ? { best: scoreOf(best) } : {}),
		attempts: ofSet.length
	};
}

const time = (quiz: FinishedQuiz) => Date.parse(quiz.finishedAt);

const share = (quiz: FinishedQuiz) => (quiz.total === 0 ? 0 : quiz.correct / quiz.total);

function betterThan(quiz: FinishedQuiz, best: FinishedQuiz): boolean {
	if (share(quiz) !== share(best)) return share(quiz) > share(best);
	if (quiz.correct !== best.correct) return quiz.correct > best.correct;
	return time(quiz) >= time(best);
}

const scoreOf = ({ correct, total, finishedAt, planned }: FinishedQuiz): SetScore => ({
	correct,
	total,
	finishedAt,
	...(planned === undefined ? {} : { planned })
});

export interface TopicBreakdown {
	topic: TopicId;
	/** questions on the topic in the bank */
	questions: number;
	/** of those, how many were ever answered */
	answered: number;
	/** answers given, every attempt counted */
	attempts: number;
	/** answers that were right (overrides included) */
	correct: number;
	/** questions whose last answer was right */
	lastCorrect: number;
}

/**
 * How a learner does on each topic, in bank order, topics without answers included. Attempts at
 * questions no longer in the bank are left out.
 *
 * @example
 * breakdownByTopic(attempts, questions)
 * // [{ topic: 'attribution-graphs', questions: 12, answered: 5, attempts: 7, correct: 4, lastCorrect: 4 }, …]
 */
export function breakdownByTopic(
	attempts: readonly Attempt[],
	questions: readonly Pick<Question, 'id' | 'topic'>[]
): TopicBreakdown[] {
	const topicOf = new Map(questions.map((q) => [q.id, q.topic]));
	const rows = new Map<TopicId, TopicBreakdown>();
	for (const { topic } of questions) {
		if (!rows.has(topic)) {
			const empty = { questions: 0, answered: 0, attempts: 0, correct: 0, lastCorrect: 0 };
			rows.set(topic, { topic, ...empty });
		}
		(rows.get(topic) as TopicBreakdown).questions++;
	}
	const known = attempts.filter((a) => topicOf.has(a.questionId));
	for (const attempt of known) {
		const row = rows.get(topicOf.get(attempt.questionId) as TopicId) as TopicBreakdown;
		row.attempts++;
		if (attempt.correct) row.correct++;
	}
	for (const [questionId, attempt] of lastAttempts(known)) {
		const row = rows.get(topicOf.get(questionId) as TopicId) as TopicBreakdown;
		row.answered++;
		if (attempt.correct) row.lastCorrect++;
	}
	return [...rows.values()];
}
