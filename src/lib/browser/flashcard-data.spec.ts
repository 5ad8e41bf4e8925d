import { describe, expect, it } from 'vitest';
import type { StoredFlashcards } from '$lib/content/flashcard-items';
import { fetchFlashcards, flashcardsUrl } from './flashcard-data';

const card: StoredFlashcards['cards'][number] = {
	id: 'addition-card',
	topic: 'shared-addition',
	difficulty: 'recall',
	kind: 'concept',
	front: 'How does the model add?',
	back: 'Along parallel pathways.',
	explanation: 'One pathway finds the last digit, another the rough size of the sum.',
	paper: [{ section: '6', title: 'Addition' }],
	evidence: [{ section: '6', text: 'the model adds numbers along two parallel pathways here' }]
};

const stored: StoredFlashcards = {
	paperUrl: 'https://transformer-circuits.pub/2025/attribution-graphs/biology.html',
	topics: [{ id: 'shared-addition', title: 'Addition' }],
	cards: [card],
	// a card made from a question, with the question whose miss brings it in
	derived: [{ ...card, id: 'question-addition-paths', questions: ['addition-paths'] }]
};

const serving =
	(body: unknown, asked: string[] = []): typeof fetch =>
	async (url) => {
		asked.push(String(url));
		return new Response(JSON.stringify(body));
	};

describe('fetchFlashcards', () => {
	it('checks the stored cards and adds each passage’s § title and highlighting link', async () => {
		const asked: string[] = [];
		const result = await fetchFlashcards(serving(stored, asked));
		expect(asked).toEqual([flashcardsUrl]);
		if (!result.ok) throw new Error(result.reason);
		expect(result.payload.cards[0]?.evidence).toEqual([
			{
				section: '6',
				sectionTitle: 'Addition',
				text: 'the model adds numbers along two parallel pathways here',
				href: expect.stringMatching(/biology\.html#:~:text=the%20model%20adds/)
			}
		]);
		// the cards made from questions are resolved alike
		expect(result.payload.derived[0]?.evidence).toEqual(result.payload.cards[0]?.evidence);
		expect(result.payload.derived[0]?.questions).toEqual(['addition-paths']);
	});

	it('says why when the file is not in the expected form', async () => {
		const result = await fetchFlashcards(serving({ ...stored, cards: [{ id: 'x' }] }));
		expect(result).toEqual({
			ok: false,
			reason: 'the downloaded file is not in the expected form'
		});
	});
});
