// issue 15: a quiz set's page holds its first question in the HTML, readable and styled before any
// script runs; the quiz that takes over shows the same question, the same options in the same
// order, in the same place.
import type { Browser, Locator, Page } from '@playwright/test';
import { expect, test, waitForApp } from './fixtures';
import { questionBox } from './quiz-helpers';

/** a topic, a section and the fact-checks: each opens on a question with choices */
const sets = [
	'/quiz/topic-shared-addition',
	'/quiz/section-key-concepts-1',
	'/quiz/fact-check'
] as const;

const phone = { width: 390, height: 844 };

/** the question's heading, its prompt and its options, by role, and where each sits on screen */
async function firstScreen(page: Page) {
	const heading = page.getByRole('heading', { level: 2, name: /^Question 1 of \d+$/ });
	const form = page.locator('form.question');
	const prompt = form.getByRole('group').first();
	const options = form.getByRole('radio').or(form.getByRole('checkbox'));
	await expect(heading).toBeVisible();
	await expect(options.first()).toBeVisible();
	const box = async (locator: Locator) => {
		const b = await locator.boundingBox();
		return b && { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width) };
	};
	const optionLabels = form.locator('li label');
	return {
		heading: await heading.textContent(),
		prompt: (await form.locator('legend').first().textContent())?.trim(),
		/** the accessible tree of the question: its group, named by the prompt, and each option */
		tree: (await prompt.ariaSnapshot()).replaceAll(' [disabled]', ''),
		// each option's own words, without the number key shown beside it
		options: (await optionLabels.locator('.text').allTextContents()).map((text) => text.trim()),
		places: {
			heading: await box(heading),
			prompt: await box(form.locator('legend').first()),
			options: await Promise.all((await optionLabels.all()).map(box))
		}
	};
}

/** the page as a browser without JavaScript shows it */
async function withoutScript(browser: Browser, path: string) {
	const context = await browser.newContext({ javaScriptEnabled: false, viewport: phone });
	try {
		const page = await context.newPage();
		await page.goto(path);
		return await firstScreen(page);
	} finally {
		await context.close();
	}
}

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	for (const path of sets)
		test(`${path} shows its first question and its options`, async ({ page }) => {
			await page.goto(path);
			const shown = await firstScreen(page);
			expect(shown.heading).toMatch(/^Question 1 of \d+$/);
			expect(shown.prompt?.length).toBeGreaterThan(10);
			expect(shown.options.length).toBeGreaterThanOrEqual(2);
			// the options read as the quiz's do: a group named by the question, a radio or checkbox each
			await expect(page.getByRole('group', { name: shown.prompt })).toBeVisible();
			for (const option of shown.options)
				await expect(
					page.getByRole('radio', { name: option }).or(page.getByRole('checkbox', { name: option }))
				).toBeVisible();
			// no key is given away before an answer
			await expect(page.getByText(/Right answer|Your answer/)).toHaveCount(0);
			await expect(page.getByText('Checking an answer needs JavaScript')).toBeVisible();
		});

	test('the transcript says its search needs JavaScript, not that it is loading', async ({
		page
	}) => {
		await page.goto('/transcript');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('The episode transcript');
		await expect(page.getByText(/The search and your marks need JavaScript/)).toBeVisible();
		await expect(page.getByText('Loading the search…')).toBeHidden();
	});
});

// axe runs as a script in the page, which a browser without JavaScript refuses: it checks the page
// as the HTML paints it, the app's scripts held back, the same markup a browser without them shows
for (const path of sets)
	test(`${path} as painted before its scripts run is axe-clean`, async ({
		page,
		expectAccessible
	}) => {
		await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
		await page.goto(path);
		await expect(
			page.getByRole('heading', { level: 2, name: /^Question 1 of \d+$/ })
		).toBeVisible();
		await expect(page.locator('[data-opening]')).toBeVisible();
		await expectAccessible(`${path} before its scripts`);
	});

for (const path of sets)
	test(`${path}: the quiz takes over with the same question, options and places`, async ({
		page,
		browser
	}) => {
		const painted = await withoutScript(browser, path);
		await page.goto(path);
		await waitForApp(page);
		// the live quiz: the question carries its id once the quiz has begun
		await expect(questionBox(page)).toBeVisible();
		await expect(page.locator('[data-opening]')).toHaveCount(0);
		const live = await firstScreen(page);
		expect(live).toEqual(painted);
	});

test('a quiz under way is resumed in place of the first question', async ({ page }) => {
	await page.goto('/quiz/topic-shared-addition');
	await waitForApp(page);
	await expect(questionBox(page)).toBeVisible();
	const first = questionBox(page).getByRole('radio').or(questionBox(page).getByRole('checkbox'));
	await first.first().check();
	await page.getByRole('button', { name: 'Check answer' }).click();
	await page.getByRole('button', { name: 'Next question' }).click();
	await expect(page.getByRole('heading', { level: 2, name: /^Question 2 of/ })).toBeVisible();
	// reloaded, the HTML paints the opening question; the stored quiz then takes its place
	await page.reload();
	await waitForApp(page);
	await expect(page.getByRole('heading', { level: 2, name: /^Question 2 of/ })).toBeVisible();
	await expect(page.locator('[data-opening]')).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 2, name: /^Question 1 of/ })).toHaveCount(0);
});
