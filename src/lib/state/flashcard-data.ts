// Fetches the prerendered flashcards (/cards-data/cards.json) in the browser and checks their
// shape, so a stale or broken file is reported instead of breaking the page.
import * as z from 'zod/mini';
import type { FlashcardsPayload } from '$lib/content/flashcard-items';

// zod probes `new Function` unless told not to, and the CSP forbids it
z.config({ jitless: true });

/** where the build puts every card (src/routes/cards-data/cards.json/+server.ts) */
export const flashcardsUrl = '/cards-data/cards.json';

const text = z.string().check(z.minLength(1));

const Payload = z.object({
	paperUrl: text,
	topics: z.array(z.object({ id: text, title: text })),
	cards: z.array(
		z.object({
			id: text,
			topic: text,
			difficulty: z.enum(['recall', 'mechanism', 'transfer']),
			kind: z.enum(['concept', 'contrast']),
			front: text,
			back: text,
			explanation: text,
			claim: z.optional(text),
			transcript: z.optional(
				z.object({ section: text, sectionTitle: text, quote: text, paragraphId: text })
			),
			paper: z.array(z.object({ section: text, title: text }))
		})
	)
});

export type FlashcardsResult =
	{ ok: true; payload: FlashcardsPayload } | { ok: false; reason: string };

/** Loads the cards; never throws. */
export async function fetchFlashcards(fetcher: typeof fetch = fetch): Promise<FlashcardsResult> {
	let body: unknown;
	try {
		const response = await fetcher(flashcardsUrl);
		if (!response.ok) return { ok: false, reason: `the server answered ${response.status}` };
		body = await response.json();
	} catch (error) {
		return { ok: false, reason: error instanceof Error ? error.message : String(error) };
	}
	const parsed = Payload.safeParse(body);
	if (!parsed.success)
		return { ok: false, reason: 'the card file does not have the expected shape' };
	// the schema checks the shape; ids and topics come from our own build
	return { ok: true, payload: parsed.data as FlashcardsPayload };
}
