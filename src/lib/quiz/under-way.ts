// Which stored quizzes a quiz page takes up again, in a module of its own: the store keeps the
// first paint's mark of them (browser/first-paint-marks.ts) without loading the quiz engine.
import type { ActiveQuiz } from '../model/schema';

/**
 * Whether the quiz has moved past its last question.
 *
 * @example
 * isFinished(nextQuestion(oneQuestionQuiz)) // true
 */
export function isFinished(quiz: Pick<ActiveQuiz, 'position' | 'questionIds'>): boolean {
	return quiz.position >= quiz.questionIds.length;
}

/**
 * The sets whose page opens on a stored quiz: each set's last stored quiz, where it is not past
 * its end (as `openQuiz` takes one up; one whose questions left the bank is not known here).
 *
 * @example
 * setsUnderWay([{ setId: 'fact-check', position: 2, questionIds: [...10 ids] }, …]) // ['fact-check']
 */
export function setsUnderWay(quizzes: readonly ActiveQuiz[]): string[] {
	const last = new Map(quizzes.map((quiz) => [quiz.setId, quiz]));
	return [...last.values()].filter((quiz) => !isFinished(quiz)).map((quiz) => quiz.setId);
}
