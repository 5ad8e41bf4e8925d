import { describe, expect, it } from 'vitest';
import type { QuizItem } from '$lib/content/quiz-items';
import { single } from '$lib/quiz/fixtures';
import { fetchQuizItems } from './quiz-data';

const item: QuizItem = {
	question: single,
	topicTitle: 'Addition',
	paper: [{ section: '6', title: 'Addition', href: 'https://example.org/paper' }],
	evidence: [],
	misconceptions: [],
	cards: [{ id: 'shared-addition-card-paths', front: 'How does the model add?' }]
};

const serving =
	(body: unknown, asked: string[] = []): typeof fetch =>
	async (url) => {
		asked.push(String(url));
		return new Response(JSON.stringify(body));
	};

describe('fetchQuizItems', () => {
	it('returns the items of the file asked for, checked by the schema the build used', async () => {
		const asked: string[] = [];
		const fetcher = serving({ file: 'topic-jailbreak', items: [item] }, asked);
		await expect(fetchQuizItems('topic-jailbreak', fetcher)).resolves.toEqual([item]);
		expect(asked).toEqual(['/quiz-data/topic-jailbreak.json']);
	});

	it('refuses another set’s file and a question that is not valid content', async () => {
		await expect(fetchQuizItems('all', serving({ file: 'fact-check', items: [] }))).rejects.toThrow(
			/another quiz/
		);
		const broken = { ...item, question: { ...single, options: [] } };
		await expect(fetchQuizItems('all', serving({ file: 'all', items: [broken] }))).rejects.toThrow(
			/expected form/
		);
	});
});
