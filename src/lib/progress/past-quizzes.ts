// Every finished quiz, newest first, each with a link to its results page (issue 13): a results
// page can always be opened again, not only right after the quiz.
import type { FinishedQuiz } from '../model/schema';
import { retrySetId } from '../quiz/catalogue';
import { baseSetId, parseSetId } from '../quiz/sets';

export interface PastQuiz {
	id: string;
	title: string;
	/** its results page; undefined for a set this app does not know (an old or hand-edited backup) */
	href?: string;
	finishedAt: string;
	correct: number;
	total: number;
	/** the quiz's questions, where Finish now ended it after `total` of them */
	planned?: number;
}

/**
 * The finished quizzes, newest first, with their titles and results links
 * (`/quiz/<set>/results?quiz=<id>`).
 *
 * @example
 * pastQuizzes(data.finishedQuizzes, (id) => setTitle(id, meta))[0]
 * // { id: 'q-42', title: 'Quiz me on Closing: What the episode said', href: '/quiz/section-closing/results?quiz=q-42', … }
 */
export function pastQuizzes(
	finished: readonly FinishedQuiz[],
	titleOf: (setId: string) => string
): PastQuiz[] {
	return [...finished]
		.sort((a, b) => Date.parse(b.finishedAt) - Date.parse(a.finishedAt))
		.map((quiz) => {
			const base = baseSetId(quiz.setId);
			const known = base === retrySetId || parseSetId(base) !== undefined;
			return {
				id: quiz.id,
				title: titleOf(quiz.setId),
				...(known ? { href: `/quiz/${base}/results?quiz=${encodeURIComponent(quiz.id)}` } : {}),
				finishedAt: quiz.finishedAt,
				correct: quiz.correct,
				total: quiz.total,
				...(quiz.planned === undefined ? {} : { planned: quiz.planned })
			};
		});
}
