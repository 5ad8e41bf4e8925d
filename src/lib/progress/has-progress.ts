import type { AppData } from '$lib/model/schema';

/**
 * Whether /progress has anything to chart: an answer, a finished quiz or a flashcard review. Until
 * then it shows the card that invites the first quiz, not a dashboard of empty charts.
 */
export const hasProgress = (
	data: Pick<AppData, 'attempts' | 'finishedQuizzes' | 'reviewLog'>
): boolean =>
	data.attempts.length > 0 || data.finishedQuizzes.length > 0 || data.reviewLog.length > 0;
