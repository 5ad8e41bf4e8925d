// every flashcard with its sources, prerendered to /cards-data/cards.json: /review and /cards fetch
// it after mount, so it stays out of their HTML (budget: 14 KB gzip a page).
import { json } from '@sveltejs/kit';
import { flashcards, sections, topics, transcript } from '$lib/content';
import { toFlashcardsPayload } from '$lib/content/flashcard-items';
import { derived, questionsOf } from '../../question-cards.server';

export const prerender = true;

export function GET() {
	return json(
		toFlashcardsPayload({ flashcards, topics, sections, transcript, derived, questionsOf })
	);
}
