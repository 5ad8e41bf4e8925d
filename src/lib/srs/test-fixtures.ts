// fixed clock and small builders shared by the srs specs and the review session's and review
// view's tests; never imported by the app.
import type { FlashcardItem, FlashcardsPayload } from '../content/flashcard-items';
import type { CardState, ReviewLogEntry } from '../model/schema';
import { dayMs } from './time';

/** a Monday morning, 09:00 UTC */
export const now = new Date('2025-03-10T09:00:00.000Z');
/** the learner's day began at midnight UTC */
export const startOfDay = new Date('2025-03-10T00:00:00.000Z');

/** `now` moved by `offsetMs` */
export const at = (offsetMs: number): Date => new Date(now.getTime() + offsetMs);
/** `now` moved by `offsetMs`, as a stored ISO string */
export const iso = (offsetMs: number): string => at(offsetMs).toISOString();

/** a review-state card, due now, last seen 4 days ago; override what a test needs */
export function cardState(cardId: string, overrides: Partial<CardState> = {}): CardState {
	return {
		cardId,
		due: iso(0),
		stability: 4,
		difficulty: 5,
		elapsed_days: 0,
		scheduled_days: 4,
		learning_steps: 0,
		reps: 3,
		lapses: 0,
		state: 2,
		last_review: iso(-4 * dayMs),
		suspended: false,
		leech: false,
		...overrides
	};
}

/** a Good grade of a review-state card, now; override what a test needs */
export function logEntry(id: string, overrides: Partial<ReviewLogEntry> = {}): ReviewLogEntry {
	return {
		id,
		cardId: 'card-1',
		rating: 3,
		reviewedAt: iso(0),
		state: 2,
		due: iso(0),
		stability: 4,
		difficulty: 5,
		scheduled_days: 4,
		...overrides
	};
}

/** freezes a value and everything in it, so a test fails if the engine mutates its input */
export function deepFreeze<T>(value: T): T {
	if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const inner of Object.values(value)) deepFreeze(inner);
	}
	return value;
}

/**
 * Noon local time on the Monday of `now`: the learner's day starts at 04:00 local, so a test of the
 * review session that starts here stays inside one learner day in any time zone.
 */
export const localNoon = new Date(2025, 2, 10, 12, 0, 0).getTime();

/** a flashcard of the bank, with texts made from its id ("front of add-1") */
export function flashcard(
	id: string,
	topic: string,
	difficulty: FlashcardItem['difficulty'] = 'recall'
): FlashcardItem {
	return {
		id,
		topic: topic as FlashcardItem['topic'],
		difficulty,
		kind: 'concept',
		front: `front of ${id}`,
		back: `back of ${id}`,
		explanation: `why ${id} is so`,
		paper: [{ section: '4', title: 'Planning in poems' }],
		evidence: []
	};
}

/**
 * the cards payload the review page fetches, with two topics: Planning in poems, then Addition;
 * `derived` are cards made from quiz questions, in a deck only once a miss brings them in
 */
export function flashcardsPayload(
	cards: FlashcardItem[],
	derived: FlashcardItem[] = []
): FlashcardsPayload {
	return {
		paperUrl: 'https://transformer-circuits.pub/2025/attribution-graphs/biology.html',
		topics: [
			{ id: 'rhyme-planning', title: 'Planning in poems' },
			{ id: 'shared-addition', title: 'Addition' }
		],
		cards,
		derived
	};
}
