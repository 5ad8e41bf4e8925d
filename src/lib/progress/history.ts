// quiz scores over time: each finished quiz of a set, and the day's share right over all sets.
import type { FinishedQuiz } from '../model/schema';
import { dayNumber, type UtcOffset } from '../calendar/study-day';

export interface ScorePoint {
	/** when: the quiz's end, or for a day, the end of its last quiz (ISO) */
	at: string;
	correct: number;
	total: number;
	/** correct / total, 0 to 1 */
	share: number;
}

export interface ScoreSeries {
	/** 'overall', or the set id */
	id: string;
	title: string;
	points: ScorePoint[];
}

export interface ScoreHistory {
	/** one point a study day: every quiz finished that day, added up */
	overall: ScoreSeries;
	/** one series a set, most recently taken first, one point a finished quiz */
	sets: ScoreSeries[];
}

/**
 * Score history for the line charts. Quizzes of 0 questions are left out.
 *
 * @example
 * scoreHistory(data.finishedQuizzes, (id) => setTitle(id, meta), 60).sets[0]
 * // { id: 'topic-shared-addition', title: 'Addition', points: [{ at: '…', correct: 6, total: 8, share: 0.75 }] }
 */
export function scoreHistory(
	finished: readonly FinishedQuiz[],
	titleOf: (setId: string) => string,
	utcOffsetMinutes: UtcOffset
): ScoreHistory {
	const quizzes = finished
		.filter((q) => q.total > 0 && !Number.isNaN(Date.parse(q.finishedAt)))
		.map((q) => ({ quiz: q, ms: Date.parse(q.finishedAt) }))
		.sort((a, b) => a.ms - b.ms);

	const bySet = new Map<string, ScorePoint[]>();
	const byDay = new Map<number, ScorePoint>();
	for (const { quiz, ms } of quizzes) {
		const point = {
			at: quiz.finishedAt,
			correct: quiz.correct,
			total: quiz.total,
			share: quiz.correct / quiz.total
		};
		const points = bySet.get(quiz.setId) ?? [];
		points.push(point);
		bySet.set(quiz.setId, points);

		const day = dayNumber(ms, utcOffsetMinutes);
		const sum = byDay.get(day);
		const correct = (sum?.correct ?? 0) + quiz.correct;
		const total = (sum?.total ?? 0) + quiz.total;
		byDay.set(day, { at: quiz.finishedAt, correct, total, share: correct / total });
	}

	const sets = [...bySet.entries()]
		.map(([id, points]) => ({ id, title: titleOf(id), points }))
		.sort((a, b) => Date.parse(b.points.at(-1)?.at ?? '') - Date.parse(a.points.at(-1)?.at ?? ''));
	return {
		overall: { id: 'overall', title: 'All quizzes, by day', points: [...byDay.values()] },
		sets
	};
}
