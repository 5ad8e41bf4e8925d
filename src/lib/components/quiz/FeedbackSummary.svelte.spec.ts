import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { quizItem } from '$lib/content/test-items';
import { single } from '$lib/quiz/fixtures';
import type { Attempt } from '$lib/model/schema';
import FeedbackSummary from './FeedbackSummary.svelte';

const item = quizItem(single);
const miss: Attempt = {
	id: 'a1',
	questionId: single.id,
	setId: 'mixed-all',
	sessionId: 's1',
	answeredAt: '2025-03-01T10:00:00.000Z',
	response: { type: 'skip' },
	correct: false
};
const known = { id: 'known', front: 'What is a feature?' };
const fresh = { id: 'fresh', front: 'What is an error node?' };

describe('FeedbackSummary: the cards a miss brings into review', () => {
	it('says which are added and which were the learner’s already, with one link to review', async () => {
		render(FeedbackSummary, { item, attempt: miss, addedCards: [known, fresh], newCards: [fresh] });
		await expect
			.element(page.getByText('Added to your flashcards: “What is an error node?”'))
			.toBeVisible();
		await expect
			.element(page.getByText('Already in your flashcards, now due today: “What is a feature?”'))
			.toBeVisible();
		expect(page.getByRole('link', { name: 'Review today' }).all()).toHaveLength(1);
	});

	it('names them all as brought into review when it does not know which are new', async () => {
		render(FeedbackSummary, { item, attempt: miss, addedCards: [known, fresh] });
		await expect
			.element(
				page.getByText(
					'This miss brought into review: “What is a feature?”; “What is an error node?”'
				)
			)
			.toBeVisible();
		await expect.element(page.getByText(/Added to your flashcards/)).not.toBeInTheDocument();
	});
});
