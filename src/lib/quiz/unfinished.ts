// The quizzes a learner left halfway, as the home page offers them: continue or discard (with undo).
import type { ActiveQuiz, AppData } from '../model/schema';
import { isFinished } from './under-way';

export interface UnfinishedQuiz {
	/** the stored quiz's id */
	id: string;
	setId: string;
	/** questions checked so far */
	answered: number;
	total: number;
	/** the last answer, or the start when there is none (ISO) */
	lastActiveAt: string;
}

/**
 * The quizzes left unfinished, the one touched last first. A quiz with no answer yet was only
 * opened, not started, and is left out; so is one past its last question.
 *
 * @example
 * unfinishedQuizzes(data.activeQuizzes)
 * // [{ id: 'q1', setId: 'section-closing', answered: 3, total: 12, lastActiveAt: '…' }]
 */
export function unfinishedQuizzes(activeQuizzes: readonly ActiveQuiz[]): UnfinishedQuiz[] {
	return activeQuizzes
		.filter((quiz) => quiz.attempts.length > 0 && !isFinished(quiz))
		.map((quiz) => ({
			id: quiz.id,
			setId: quiz.setId,
			answered: new Set(quiz.attempts.map((a) => a.questionId)).size,
			total: quiz.questionIds.length,
			lastActiveAt: quiz.attempts.at(-1)?.answeredAt ?? quiz.startedAt
		}))
		.sort((a, b) => Date.parse(b.lastActiveAt) - Date.parse(a.lastActiveAt));
}

export interface Discarded {
	data: AppData;
	/** the quiz taken out, to put back on undo; undefined when there was none with that id */
	quiz?: ActiveQuiz;
}

/**
 * Takes an unfinished quiz out of what is stored. Its answers stay in the attempt log: what was
 * learnt counts, only the session is dropped.
 *
 * @example
 * const { data: next, quiz } = discardQuiz(data, 'q1');
 */
export function discardQuiz(data: AppData, quizId: string): Discarded {
	const quiz = data.activeQuizzes.find((q) => q.id === quizId);
	if (!quiz) return { data };
	return { data: { ...data, activeQuizzes: data.activeQuizzes.filter((q) => q !== quiz) }, quiz };
}

/**
 * Puts a discarded quiz back (undo). Not when a quiz of the same set was started since, nor when
 * it was finished meanwhile: a set has one quiz under way, and the newer one wins.
 *
 * @example
 * restoreQuiz(discardQuiz(data, 'q1').data, quiz) // data again
 */
export function restoreQuiz(data: AppData, quiz: ActiveQuiz): { data: AppData; restored: boolean } {
	const taken =
		data.activeQuizzes.some((q) => q.setId === quiz.setId || q.id === quiz.id) ||
		data.finishedQuizzes.some((q) => q.id === quiz.id);
	if (taken) return { data, restored: false };
	return { data: { ...data, activeQuizzes: [...data.activeQuizzes, quiz] }, restored: true };
}
