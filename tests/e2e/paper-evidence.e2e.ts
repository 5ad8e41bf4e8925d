// The paper's own words after an answer and on a card's back: "The paper: “…”" with a link that
// opens the paper at the passage and highlights it (a text fragment).
import type { Locator, Page } from '@playwright/test';
import type { PaperPassage } from '../../src/lib/content/paper';
import type { QuizItem } from '../../src/lib/content/quiz-items';
import { expect, test, waitForApp } from './fixtures';
import { answer, quizItems, seedState, seededQuiz } from './quiz-helpers';
import { bank, reviewCard, seed, settings, t0 } from './review-helpers';

const fragmentLink =
	'https://transformer-circuits.pub/2025/attribution-graphs/biology.html#:~:text=';
const newTab = '(opens the paper at this passage in a new tab)';

/** Expects "The paper:", each passage as a quote, and its link naming its § and where it goes. */
async function expectPassages(scope: Locator, passages: readonly PaperPassage[]) {
	const evidence = scope.locator('.paper-evidence');
	await expect(evidence).toHaveCount(1);
	await expect(evidence.getByText('The paper:', { exact: true })).toBeVisible();
	if (passages.length > 1) {
		await expect(
			evidence.getByRole('list', { name: 'The paper:' }).getByRole('listitem')
		).toHaveCount(passages.length);
	}
	const quotes = evidence.locator('blockquote');
	const links = evidence.getByRole('link');
	await expect(quotes).toHaveCount(passages.length);
	await expect(links).toHaveCount(passages.length);
	for (const [i, passage] of passages.entries()) {
		await expect(quotes.nth(i)).toHaveText(`“${passage.text}”`);
		const link = links.nth(i);
		await expect(link).toHaveAccessibleName(
			`§${passage.section} ${passage.sectionTitle} ${newTab}`
		);
		await expect(link).toHaveAttribute('href', passage.href);
		expect(await link.getAttribute('href')).toMatch(
			new RegExp(`^${fragmentLink.replace(/[.?*+^$()[\]\\/]/g, '\\$&')}.+`)
		);
		await expect(link).toHaveAttribute('target', '_blank');
		await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
		await expect(link).toBeVisible();
	}
}

function pick(items: QuizItem[], passages: number, type: QuizItem['question']['type']) {
	const found = items.find(
		(i) => i.question.type === type && i.evidence.length === passages && i.passage !== undefined
	);
	if (!found) throw new Error(`the bank has no ${type} question with ${passages} passage(s)`);
	return found;
}

const openCardBack = async (page: Page) => {
	await page.getByRole('button', { name: /^Show answer/ }).click();
	await expect(page.getByRole('heading', { name: 'Answer', exact: true })).toBeVisible();
};

for (const width of [390, 1280]) {
	test.describe(`at ${width} px`, () => {
		test.use({ viewport: { width, height: 900 }, timezoneId: 'UTC', locale: 'en-GB' });

		test('after an answer, the feedback quotes the paper: two passages, each with its link', async ({
			page,
			expectAccessible
		}) => {
			const items = [...(await quizItems(page, 'all')).values()];
			const two = pick(items, 2, 'single');
			await seedState(page, { activeQuizzes: [seededQuiz('mixed-20', [two])] });
			await page.goto('/quiz/mixed-20');
			await waitForApp(page);

			await answer(page, two, { right: false, way: 'mouse' });
			// the sources are folded after an answer (issue 14): one tap opens them
			await page.getByRole('heading', { name: 'Sources' }).click();
			await expectPassages(page.locator('.feedback'), two.evidence);
			await expectAccessible(`quiz feedback with two passages of the paper, ${width} px`);
		});

		test('after an answer, the feedback quotes the paper: one passage, with its link', async ({
			page,
			expectAccessible
		}) => {
			const items = [...(await quizItems(page, 'all')).values()];
			const one = pick(items, 1, 'true-false');
			await seedState(page, { activeQuizzes: [seededQuiz('mixed-20', [one])] });
			await page.goto('/quiz/mixed-20');
			await waitForApp(page);

			await answer(page, one, { right: true, way: 'keyboard' });
			// the sources are folded after an answer (issue 14): one tap opens them
			await page.getByRole('heading', { name: 'Sources' }).click();
			await expectPassages(page.locator('.feedback'), one.evidence);
			await expectAccessible(`quiz feedback with one passage of the paper, ${width} px`);
		});

		test('the back of a flashcard quotes the paper and links to the passage', async ({
			page,
			expectAccessible
		}) => {
			const payload = await bank(page.request);
			const card = payload.cards.find((c) => c.evidence.length === 2 && c.transcript);
			if (!card) throw new Error('the bank has no card with two passages');
			await seed(page, { cards: [reviewCard(card.id)], settings: settings({ newCardsPerDay: 0 }) });
			await page.clock.setFixedTime(t0);
			await page.goto('/review');
			await waitForApp(page);

			const flashcard = page.getByRole('region', { name: 'Flashcard' });
			await expect(flashcard).toContainText(card.front);
			await expect(flashcard.locator('.paper-evidence')).toHaveCount(0);
			await openCardBack(page);
			await expectPassages(flashcard, card.evidence);
			await expectAccessible(`the back of a card with the paper's words, ${width} px`);
		});
	});
}

test('every card in the list quotes the paper', async ({ page }) => {
	const payload = await bank(page.request);
	await page.clock.setFixedTime(t0);
	await page.goto('/cards');
	await waitForApp(page);
	await expect(page.getByRole('article')).toHaveCount(payload.cards.length);
	await expect(page.locator('article .paper-evidence')).toHaveCount(payload.cards.length);
	const card = payload.cards[0]!;
	await expectPassages(page.locator(`article[id="${card.id}"]`), card.evidence);
});
