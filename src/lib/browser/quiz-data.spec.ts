import { describe, expect, it } from 'vitest';
import type { QuizChunk, QuizContext, StoredQuizItem } from '$lib/content/quiz-items';
import { factCheck, single } from '$lib/quiz/fixtures';
import { fetchQuizItems } from './quiz-data';

const context: QuizContext = {
	topics: [
		{ id: 'shared-addition', title: 'Addition' },
		{ id: 'podcast-vs-paper', title: 'Fact-check the episode' }
	],
	sections: [{ id: 'key-concepts-1', title: 'Key Concepts Part 1' }],
	claims: [
		{
			id: 'C07',
			verdict: 'DISTORTED',
			quote: 'it carries digits like we do',
			paperSays: 'The paper finds parallel pathways, not the carrying algorithm people learn.',
			paper: [{ section: '6', title: 'Addition', href: 'https://example.org/paper' }]
		}
	],
	chunks: ['a', 'b']
};

const serving =
	(files: Record<string, unknown>, asked: string[] = []): typeof fetch =>
	async (url) => {
		asked.push(String(url));
		const body = files[String(url)];
		return body === undefined
			? new Response('', { status: 404 })
			: new Response(JSON.stringify(body));
	};

const stored = (n: number, question: StoredQuizItem['question']): StoredQuizItem => ({
	n,
	question,
	cards: [{ id: `card-of-${question.id}`, front: `The card of ${question.id}` }]
});

describe('fetchQuizItems', () => {
	it('fetches the shared file and the files asked for, and returns their questions in bank order', async () => {
		const asked: string[] = [];
		const first = { ...single, id: 'first', topic: 'shared-addition' as const };
		const second = { ...single, id: 'second', topic: 'shared-addition' as const };
		const files: Record<string, QuizChunk | QuizContext> = {
			'/quiz-data/context.json': context,
			'/quiz-data/a.json': { chunk: 'a', items: [stored(3, second)] },
			'/quiz-data/b.json': {
				chunk: 'b',
				items: [
					{ ...stored(1, first), passage: { anchor: 'p-9', wordOffset: 90, sectionWordOffset: 12 } }
				]
			}
		};
		const items = await fetchQuizItems(['a', 'b'], serving(files, asked));
		expect(items.map((i) => i.question.id)).toEqual(['first', 'second']);
		expect(items[0]?.topicTitle).toBe('Addition');
		// what the question links to is worked out from it and the shared file, not stored with it
		expect(items[0]?.misconceptions.map((m) => m.id)).toEqual(['C07']);
		expect(items[0]?.passage).toEqual({
			anchor: 'p-9',
			section: 'key-concepts-1',
			sectionTitle: 'Key Concepts Part 1',
			quote: first.sources.transcript?.text,
			wordOffset: 90,
			sectionWordOffset: 12
		});
		expect(items[0]?.evidence[0]?.href).toMatch(/#:~:text=/);
		// each question's flashcards travel with it
		expect(items[1]?.cards).toEqual([{ id: 'card-of-second', front: 'The card of second' }]);
		expect(asked.sort()).toEqual([
			'/quiz-data/a.json',
			'/quiz-data/b.json',
			'/quiz-data/context.json'
		]);
	});

	it('refuses another file, a question that is not valid content, and files of two versions', async () => {
		const files = (chunk: unknown): Record<string, unknown> => ({
			'/quiz-data/context.json': context,
			'/quiz-data/a.json': chunk
		});
		await expect(fetchQuizItems(['a'], serving(files({ chunk: 'b', items: [] })))).rejects.toThrow(
			/another quiz/
		);
		const broken = { ...single, options: [] };
		await expect(
			fetchQuizItems(['a'], serving(files({ chunk: 'a', items: [stored(0, broken)] })))
		).rejects.toThrow(/expected form/);
		// a fact-check whose claim the shared file does not have
		const unknownClaim = { ...factCheck, claim: 'C08' };
		await expect(
			fetchQuizItems(['a'], serving(files({ chunk: 'a', items: [stored(0, unknownClaim)] })))
		).rejects.toThrow(/do not match/);
	});

	it('says so when a file is missing', async () => {
		await expect(
			fetchQuizItems(['a'], serving({ '/quiz-data/context.json': context }))
		).rejects.toThrow(/404/);
	});
});
