import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import type { Settings } from '$lib/model/schema';
import { memoryConnection } from '$lib/browser/test-tabs';
import { attempt } from '$lib/model/test-data';
import { AppState } from '$lib/state/app-state.svelte';
import { ReviewSession } from '$lib/state/review-session.svelte';
import { flashcard as bankCard, flashcardsPayload, localNoon } from '$lib/srs/test-fixtures';
import ReviewView from './ReviewView.svelte';

// noon local time: every test stays inside one learner day (which starts at 04:00)
const start = localNoon;

// new cards come topic by topic, easy before hard: rhyme-easy, rhyme-hard, add-1
const payload = flashcardsPayload([
	bankCard('rhyme-hard', 'rhyme-planning', 'transfer'),
	bankCard('rhyme-easy', 'rhyme-planning'),
	bankCard('add-1', 'shared-addition')
]);

const serves =
	(...responses: (() => Response)[]): typeof fetch =>
	async () =>
		(responses.length > 1 ? responses.shift() : responses[0])!();

const cards = () => new Response(JSON.stringify(payload));

async function renderReview(
	settings: Partial<Settings> = {},
	fetcher = serves(cards),
	connection = memoryConnection()
) {
	const clock = () => new Date(start);
	const app = new AppState(clock);
	await app.connect(connection);
	await app.update((data) => ({ ...data, settings: { ...data.settings, ...settings } }));
	const session = new ReviewSession(app, { clock, random: () => 0.5, fetcher });
	await session.load();
	const screen = await render(ReviewView, { session, ontopic: vi.fn(), onsection: vi.fn() });
	return { ...screen, app, session };
}

const flashcard = () => page.getByRole('region', { name: 'Flashcard' });
const showAnswer = () => page.getByRole('button', { name: 'Show answer' });
const gradeButton = (name: string) =>
	page.getByRole('group', { name: 'How well did you remember it?' }).getByRole('button', {
		name: new RegExp(`^${name}\\b`)
	});
/** "Undo last grade" (or bury, or suspend), and "Undo" alone with nothing to take back */
const undoButton = () => page.getByRole('button', { name: /^Undo\b/ });

describe('ReviewView', () => {
	it('shows the first card’s front, and not its back, with what is left today', async () => {
		await renderReview();
		await expect.element(flashcard()).toHaveTextContent('front of rhyme-easy');
		await expect.element(flashcard()).not.toHaveTextContent('back of rhyme-easy');
		await expect.element(page.getByText('Planning in poems · Concept')).toBeVisible();
		await expect.element(page.getByText('New 3 · Learning 0 · To review 0')).toBeVisible();
		await expect.element(showAnswer()).toBeVisible();
		await expect.element(undoButton()).toBeDisabled();
		await expect.element(undoButton()).toHaveAccessibleName('Undo');
	});

	it('reveals the back, its explanation and sources with Show answer, and moves focus to it', async () => {
		await renderReview();
		await showAnswer().click();
		const answer = page.getByRole('group', { name: 'Answer' });
		await expect.element(answer).toHaveFocus();
		await expect.element(answer).toHaveTextContent('back of rhyme-easy');
		await expect.element(answer).toHaveTextContent('why rhyme-easy is so');
		await expect.element(showAnswer()).not.toBeInTheDocument();
	});

	it('labels each grade with the interval it would give, in words for screen readers', async () => {
		await renderReview();
		await showAnswer().click();
		await expect.element(gradeButton('Again')).toHaveTextContent('1m');
		await expect.element(gradeButton('Good')).toHaveTextContent('10m');
		await expect
			.element(gradeButton('Good'))
			.toHaveAccessibleName(/^Good ?, next review in 10 minutes$/);
		await expect.element(gradeButton('Easy')).toHaveTextContent(/\d+d/);
		expect(
			page.getByRole('group', { name: 'How well did you remember it?' }).getByRole('button').all()
		).toHaveLength(4);
	});

	it('puts the next card’s front on screen after a grade, and says when the graded one comes back', async () => {
		await renderReview();
		await showAnswer().click();
		await gradeButton('Good').click();
		await expect.element(flashcard()).toHaveTextContent('front of rhyme-hard');
		await expect.element(flashcard()).not.toHaveTextContent('back of rhyme-hard');
		await expect.element(showAnswer()).toHaveFocus();
		await expect
			.element(page.getByRole('status'))
			.toHaveTextContent('Good. It comes back in 10 minutes. 3 cards to go.');
		// the graded card comes back within the learn-ahead limit: counted as learning at once
		await expect.element(page.getByText('New 2 · Learning 1 · To review 0')).toBeVisible();
	});

	it('says a card comes from a missed quiz question, first in line, until it is reviewed', async () => {
		const missedCard = { ...bankCard('add-1', 'shared-addition'), questions: ['q-add'] };
		const withMiss = flashcardsPayload([
			bankCard('rhyme-hard', 'rhyme-planning', 'transfer'),
			bankCard('rhyme-easy', 'rhyme-planning'),
			missedCard
		]);
		const clock = () => new Date(start);
		const app = new AppState(clock);
		await app.connect(memoryConnection());
		const missedAt = new Date(start - 60_000).toISOString();
		await app.update((data) => ({
			...data,
			attempts: [attempt('a-1', { questionId: 'q-add', correct: false, answeredAt: missedAt })]
		}));
		const session = new ReviewSession(app, {
			clock,
			random: () => 0.5,
			fetcher: serves(() => new Response(JSON.stringify(withMiss)))
		});
		await session.load();
		await render(ReviewView, { session, ontopic: vi.fn(), onsection: vi.fn() });

		await expect.element(flashcard()).toHaveTextContent('front of add-1');
		await expect
			.element(flashcard().getByText('Addition · Concept · from a quiz question you missed'))
			.toBeVisible();
		await showAnswer().click();
		await gradeButton('Good').click();
		await expect.element(flashcard()).toHaveTextContent('front of rhyme-easy');
		await expect.element(flashcard()).not.toHaveTextContent('you missed');
	});

	it('undoes the last grade: the card comes back unflipped, and undo has nothing left to undo', async () => {
		const { app } = await renderReview();
		await showAnswer().click();
		await gradeButton('Again').click();
		await expect.element(undoButton()).toBeEnabled();
		await expect.element(undoButton()).toHaveAccessibleName(/^Undo last grade/);
		await undoButton().click();
		await expect.element(flashcard()).toHaveTextContent('front of rhyme-easy');
		await expect.element(showAnswer()).toBeVisible();
		await expect
			.element(page.getByRole('status'))
			.toHaveTextContent('Last grade undone: “front of rhyme-easy” is back as it was before.');
		await expect.element(undoButton()).toBeDisabled();
		expect(app.data.reviewLog).toEqual([]);
	});

	it('shows the answer with Space, grades with the number keys and undoes with Ctrl+Z', async () => {
		await renderReview();
		await userEvent.keyboard(' ');
		await expect.element(page.getByRole('group', { name: 'Answer' })).toBeVisible();
		await userEvent.keyboard('3');
		await expect.element(flashcard()).toHaveTextContent('front of rhyme-hard');
		await userEvent.keyboard('{Control>}z{/Control}');
		await expect.element(flashcard()).toHaveTextContent('front of rhyme-easy');
	});

	// issue 17: the next card shows once the grade is on disk; a key pressed meanwhile waits for it
	it('reads a key pressed while a grade is being stored on the card it puts on screen', async () => {
		const connection = memoryConnection();
		const opened = await connection.open();
		if (opened.status !== 'ok') throw new Error('opened');
		const db = opened.db;
		const commit = db.commit.bind(db);
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await renderReview({}, serves(cards), connection);
		await userEvent.keyboard(' ');
		await expect.element(page.getByRole('group', { name: 'Answer' })).toBeVisible();
		vi.spyOn(db, 'commit').mockImplementation(async (ops) => {
			await held;
			return commit(ops);
		});
		await userEvent.keyboard('3 ');
		// not stored yet: the graded card stays on screen
		await expect.element(flashcard()).toHaveTextContent('back of rhyme-easy');
		release();
		await expect.element(flashcard()).toHaveTextContent('front of rhyme-hard');
		await expect
			.element(page.getByRole('group', { name: 'Answer' }))
			.toHaveTextContent('back of rhyme-hard');
	});

	it('grades nothing by number key before the answer is shown', async () => {
		const { app } = await renderReview();
		await userEvent.keyboard('3');
		await expect.element(flashcard()).toHaveTextContent('front of rhyme-easy');
		await expect.element(showAnswer()).toBeVisible();
		expect(app.data.reviewLog).toEqual([]);
	});

	it('leaves the keys alone when the settings turn the shortcuts off', async () => {
		await renderReview({ reviewShortcuts: false });
		await userEvent.keyboard(' ');
		await expect.element(showAnswer()).toBeVisible();
		await expect.element(page.getByText(/^Keys: Space or Enter/)).not.toBeInTheDocument();
	});

	it('says when the cards could not be loaded, and loads them with Try again', async () => {
		await renderReview(
			{},
			serves(() => new Response('', { status: 503 }), cards)
		);
		await expect.element(page.getByText(/^The cards could not be loaded:/)).toBeVisible();
		await page.getByRole('button', { name: 'Try again' }).click();
		await expect.element(flashcard()).toHaveTextContent('front of rhyme-easy');
	});
});
