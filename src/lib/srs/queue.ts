// what to study now, in Anki's order, within the learner's daily limits.
import type { CardState, ReviewLogEntry } from '../model/schema';
import { laterDayStart } from '../calendar/study-day';
import { assertValidDate, dayMs, isoToMs, onOrAfter } from './time';

/** the content bank's difficulty levels, easiest first */
export type CardDifficulty = 'recall' | 'mechanism' | 'transfer';

/** what the queue needs to know of a flashcard in the bank */
export interface BankCard {
	id: string;
	topic: string;
	difficulty: CardDifficulty;
}

export interface DailyLimits {
	/** cards seen for the first time since the start of the day */
	newCardsPerDay: number;
	/** reviews of review-state cards since the start of the day; (re)learning is not limited */
	reviewsPerDay: number;
}

export interface DueQueueInput {
	/** the flashcards of the bank, in bank order, each id once (the content checks see to it);
	 * stored states of ids not in it are ignored */
	bankCards: readonly BankCard[];
	states: readonly CardState[];
	reviewLog: readonly ReviewLogEntry[];
	now: Date;
	/** when the learner's day began (local midnight, or their rollover hour) */
	startOfDay: Date;
	limits: DailyLimits;
	/** only this topic's cards; the daily limits still count every topic */
	topic?: string;
	/**
	 * cards asked for now, first in this order (the cards of missed quiz questions, see
	 * `missPriority`): each comes first among the cards of its kind, a review before the review
	 * limit cuts the rest, and a new one before the other new cards
	 */
	priority?: readonly string[];
	/**
	 * the new cards of `priority` introduced whatever the new-card limit (those of today's misses,
	 * `missedSince`); the others fill the limit first
	 * @default every card of `priority`
	 */
	pastLimit?: readonly string[];
	/**
	 * the moment a buried card is judged at, when it is not `now`: the real now, for a pass that
	 * looks ahead (a card buried until 04:00 is not learnt ahead at 03:45)
	 * @default now
	 */
	buriedAt?: Date;
}

export interface DueQueue {
	/** card ids: learning due now, then reviews due today, then new cards */
	queue: string[];
	/** how many of each kind the queue holds */
	counts: { learning: number; review: number; new: number };
	/** cards that were ready but left out because today's limit is reached */
	overLimit: { review: number; new: number };
	/** of `counts.new`, the cards of today's misses: they come whatever the new-card limit */
	missedNew: number;
	/**
	 * how far today's new cards run past the new-card limit (those of missed questions come
	 * whatever it; a limit lowered, or raised in another tab or before a reload, leaves more); a
	 * limit raised to show N more must be raised by N and this
	 */
	newPastLimit: number;
	/** the same for today's reviews and the review limit */
	reviewsPastLimit: number;
	/** when the next card not yet ready becomes due, for the "all done" screen; ISO */
	nextDueAt?: string;
}

const difficultyRank: Record<CardDifficulty, number> = { recall: 0, mechanism: 1, transfer: 2 };
const difficultyCount = 3;

// state values of ts-fsrs
const stateNew = 0;
const stateLearning = 1;
const stateReview = 2;
const stateRelearning = 3;

interface Due {
	id: string;
	dueMs: number;
}

const byDue = (a: Due, b: Due): number => a.dueMs - b.dueMs;

/** what today's part of the log says: one pass over it, string comparisons only */
/** the starts of the learner days after `startOfDay`'s, by how many days after it; remembered */
function learnerDayStarts(startOfDay: Date): (days: number) => number {
	const starts = new Map<number, number>();
	return (days) => {
		let start = starts.get(days);
		if (start === undefined) {
			start = laterDayStart(startOfDay, days).getTime();
			starts.set(days, start);
		}
		return start;
	};
}

function todaysWork(reviewLog: readonly ReviewLogEntry[], startOfDay: Date) {
	const isToday = onOrAfter(startOfDay);
	const introduced = new Set<string>();
	let reviews = 0;
	for (const entry of reviewLog) {
		if (entry.state !== stateNew && entry.state !== stateReview) continue;
		if (!isToday(entry.reviewedAt)) continue;
		if (entry.state === stateNew) introduced.add(entry.cardId);
		else reviews++;
	}
	return { newCards: introduced.size, reviews };
}

/** buried (Anki's Bury) and not yet back: out of every queue until its time */
const isBuried = (
	state: CardState | undefined,
	nowMs: number
): state is CardState & { buriedUntil: string } =>
	state?.buriedUntil !== undefined && isoToMs(state.buriedUntil) > nowMs;

/**
 * The cards to study now, in Anki's order:
 *
 * 1. learning and relearning cards due now, earliest first (never limited);
 * 2. review cards due today, earliest first, up to what is left of `reviewsPerDay`. Like Anki,
 *    a review card is due for the whole day its due time falls in, so a card due at 18:00 can be
 *    done in the morning: a review is due when its due time is before the next learner day's
 *    start (the same local hour a day later: 23 or 25 hours on a day the clocks change);
 * 3. new cards (no stored state, or state 0), up to what is left of `newCardsPerDay`: topic by
 *    topic in the order topics first appear in the bank, and within a topic recall before
 *    mechanism before transfer, then bank order.
 *
 * Cards in `priority` (those of missed quiz questions) come first within their kind, in its
 * order; new ones in `pastLimit` (today's misses) are introduced whatever the new-card limit, and
 * the others fill it before the rest of the new cards.
 *
 * Suspended cards never appear. The log is read once and states are indexed by id, so 10,000
 * cards and 100,000 log entries take a few milliseconds.
 *
 * @example
 * const { queue, counts, nextDueAt } = dueQueue({
 * 	bankCards: flashcards.map(({ id, topic, difficulty }) => ({ id, topic, difficulty })),
 * 	states: data.cards,
 * 	reviewLog: data.reviewLog,
 * 	now,
 * 	startOfDay,
 * 	limits: data.settings // newCardsPerDay and reviewsPerDay
 * });
 */
export function dueQueue(input: DueQueueInput): DueQueue {
	const { bankCards, states, reviewLog, now, startOfDay, limits, topic } = input;
	const rankOf = new Map((input.priority ?? []).map((id, i) => [id, i]));
	assertValidDate(now, 'now');
	assertValidDate(startOfDay, 'startOfDay');
	const nowMs = now.getTime();
	const buriedAtMs = (input.buriedAt ?? now).getTime();
	const dayStart = learnerDayStarts(startOfDay);
	// the next learner day's start, at the same local hour: a day may have 23 or 25 hours
	const dayEndMs = dayStart(1);

	const stateById = new Map<string, CardState>();
	for (const state of states) stateById.set(state.cardId, state);

	const learning: Due[] = [];
	const reviews: Due[] = [];
	// new cards go into one bucket per (topic, difficulty), filled in bank order, so reading the
	// buckets in order gives the new-card order without sorting
	const freshBuckets: string[][] = [];
	/** new cards asked for: introduced now, whatever the new-card limit */
	const askedFor: string[] = [];
	const pastLimit = new Set(input.pastLimit ?? input.priority ?? []);
	const topicRank = new Map<string, number>();
	let freshCount = 0;
	let nextDueMs = Infinity;

	for (const card of bankCards) {
		let rank = topicRank.get(card.topic);
		if (rank === undefined) {
			rank = topicRank.size;
			topicRank.set(card.topic, rank);
		}
		if (topic !== undefined && card.topic !== topic) continue;

		const state = stateById.get(card.id);
		if (state?.suspended) continue;
		if (isBuried(state, buriedAtMs)) {
			// it comes back when its bury ends, or later when it is due later: the next card due
			const back = Math.max(isoToMs(state.buriedUntil), isoToMs(state.due));
			if (state.state !== stateNew && back < nextDueMs) nextDueMs = back;
			continue;
		}
		if (state === undefined || state.state === stateNew) {
			if (rankOf.has(card.id)) {
				askedFor.push(card.id);
				continue;
			}
			const level = difficultyRank[card.difficulty] ?? difficultyCount - 1;
			(freshBuckets[rank * difficultyCount + level] ??= []).push(card.id);
			freshCount++;
			continue;
		}

		const dueMs = isoToMs(state.due);
		if (state.state === stateLearning || state.state === stateRelearning) {
			if (dueMs <= nowMs) learning.push({ id: card.id, dueMs });
			else if (dueMs < nextDueMs) nextDueMs = dueMs;
		} else if (dueMs <= nowMs || dueMs < dayEndMs) {
			reviews.push({ id: card.id, dueMs });
		} else {
			// a review card is due for the whole learner day its due time falls in: it comes at
			// that day's start, not at its hour
			let days = Math.max(1, Math.floor((dueMs - startOfDay.getTime()) / dayMs));
			while (dayStart(days + 1) <= dueMs) days++;
			while (days > 1 && dayStart(days) > dueMs) days--;
			const comesMs = dayStart(days);
			if (comesMs < nextDueMs) nextDueMs = comesMs;
		}
	}

	const done = todaysWork(reviewLog, startOfDay);
	const reviewsLeft = Math.max(0, Math.floor(limits.reviewsPerDay) - done.reviews);
	const newLeft = Math.max(0, Math.floor(limits.newCardsPerDay) - done.newCards);

	// cards asked for first, in their order; then the rest by due time (without any, as before)
	const first =
		rankOf.size === 0
			? byDue
			: (a: Due, b: Due) =>
					(rankOf.get(a.id) ?? Infinity) - (rankOf.get(b.id) ?? Infinity) || byDue(a, b);
	learning.sort(first);
	reviews.sort(first);
	askedFor.sort((a, b) => (rankOf.get(a) as number) - (rankOf.get(b) as number));
	const reviewCount = Math.min(reviews.length, reviewsLeft);
	// today's misses whatever the limit; earlier misses within what is left of it, before the rest
	const free = askedFor.filter((id) => pastLimit.has(id));
	const held = askedFor.filter((id) => !pastLimit.has(id));
	const heldCount = Math.min(held.length, Math.max(0, newLeft - free.length));
	const newCount = Math.min(freshCount, Math.max(0, newLeft - free.length - heldCount));

	const queue = learning.map((card) => card.id);
	for (const card of reviews.slice(0, reviewCount)) queue.push(card.id);
	for (const id of free) queue.push(id);
	for (const id of held.slice(0, heldCount)) queue.push(id);
	let newToAdd = newCount;
	for (const bucket of freshBuckets) {
		if (newToAdd === 0) break;
		if (bucket === undefined) continue;
		const taken = bucket.slice(0, newToAdd);
		for (const id of taken) queue.push(id);
		newToAdd -= taken.length;
	}

	const result: DueQueue = {
		queue,
		counts: {
			learning: learning.length,
			review: reviewCount,
			new: free.length + heldCount + newCount
		},
		overLimit: {
			review: reviews.length - reviewCount,
			new: freshCount - newCount + held.length - heldCount
		},
		missedNew: free.length,
		newPastLimit: Math.max(0, done.newCards + free.length - Math.floor(limits.newCardsPerDay)),
		reviewsPastLimit: Math.max(0, done.reviews - Math.floor(limits.reviewsPerDay))
	};
	if (nextDueMs !== Infinity) result.nextDueAt = new Date(nextDueMs).toISOString();
	return result;
}

export interface ForgottenTodayInput {
	reviewLog: readonly ReviewLogEntry[];
	states: readonly CardState[];
	startOfDay: Date;
}

/**
 * Ids of the cards graded Again since `startOfDay`, in the order they were first forgotten,
 * each once, for "review what I forgot today". Suspended and buried cards, and cards with no stored state
 * (their grade was undone), are left out.
 *
 * @example
 * forgottenToday({ reviewLog: data.reviewLog, states: data.cards, startOfDay });
 * // ['rhyme-planning-3', 'shared-addition-1']
 */
export function forgottenToday(input: ForgottenTodayInput): string[] {
	const { reviewLog, states, startOfDay } = input;
	assertValidDate(startOfDay, 'startOfDay');
	const isToday = onOrAfter(startOfDay);
	const active = new Set<string>();
	// a card buried today is buried until a later day's start
	for (const state of states)
		if (!state.suspended && !isBuried(state, startOfDay.getTime())) active.add(state.cardId);
	const forgotten = new Set<string>();
	for (const entry of reviewLog) {
		if (entry.rating !== 1 || forgotten.has(entry.cardId)) continue;
		if (active.has(entry.cardId) && isToday(entry.reviewedAt)) forgotten.add(entry.cardId);
	}
	return [...forgotten];
}
