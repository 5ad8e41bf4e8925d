// issue 15: a quiz set's page holds its first question in the HTML, readable and styled before any
// script runs; the quiz that takes over shows the same question, the same options in the same
// order, in the same place. /cards holds the top of its list the same way, /data its Export section,
// /progress the new learner's card (or, for a learner with progress, its loading line).
import type { Browser, Locator, Page } from '@playwright/test';
import { expect, test, waitForApp } from './fixtures';
import { currentQuestionId, finishedQuiz, questionBox, quizItems, seedState } from './quiz-helpers';
import { bank, reviewCard, seed } from './review-helpers';
import { chunkNamed, chunkOf } from './build-chunks';
import {
	envelope,
	fetchMeta,
	progressMarkerKey,
	quizLengthMarkerKey,
	quizzesBegunMarkerKey,
	sampleData,
	seedRaw
} from './storage-seed';
import { clearDatabase, databaseData } from './stored-state';

/** a topic, a section and the fact-checks: each opens on a question with choices */
const sets = [
	'/quiz/topic-shared-addition',
	'/quiz/section-key-concepts-1',
	'/quiz/fact-check'
] as const;

const phone = { width: 390, height: 844 };

/** where `locator`, shown, sits: x, y, width and height, rounded to the pixel */
async function placeOf(locator: Locator) {
	await expect(locator).toBeVisible();
	const b = await locator.boundingBox();
	return b && [b.x, b.y, b.width, b.height].map(Math.round);
}

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

/**
 * Holds back the requests for `url` until the returned function is called: a page is hydrated
 * while what it loads after is not there yet.
 */
async function holdBack(page: Page, url: string) {
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(url, async (route) => {
		await held;
		await route.continue();
	});
	return release;
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

/**
 * the first screen as painted, its scripts held back, where the quiz that opens is not the one it
 * shows: its question is not shown, its place is kept, and the quiz then takes it
 */
async function givesWay(page: Page, path: string, live: RegExp) {
	const releaseCode = await holdBack(page, '**/_app/immutable/**/*.js');
	const releaseQuestions = await holdBack(page, '**/quiz-data/**');
	await page.goto(path);
	const opening = page.locator('[data-opening]');
	const hidden = async () => {
		await expect(opening).toBeAttached();
		await expect(page.getByRole('heading', { level: 2, name: /^Question 1 of/ })).toBeHidden();
		await expect(opening.getByRole('radio').or(opening.getByRole('checkbox'))).toHaveCount(0);
		expect((await opening.boundingBox())?.height).toBeGreaterThan(300);
	};
	await hidden();
	// hydrated, the questions not there yet: still no question of the HTML's
	releaseCode();
	await waitForApp(page);
	await hidden();
	releaseQuestions();
	await expect(page.getByRole('heading', { level: 2, name: live })).toBeVisible();
	await expect(opening).toHaveCount(0);
	await page.unrouteAll();
}

test('a quiz under way is resumed in place of the first question, which the HTML does not show meanwhile', async ({
	page
}) => {
	const underWay = () => page.evaluate((key) => localStorage.getItem(key), quizzesBegunMarkerKey);
	await page.goto('/quiz/topic-shared-addition');
	await waitForApp(page);
	await expect(questionBox(page)).toBeVisible();
	const first = questionBox(page).getByRole('radio').or(questionBox(page).getByRole('checkbox'));
	await first.first().check();
	await page.getByRole('button', { name: 'Check answer' }).click();
	await page.getByRole('button', { name: 'Next question' }).click();
	await expect(page.getByRole('heading', { level: 2, name: /^Question 2 of/ })).toBeVisible();
	await expect.poll(underWay).toMatch(/^topic-shared-addition-depth-\d$/);
	// reloaded: the HTML's opening question gives way to the stored quiz, which takes its place
	await givesWay(page, '/quiz/topic-shared-addition', /^Question 2 of/);
	await expect(page.getByRole('heading', { level: 2, name: /^Question 1 of/ })).toHaveCount(0);
	// another set's page still paints its opening question
	await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
	await page.goto(sets[1]);
	await expect(page.getByRole('heading', { level: 2, name: /^Question 1 of/ })).toBeVisible();
});

test('a set finished before is retaken from a question drawn afresh, which the HTML’s does not stand in for', async ({
	page
}) => {
	const path = '/quiz/topic-shared-addition';
	const items = [...(await quizItems(page, 'topic-shared-addition')).values()];
	const { finished, attempts } = finishedQuiz(
		'topic-shared-addition-depth-1',
		items.filter((item) => item.question.depth === 1).slice(0, 3),
		[]
	);
	await seedState(page, { finishedQuizzes: [finished], attempts });
	// the first visit moves the seeded state in, and marks the set as begun for the next
	await page.goto('/quiz');
	await waitForApp(page);
	await expect
		.poll(() => page.evaluate((key) => localStorage.getItem(key), quizzesBegunMarkerKey))
		.toBe('topic-shared-addition-depth-1');
	const opening = (await (await page.request.get(path)).text()).match(
		/data-opening="([^"]+)"/
	)?.[1];
	expect(opening).toBeTruthy();
	await givesWay(page, path, /^Question 1 of/);
	// drawn like the rest: one of a few loads opens elsewhere than the build's opening question
	const firsts = [await currentQuestionId(page)];
	while (firsts.every((id) => id === opening) && firsts.length < 6) {
		await page.reload();
		await waitForApp(page);
		await expect(page.getByRole('heading', { level: 2, name: /^Question 1 of/ })).toBeVisible();
		firsts.push(await currentQuestionId(page));
	}
	expect(
		firsts.some((id) => id !== opening),
		firsts.join(', ')
	).toBe(true);
});

test('an address that asks for another depth does not paint the start depth’s question', async ({
	page
}) => {
	// section-key-concepts-1 opens at depth 1 ("What the episode said")
	await givesWay(page, `${sets[1]}?depth=2`, /^Question 1 of \d+$/);
	await expect(page.getByRole('link', { name: /What the paper shows/ })).toHaveAttribute(
		'aria-current',
		'page'
	);
	// asked for the depth it opens at, it paints its question as without one
	await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
	await page.goto(`${sets[1]}?depth=1`);
	await expect(page.getByRole('heading', { level: 2, name: /^Question 1 of/ })).toBeVisible();
});

test('an option picked and a length chosen on the first screen before the quiz comes are kept, and so is the focus', async ({
	page
}) => {
	// the questions held back: the page works, its first screen is the build's, the quiz not yet there
	const release = await holdBack(page, '**/quiz-data/**');
	// a set of more than 10 questions, which offers a length
	await page.goto(sets[1]);
	await waitForApp(page);
	const opening = page.locator('[data-opening]');
	// the first screen says its controls do not work yet (aria-disabled), and a tool waits for that
	// to change: a person can still pick with the keys, as here, or a tap
	const length = opening.getByRole('combobox', { name: 'Questions per quiz' });
	await length.focus();
	await page.keyboard.press('ArrowDown');
	await expect(length).toHaveValue('20');
	const options = opening.locator('form li');
	const picked = options.nth(1);
	const name = (await picked.locator('.text').textContent())?.trim() ?? '';
	await picked.locator('input').focus();
	await page.keyboard.press('Space');
	await expect(picked.locator('input')).toBeChecked();
	release();

	await expect(questionBox(page)).toBeVisible();
	await expect(opening).toHaveCount(0);
	const live = page
		.getByRole('radio', { name, exact: true })
		.or(page.getByRole('checkbox', { name, exact: true }));
	await expect(live).toBeChecked();
	await expect(live).toBeFocused();
	await expect(page.getByRole('combobox', { name: 'Questions per quiz' })).toHaveValue('20');
	await expect.poll(async () => (await databaseData(page)).settings.quizLength).toBe(20);
	// the pick is the quiz's own: checking it gives its feedback
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.getByRole('button', { name: 'Next question' })).toBeFocused();
});

for (const viewport of [phone, { width: 1280, height: 800 }])
	test(`at ${viewport.width} px a learner who keeps another length gets it on the first screen before any script runs, and the quiz takes over with it`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		const lengthMark = () => page.evaluate((key) => localStorage.getItem(key), quizLengthMarkerKey);
		const length = (within: Page | Locator) =>
			within.getByRole('combobox', { name: 'Questions per quiz' });
		const heading = (within: Page | Locator) => within.getByRole('heading', { level: 2 });
		// a new learner's first screen: 10, and no mark
		await page.goto(sets[1]);
		await waitForApp(page);
		await expect(questionBox(page)).toBeVisible();
		await expect(heading(page)).toHaveText('Question 1 of 10');
		expect(await lengthMark()).toBeNull();
		await length(page).selectOption('All of them');
		await expect.poll(lengthMark).toBe('all');

		// another set, its scripts held back: what the HTML paints
		const release = await holdBack(page, '**/_app/immutable/**/*.js');
		await page.goto(sets[2]);
		const opening = page.locator('[data-opening]');
		const all = await opening.getAttribute('data-total-all');
		expect(Number(all)).toBeGreaterThan(20);
		await expect(heading(opening)).toHaveText(`Question 1 of ${all}`);
		await expect(length(opening)).toHaveValue('all');
		// marked as the page's own default, so the quiz does not take it for a choice made on the page
		expect(
			await opening
				.locator('option[value="all"]')
				.evaluate((o: HTMLOptionElement) => o.defaultSelected)
		).toBe(true);
		const painted = {
			heading: await placeOf(heading(opening)),
			length: await placeOf(length(opening))
		};
		release();

		// the quiz takes over with the same count and choice, in the same places
		await waitForApp(page);
		await expect(questionBox(page)).toBeVisible();
		await expect(opening).toHaveCount(0);
		await expect(heading(page)).toHaveText(`Question 1 of ${all}`);
		await expect(length(page)).toHaveValue('all');
		expect({ heading: await placeOf(heading(page)), length: await placeOf(length(page)) }).toEqual(
			painted
		);

		// a set of no more than 10 questions: the count is its size at every length, and no length
		// is offered, which would only push the question down a short screen
		await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
		await page.goto('/quiz/topic-medical-diagnosis');
		expect(await opening.getAttribute('data-total-all')).toBeNull();
		await expect(heading(opening)).toHaveText(/^Question 1 of ([1-9]|10)$/);
		await expect(length(opening)).toHaveCount(0);

		// back to 10: the mark goes, and the HTML's own count is painted again
		await page.unrouteAll();
		await page.goto(sets[2]);
		await waitForApp(page);
		await length(page).selectOption('10 questions');
		await expect.poll(lengthMark).toBeNull();
		await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
		await page.goto(sets[1]);
		await expect(heading(opening)).toHaveText('Question 1 of 10');
		await expect(length(opening)).toHaveValue('10');
	});

test.describe('/cards: the top of the list is in the HTML', () => {
	/** as many cards as the build draws: more than the tallest first screen holds */
	const drawn = 4;
	const sizes = [phone, { width: 1280, height: 800 }];

	/** the first cards' fronts and where each card, the first topic's heading and the filter sit */
	async function topOfList(page: Page, fronts: string[]) {
		const box = placeOf;
		return {
			heading: await box(page.getByRole('heading', { level: 2 }).first()),
			filter: await box(page.locator('input[type="search"]')),
			cards: await Promise.all(
				fronts.map((front) => box(page.getByRole('article', { name: front, exact: true })))
			)
		};
	}

	test('without JavaScript it shows the first cards with their answers and sources, and says what needs JavaScript', async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: phone });
		const page = await context.newPage();
		const cards = await bank(page.request);
		const topic = cards.topics[0]!;
		const ofTopic = cards.cards.filter((c) => c.topic === topic.id);
		await page.goto('/cards');
		await expect(
			page.getByRole('heading', { level: 2, name: `${topic.title} (${ofTopic.length})` })
		).toBeVisible();
		await expect(
			page.getByText(`${cards.cards.length} cards in ${cards.topics.length} topics.`)
		).toBeVisible();
		for (const card of ofTopic.slice(0, drawn)) {
			const item = page.getByRole('article', { name: card.front, exact: true });
			await expect(item).toBeVisible();
			await expect(item.getByText(card.back)).toBeVisible();
			await expect(item.getByRole('list', { name: 'Sources' })).toBeVisible();
			// the explanation opens without any script
			await item.getByText('Explanation', { exact: true }).click();
			await expect(item.getByText(card.explanation)).toBeVisible();
		}
		await expect(page.getByRole('article')).toHaveCount(drawn);
		await expect(
			page.getByText(
				`The other ${cards.cards.length - drawn} cards, each card’s state, the filters and suspending need JavaScript`
			)
		).toBeVisible();
		// what cannot work, or would be a guess, is not shown: the filters, a state, Suspend
		await expect(page.getByRole('searchbox', { name: 'Filter cards' })).toBeHidden();
		for (const state of await page.getByText('Not studied yet').all())
			await expect(state).toBeHidden();
		await expect(page.getByRole('button', { name: 'Suspend' })).toHaveCount(0);
		await context.close();
	});

	test('as painted before its scripts run it is axe-clean', async ({ page, expectAccessible }) => {
		await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
		await page.goto('/cards');
		await expect(page.getByRole('article').first()).toBeVisible();
		await expectAccessible('/cards before its scripts');
	});

	for (const viewport of sizes)
		for (const learner of ['new', 'studied'] as const)
			test(`at ${viewport.width} px the live list takes over with the same cards in the same places (a ${learner} learner)`, async ({
				page
			}) => {
				await page.setViewportSize(viewport);
				const cards = await bank(page.request);
				const opening = cards.cards.filter((c) => c.topic === cards.topics[0]!.id).slice(0, drawn);
				const fronts = opening.map((c) => c.front);
				// a studied card has its state, due date and Card info: none of them may move the list
				if (learner === 'studied')
					await seed(page, { cards: opening.slice(0, 2).map((c) => reviewCard(c.id)) });
				// the cards' data held back: the page is hydrated, the list not yet there
				const release = await holdBack(page, '**/cards-data/cards.json');
				await page.goto('/cards');
				await waitForApp(page);
				// the filter the build draws cannot be reached before the list works (it is inert)
				const filter = page.getByRole('searchbox', { name: 'Filter cards' });
				await filter.focus();
				await expect(filter).not.toBeFocused();
				await expect(page.getByText('Loading the cards…')).toHaveCount(0);
				const painted = await topOfList(page, fronts);
				release();
				await expect(page.getByRole('main').getByRole('status').last()).toHaveText(
					`${cards.cards.length} cards in ${cards.topics.length} topics.`
				);
				await expect(page.getByText(/^(Not studied yet|Next due)/).first()).toBeVisible();
				await expect(page.getByRole('article')).toHaveCount(cards.cards.length);
				expect(await topOfList(page, fronts)).toEqual(painted);
			});
});

test.describe('/data: its Export section is in the HTML', () => {
	const sizes = [phone, { width: 1280, height: 800 }];
	const exportButtons = [
		'Download a backup (JSON)',
		'Anki (tab-separated, tagged by topic)',
		'CSV (spreadsheets)',
		'Quizlet (term, tab, definition)'
	];

	/** where the Export section's heading, its line of counts and each of its buttons sit */
	async function exportPlaces(page: Page) {
		// its place is kept before the stored progress can fill it, unshown: there, not visible
		const place = async (locator: Locator) => {
			await expect(locator).toHaveCount(1);
			const b = await locator.boundingBox();
			return b && [b.x, b.y, b.width, b.height].map(Math.round);
		};
		const box = placeOf;
		return {
			heading: await box(page.getByRole('heading', { level: 2, name: 'Export' })),
			// its place is kept before the stored progress can fill it, unshown
			counts: await place(page.getByText(/^On this device:/)),
			buttons: await Promise.all(
				exportButtons.map((name) => box(page.getByRole('button', { name, exact: true })))
			)
		};
	}

	test('without JavaScript it says what needs it, and shows no button that cannot work', async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: phone });
		const page = await context.newPage();
		await page.goto('/data');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Back up and restore');
		await expect(
			page.getByText(/Exporting, importing and resetting your progress need JavaScript/)
		).toBeVisible();
		await expect(page.getByRole('button')).toHaveCount(0);
		await expect(page.getByText('Loading your progress…')).toHaveCount(0);
		await context.close();
	});

	test('as painted before its scripts run it is axe-clean', async ({ page, expectAccessible }) => {
		await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
		await page.goto('/data');
		await expect(page.getByRole('heading', { level: 2, name: 'Export' })).toBeVisible();
		await expectAccessible('/data before its scripts');
	});

	for (const viewport of sizes)
		test(`at ${viewport.width} px the live sections take over with Export in the same place`, async ({
			page
		}) => {
			await page.setViewportSize(viewport);
			// the sections' code held back: the page is hydrated, the sections not yet there
			const release = await holdBack(page, `**${chunkOf('src/routes/data/DataSections.svelte')}`);
			await page.goto('/data');
			await waitForApp(page);
			// the build's Export section cannot be used before the page works (it is inert)
			const backup = page.getByRole('button', { name: 'Download a backup (JSON)' });
			await backup.focus();
			await expect(backup).not.toBeFocused();
			await expect(page.getByText('Loading your progress…')).toHaveCount(0);
			const painted = await exportPlaces(page);
			release();
			await expect(page.getByText('On this device: 0 answers, 0 finished quizzes')).toBeVisible();
			await expect(
				page.getByRole('heading', { level: 2, name: 'Reset all progress' })
			).toBeVisible();
			await expect(page.getByRole('heading', { level: 2, name: 'Export' })).toHaveCount(1);
			expect(await exportPlaces(page)).toEqual(painted);
			await backup.focus();
			await expect(backup).toBeFocused();
		});
});

test.describe('/progress: painted from the HTML as the stored progress will have it', () => {
	const sizes = [phone, { width: 1280, height: 800 }];
	const emptyCard = (page: Page) =>
		page.getByRole('heading', { level: 2, name: 'Nothing to chart yet' });
	const marker = (page: Page) =>
		page.evaluate((key) => localStorage.getItem(key), progressMarkerKey);
	/** the storage code held back: the page is hydrated, the stored progress not read yet */
	const holdBackStorage = (page: Page) => holdBack(page, `**${chunkNamed('store')}`);
	const hydrated = (page: Page) =>
		page.waitForFunction(() => document.documentElement.dataset.started === 'true');
	const place = placeOf;

	test('without JavaScript it shows the new learner’s card and says what needs JavaScript', async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: phone });
		const page = await context.newPage();
		await page.goto('/progress');
		await expect(emptyCard(page)).toBeVisible();
		await expect(page.getByRole('link', { name: 'Take your first quiz' })).toBeVisible();
		await expect(
			page.getByText(/charted by this page’s JavaScript, which is turned off/)
		).toBeVisible();
		await expect(page.getByText('Loading your progress…')).toBeHidden();
		await context.close();
	});

	test('as painted before its scripts run it is axe-clean', async ({ page, expectAccessible }) => {
		await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
		await page.goto('/progress');
		await expect(emptyCard(page)).toBeVisible();
		await expectAccessible('/progress before its scripts');
	});

	for (const viewport of sizes)
		test(`at ${viewport.width} px a new learner’s card is there before storage is read, and stays in place`, async ({
			page
		}) => {
			await page.setViewportSize(viewport);
			const release = await holdBackStorage(page);
			await page.goto('/progress');
			await hydrated(page);
			await expect(page.getByText('Loading your progress…')).toBeHidden();
			const painted = await place(emptyCard(page));
			release();
			await waitForApp(page);
			expect(await place(emptyCard(page))).toEqual(painted);
			await expect(page.getByText('Loading your progress…')).toHaveCount(0);
			expect(await marker(page)).toBeNull();
		});

	test('a learner with progress gets the loading line, never the new learner’s card; the mark goes with the progress', async ({
		page
	}) => {
		await seedRaw(page, envelope(sampleData(await fetchMeta(page))));
		await page.goto('/progress');
		await waitForApp(page);
		await expect(page.getByRole('heading', { level: 2, name: 'In numbers' })).toBeVisible();
		await expect.poll(() => marker(page)).toBe('yes');

		const release = await holdBackStorage(page);
		await page.reload();
		await hydrated(page);
		await expect(page.getByText('Loading your progress…')).toBeVisible();
		await expect(emptyCard(page)).toBeHidden();
		release();
		await expect(page.getByRole('heading', { level: 2, name: 'In numbers' })).toBeVisible();
		await expect(emptyCard(page)).toHaveCount(0);

		// the progress gone from the database (as by hand), the stale mark shows the loading line once;
		// read, the store has none, the card takes the line's place and the mark goes
		await clearDatabase(page);
		await page.reload();
		await waitForApp(page);
		await expect(emptyCard(page)).toBeVisible();
		await expect(page.getByText('Loading your progress…')).toHaveCount(0);
		await expect.poll(() => marker(page)).toBeNull();
	});
});

test('every page is painted before it asks for its code', async ({ page }) => {
	for (const path of ['/', '/quiz/section-key-concepts-1', '/review', '/transcript', '/progress']) {
		await page.goto(path);
		await waitForApp(page);
		const { painted, scripts } = await page.evaluate(() => ({
			painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
			scripts: performance
				.getEntriesByType('resource')
				.filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
				.map((entry) => entry.startTime)
		}));
		expect(painted, `${path} has painted its content`).not.toBeNull();
		expect(scripts.length, `${path} has loaded its code`).toBeGreaterThan(3);
		expect(
			Math.min(...scripts),
			`${path}: its first script asked for after the paint`
		).toBeGreaterThan(painted ?? Infinity);
	}
});

test.describe('home: a new learner’s Today is in the HTML', () => {
	const sizes = [phone, { width: 1280, height: 800 }];
	const today = (page: Page) => page.getByRole('region', { name: 'Today' });
	const start = (page: Page) =>
		today(page).getByRole('link', { name: 'Start with 10 questions on the whole episode' });
	const loading = (page: Page) => today(page).getByText('Loading what to do today…');
	/** the storage code held back: the page is hydrated, the stored progress not read yet */
	const holdBackStorage = (page: Page) => holdBack(page, `**${chunkNamed('store')}`);
	const hydrated = (page: Page) =>
		page.waitForFunction(() => document.documentElement.dataset.started === 'true');

	test('without JavaScript it offers the first quiz, not a loading line', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: phone });
		const page = await context.newPage();
		await page.goto('/');
		await expect(today(page).getByRole('heading', { name: 'Just listened?' })).toBeVisible();
		await expect(start(page)).toHaveAttribute('href', '/quiz/mixed-10?depth=1');
		await expect(loading(page)).toBeHidden();
		// the scores say why they are not there, not that they are coming
		await expect(page.getByText('Loading your scores…')).toBeHidden();
		await expect(
			page.getByText(/^\s*Your scores are read from this browser by the page’s JavaScript/)
		).toBeVisible();
		await context.close();
	});

	test('as painted before its scripts run it is axe-clean', async ({ page, expectAccessible }) => {
		await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
		await page.goto('/');
		await expect(start(page)).toBeVisible();
		await expectAccessible('home before its scripts');
	});

	for (const viewport of sizes)
		test(`at ${viewport.width} px the first quiz is there before storage is read, and Today keeps it in place`, async ({
			page
		}) => {
			await page.setViewportSize(viewport);
			const release = await holdBackStorage(page);
			await page.goto('/');
			await hydrated(page);
			await expect(loading(page)).toBeHidden();
			const painted = [await placeOf(today(page).getByRole('heading', { name: 'Just listened?' }))];
			painted.push(await placeOf(start(page)));
			release();
			await waitForApp(page);
			// Today's own card, with what it adds under the button: the cards to learn today
			await expect(
				today(page).getByRole('link', { name: /^\d+ cards to learn today$/ })
			).toBeVisible();
			expect([
				await placeOf(today(page).getByRole('heading', { name: 'Just listened?' })),
				await placeOf(start(page))
			]).toEqual(painted);
		});

	test('at 1280 px a new learner’s first screen is not half blank, and nothing moves as Today and the scores come', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.addInitScript(() => {
			const shifts: number[] = [];
			(window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
					shifts.push(entry.value);
			}).observe({ type: 'layout-shift', buffered: true });
		});
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await page.goto('/');
		await waitForApp(page);
		await expect(
			today(page).getByRole('link', { name: /^\d+ cards to learn today$/ })
		).toBeVisible();
		await expect(page.getByText(/^Loading /)).toHaveCount(0);
		// what follows Today is on the first screen: no room is kept for a Today that will not come
		await expect(
			page.getByRole('heading', { level: 2, name: 'Your quiz scores' })
		).toBeInViewport();
		const shifts = await page.evaluate(
			() => (window as unknown as { layoutShifts: number[] }).layoutShifts
		);
		expect(
			shifts.reduce((sum, value) => sum + value, 0),
			`shifts: ${shifts.join(', ')}`
		).toBeLessThanOrEqual(0.01);
	});

	test('a learner with progress gets the loading line, never the first quiz’s card', async ({
		page
	}) => {
		await seedRaw(page, envelope(sampleData(await fetchMeta(page))));
		await page.goto('/');
		await waitForApp(page);
		await expect(today(page).getByRole('link', { name: 'Review now' })).toBeVisible();
		await expect
			.poll(() => page.evaluate((key) => localStorage.getItem(key), progressMarkerKey))
			.toBe('yes');

		const release = await holdBackStorage(page);
		await page.reload();
		await hydrated(page);
		await expect(loading(page)).toBeVisible();
		await expect(start(page)).toBeHidden();
		release();
		await expect(today(page).getByRole('link', { name: 'Review now' })).toBeVisible();
		await expect(start(page)).toHaveCount(0);
		await expect(loading(page)).toHaveCount(0);
	});

	test('a learner whose progress is still in localStorage, with no mark yet, gets the loading line too', async ({
		page
	}) => {
		// from before the database: the first visit since moves it there, and only then is the mark kept
		await seedRaw(page, envelope(sampleData(await fetchMeta(page))));
		const release = await holdBackStorage(page);
		await page.goto('/');
		await hydrated(page);
		expect(await page.evaluate((key) => localStorage.getItem(key), progressMarkerKey)).toBeNull();
		await expect(loading(page)).toBeVisible();
		await expect(start(page)).toBeHidden();
		release();
		await expect(today(page).getByRole('link', { name: 'Review now' })).toBeVisible();
	});
});

test('at 1280 px the header’s links stay where they are drawn when Review’s count arrives', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	// the count comes with the due chunk, after the page is interactive: held back until measured
	const release = await holdBack(page, `**${chunkNamed('due')}`);
	await page.goto('/settings');
	await page.waitForFunction(() => document.documentElement.dataset.started === 'true');
	const nav = page.getByRole('navigation', { name: 'Main' });
	const places = () =>
		nav
			.getByRole('link')
			.evaluateAll((links) => links.map((link) => link.getBoundingClientRect().x));
	const drawn = await places();
	await expect(nav.locator('.badge')).toHaveCount(0);
	release();
	await expect(nav.getByRole('link', { name: /^Review, \d+ to study$/ })).toBeVisible();
	await expect(nav.locator('.badge')).toBeVisible();
	expect(await places()).toEqual(drawn);
});

test.describe('an unknown address: "Page not found" is in the HTML', () => {
	const sizes = [phone, { width: 1280, height: 800 }];
	// deep, so a page naming its files from where it stands would miss them
	const missing = '/no/such/page';

	/** whether the app's stylesheets came: its header's links are laid out in a row (app CSS) */
	const styled = (page: Page) =>
		page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('list')
			.evaluate((list) => getComputedStyle(list).display);

	/** the screen's words and where its heading, text and links sit */
	async function notFound(page: Page) {
		const main = page.getByRole('main');
		return {
			text: (await main.innerText()).trim(),
			places: await Promise.all(
				[
					main.getByRole('heading', { level: 1, name: 'Page not found' }),
					main.getByText(/^There is no page at/),
					...['Go to the home page', 'Choose a quiz', 'Review flashcards'].map((name) =>
						main.getByRole('link', { name })
					)
				].map(placeOf)
			)
		};
	}

	for (const viewport of sizes)
		test(`at ${viewport.width} px it reads and is styled without its scripts, which then change nothing`, async ({
			page,
			browser,
			expectAccessible
		}) => {
			const context = await browser.newContext({ javaScriptEnabled: false, viewport });
			try {
				const plain = await context.newPage();
				const response = await plain.goto(missing);
				expect(response?.status()).toBe(404);
				await expect(plain.getByRole('heading', { level: 1 })).toHaveText('Page not found');
				await expect(plain).toHaveTitle('Page not found · Study companion');
				await expect(plain.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
				expect(await styled(plain)).toBe('flex');
			} finally {
				await context.close();
			}

			await page.setViewportSize(viewport);
			const release = await holdBack(page, '**/_app/immutable/**/*.js');
			const response = await page.goto(missing);
			expect(response?.status()).toBe(404);
			// the page's stylesheets came, named from the root at this depth
			expect(await styled(page)).toBe('flex');
			const painted = await notFound(page);
			expect(painted.text).toContain('There is no page at this address.');
			await expectAccessible(`404 before its scripts, ${viewport.width} px`);
			release();
			await waitForApp(page);
			expect(await notFound(page)).toEqual(painted);
			// and it works as a page of the app, whose header marks the page it is on again
			await page.getByRole('link', { name: 'Choose a quiz' }).click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quizzes');
			await expect(
				page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quiz' })
			).toHaveAttribute('aria-current', 'page');
			// a link to a quiz set that does not exist gets SvelteKit's error page: the same screen, with
			// the address (an address no route matches is loaded whole, and gets the page above)
			await page.evaluate(() => {
				const link = document.createElement('a');
				link.href = '/quiz/no-such-set';
				link.textContent = 'a broken link';
				document.querySelector('main')?.append(link);
			});
			await page.getByRole('link', { name: 'a broken link' }).click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
			await expect(page.getByRole('main').locator('code')).toHaveText('/quiz/no-such-set');
			// no link of the header is the current page on either screen, the address notwithstanding
			const current = page.getByRole('navigation', { name: 'Main' }).locator('[aria-current]');
			await expect(current).toHaveCount(0);
			await page.goto('/quiz/typo');
			await waitForApp(page);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
			await expect(current).toHaveCount(0);
		});
});
