import { describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import type { TodayPlan } from '$lib/progress/today';
import StartCard from './StartCard.svelte';
import TodayView from './TodayView.svelte';

const now = new Date(2025, 2, 10, 12, 0, 0);

const plan = (overrides: Partial<TodayPlan> = {}): TodayPlan => ({
	firstVisit: false,
	due: {
		count: 14,
		counts: { learning: 1, review: 3, new: 10 },
		overLimit: { review: 0, new: 0 }
	},
	unfinished: [],
	repair: 0,
	streaks: { current: 3, longest: 5 },
	reviewsToday: 12,
	answersToday: 4,
	...overrides
});

const titles = { 'section-closing': 'Quiz me on Closing', 'mixed-10': '10 random questions' };

function show(
	today: TodayPlan,
	extra: Partial<Parameters<typeof render<typeof TodayView>>[1]> = {}
) {
	const ondiscard = vi.fn();
	const onundo = vi.fn();
	render(TodayView, {
		plan: today,
		titles,
		now,
		ondiscard,
		onundo,
		headingId: 'today',
		StartCard,
		...extra
	});
	return { ondiscard, onundo };
}

describe('TodayView', () => {
	it('offers the first visit ten questions on the whole episode, at depth 1', async () => {
		show(plan({ firstVisit: true, due: { ...plan().due, count: 20 } }));
		await expect.element(page.getByRole('heading', { name: 'Just listened?' })).toBeVisible();
		await expect
			.element(page.getByRole('link', { name: 'Start with 10 questions on the whole episode' }))
			.toHaveAttribute('href', '/quiz/mixed-10?depth=1');
		// nothing else competes with it
		await expect.element(page.getByRole('link', { name: 'Review now' })).not.toBeInTheDocument();
		await expect.element(page.getByText('Streak')).not.toBeInTheDocument();
	});

	it('says how many cards there are to study and leads to the review', async () => {
		show(plan());
		await expect.element(page.getByRole('heading', { name: '14 cards to study' })).toBeVisible();
		await expect.element(page.getByText('New 10 · Learning 1 · To review 3')).toBeVisible();
		await expect
			.element(page.getByRole('link', { name: 'Review now' }))
			.toHaveAttribute('href', '/review');
		await expect
			.element(page.getByRole('link', { name: 'Start with 10 questions on the whole episode' }))
			.not.toBeInTheDocument();
	});

	it('calls due only the cards met before, as Anki does: cards never studied are to learn', async () => {
		const counts = { learning: 0, review: 0, new: 20 };
		show(plan({ due: { ...plan().due, count: 20, counts } }));
		await expect
			.element(page.getByRole('heading', { name: '20 new cards to learn' }))
			.toBeVisible();
		await expect.element(page.getByText(/due/)).not.toBeInTheDocument();
	});

	it('says "due" when every card has been met before', async () => {
		const counts = { learning: 1, review: 3, new: 0 };
		show(plan({ due: { ...plan().due, count: 4, counts } }));
		await expect.element(page.getByRole('heading', { name: '4 cards due' })).toBeVisible();
	});

	it('says why there are more new cards than the daily limit: today’s misses', async () => {
		const counts = { learning: 0, review: 0, new: 12 };
		const missedPastLimit = { missed: 9, limit: 5 };
		show(plan({ due: { ...plan().due, count: 12, counts, missedPastLimit } }));
		await expect
			.element(
				page.getByText(
					'9 new cards come from questions you missed today, whatever your daily limit of 5 new cards.'
				)
			)
			.toBeVisible();
	});

	it('says nothing of misses when the new cards are within the limit', async () => {
		show(plan());
		await expect.element(page.getByText(/questions you missed/)).not.toBeInTheDocument();
	});

	it('says when the next card is due when none is now', async () => {
		const nextDueAt = new Date(now.getTime() + 3 * 3_600_000).toISOString();
		show(plan({ due: { ...plan().due, count: 0, nextDueAt } }));
		await expect.element(page.getByRole('heading', { name: 'No cards due now' })).toBeVisible();
		await expect.element(page.getByText('in 3 hours')).toBeVisible();
		await expect.element(page.getByRole('link', { name: 'Review now' })).not.toBeInTheDocument();
	});

	it('offers each quiz left unfinished to continue or discard, and undo', async () => {
		const { ondiscard, onundo } = show(
			plan({
				unfinished: [
					{
						id: 'q1',
						setId: 'section-closing',
						answered: 3,
						total: 12,
						lastActiveAt: now.toISOString()
					}
				]
			}),
			{ message: { text: 'Discarded “Quiz me on Closing”.', undo: true } }
		);
		await expect.element(page.getByText('3 of 12 questions answered')).toBeVisible();
		await expect
			.element(page.getByRole('link', { name: 'Continue Quiz me on Closing' }))
			.toHaveAttribute('href', '/quiz/section-closing');
		await page.getByRole('button', { name: 'Discard Quiz me on Closing' }).click();
		expect(ondiscard).toHaveBeenCalledWith('q1', 'Quiz me on Closing');
		await expect.element(page.getByRole('status')).toHaveTextContent('Discarded');
		await page.getByRole('button', { name: 'Undo' }).click();
		expect(onundo).toHaveBeenCalledOnce();
	});

	it('puts the focus on the quiz after Undo, or on the heading when there is none', async () => {
		const closing = {
			id: 'q1',
			setId: 'section-closing',
			answered: 3,
			total: 12,
			lastActiveAt: now.toISOString()
		};
		const heading = document.createElement('h2');
		Object.assign(heading, { id: 'today', tabIndex: -1, textContent: 'Today' });
		document.body.append(heading);
		show(plan({ unfinished: [closing] }), {
			message: { text: 'The quiz is back where you left it.', undo: false, focusQuiz: 'q1' }
		});
		await expect
			.element(page.getByRole('link', { name: 'Continue Quiz me on Closing' }))
			.toHaveFocus();
		document.body.replaceChildren(heading);
		show(plan(), {
			message: { text: 'It could not be put back: a newer quiz …', undo: false }
		});
		await expect.element(page.getByRole('heading', { name: 'Today', exact: true })).toHaveFocus();
		heading.remove();
	});

	it('offers the repair quiz only when there is something to repair', async () => {
		show(plan({ repair: 2 }));
		await expect
			.element(page.getByRole('link', { name: 'Repair 2 misconceptions' }))
			.toHaveAttribute('href', '/quiz/repair');
		document.body.replaceChildren();
		show(plan({ repair: 0 }));
		await expect.element(page.getByRole('link', { name: /^Repair/ })).not.toBeInTheDocument();
	});

	it('suggests one next step at its depth', async () => {
		show(
			plan({
				suggestion: {
					kind: 'section',
					setId: 'section-closing',
					title: 'Closing',
					depth: 2,
					mastery: 0.3,
					answered: 5,
					questions: 30
				}
			})
		);
		await expect
			.element(page.getByRole('link', { name: 'Quiz me on Closing: What the paper shows' }))
			.toHaveAttribute('href', '/quiz/section-closing?depth=2');
		await expect
			.element(
				page.getByText('Your weakest part so far: 5 of its 30 questions answered, 30% mastered.')
			)
			.toBeVisible();
	});

	it('says how well, not how many, of a weakest part whose every question is answered', async () => {
		show(
			plan({
				suggestion: {
					kind: 'topic',
					setId: 'topic-hallucinations',
					title: 'Hallucinations',
					depth: 3,
					mastery: 0.62,
					answered: 105,
					questions: 105
				}
			})
		);
		await expect
			.element(
				page.getByText('Your weakest part so far: all its 105 questions answered, 62% mastered.')
			)
			.toBeVisible();
		await expect.element(page.getByText(/105 of its 105/)).not.toBeInTheDocument();
	});

	it('gives the streak and today’s work', async () => {
		show(plan());
		await expect
			.element(page.getByText('Streak: 3 days (longest 5 days). Today: 12 reviews and 4 answers.'))
			.toBeVisible();
	});

	it('says a streak has ended, not that there was none, after a missed day', async () => {
		show(plan({ streaks: { current: 0, longest: 3 }, reviewsToday: 0, answersToday: 0 }));
		await expect
			.element(
				page.getByText(
					'No current streak (longest 3 days): study today to start a new one. Nothing studied yet today.'
				)
			)
			.toBeVisible();
		show(plan({ streaks: { current: 0, longest: 0 }, reviewsToday: 0, answersToday: 0 }));
		await expect
			.element(page.getByText('No streak yet: study today to start one.', { exact: false }))
			.toBeVisible();
	});
});
