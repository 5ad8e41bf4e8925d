// Every miss becomes a flashcard (issue 13): which of the bank's flashcards teach what a question
// tests, and for a question no card covers, a card made from the question itself. Worked out at
// build time; the quiz data carries each question's cards, the card data each card's questions.
import type { Flashcard, Question, Verdict } from '../content/schema';
import { repeatedClaims } from '../content/checks';
import { questionSummary, rightAnswerText } from './answer-text';

/** a flashcard as a question's feedback names it */
export interface CardRef {
	id: string;
	front: string;
}

/** how many cards one missed question brings into review, at most: the closest ones */
export const cardsPerMiss = 2;

/** the episode claims a question tests: a fact-check's, or those its wrong answers repeat */
export function claimsOf(question: Question): string[] {
	return question.type === 'fact-check' ? [question.claim] : repeatedClaims(question);
}

/**
 * The score from which a bank card teaches what a question tests: a claim the question tests (4),
 * or words of the paper both rest on (2 each). The same words of the episode alone (1) put a card
 * on the same passage, not on the question's point: a miss then brings the card made from the
 * question itself first (a miss of which details fed the preeclampsia features brought only
 * "What can an attribution graph show that the model's answer alone cannot?").
 */
export const closeCardScore = 2;

/** a bank card related to a question, and how closely */
interface ScoredCard {
	id: string;
	score: number;
}

/** the closest bank cards first, at most {@link cardsPerMiss}; among equals, bank order */
function scoredCards(question: Question, flashcards: readonly Flashcard[]): ScoredCard[] {
	const claims = new Set(claimsOf(question));
	const evidence = new Set(question.sources.evidence.map((e) => e.text));
	const quote = question.sources.transcript?.text;
	const scored = flashcards.flatMap((card, index) => {
		let score = 0;
		if (card.claim !== undefined && claims.has(card.claim)) score += 4;
		if (card.topic === question.topic) {
			score += 2 * card.sources.evidence.filter((e) => evidence.has(e.text)).length;
		}
		if (quote !== undefined && card.sources.transcript?.text === quote) score += 1;
		return score > 0 ? [{ id: card.id, score, index }] : [];
	});
	return scored
		.sort((a, b) => b.score - a.score || a.index - b.index)
		.slice(0, cardsPerMiss)
		.map(({ id, score }) => ({ id, score }));
}

/**
 * The bank's flashcards related to a question, closest first, at most {@link cardsPerMiss}: a
 * card on a claim the question tests, then one resting on the same words of the paper (in the
 * same topic), then one quoting the same words of the episode; among equals, bank order. Empty
 * when none is related at all.
 *
 * @example
 * relatedCardIds(factCheckOnC07, flashcards) // ['shared-addition-card-carry-contrast']
 */
export function relatedCardIds(question: Question, flashcards: readonly Flashcard[]): string[] {
	return scoredCards(question, flashcards).map((card) => card.id);
}

/**
 * The id of the card made from a question: stable, since stored reviews refer to it.
 *
 * @example
 * derivedCardId('addition-paths') // 'quiz-addition-paths'
 */
export function derivedCardId(questionId: string): string {
	return `quiz-${questionId}`;
}

/** what a fact-check's card needs of its claim */
export interface CardClaim {
	quote: string;
	verdict: Verdict;
}

/**
 * A quote that ends a sentence: its own closing stop kept inside the marks, else a full stop after
 * them.
 *
 * @example
 * sentenceQuote('it carries the one') // '“it carries the one”.'
 * sentenceQuote('it plans ahead.') // '“it plans ahead.”'
 */
function sentenceQuote(quote: string): string {
	return /[.?!…]$/.test(quote) ? `“${quote}”` : `“${quote}”.`;
}

/**
 * A flashcard made from a question no bank card covers: the question on the front (a fact-check
 * with its quote), the right answer on the back, its explanation and its sources.
 *
 * @example
 * derivedCard(single) // { id: 'quiz-addition-paths', kind: 'concept', front: 'How does the model add 36 and 59?', back: 'Along parallel pathways', … }
 */
export function derivedCard(question: Question, claim?: CardClaim): Flashcard {
	// a one-character answer (a Chinese word) stands in quotation marks, as a card's back needs three
	const answer = rightAnswerText(question, claim?.verdict);
	const front =
		question.type === 'fact-check'
			? `The episode says ${sentenceQuote(claim?.quote ?? question.claim)} What does the paper make of it?`
			: question.type === 'true-false'
				? `True or false: ${question.prompt}`
				: question.type === 'cloze' && question.prompt
					? `${question.prompt} ${questionSummary(question)}`
					: questionSummary(question);
	return {
		id: derivedCardId(question.id),
		topic: question.topic,
		difficulty: question.difficulty,
		explanation: question.explanation,
		sources: question.sources,
		kind: 'concept',
		front,
		back: answer.length < 3 ? `“${answer}”` : answer
	};
}

export interface QuestionCards {
	/** by question id: the cards a miss brings into review (at least one each) */
	cardsOf: ReadonlyMap<string, CardRef[]>;
	/** the cards made from questions no bank card is close to, in bank order */
	derived: Flashcard[];
	/** by card id: the questions whose miss brings it in */
	questionsOf: ReadonlyMap<string, string[]>;
}

/**
 * The cards of every question: the bank cards on its point, or else a card made from it, followed
 * by the nearest bank card when there is one.
 *
 * @example
 * const { cardsOf, derived, questionsOf } = questionCards(questions, flashcards, (id) => claims.find((c) => c.id === id));
 * cardsOf.get('addition-paths') // [{ id: 'shared-addition-card-paths', front: 'How does …' }]
 */
export function questionCards(
	questions: readonly Question[],
	flashcards: readonly Flashcard[],
	claimOf: (claimId: string) => CardClaim | undefined
): QuestionCards {
	const fronts = new Map(flashcards.map((card) => [card.id, card.front]));
	const cardsOf = new Map<string, CardRef[]>();
	const derived: Flashcard[] = [];
	const questionsOf = new Map<string, string[]>();
	for (const question of questions) {
		const related = scoredCards(question, flashcards);
		let refs = related.map(({ id }) => ({ id, front: fronts.get(id) as string }));
		// no bank card on the question's point: the card made from it, and the nearest one after it
		if (!related.some((card) => card.score >= closeCardScore)) {
			const claim = question.type === 'fact-check' ? claimOf(question.claim) : undefined;
			const card = derivedCard(question, claim);
			derived.push(card);
			refs = [{ id: card.id, front: card.front }, ...refs].slice(0, cardsPerMiss);
		}
		cardsOf.set(question.id, refs);
		for (const ref of refs)
			questionsOf.set(ref.id, [...(questionsOf.get(ref.id) ?? []), question.id]);
	}
	return { cardsOf, derived, questionsOf };
}
