// Issue 13: Today on the home page, as a daily learner uses it: the first visit's ten questions,
// the cards due (with the same count as the badge on Review and as /review), a quiz left halfway,
// the misconceptions to repair, the next step; each state checked by axe, CSP clean.
import type { Page } from '@playwright/test';
import { expect, expectFitsScreen, test, waitForApp } from './fixtures';
import {
	answer,
	currentQuestionId,
	nextButton,
	onePerType,
	quizItems,
	quizUnderway,
	seedState
} from './quiz-helpers';
import { fetchMeta } from './storage-seed';

const today = (page: Page) => page.getByRole('region', { name: 'Today' });
const reviewLink = (page: Page) =>
	page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Review/ });

/** the home page once Today is on screen */
async function openHome(page: Page) {
	await page.goto('/');
	await waitForApp(page);
	await expect(today(page).getByRole('heading', { level: 3 }).first()).toBeVisible();
}

/** the number of cards /review shows: new, learning and to review, added up */
async function countOnReview(page: Page): Promise<number> {
	const counts = page.getByText(/^New \d+ · Learning \d+ · To review \d+$/);
	await expect(counts).toBeVisible();
	const numbers = ((await counts.textContent()) ?? '').match(/\d+/g) ?? [];
	return numbers.reduce((sum, n) => sum + Number(n), 0);
}

test('a first visit offers ten questions on the whole episode, at depth 1', async ({
	page,
	expectAccessible
}) => {
	await openHome(page);
	await expect(today(page).getByRole('heading', { name: 'Just listened?' })).toBeVisible();
	const start = today(page).getByRole('link', {
		name: 'Start with 10 questions on the whole episode'
	});
	await expect(start).toHaveAttribute('href', '/quiz/mixed-10?depth=1');
	// nothing else competes with it on a first visit
	await expect(today(page).getByRole('link', { name: 'Review now' })).toHaveCount(0);
	await expectAccessible('home, first visit');
	await start.click();
	await expect(page).toHaveURL(/\/quiz\/mixed-10\?depth=1$/);
	await expect(page.getByRole('heading', { level: 2, name: /^Question 1 of 10$/ })).toBeVisible();
});

test('after the first ten questions, Today shows the cards due, the same number as the badge and /review', async ({
	page
}) => {
	// the first nine are answered (two wrong); the learner answers the tenth
	const chosen = onePerType(await quizItems(page, 'all'), 10);
	const wrong = [chosen[1]!.question.id, chosen[4]!.question.id];
	// the first visit's quiz is kept to depth 1: it is stored as that set
	const { quiz, attempts } = quizUnderway('mixed-10-depth-1', chosen, 9, wrong);
	await seedState(page, { activeQuizzes: [quiz], attempts });
	await page.goto('/quiz/mixed-10?depth=1');
	await waitForApp(page);
	const last = chosen.find((item) => item.question.id === quiz.questionIds[9])!;
	expect(await currentQuestionId(page)).toBe(last.question.id);
	await answer(page, last, { right: true, way: 'mouse' });
	await nextButton(page).click();
	await expect(page.getByText('8 of 10 right')).toBeVisible();

	// back home without the menu
	await page.getByRole('link', { name: 'Back to Today' }).click();
	await expect(page).toHaveURL(/\/$/);
	// the misses' cards and the day's first new ones: none met before, so "to learn", not "due"
	const due = today(page).getByRole('heading', { level: 3, name: /^\d+ new cards? to learn$/ });
	await expect(due).toBeVisible();
	const count = Number(((await due.textContent()) ?? '').match(/\d+/)?.[0]);
	expect(count).toBeGreaterThan(0);
	await expect(reviewLink(page)).toHaveAccessibleName(`Review, ${count} to study`);
	await expect(today(page).getByText('Just listened?')).toHaveCount(0);

	await today(page).getByRole('link', { name: 'Review now' }).click();
	await expect(page).toHaveURL(/\/review$/);
	expect(await countOnReview(page)).toBe(count);
	await expect(reviewLink(page)).toHaveAccessibleName(`Review, ${count} to study`);
});

test('the badge counts a graded card out at once, on every page', async ({
	page,
	expectAccessible
}) => {
	await page.goto('/review');
	await waitForApp(page);
	const before = await countOnReview(page);
	await expect(reviewLink(page)).toHaveAccessibleName(`Review, ${before} to study`);
	await page.getByRole('button', { name: /^Show answer/ }).click();
	await page.getByRole('button', { name: /^Easy/ }).click();
	await expect(reviewLink(page)).toHaveAccessibleName(`Review, ${before - 1} to study`);
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Progress' })
		.click();
	await waitForApp(page);
	await expect(reviewLink(page)).toHaveAccessibleName(`Review, ${before - 1} to study`);
	await openHome(page);
	await expect(
		today(page).getByRole('heading', { name: `${before - 1} new cards to learn` })
	).toBeVisible();
	await expect(today(page).getByText('Today: 1 review and 0 answers.')).toBeVisible();
	await expectAccessible('home, cards to learn');
});

test('a quiz left halfway: Discard takes it away with an Undo, Continue resumes it', async ({
	page,
	expectAccessible
}) => {
	const items = [...(await quizItems(page, 'section-closing')).values()];
	const { quiz, attempts } = quizUnderway('section-closing', items, 3);
	await seedState(page, { activeQuizzes: [quiz], attempts });
	await openHome(page);
	const unfinished = today(page).getByRole('region', { name: 'Left unfinished' });
	await expect(unfinished).toContainText(
		`Quiz me on Closing: 3 of ${items.length} questions answered`
	);
	await expectAccessible('home, a quiz left unfinished');

	// by keyboard: focus is never dropped to the page when the button pressed goes away
	await unfinished.getByRole('button', { name: 'Discard Quiz me on Closing' }).focus();
	await page.keyboard.press('Enter');
	await expect(unfinished).toHaveCount(0);
	const status = today(page).getByRole('status');
	await expect(status).toContainText('Discarded “Quiz me on Closing”.');
	await expect(status.getByRole('button', { name: 'Undo' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(status).toContainText('The quiz is back where you left it.');
	const resume = unfinished.getByRole('link', { name: 'Continue Quiz me on Closing' });
	await expect(resume).toBeFocused();

	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/quiz\/section-closing$/);
	await expect(
		page.getByRole('heading', { level: 2, name: `Question 4 of ${items.length}` })
	).toBeVisible();
});

test('Repair N misconceptions: the distortions fallen for, as a short quiz, until answered right', async ({
	page,
	expectAccessible
}) => {
	const meta = await fetchMeta(page);
	const all = await quizItems(page, 'all');
	// two distortions fallen for through a wrong option, neither answered right since
	const [first, second] = meta.claims.filter(
		(c) => c.questionIds.length > 0 && c.factCheckIds.length > 0 && c.verdict === 'DISTORTED'
	);
	if (!first || !second) throw new Error('two distortions repeated by options');
	const fell = (questionId: string, claim: string, minute: number) => ({
		id: `fell-${claim}`,
		questionId,
		setId: 'mixed-10',
		sessionId: 'earlier',
		answeredAt: new Date(Date.now() - (60 - minute) * 60_000).toISOString(),
		response: { type: 'true-false' as const, value: true },
		correct: false,
		misconception: claim
	});
	await seedState(page, {
		attempts: [fell(first.questionIds[0]!, first.id, 1), fell(second.questionIds[0]!, second.id, 2)]
	});
	await openHome(page);
	const repair = today(page).getByRole('link', { name: 'Repair 2 misconceptions' });
	await expect(repair).toHaveAttribute('href', '/quiz/repair');
	await expectAccessible('home, misconceptions to repair');

	// the latest fall first: its fact-check, then the question it was fallen for on
	await repair.click();
	await expect(page).toHaveURL(/\/quiz\/repair$/);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Repair my misconceptions' })
	).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Question 1 of 4' })).toBeVisible();
	// its size is its own (at most 10): a length to choose would change nothing
	await expect(page.getByRole('combobox', { name: 'Questions per quiz' })).toHaveCount(0);
	const id = await currentQuestionId(page);
	expect(id).toBe(second.factCheckIds[0]);
	await answer(page, all.get(id)!, { right: true, way: 'mouse' });
	await expect(nextButton(page)).toBeVisible();

	await openHome(page);
	await expect(today(page).getByRole('link', { name: 'Repair 1 misconception' })).toBeVisible();
	// with 200% text on a phone the button's long word breaks inside it: it ran 12 px past the screen
	await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
	await expectFitsScreen(page, 'home with a misconception to repair, 200% text', [390, 320]);
});

test('one next step at its depth, the streak and today’s work', async ({ page }) => {
	const meta = await fetchMeta(page);
	const closing = [...(await quizItems(page, 'section-closing')).values()];
	// yesterday and today: every episode section but the introduction tried
	const right = (questionId: string, daysAgo: number, i: number) => ({
		id: `a-${daysAgo}-${i}`,
		questionId,
		setId: 'section-closing',
		sessionId: `s-${daysAgo}`,
		answeredAt: new Date(Date.now() - daysAgo * 86_400_000 - i * 1000).toISOString(),
		response: { type: 'true-false' as const, value: true },
		correct: true
	});
	expect(meta.sections[0]?.id).toBe('introduction');
	await seedState(page, {
		attempts: [
			...closing.slice(0, 3).map((item, i) => right(item.question.id, 1, i)),
			...closing.slice(3, 5).map((item, i) => right(item.question.id, 0, i))
		]
	});
	await openHome(page);
	const next = today(page).getByRole('region', { name: 'Next step' });
	await expect(next.getByText('A part you have not tried yet.')).toBeVisible();
	await expect(
		next.getByRole('link', { name: 'Quiz me on Introduction & Setup: What the episode said' })
	).toHaveAttribute('href', '/quiz/section-introduction?depth=1');
	await expect(
		today(page).getByText(/^Streak: 2 days\. Today: 0 reviews and 2 answers\.$/)
	).toBeVisible();
});

test.describe('in Honolulu (UTC−10), at 03:30 on 27 March', () => {
	test.use({ timezoneId: 'Pacific/Honolulu' });

	test('the study day still is 26 March: the streak and today’s answers on Home and /progress', async ({
		page
	}) => {
		await page.clock.setFixedTime(new Date('2026-03-27T13:30:00.000Z'));
		const [first] = [...(await quizItems(page, 'section-closing')).values()];
		if (!first) throw new Error('the closing section has questions');
		const answered = (id: string, answeredAt: string) => ({
			id,
			questionId: first.question.id,
			setId: 'section-closing',
			sessionId: `s-${id}`,
			answeredAt,
			response: { type: 'true-false' as const, value: true },
			correct: true
		});
		await seedState(page, {
			attempts: [
				// 05:00 on 25 March; 01:00 on 26 March in UTC+10, still 25 March's study day
				answered('a1', '2026-03-25T15:00:00.000Z'),
				// 06:00 on 26 March; 02:00 on 27 March in UTC+10, still 26 March's study day
				answered('a2', '2026-03-26T16:00:00.000Z'),
				// 02:00 on 27 March, before 04:00: 26 March's study day, as now is
				answered('a3', '2026-03-27T12:00:00.000Z')
			]
		});
		// read in UTC (or UTC+10) it would be a streak of 3 days, with 1 answer today
		await openHome(page);
		await expect(
			today(page).getByText(/^Streak: 2 days\. Today: 0 reviews and 2 answers\.$/)
		).toBeVisible();
		await page.goto('/progress');
		await waitForApp(page);
		const totals = page.getByRole('main').getByRole('region', { name: 'In numbers' });
		await expect(totals.locator('.total', { hasText: 'Current streak' }).locator('dd')).toHaveText(
			'2 days'
		);
		await expect(totals.locator('.total', { hasText: 'Days studied' }).locator('dd')).toHaveText(
			'2'
		);
	});
});
