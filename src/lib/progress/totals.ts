// the totals at the top of the progress page.
import type { AppData } from '../model/schema';
import { studiedCardIds } from '../model/studied';

export interface Totals {
	answers: number;
	correct: number;
	quizzesFinished: number;
	reviews: number;
	/** cards reviewed at least once */
	cardsStudied: number;
	/** time spent on reviews, from the log's durations, in whole minutes */
	reviewMinutes: number;
}

/**
 * Everything counted once.
 *
 * @example
 * totals(data) // { answers: 120, correct: 90, quizzesFinished: 12, reviews: 300, cardsStudied: 80, reviewMinutes: 45 }
 */
export function totals(
	data: Pick<AppData, 'attempts' | 'finishedQuizzes' | 'reviewLog' | 'cards'>
): Totals {
	const studied = studiedCardIds(data);
	const reviewMs = data.reviewLog.reduce((sum, r) => sum + (r.durationMs ?? 0), 0);
	return {
		answers: data.attempts.length,
		correct: data.attempts.filter((a) => a.correct).length,
		quizzesFinished: data.finishedQuizzes.length,
		reviews: data.reviewLog.length,
		cardsStudied: studied.size,
		reviewMinutes: Math.round(reviewMs / 60_000)
	};
}
