import type { Card, State } from 'ts-fsrs';
import type { CardState } from '../model/schema';

/** what the app stores beside the scheduling fields */
export interface CardFlags {
	suspended: boolean;
	leech: boolean;
}

/**
 * Revives a stored card into the ts-fsrs `Card` the scheduler works on (ISO strings become Dates).
 *
 * @example
 * const card = toFsrsCard(stored);
 * card.due instanceof Date; // true
 */
export function toFsrsCard(stored: CardState): Card {
	const card: Card = {
		due: new Date(stored.due),
		stability: stored.stability,
		difficulty: stored.difficulty,
		elapsed_days: stored.elapsed_days,
		scheduled_days: stored.scheduled_days,
		learning_steps: stored.learning_steps,
		reps: stored.reps,
		lapses: stored.lapses,
		// the storage schema keeps state within 0–3, the values of ts-fsrs State
		state: stored.state as State
	};
	if (stored.last_review !== undefined) card.last_review = new Date(stored.last_review);
	return card;
}

/**
 * Turns a ts-fsrs `Card` into the stored shape: same field names, dates as ISO strings.
 * `last_review` is left out, not set to undefined, when the card was never reviewed.
 *
 * @example
 * const stored = toCardState('rhyme-1', card, { suspended: false, leech: false });
 * stored.due; // '2025-03-10T09:10:00.000Z'
 */
export function toCardState(cardId: string, card: Card, flags: CardFlags): CardState {
	const stored: CardState = {
		cardId,
		due: card.due.toISOString(),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsed_days: card.elapsed_days,
		scheduled_days: card.scheduled_days,
		learning_steps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state,
		suspended: flags.suspended,
		leech: flags.leech
	};
	if (card.last_review) stored.last_review = card.last_review.toISOString();
	return stored;
}
