// The flashcards of every question (src/lib/quiz/question-cards.ts), worked out once at build time
// for the two files that carry them: each question's cards in the quiz data, and the cards made
// from questions (with each card's questions) in the card data.
import { claims, flashcards, questions } from '$lib/content';
import { questionCards } from '$lib/quiz/question-cards';

export const { cardsOf, derived, questionsOf } = questionCards(questions, flashcards, (id) =>
	claims.find((claim) => claim.id === id)
);
