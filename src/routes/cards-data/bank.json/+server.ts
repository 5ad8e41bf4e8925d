// /cards-data/bank.json: each card's id, topic, difficulty, episode section and the questions whose
// miss brings it in, what counting the cards due needs (the same deck and order /review works
// from). Small, so every page can fetch it for the badge on Review.
import { json } from '@sveltejs/kit';
import { flashcards } from '$lib/content';
import type { Flashcard } from '$lib/content/schema';
import type { CardOutline, CardOutlinesPayload } from '$lib/content/flashcard-items';
import { derived, questionsOf } from '../../question-cards.server';

export const prerender = true;

function outline(c: Flashcard): CardOutline {
	const questions = questionsOf.get(c.id) ?? [];
	return {
		id: c.id,
		topic: c.topic,
		difficulty: c.difficulty,
		...(c.sources.transcript ? { section: c.sources.transcript.section } : {}),
		...(questions.length > 0 ? { questions: [...questions] } : {})
	};
}

export function GET() {
	const payload: CardOutlinesPayload = {
		cards: flashcards.map(outline),
		derived: derived.map(outline)
	};
	return json(payload);
}
