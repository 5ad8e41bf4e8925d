// From a missed quiz question to today's review (issue 13): the cards of a missed question are
// due now, and they come first in review (those of answers the learner was sure of, first of all)
// until they have been reviewed since the miss. Pure: the time and the stored data are passed in.
import type { Attempt, CardState } from '../model/schema';
import { newCardState } from './scheduler';
import { assertValidDate, isoToMs } from './time';

export interface BringIntoReviewInput {
	/** the stored card states */
	cards: readonly CardState[];
	/** the cards of the missed question */
	cardIds: readonly string[];
	now: Date;
}

export interface BroughtIntoReview {
	/** the stored card states after the miss */
	cards: CardState[];
	/** the cards now in today's review, in the order given: all but suspended ones */
	brought: string[];
	/** those of them that were buried until a later moment: the miss ended their bury */
	unburied: string[];
	/** those of them the learner did not have yet: each got its first state */
	added: string[];
}

/**
 * Puts the cards of a missed question into today's review: a card already studied is due now
 * (unless it was due sooner), and a card never studied gets its first state, new and due now, so
 * a card made from a question joins the learner's deck. A suspended card is left as the learner
 * set it; a buried one is brought back now.
 *
 * @example
 * bringIntoReview({ cards: data.cards, cardIds: ['rhyme-planning-card-plan'], now })
 * // { cards: [… { cardId: 'rhyme-planning-card-plan', due: now, … }], brought: ['rhyme-planning-card-plan'], unburied: [], added: [] }
 */
export function bringIntoReview({ cards, cardIds, now }: BringIntoReviewInput): BroughtIntoReview {
	assertValidDate(now, 'now');
	const nowIso = now.toISOString();
	const byId = new Map(cards.map((card) => [card.cardId, card]));
	const brought: string[] = [];
	const unburied: string[] = [];
	const added: CardState[] = [];
	for (const cardId of cardIds) {
		const state = byId.get(cardId);
		if (state?.suspended) continue;
		brought.push(cardId);
		if (!state) {
			const fresh = newCardState(cardId, now);
			byId.set(cardId, fresh);
			added.push(fresh);
			continue;
		}
		// a miss is the reason to study it now: a bury ends with it
		const { buriedUntil, ...open } = state;
		const sooner = isoToMs(state.due) > now.getTime();
		if (sooner || buriedUntil !== undefined)
			byId.set(cardId, sooner ? { ...open, due: nowIso } : open);
		if (buriedUntil !== undefined && isoToMs(buriedUntil) > now.getTime()) unburied.push(cardId);
	}
	return {
		cards: [...cards.map((card) => byId.get(card.cardId) as CardState), ...added],
		brought,
		unburied,
		added: added.map((card) => card.cardId)
	};
}

export interface MissPriorityInput {
	attempts: readonly Attempt[];
	/** the cards a question's miss brings in */
	cardsOf: (questionId: string) => readonly string[];
	states: readonly CardState[];
}

/**
 * The cards missed quiz questions brought into review, in the order review takes them first:
 * those of answers given as "sure" and wrong, then the others, each in the order of the misses.
 * A card leaves the list once it has been reviewed after its last miss; suspended cards are left
 * out.
 *
 * @example
 * missPriority({ attempts: data.attempts, cardsOf: (id) => cardsOfQuestion.get(id) ?? [], states: data.cards })
 * // ['addition-card-carry', 'rhyme-planning-card-plan']
 */
export function missPriority({ attempts, cardsOf, states }: MissPriorityInput): string[] {
	const stateById = new Map(states.map((state) => [state.cardId, state]));
	const reviewedAt = (cardId: string) => {
		const last = stateById.get(cardId)?.last_review;
		return last === undefined ? -Infinity : isoToMs(last);
	};
	const sure = new Set<string>();
	const other = new Set<string>();
	for (const attempt of attempts) {
		if (attempt.correct) continue;
		const at = isoToMs(attempt.answeredAt);
		for (const cardId of cardsOf(attempt.questionId)) {
			if (stateById.get(cardId)?.suspended || reviewedAt(cardId) >= at) continue;
			(attempt.confidence === 'sure' ? sure : other).add(cardId);
		}
	}
	return [...sure, ...[...other].filter((id) => !sure.has(id))];
}

/**
 * The cards of the questions missed since `since` (the learner day's start), not reviewed since:
 * those a miss brings into today's review whatever the new-card limit. The cards of earlier
 * misses still come first ({@link missPriority}), but within the limit: a learner with 138 of
 * them waiting from a year of quizzes, and a limit of 20, or 0, was given all 138 in a day.
 *
 * @example
 * missedSince({ attempts: data.attempts, cardsOf, states: data.cards, since: learnerDayStart(now) })
 */
export function missedSince({ since, ...input }: MissPriorityInput & { since: Date }): string[] {
	const sinceMs = since.getTime();
	return missPriority({
		...input,
		attempts: input.attempts.filter((attempt) => isoToMs(attempt.answeredAt) >= sinceMs)
	});
}

/**
 * A learner's deck: every card of the bank, then the cards made from quiz questions that a miss
 * has brought in (those with a stored state), in their order.
 *
 * @example
 * studyDeck(payload.cards, payload.derived, data.cards).length // 203 bank cards + 2 brought in
 */
export function studyDeck<T extends { id: string }>(
	bank: readonly T[],
	derived: readonly T[],
	states: readonly CardState[]
): T[] {
	const stored = new Set(states.map((state) => state.cardId));
	return [...bank, ...derived.filter((card) => stored.has(card.id))];
}

/**
 * By question id, the cards its miss brings in: the cards' `questions` lists turned round.
 *
 * @example
 * cardsByQuestion(payload.cards).get('addition-paths') // ['shared-addition-card-paths']
 */
export function cardsByQuestion(
	cards: readonly { id: string; questions?: readonly string[] | undefined }[]
): Map<string, string[]> {
	const byQuestion = new Map<string, string[]>();
	for (const card of cards) {
		for (const questionId of card.questions ?? []) {
			byQuestion.set(questionId, [...(byQuestion.get(questionId) ?? []), card.id]);
		}
	}
	return byQuestion;
}
