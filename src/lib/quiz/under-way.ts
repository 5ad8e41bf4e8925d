// Which sets' pages do not open on the build's first question, in a module of its own: the store
// keeps the first paint's mark of them (browser/first-paint-marks.ts) without loading the quiz engine.
import type { ActiveQuiz, AppData } from '../model/schema';

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

/**
 * The sets whose page does not open on the first question the build put in its HTML: those with
 * a quiz under way, which the page takes up, and those finished before, whose next attempt is a
 * retake that draws its first question afresh (`openQuiz`). Each set once, in no set order.
 *
 * @example
 * setsBegun({ activeQuizzes: [], finishedQuizzes: [{ setId: 'mixed-10', … }] }) // ['mixed-10']
 */
export function setsBegun({
	activeQuizzes,
	finishedQuizzes
}: Pick<AppData, 'activeQuizzes' | 'finishedQuizzes'>): string[] {
	return [...new Set([...setsUnderWay(activeQuizzes), ...finishedQuizzes.map((q) => q.setId)])];
}
