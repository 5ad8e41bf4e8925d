// what the review page shows next, from the stored data: the srs due queue, plus Anki's learn-ahead
// and the "forgotten today" pass. Pure: the time and the day's start are passed in.
import { dueQueue, type BankCard, type DailyLimits } from './queue';
import { cardsByQuestion, missedSince, missPriority, studyDeck } from './quiz-misses';
import type { Attempt, CardState, ReviewLogEntry } from '../model/schema';
import { learnerDayStart } from '../calendar/study-day';

/**
 * Cards a learner asked for beyond today's limits ("Study more new cards today", "Review more
 * today"), as Anki's custom study raises the day's limits: for that learner day only
 */
export interface TodayExtras {
	/** the learner day they apply to (ISO of its start) */
	day: string;
	newCards: number;
	reviews: number;
}

export const noExtras: TodayExtras = { day: '', newCards: 0, reviews: 0 };

/**
 * The day's limits from the settings, with the extras asked for on that learner day.
 *
 * @example
 * limitsOn({ newCardsPerDay: 20, reviewsPerDay: 200 }, { day: start.toISOString(), newCards: 10, reviews: 0 }, start)
 * // { newCardsPerDay: 30, reviewsPerDay: 200 }
 */
export function limitsOn(
	settings: DailyLimits,
	extras: TodayExtras,
	startOfDay: Date
): DailyLimits {
	const today = extras.day === startOfDay.toISOString() ? extras : noExtras;
	return {
		newCardsPerDay: settings.newCardsPerDay + today.newCards,
		reviewsPerDay: settings.reviewsPerDay + today.reviews
	};
}

/** when nothing else is due, learning cards due within this come early: Anki's "learn ahead limit" */
export const learnAheadMs = 20 * 60_000;

/** due cards (the normal queue), or the cards graded Again today */
export type ReviewMode = 'due' | 'forgotten';

export interface QueueView {
	/** card ids, in the order they will be shown */
	queue: string[];
	counts: { learning: number; review: number; new: number };
	/** ready cards held back by today's limits */
	overLimit: { review: number; new: number };
	/** of the new cards, those of today's misses, which come whatever the limit (see `dueQueue`) */
	missedNew: number;
	/** how far today's new cards and reviews run past their limits (see `dueQueue`) */
	newPastLimit: number;
	reviewsPastLimit: number;
	/** when the next card not yet ready is due, ISO */
	nextDueAt?: string;
	limits: DailyLimits;
}

/**
 * The new cards of today's misses that run past the daily new-card limit, with that limit: what
 * Home and /review owe a learner who set 5 new cards a day and sees 37. None when within it.
 */
export function missedPastLimit(
	view: Pick<QueueView, 'missedNew' | 'newPastLimit' | 'limits'>
): { missed: number; limit: number } | undefined {
	if (view.newPastLimit <= 0 || view.missedNew <= 0) return undefined;
	return { missed: view.missedNew, limit: Math.floor(view.limits.newCardsPerDay) };
}

export interface ReviewQueueInput {
	mode: ReviewMode;
	bankCards: readonly BankCard[];
	states: readonly CardState[];
	reviewLog: readonly ReviewLogEntry[];
	now: Date;
	startOfDay: Date;
	limits: DailyLimits;
	topic?: string;
	/** the cards of missed quiz questions, to take first (see `dueQueue`) */
	priority?: readonly string[];
	/** those of them missed today, which come whatever the new-card limit (see `dueQueue`) */
	pastLimit?: readonly string[];
	/** in "forgotten" mode: the cards graded Again today, in the topic */
	forgotten: readonly string[];
	/** in "forgotten" mode: those already gone over in this pass */
	forgottenDone: readonly string[];
}

/**
 * The queue of the review page. In "due" mode, the srs due queue, then the learning cards due
 * within {@link learnAheadMs}, which so come once nothing else is due, as in Anki; they are counted
 * as learning from the start, as Anki's red count is, so the count does not drop by one when a
 * card falls due and rise again when the next does. In "forgotten" mode, the cards forgotten today
 * not yet gone over again.
 *
 * @example
 * reviewQueue({ mode: 'due', bankCards, states, reviewLog, now, startOfDay, limits, forgotten: [], forgottenDone: [] }).queue[0];
 */
export function reviewQueue(input: ReviewQueueInput): QueueView {
	const { mode, limits, forgotten, forgottenDone } = input;
	if (mode === 'forgotten') {
		const queue = forgotten.filter((id) => !forgottenDone.includes(id));
		return {
			queue,
			counts: { learning: queue.length, review: 0, new: 0 },
			overLimit: { review: 0, new: 0 },
			missedNew: 0,
			newPastLimit: 0,
			reviewsPastLimit: 0,
			limits
		};
	}
	const base = {
		bankCards: input.bankCards,
		states: input.states,
		reviewLog: input.reviewLog,
		startOfDay: input.startOfDay,
		limits,
		topic: input.topic,
		priority: input.priority,
		pastLimit: input.pastLimit
	};
	const due = dueQueue({ ...base, now: input.now });
	const view: QueueView = {
		queue: due.queue,
		counts: due.counts,
		overLimit: due.overLimit,
		missedNew: due.missedNew,
		newPastLimit: due.newPastLimit,
		reviewsPastLimit: due.reviewsPastLimit,
		limits
	};
	if (due.nextDueAt !== undefined) view.nextDueAt = due.nextDueAt;
	// nothing falls due within the limit (the next card is later): a second pass, a whole queue
	// worked out again on every grade, would find no card to add
	const aheadMs = input.now.getTime() + learnAheadMs;
	if (due.nextDueAt === undefined || Date.parse(due.nextDueAt) > aheadMs) return view;
	const ahead = dueQueue({ ...base, now: new Date(aheadMs), buriedAt: input.now });
	// the learning cards due within the limit (the first of its queue) that are not due yet
	const dueNow = new Set(due.queue);
	const early = ahead.queue.slice(0, ahead.counts.learning).filter((id) => !dueNow.has(id));
	if (early.length === 0) return view;
	return {
		...view,
		queue: [...due.queue, ...early],
		counts: { ...due.counts, learning: due.counts.learning + early.length }
	};
}

/** a card as counting needs it, with the quiz questions whose miss brings it in */
export type CountedCard = BankCard & { questions?: readonly string[] | undefined };

export interface DueTodayInput {
	bankCards: readonly CountedCard[];
	/**
	 * the cards made from quiz questions, in the deck once a miss brought them in
	 * @default []
	 */
	derived?: readonly CountedCard[];
	/** the stored card states, log, quiz answers and settings (their daily limits) */
	data: {
		cards: readonly CardState[];
		reviewLog: readonly ReviewLogEntry[];
		/** for the cards of missed questions, which come first and past the new-card limit */
		attempts?: readonly Attempt[];
		settings: DailyLimits;
	};
	now: Date;
	/**
	 * the cards asked for beyond today's limits, so the badge and Today count what /review shows
	 * @default noExtras
	 */
	extras?: TodayExtras;
}

/**
 * What the review page shows when it opens on every topic: the due queue within today's limits,
 * as {@link reviewQueue} works it out in "due" mode, from the same deck (the bank's cards and
 * those a quiz miss brought in) with the cards of missed questions first. The home page's "N
 * cards due" and the badge on Review count this queue, so they say what /review will show.
 *
 * @example
 * dueToday({ bankCards, derived, data, now }).queue.length // 14
 */
export function dueToday({
	bankCards,
	derived = [],
	data,
	now,
	extras = noExtras
}: DueTodayInput): QueueView {
	const startOfDay = learnerDayStart(now);
	const deck = studyDeck(bankCards, derived, data.cards);
	const byQuestion = cardsByQuestion([...bankCards, ...derived]);
	const misses = {
		attempts: data.attempts ?? [],
		cardsOf: (questionId: string) => byQuestion.get(questionId) ?? [],
		states: data.cards
	};
	const priority = missPriority(misses);
	return reviewQueue({
		mode: 'due',
		bankCards: deck.map(({ id, topic, difficulty }) => ({ id, topic, difficulty })),
		priority,
		pastLimit: missedSince({ ...misses, since: startOfDay }),
		states: data.cards,
		reviewLog: data.reviewLog,
		now,
		startOfDay,
		limits: limitsOn(data.settings, extras, startOfDay),
		forgotten: [],
		forgottenDone: []
	});
}

/** items by a key, for lookups in the state classes */
export function indexBy<T, K>(items: readonly T[], key: (item: T) => K): ReadonlyMap<K, T> {
	return new Map(items.map((item) => [key(item), item]));
}

/** the number of distinct values */
export function distinctCount<T>(values: readonly T[]): number {
	return new Set(values).size;
}
