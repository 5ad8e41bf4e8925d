import { expect, test, waitForApp } from './fixtures';
import { databaseData } from './stored-state';

// each page's heading and its own title (no two alike)
const routes = [
	{
		path: '/',
		heading: 'Study “On the Biology of a Large Language Model”',
		title: 'Study companion · On the Biology of a Large Language Model'
	},
	{ path: '/quiz', heading: 'Quizzes', title: 'Quizzes · Study companion' },
	{ path: '/review', heading: 'Review flashcards', title: 'Review flashcards · Study companion' },
	{ path: '/progress', heading: 'Your progress', title: 'Your progress · Study companion' },
	{ path: '/transcript', heading: 'The episode transcript', title: 'Transcript · Study companion' },
	{ path: '/data', heading: 'Back up and restore', title: 'Back up and restore · Study companion' },
	{ path: '/settings', heading: 'Settings', title: 'Settings · Study companion' }
];

test('the home page lists every topic and every episode section', async ({ page }) => {
	await page.goto('/');
	const sections = page.getByRole('region', { name: 'Episode sections' });
	for (const title of [
		'Introduction & Setup',
		'Key Concepts Part 1',
		'Key Concepts Part 2',
		'Closing'
	])
		await expect(sections.getByRole('heading', { name: title })).toBeVisible();
	const topics = page.getByRole('region', { name: 'Topics' });
	for (const title of [
		'Attribution graphs and circuit tracing',
		'Planning in poems',
		'Multilingual circuits',
		'Addition',
		// the topic no longer shares its name with the fact-check set (issue 13)
		'The episode against the paper'
	])
		await expect(topics.getByRole('heading', { name: title })).toBeVisible();
	await expect(topics.getByRole('listitem')).toHaveCount(13);
	// each with its counts, a key topic said so
	await expect(
		topics
			.getByRole('listitem')
			.filter({ hasText: 'Planning in poems' })
			.getByText(/^\d+ questions · \d+ flashcards · key topic$/)
	).toBeVisible();
});

// each page's own title, as the header's links reach them
const titles = {
	Home: 'Study companion · On the Biology of a Large Language Model',
	Quiz: 'Quizzes · Study companion',
	Review: 'Review flashcards · Study companion',
	Progress: 'Your progress · Study companion',
	Transcript: 'Transcript · Study companion'
} as const;

// the five links in two tests, each a few page loads long: every link is followed once
for (const links of [
	['Quiz', 'Review', 'Progress'],
	['Transcript', 'Home']
] as const) {
	test(`the header links ${links.join(', ')} work from the keyboard and land on a page with its own title`, async ({
		page
	}) => {
		await page.goto('/');
		await waitForApp(page);
		for (const name of links) {
			// Review carries the count of cards due ("Review, 20 to study") once they are counted
			const link = page
				.getByRole('navigation', { name: 'Main' })
				.getByRole(
					'link',
					name === 'Review' ? { name: /^Review(, \d+ to study)?$/ } : { name, exact: true }
				);
			// tab through the page until the link has focus, as a keyboard user would
			await page.locator('body').focus();
			for (let i = 0; i < 20 && !(await link.evaluate((el) => el === document.activeElement)); i++)
				await page.keyboard.press('Tab');
			await expect(link).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(link).toHaveAttribute('aria-current', 'page');
			await expect(page).toHaveTitle(titles[name]);
		}
	});
}

test('the skip link moves focus to the main content', async ({ page }) => {
	await page.goto('/');
	await waitForApp(page);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

for (const route of routes) {
	test(`${route.path} has its heading, a unique title, no axe violation and no CSP violation`, async ({
		page,
		expectAccessible
	}) => {
		await page.goto(route.path);
		await waitForApp(page);
		await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
		await expect(page).toHaveTitle(route.title);
		await expectAccessible(route.path);
	});
}

// /cards lists every card (about 200, some 6,000 elements): axe over all of it takes most of a
// test's time on a busy machine, and most of that is colour contrast. Contrast is a property of
// the styles, which every card shares: cards.e2e.ts checks it, with every rule, on one topic's
// cards in every state a card can be in (new, learning, review, suspended, leech). Here the page
// is checked whole, every card at once, for every other rule: names, headings, lists, ids and
// landmarks, which depend on each card's own data and on the page as a whole
test('/cards has its heading, a unique title, no axe violation (every card; contrast in cards.e2e.ts) and no CSP violation', async ({
	page,
	expectAccessible
}) => {
	await page.goto('/cards');
	await waitForApp(page);
	await expect(page.getByRole('heading', { level: 1, name: 'All flashcards' })).toBeVisible();
	await expect(page).toHaveTitle('All flashcards · Study companion');
	// the list is drawn a few cards a task: axe reads it once every card is there
	const count = page.getByRole('main').getByRole('status').last();
	await expect(count).toHaveText(/^\d+ cards in \d+ topics\.$/);
	const total = Number((await count.textContent())?.split(' ')[0]);
	await expect(page.getByRole('article')).toHaveCount(total);
	await expectAccessible('/cards, every card', { disableRules: ['color-contrast'] });
});

test('an unknown URL shows a 404 page that helps the user back', async ({
	page,
	expectAccessible
}) => {
	const response = await page.goto('/no-such-page');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
	await expect(page).toHaveTitle('Page not found · Study companion');
	await page.getByRole('link', { name: 'Go to the home page' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Study “On the Biology of a Large Language Model”'
	);
	await page.goto('/no-such-page');
	await expectAccessible('404');
});

test('settings are saved as they change and survive a reload', async ({ page }) => {
	await page.goto('/settings');
	await waitForApp(page);
	const numberKeys = page.getByRole('checkbox', { name: 'Keys in quizzes' });
	await expect(numberKeys).toBeChecked();
	await numberKeys.uncheck();
	await page.getByRole('spinbutton', { name: 'New cards per day' }).fill('35');
	await page.getByRole('spinbutton', { name: 'New cards per day' }).press('Tab');
	await page.getByRole('combobox', { name: 'Desired retention' }).selectOption('0.95');
	await page.getByRole('combobox', { name: 'Questions per quiz' }).selectOption('20');
	// each change is a commit of its own, in order; a reload before the last is on disk loses it
	await expect
		.poll(async () => (await databaseData(page)).settings)
		.toMatchObject({
			numberKeys: false,
			newCardsPerDay: 35,
			desiredRetention: 0.95,
			quizLength: 20
		});
	await page.reload();
	await waitForApp(page);
	await expect(page.getByRole('checkbox', { name: 'Keys in quizzes' })).not.toBeChecked();
	await expect(page.getByRole('spinbutton', { name: 'New cards per day' })).toHaveValue('35');
	await expect(page.getByRole('combobox', { name: 'Desired retention' })).toHaveValue('0.95');
	await expect(page.getByRole('combobox', { name: 'Questions per quiz' })).toHaveValue('20');
});

test('when the browser refuses to store anything, a persistent message says progress is not saved', async ({
	page,
	expectAccessible
}) => {
	await page.addInitScript(() => {
		const full = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		// neither the database nor localStorage takes a write (issue 17: progress is in IndexedDB)
		Storage.prototype.setItem = full;
		IDBObjectStore.prototype.add = full;
		IDBObjectStore.prototype.put = full;
	});
	await page.goto('/');
	await waitForApp(page);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Your progress is not being saved');
	await expect(alert).toContainText('the browser storage for this site is full');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quiz' }).click();
	await expect(page.getByRole('alert')).toContainText('Your progress is not being saved');
	await expectAccessible('not-saved message');
});
