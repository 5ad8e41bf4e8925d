// mastery of each topic: what the learner got right at their last try of its questions, and which
// of its flashcards they remembered at their last review.
import { lastAttempts } from '../quiz/sets';
import { isoToMs } from '../srs/time';
import type { AppData, ReviewLogEntry } from '../model/schema';
import type { MetaTopic } from './meta';

/** a topic, or any other group of questions and cards mastery is measured on (an episode section) */
export type MasteryGroup = Pick<MetaTopic, 'title' | 'questionIds' | 'cardIds'> & { id: string };

export interface TopicMastery {
	topic: string;
	title: string;
	/** questions on the topic, and those whose last answer was right */
	questions: number;
	answered: number;
	lastCorrect: number;
	/** flashcards on the topic, those studied, and those remembered at their last review */
	cards: number;
	studied: number;
	remembered: number;
	/** the two parts, 0 to 1: lastCorrect / questions, remembered / cards (undefined without items) */
	quizPart?: number;
	cardPart?: number;
	/** the mean of the parts the topic has, 0 to 1 */
	mastery: number;
}

/**
 * Mastery per topic, weakest first (bank order among equals). A topic's mastery is the mean of
 * its quiz part (questions whose last answer was right, out of all its questions) and its card
 * part (cards whose last review was not Again, out of all its cards): both count what is not yet
 * studied as not yet known, so a topic is mastered only when all of it is.
 *
 * @example
 * masteryByTopic(data, meta.topics)[0]
 * // { topic: 'jailbreak', title: 'Life of a jailbreak', questions: 20, lastCorrect: 2, …, mastery: 0.1 }
 */
export function masteryByTopic(
	data: Pick<AppData, 'attempts' | 'reviewLog' | 'cards'>,
	topics: readonly MasteryGroup[]
): TopicMastery[] {
	const last = lastAttempts(data.attempts);
	const lastReview = new Map<string, ReviewLogEntry>();
	for (const entry of data.reviewLog) {
		const previous = lastReview.get(entry.cardId);
		if (!previous || isoToMs(entry.reviewedAt) >= isoToMs(previous.reviewedAt))
			lastReview.set(entry.cardId, entry);
	}
	const stateOf = new Map(data.cards.map((c) => [c.cardId, c]));

	const rows = topics.map((topic): TopicMastery => {
		let answered = 0;
		let lastCorrect = 0;
		for (const id of topic.questionIds) {
			const attempt = last.get(id);
			if (!attempt) continue;
			answered++;
			if (attempt.correct) lastCorrect++;
		}
		let studied = 0;
		let remembered = 0;
		for (const id of topic.cardIds) {
			const review = lastReview.get(id);
			const state = stateOf.get(id);
			if (review) {
				studied++;
				if (review.rating !== 1) remembered++;
			} else if (state && state.reps > 0) {
				// a card state without its log (an old import): in review means it was remembered
				studied++;
				if (state.state === 2) remembered++;
			}
		}
		const quizPart =
			topic.questionIds.length > 0 ? lastCorrect / topic.questionIds.length : undefined;
		const cardPart = topic.cardIds.length > 0 ? remembered / topic.cardIds.length : undefined;
		const parts = [quizPart, cardPart].filter((p): p is number => p !== undefined);
		return {
			topic: topic.id,
			title: topic.title,
			questions: topic.questionIds.length,
			answered,
			lastCorrect,
			cards: topic.cardIds.length,
			studied,
			remembered,
			...(quizPart === undefined ? {} : { quizPart }),
			...(cardPart === undefined ? {} : { cardPart }),
			mastery: parts.length > 0 ? parts.reduce((a, b) => a + b, 0) / parts.length : 0
		};
	});
	// Array.prototype.sort is stable: equals keep bank order
	return rows.sort((a, b) => a.mastery - b.mastery);
}
