// what the card list says about a card: its phase, flags and next due date, from its stored state.
import type { CardState } from '../model/schema';
import { learnerDayStart } from '../calendar/study-day';

/** the ts-fsrs State of a card, by name; "new" also for a card with no stored state */
export type CardPhase = 'new' | 'learning' | 'review' | 'relearning';

const phases: readonly CardPhase[] = ['new', 'learning', 'review', 'relearning'];

export interface CardStatus {
	phase: CardPhase;
	suspended: boolean;
	/** buried until the next learner day (Anki's Bury): out of today's reviews */
	buried: boolean;
	/** forgotten 8 times (see leech.ts); kept after unsuspending, as Anki keeps the tag */
	leech: boolean;
	/**
	 * when it comes up next, ISO; absent for a card never studied. A review card is due for the
	 * whole learner day its due time falls in, as the review queue takes it: the start of that day
	 * (04:00 local), so the list names the day /review shows it on
	 */
	due?: string;
	/** times forgotten after it was learnt */
	lapses: number;
	/** times graded */
	reps: number;
}

/**
 * The status of a card for display at `now` (buried or not): `undefined` (never graded) is a new
 * card.
 *
 * @example
 * cardStatus(data.cards.find((c) => c.cardId === id), now); // { phase: 'review', suspended: false, buried: false, leech: false, due: '2025-03-14T09:00:00.000Z', lapses: 0, reps: 3 }
 */
export function cardStatus(state: CardState | undefined, now?: Date): CardStatus {
	if (state === undefined)
		return { phase: 'new', suspended: false, buried: false, leech: false, lapses: 0, reps: 0 };
	const phase = phases[state.state] ?? 'new';
	const status: CardStatus = {
		phase,
		suspended: state.suspended,
		buried:
			state.buriedUntil !== undefined &&
			now !== undefined &&
			Date.parse(state.buriedUntil) > now.getTime(),
		leech: state.leech,
		lapses: state.lapses,
		reps: state.reps
	};
	// a new card's stored due date is only when it was created (suspended before it was studied)
	if (phase === 'review') status.due = learnerDayStart(new Date(state.due)).toISOString();
	else if (phase !== 'new') status.due = state.due;
	return status;
}
