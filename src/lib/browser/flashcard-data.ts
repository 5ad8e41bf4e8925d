// The prerendered flashcards (/cards-data/cards.json), checked by the schema the build wrote them
// with, their evidence links then worked out as the build would.
import {
	resolveFlashcards,
	StoredFlashcards,
	type FlashcardsPayload
} from '$lib/content/flashcard-items';
import { fetchJson } from './fetch-json';

/** where the build puts every card (src/routes/cards-data/cards.json/+server.ts) */
export const flashcardsUrl = '/cards-data/cards.json';

export type FlashcardsResult =
	{ ok: true; payload: FlashcardsPayload } | { ok: false; reason: string };

/** Loads the cards; never throws. */
export async function fetchFlashcards(fetcher: typeof fetch = fetch): Promise<FlashcardsResult> {
	try {
		const stored = await fetchJson(flashcardsUrl, StoredFlashcards, fetcher);
		return { ok: true, payload: resolveFlashcards(stored) };
	} catch (error) {
		return { ok: false, reason: error instanceof Error ? error.message : String(error) };
	}
}
