// A studied card's record, for the card list's "Card info", as Anki's card info gives it: how the
// card stands in FSRS's terms and the grades it was given. Pure: the chance of recall comes from
// the scheduler, the log from the store.
import type { CardState, ReviewLogEntry } from '../model/schema';
import type { Grade } from './scheduler';

export interface CardGrade {
	/** the review log's entry */
	id: string;
	/** when it was given, ISO */
	at: string;
	grade: Grade;
	/** from showing the card to grading it, when it was timed */
	durationMs?: number;
}

export interface CardInfo {
	/** the grades in the log, newest first */
	grades: CardGrade[];
	/** times graded, as the card counts them (the log may hold fewer: an import or a repair) */
	reviews: number;
	/** times forgotten after it was learnt */
	lapses: number;
	/** FSRS's stability: the days after a review over which the chance of recall falls to 90% */
	stabilityDays: number;
	/** FSRS's difficulty as Anki shows it: 0 (its easiest, 1) to 1 (its hardest, 10) */
	difficultyShare: number;
	/** the chance, 0 to 1, of recalling it now; unknown without its last review's time */
	recallChance?: number;
	/** the time its timed grades took in all */
	totalMs: number;
}

/**
 * The record of a card graded at least once; `undefined` for one never graded.
 *
 * @example
 * cardInfo(state, logOfThisCard, scheduler.recallChance(state, now));
 * // { grades: [{ at: '2025-03-12T…', grade: 3, durationMs: 6000 }, …], reviews: 4, lapses: 1, … }
 */
export function cardInfo(
	state: CardState | undefined,
	log: readonly ReviewLogEntry[],
	recallChance: number | undefined
): CardInfo | undefined {
	if (state === undefined || state.reps === 0) return undefined;
	const grades = log
		.filter((entry) => entry.cardId === state.cardId)
		.map((entry): CardGrade => {
			const grade: CardGrade = {
				id: entry.id,
				at: entry.reviewedAt,
				grade: entry.rating as Grade
			};
			if (entry.durationMs !== undefined) grade.durationMs = entry.durationMs;
			return grade;
		})
		.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
	const info: CardInfo = {
		grades,
		reviews: state.reps,
		lapses: state.lapses,
		stabilityDays: state.stability,
		difficultyShare: (state.difficulty - 1) / 9,
		totalMs: grades.reduce((sum, g) => sum + (g.durationMs ?? 0), 0)
	};
	if (recallChance !== undefined) info.recallChance = recallChance;
	return info;
}
