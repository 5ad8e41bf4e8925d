// Every page that loads code after it is interactive (the one Lazy helper and LazyLoad): when that
// code cannot be fetched, the page says what could not be loaded with a Retry, never an endless
// "Loading…"; once the connection is back, Retry brings the content.
import type { Locator, Page } from '@playwright/test';
import { chunkNamed, chunkOf } from './build-chunks';
import { expect, test, waitForApp } from './fixtures';
import { envelope, fetchMeta, sampleData, seedRaw } from './storage-seed';

// a service worker would serve the chunk from its cache, past page.route
test.use({ serviceWorkers: 'block' });

interface LazyPage {
	path: string;
	/** the module the page imports with import() once it is interactive */
	lazy: string;
	/** the first words of the message, from LazyLoad's `what` */
	what: string;
	/** something only the lazily loaded code shows */
	content: (page: Page) => Locator;
	/** progress to store before the page opens */
	withProgress?: boolean;
}

const pages: LazyPage[] = [
	{
		path: '/',
		lazy: 'src/routes/TodayScreen.svelte',
		what: 'What to do today',
		content: (page) =>
			page.getByRole('region', { name: 'Today' }).getByRole('heading', { level: 3 })
	},
	{
		path: '/',
		lazy: 'src/routes/HomeScores.svelte',
		what: 'Your scores',
		content: (page) => page.getByRole('region', { name: 'Your quiz scores' }).getByRole('table'),
		withProgress: true
	},
	{
		path: '/quiz',
		lazy: 'src/lib/quiz/menu.ts',
		what: 'Your scores',
		content: (page) =>
			page
				.getByRole('listitem')
				.filter({ has: page.getByRole('link', { name: 'My mistakes', exact: true }) })
				.getByText(/^\d+ questions?$/)
	},
	{
		path: '/quiz/fact-check',
		lazy: 'src/routes/quiz/[set]/QuizTaker.svelte',
		what: 'The quiz',
		content: (page) => page.getByRole('heading', { level: 2, name: /^Question 1 of \d+$/ })
	},
	{
		path: '/quiz/fact-check/results',
		lazy: 'src/routes/quiz/[set]/results/ResultsLoader.svelte',
		what: 'Your results',
		content: (page) => page.getByText('You have not finished this quiz yet.')
	},
	{
		path: '/review',
		lazy: 'src/routes/review/ReviewScreen.svelte',
		what: 'Your cards',
		content: (page) => page.getByRole('region', { name: 'Flashcard' })
	},
	{
		path: '/cards',
		lazy: 'src/routes/cards/CardsScreen.svelte',
		what: 'The cards',
		content: (page) => page.getByRole('searchbox', { name: 'Filter cards' })
	},
	{
		path: '/data',
		lazy: 'src/routes/data/DataSections.svelte',
		what: 'Your progress',
		content: (page) => page.getByRole('main').getByRole('region', { name: 'Export' })
	},
	{
		path: '/progress',
		lazy: 'src/routes/progress/ProgressDashboard.svelte',
		what: 'Your charts',
		content: (page) => page.getByRole('main').getByRole('region', { name: 'In numbers' }),
		withProgress: true
	},
	{
		path: '/transcript',
		lazy: 'src/routes/transcript/companion.ts',
		what: 'The search and your marks',
		content: (page) => page.getByRole('searchbox', { name: 'Search the transcript' })
	}
];

for (const { path, lazy, what, content, withProgress } of pages) {
	test(`${path} (${what.toLowerCase()}): when its lazily loaded code cannot be fetched, says so with a Retry that then loads it`, async ({
		page
	}) => {
		if (withProgress) await seedRaw(page, envelope(sampleData(await fetchMeta(page))));
		const chunk = chunkOf(lazy);
		let blocked = 0;
		await page.route(`**${chunk}`, (route) => {
			blocked++;
			return route.abort('internetdisconnected');
		});
		await page.goto(path);
		await waitForApp(page);

		const problem = page.getByRole('alert').filter({ hasText: `${what} could not be loaded.` });
		await expect(problem).toBeVisible();
		await expect(page.getByRole('main').getByText(/^Loading .*…$/)).toHaveCount(0);
		await expect(content(page)).toHaveCount(0);
		expect(blocked, `requests for ${chunk}`).toBeGreaterThan(0);

		// the connection is back
		await page.unroute(`**${chunk}`);
		await problem.getByRole('button', { name: 'Retry' }).click();
		await expect(content(page).first()).toBeVisible();
		await expect(problem).toHaveCount(0);
	});
}

test.describe('when the code every page starts with does not come', () => {
	const notice = (page: Page) => page.getByText(/This page’s code has not arrived yet/);
	/** the live region the notice's words appear in */
	const region = (page: Page) => page.locator('.code-missing');

	test('a notice says so after some seconds, and what to do; nothing on the page moves', async ({
		page
	}) => {
		// a connection that never answers: no failure to report, only the time it takes
		await page.route('**/_app/immutable/entry/**', () => {});
		await page.goto('/quiz/topic-shared-addition');
		await expect(page.getByRole('heading', { level: 2, name: /^Question 1 of/ })).toBeVisible();
		const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
		// not at once: a slow connection is given its time. The live region is there meanwhile,
		// empty to a screen reader, so the words are announced when they appear in it
		await expect(notice(page)).toBeHidden();
		await expect(region(page)).toMatchAriaSnapshot('- status');
		await expect(notice(page)).toBeVisible({ timeout: 15_000 });
		await expect(region(page)).toMatchAriaSnapshot(`
			- status:
			  - paragraph: /This page’s code has not arrived yet.*check your connection and reload the page/
		`);
		expect(await page.getByRole('heading', { level: 1 }).boundingBox()).toEqual(heading);
	});

	test('code that cannot be downloaded at all is said at once: there is nothing to wait for', async ({
		page
	}) => {
		await page.route('**/_app/immutable/entry/**', (route) => route.abort());
		await page.goto('/quiz/topic-shared-addition');
		await expect(page.getByRole('heading', { level: 2, name: /^Question 1 of/ })).toBeVisible();
		// well within the seconds a slow connection is given (8 s, app.css): timed in the page, from
		// its navigation, not by how often a busy machine polls
		await expect(notice(page)).toBeVisible();
		expect(await page.evaluate(() => performance.now())).toBeLessThan(8_000);
		await expect(region(page)).toMatchAriaSnapshot(`
			- status:
			  - paragraph: /This page’s code has not arrived yet.*check your connection and reload the page/
		`);
	});

	test('once the code has started, the notice and its live region are gone for good', async ({
		page
	}) => {
		await page.goto('/');
		await waitForApp(page);
		await expect(region(page)).toHaveCSS('display', 'none');
		await expect(page.getByRole('status').filter({ hasText: /code has not arrived/ })).toHaveCount(
			0
		);
	});

	test('without JavaScript it never shows: each page says itself what needs it', async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/cards');
		await expect(region(page)).toHaveCSS('display', 'none');
		await context.close();
	});
});

// Some browsers (Chromium 150 among them) keep a module that failed to download failed for the
// page's lifetime; others fetch it again. Either way, Retry on code that could not be downloaded
// loads the page again, which fetches it: here the connection comes back only then. Also when the
// store's own code did not come either (the storage notice says so): it holds nothing to lose
for (const { what, blocked } of [
	{ what: 'its code', blocked: ['src/routes/cards/CardsScreen.svelte'] },
	{
		what: 'its code and the store’s',
		blocked: ['src/routes/cards/CardsScreen.svelte', 'store']
	}
])
	test(`Retry on code that could not be downloaded (${what}) loads the page again, which brings it`, async ({
		page
	}) => {
		/** the failure has been shown: the next load of the page is the Retry's */
		let problemSeen = false;
		let reloaded = false;
		page.on('framenavigated', (frame) => {
			if (frame === page.mainFrame() && problemSeen) reloaded = true;
		});
		for (const source of blocked)
			// the store's code is one chunk of its own (vite.config.ts)
			await page.route(`**${source === 'store' ? chunkNamed(source) : chunkOf(source)}`, (route) =>
				reloaded ? route.continue() : route.abort('internetdisconnected')
			);
		await page.goto('/cards');
		const problem = page.getByRole('alert').filter({ hasText: 'The cards could not be loaded.' });
		await expect(problem).toBeVisible();
		problemSeen = true;
		await problem.getByRole('button', { name: 'Retry' }).click();
		await waitForApp(page);
		await expect(page.getByRole('searchbox', { name: 'Filter cards' })).toBeVisible();
		expect(reloaded).toBe(true);
		await expect(problem).toHaveCount(0);
	});

// The storage notice's words load only when something went wrong with the stored progress (they
// weigh nothing on a first load). When the store's own code cannot be downloaded, the notice says
// so; when its words cannot be downloaded either, the layout says it in a line of its own.
for (const { blocked, says } of [
	{
		blocked: ['store'],
		says: /^\s*Your progress is not being saved: the saved progress could not be opened \(.+\); reload the page\. Your last saved progress is untouched/
	},
	{
		blocked: ['store', 'src/lib/components/StorageNotice.svelte'],
		says: /^\s*Your progress may not be saved: the saved progress could not be opened \(.+\); reload the page\.$/
	}
])
	test(`the store's code not downloaded: the page says progress is not being saved (${blocked.length === 1 ? 'the notice' : 'its words not downloaded either'})`, async ({
		page,
		expectAccessible
	}) => {
		for (const source of blocked)
			await page.route(`**${source === 'store' ? chunkNamed(source) : chunkOf(source)}`, (route) =>
				route.abort('internetdisconnected')
			);
		await page.goto('/settings');
		const alert = page.getByRole('alert').filter({ hasText: 'saved' });
		await expect(alert).toHaveText(says);
		await expectAccessible('a storage problem the page could not load the code of');
	});
