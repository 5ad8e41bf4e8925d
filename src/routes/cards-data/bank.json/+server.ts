// /cards-data/bank.json: each card's id, topic, difficulty and episode section, what counting the
// cards due needs. Small (a few KB), so every page can fetch it for the badge on Review.
import { json } from '@sveltejs/kit';
import { flashcards } from '$lib/content';
import type { CardOutlinesPayload } from '$lib/content/flashcard-items';

export const prerender = true;

export function GET() {
	const payload: CardOutlinesPayload = {
		cards: flashcards.map((c) => ({
			id: c.id,
			topic: c.topic,
			difficulty: c.difficulty,
			...(c.sources.transcript ? { section: c.sources.transcript.section } : {})
		}))
	};
	return json(payload);
}
