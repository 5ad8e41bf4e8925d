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
