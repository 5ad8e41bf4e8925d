import { describe, expect, it } from 'vitest';
import { flashcards, questions, topics } from '$lib/content';
import { load } from './+page.server';

describe('the home page’s topics', () => {
	it('say how many questions and flashcards each has, in the plural only for more than one, and whether it is key', () => {
		const listed = load().topics;
		expect(listed.map((t) => t.id)).toEqual(topics.map((t) => t.id));
		for (const topic of topics) {
			const shown = listed.find((t) => t.id === topic.id);
			const asked = questions.filter((q) => q.topic === topic.id).length;
			const cards = flashcards.filter((c) => c.topic === topic.id).length;
			const words = (n: number, noun: string) => `${n} ${n === 1 ? noun : `${noun}s`}`;
			expect(shown?.questions).toBe(asked);
			expect(shown?.facts).toBe(
				`${words(asked, 'question')} · ${words(cards, 'flashcard')}${topic.core ? ' · key topic' : ''}`
			);
		}
	});
});

describe('the home page’s quiz scores', () => {
	it('can name every quiz a learner finishes: the first visit’s mixed quiz at its depth, the retry and the repair quiz', () => {
		const { quizSets, titles } = load();
		const byId = new Map(quizSets.map((s) => [s.id, s]));
		expect(byId.get('mixed-10-depth-1')).toEqual({
			id: 'mixed-10-depth-1',
			title: '10 random questions: What the episode said',
			href: '/quiz/mixed-10?depth=1'
		});
		expect(byId.get('repair')?.href).toBe('/quiz/repair');
		// a retry is started from results: its score links to its latest results
		expect(byId.get('retry')?.href).toBe('/quiz/retry/results');
		expect(byId.get('section-closing-depth-2')?.href).toBe('/quiz/section-closing?depth=2');
		// Today's unfinished quizzes are named from the same list
		expect(titles['mixed-10-depth-1']).toBe('10 random questions: What the episode said');
	});
});
