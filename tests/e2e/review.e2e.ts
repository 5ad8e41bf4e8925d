import { expect, test, waitForApp } from './fixtures';
import type { Page } from '@playwright/test';
import { quoted } from '../../src/lib/format/format';
import { storedCard } from './stored-state';
import {
	bank,
	day,
	hour,
	minute,
	relearningCard,
	reviewCard,
	seed,
	settings,
	stored,
	t0
} from './review-helpers';

// dates are read in UTC, so the learner's day turns over at 04:00 UTC
test.use({ timezoneId: 'UTC', locale: 'en-GB' });

const card = (page: Page) => page.getByRole('region', { name: 'Flashcard' });
const showAnswer = (page: Page) => page.getByRole('button', { name: /^Show answer/ });
const answerHeading = (page: Page) => page.getByRole('heading', { name: 'Answer', exact: true });
/** the review's live region (the layout's storage notices are outside main) */
const status = (page: Page) => page.getByRole('main').getByRole('status');
const summary = (page: Page) => page.getByRole('region', { name: 'Session summary' });
const stat = (page: Page, term: string) =>
	summary(page)
		.locator('div')
		.filter({ has: page.getByText(term, { exact: true }) })
		.locator('dd');

/** the fold that holds the topic and section filters and "Review what I forgot today" (issue 14) */
const optionsToggle = (page: Page) =>
	page.getByRole('main').locator('summary', { hasText: /^Options/ });
async function openOptions(page: Page) {
	if ((await optionsToggle(page).locator('..').getAttribute('open')) === null)
		await optionsToggle(page).click();
}

/** opens the review page and waits, as a person would, until the reviewer is on screen */
async function openReview(page: Page, path = '/review') {
	await page.goto(path);
	await waitForApp(page);
	await expect(optionsToggle(page)).toBeVisible();
}

test('the front and the back of a new card, turned over with the keyboard', async ({
	page,
	expectAccessible
}) => {
	await page.clock.setFixedTime(t0);
	await openReview(page);
	await expect(showAnswer(page)).toBeVisible();
	await expect(page.getByText('New 20')).toBeVisible();
	await expectAccessible('review: front of a card');
	// the first Space lands on the page
	await page.keyboard.press('Space');
	await expect(answerHeading(page)).toBeVisible();
	await expect(page.getByRole('button', { name: /^Good/ })).toContainText('10m');
	await expectAccessible('review: back of a card');
});

test('a whole session with the keyboard alone, from the first card to the summary (5 new cards a day)', async ({
	page,
	expectAccessible
}) => {
	// one axe run (the front and back of a card are checked by the test above). A day's limit of
	// 5 new cards instead of the default 20 (whose "New 20" the test above checks) makes the same
	// whole session in 10 grades instead of 40: every card still goes through its learning step
	await page.clock.setFixedTime(t0);
	await seed(page, { settings: settings({ newCardsPerDay: 5 }) });
	await openReview(page);
	await expect(page.getByText('New 5')).toBeVisible();

	let grades = 0;
	while (!(await summary(page).isVisible())) {
		expect(grades, 'the session ends').toBeLessThan(15);
		// the first Space lands on the page, the next ones on the focused "Show answer" button
		await page.keyboard.press('Space');
		await expect(answerHeading(page)).toBeVisible();
		await page.keyboard.press('3');
		grades++;
		// the next card's front, or the summary, shows once the grade is stored
		await expect(answerHeading(page)).toBeHidden();
	}

	// 5 new cards, each Good at its first step (10 minutes, learnt ahead) and again to graduate
	expect(grades).toBe(10);
	await expect(stat(page, 'Cards reviewed')).toHaveText('5');
	await expect(stat(page, 'Reviews')).toHaveText('10');
	await expect(stat(page, 'Good')).toHaveText('10');
	await expect(stat(page, 'Again')).toHaveText('0');
	await expect(stat(page, 'Time spent')).toHaveText('0 s');
	await expect(page.getByRole('heading', { name: 'Session summary' })).toBeFocused();
	await expect(page.getByRole('heading', { name: 'Nothing is due right now' })).toBeVisible();
	await expectAccessible('review: session summary');

	const data = await stored(page);
	expect(data.cards).toHaveLength(5);
	expect(data.cards.every((c) => c.state === 2)).toBe(true);
	expect(data.reviewLog).toHaveLength(10);
});

test('grades are stored as they are given and survive a reload mid-session', async ({ page }) => {
	await page.clock.setFixedTime(t0);
	await openReview(page);
	const fronts: string[] = [];
	for (const key of ['1', '3', '4']) {
		fronts.push((await card(page).locator('.front .prompt').textContent()) ?? '');
		await page.keyboard.press('Enter');
		await expect(answerHeading(page)).toBeVisible();
		await page.keyboard.press(key);
		// the next card's front shows once the grade is stored
		await expect(answerHeading(page)).toBeHidden();
	}
	// the fourth card is on screen, back shown but not graded, when the page is reloaded
	await page.keyboard.press('Space');
	await page.reload();
	await waitForApp(page);
	await expect(optionsToggle(page)).toBeVisible();
	await expect(showAnswer(page)).toBeVisible();

	const data = await stored(page);
	expect(data.reviewLog.map((entry) => entry.rating)).toEqual([1, 3, 4]);
	expect(data.cards).toHaveLength(3);
	// three new cards were introduced today: 17 are left of the daily 20
	await expect(page.getByText('New 17')).toBeVisible();
	expect(new Set(fronts).size).toBe(3);
});

test('cards graded Good come back when they are due the next day, and not before', async ({
	page
}) => {
	const payload = await bank(page.request);
	const ids = payload.cards.slice(0, 3).map((c) => c.id);
	await seed(page, { cards: ids.map(relearningCard), settings: settings({ newCardsPerDay: 0 }) });
	await page.clock.install({ time: t0 });
	await openReview(page);

	for (let i = 0; i < 3; i++) {
		await page.keyboard.press('Space');
		await expect(page.getByRole('button', { name: /^Good/ })).toContainText('1d');
		await page.keyboard.press('3');
	}
	await expect(page.getByRole('heading', { name: 'Nothing is due right now' })).toBeVisible();
	// due a day after grading, so on the learner's next day, which starts at 04:00: they come then
	await expect(page.getByText('The next card is due in 19 hours')).toBeVisible();
	await expect(page.getByRole('time')).toHaveText('Tuesday 11 March at 04:00');

	// 03:00 the next morning: still yesterday for the learner, whose day starts at 04:00
	await page.clock.fastForward('18:00:00');
	await expect(page.getByRole('heading', { name: 'Nothing is due right now' })).toBeVisible();
	await page.reload();
	await waitForApp(page);
	await expect(optionsToggle(page)).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Nothing is due right now' })).toBeVisible();

	// 04:00, the learner's new day: all three are due again, as the page said
	await page.clock.fastForward('01:00:00');
	await expect(showAnswer(page)).toBeVisible();
	await expect(page.getByText('To review 3')).toBeVisible();
	// graded a second or two after t0 (the installed clock runs), so due a day after that
	const { cards } = await stored(page);
	expect(cards.map((state) => state.cardId).sort()).toEqual([...ids].sort());
	for (const state of cards) {
		const due = Date.parse(state.due) - t0.getTime();
		expect(due).toBeGreaterThanOrEqual(day);
		expect(due).toBeLessThan(day + minute);
	}
});

test('when nothing is due, says so and when the next card is, and offers more new cards or a quiz', async ({
	page,
	expectAccessible
}) => {
	const payload = await bank(page.request);
	const first = payload.cards[0]!;
	await seed(page, {
		cards: [reviewCard(first.id, { due: new Date(t0.getTime() + 3 * day).toISOString() })],
		settings: settings({ newCardsPerDay: 0 })
	});
	await page.clock.setFixedTime(t0);
	await openReview(page);

	await expect(page.getByRole('heading', { name: 'Nothing is due right now' })).toBeVisible();
	await expect(
		page.getByText('The next card is due in 3 days, on Thursday 13 March')
	).toBeVisible();
	await expect(page.getByText("You have reached today's limit of 0 new cards")).toBeVisible();
	await expect(page.getByRole('link', { name: 'Take a quiz' })).toHaveAttribute('href', '/quiz');
	await expect(summary(page)).toHaveCount(0);
	await expectAccessible('review: nothing due');

	await page.getByRole('button', { name: 'Study 10 more new cards today' }).click();
	await expect(showAnswer(page)).toBeFocused();
	await expect(page.getByText('New 10')).toBeVisible();
	// stored for the day, as Anki's custom study: a reload keeps the cards asked for
	await page.reload();
	await waitForApp(page);
	await expect(page.getByText('New 10')).toBeVisible();
	await expect(
		page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: /^Review, 10 to study/ })
	).toBeVisible();
});

test('the back shows the explanation and links the transcript passage and the paper §', async ({
	page
}) => {
	const payload = await bank(page.request);
	const quoted = payload.cards.find((c) => c.transcript !== undefined)!;
	await seed(page, { cards: [reviewCard(quoted.id)], settings: settings({ newCardsPerDay: 0 }) });
	await page.clock.setFixedTime(t0);
	await openReview(page);

	await expect(card(page)).toContainText(quoted.front);
	await showAnswer(page).click();
	// focus moves to the answer, so a screen reader reads it next
	await expect(page.getByRole('group', { name: 'Answer' })).toBeFocused();
	await expect(card(page)).toContainText(quoted.back);
	await expect(card(page)).toContainText(quoted.explanation);
	const paragraph = quoted.transcript!.paragraphId;
	const transcriptLink = card(page).getByRole('link', { name: /^Transcript,/ });
	await expect(transcriptLink).toHaveAttribute('href', `/transcript#${paragraph}`);
	const passage = quoted.evidence[0]!;
	await expect(
		card(page)
			.getByRole('link', { name: `§${passage.section} ${passage.sectionTitle}` })
			.first()
	).toHaveAttribute('href', passage.href);
	await transcriptLink.click();
	await expect(page).toHaveURL(new RegExp(`/transcript#${paragraph}$`));
	await expect(page.locator(`#${paragraph}`)).toContainText(quoted.transcript!.quote);
});

test('the card turns over with a transition, and with none under reduced motion', async ({
	page
}) => {
	await page.clock.setFixedTime(t0);
	await openReview(page);
	await expect(showAnswer(page)).toBeVisible();
	const motion = () =>
		card(page).evaluate((el) => {
			const style = getComputedStyle(el);
			return { transition: style.transitionDuration, animation: style.animationName };
		});
	expect((await motion()).transition).toBe('0.45s');

	await page.emulateMedia({ reducedMotion: 'reduce' });
	expect(await motion()).toEqual({ transition: '0s', animation: 'none' });
	await page.keyboard.press('Space');
	await expect(answerHeading(page)).toBeVisible();
	expect(await motion()).toEqual({ transition: '0s', animation: 'none' });
	// turned at once: no in-between frame to wait for
	const turned = await card(page).evaluate((el) => getComputedStyle(el).transform);
	expect(turned).not.toBe('none');
});

test('undo, by button and by Ctrl+Z, gives the card back exactly as it was', async ({ page }) => {
	const payload = await bank(page.request);
	const before = reviewCard(payload.cards[0]!.id);
	await seed(page, { cards: [before], settings: settings({ newCardsPerDay: 0 }) });
	await page.clock.setFixedTime(t0);
	await openReview(page);
	const undo = page.getByRole('button', { name: /^Undo\b/ });
	await expect(undo).toBeDisabled();

	await page.keyboard.press('Space');
	await page.keyboard.press('3');
	await expect(summary(page)).toBeVisible();
	await undo.click();
	await expect(showAnswer(page)).toBeFocused();
	// named, as the last grade may have been another tab's, on another card
	await expect(status(page)).toHaveText(/^Last grade undone: “.+” is back as it was before\.$/);
	await expect(status(page)).toContainText(payload.cards[0]!.front.slice(0, 20));
	await expect(summary(page)).toHaveCount(0);
	let data = await stored(page);
	expect(data.cards).toEqual([before]);
	expect(data.reviewLog).toEqual([]);
	expect(data.undoStack).toEqual([]);

	await page.keyboard.press('Space');
	await page.keyboard.press('4');
	await expect(summary(page)).toBeVisible();
	await page.keyboard.press('Control+z');
	await expect(showAnswer(page)).toBeVisible();
	data = await stored(page);
	expect(data.cards).toEqual([before]);
	expect(data.reviewLog).toEqual([]);
});

/** Seeds a card forgotten seven times, due now, and grades it Again on the review page. */
async function forgetAnEighthTime(page: Page) {
	const payload = await bank(page.request);
	const leech = payload.cards[1]!;
	await seed(page, {
		cards: [reviewCard(leech.id, { lapses: 7 })],
		settings: settings({ newCardsPerDay: 0 })
	});
	await page.clock.setFixedTime(t0);
	await openReview(page);
	await page.keyboard.press('Space');
	await page.keyboard.press('1');
	const notice = page.getByRole('region', { name: /it is now a leech/ });
	await expect(notice).toContainText(leech.front);
	return { leech, notice };
}

test('a card forgotten the eighth time becomes a leech: suspended, and the learner is told where to read up', async ({
	page,
	expectAccessible
}) => {
	const { leech, notice } = await forgetAnEighthTime(page);
	await expect(notice).toContainText('suspended');
	await expect(status(page)).toContainText('tagged as a leech and suspended');
	await expect(
		notice.getByRole('link', { name: 'Read its explanation and sources' })
	).toHaveAttribute('href', `/cards#${leech.id}`);
	// suspended: it does not come back, though Again would normally show it in 10 minutes
	await expect(page.getByRole('heading', { name: 'Nothing is due right now' })).toBeVisible();
	expect((await stored(page)).cards[0]).toMatchObject({ lapses: 8, suspended: true, leech: true });
	await expectAccessible('review: leech notice');
});

test("the leech notice's link opens the card's explanation in the list, marked suspended and leech", async ({
	page
}) => {
	const { leech, notice } = await forgetAnEighthTime(page);
	await notice.getByRole('link', { name: 'Read its explanation and sources' }).click();
	const article = page.getByRole('article', { name: leech.front });
	await expect(article).toBeFocused();
	await expect(article).toContainText(leech.explanation);
	await expect(article).toContainText('Suspended');
	await expect(article).toContainText('Leech');
});

test('a card suspended from the review leaves it, and Unsuspend or Ctrl+Z puts it back on screen', async ({
	page,
	expectAccessible
}) => {
	const payload = await bank(page.request);
	await page.clock.setFixedTime(t0);
	await openReview(page);
	const prompt = card(page).locator('.prompt');
	const first = (await prompt.textContent())!;
	const item = payload.cards.find((c) => c.front === first)!;

	await openOptions(page);
	await page.getByRole('button', { name: 'Suspend this card' }).click();
	await expect(prompt).not.toHaveText(first);
	const notice = page.getByRole('main').getByText(/^Suspended: /);
	await expect(notice).toContainText(quoted(first));
	await expect.poll(async () => (await storedCard(page, item.id))?.suspended).toBe(true);
	await expectAccessible('review: a card just suspended');

	await page.getByRole('button', { name: 'Unsuspend' }).click();
	await expect(prompt).toHaveText(first);
	await expect(notice).toHaveCount(0);
	// a card never studied: back to no stored state at all, as before
	await expect.poll(() => storedCard(page, item.id)).toBeUndefined();

	// Anki's key does the same
	await page.keyboard.press('@');
	await expect(prompt).not.toHaveText(first);
	await expect(notice).toContainText(quoted(first));

	// and, as in Anki, Ctrl+Z takes the suspend back: the card is on screen again
	await page.keyboard.press('Control+z');
	await expect(prompt).toHaveText(first);
	await expect(notice).toHaveCount(0);
	// a card never studied: back to no stored state at all, as before
	await expect.poll(() => storedCard(page, item.id)).toBeUndefined();
});

test('a card buried from the review is gone until tomorrow; Unbury, Ctrl+Z or the next day bring it back', async ({
	page,
	expectAccessible
}) => {
	const payload = await bank(page.request);
	await page.clock.setFixedTime(t0);
	await openReview(page);
	const prompt = card(page).locator('.prompt');
	const first = (await prompt.textContent())!;
	const item = payload.cards.find((c) => c.front === first)!;
	const buriedUntil = async () => (await storedCard(page, item.id))?.buriedUntil;

	await openOptions(page);
	await page.getByRole('button', { name: 'Bury until tomorrow' }).click();
	await expect(prompt).not.toHaveText(first);
	const notice = page.getByRole('main').getByText(/^Buried until tomorrow: /);
	await expect(notice).toContainText(quoted(first));
	await expect.poll(buriedUntil).toBeDefined();
	expect(Date.parse((await buriedUntil())!)).toBeGreaterThan(t0.getTime());
	await expectAccessible('review: a card just buried');

	await page.getByRole('button', { name: 'Unbury' }).click();
	await expect(prompt).toHaveText(first);
	await expect(notice).toHaveCount(0);
	await expect.poll(buriedUntil).toBeUndefined();

	// Anki's key does the same, and Ctrl+Z takes each bury back, newest first; the button says so
	await page.keyboard.press('-');
	await expect(prompt).not.toHaveText(first);
	await expect(notice).toContainText(quoted(first));
	const second = (await prompt.textContent())!;
	await page.keyboard.press('-');
	await expect(notice).toContainText(quoted(second));
	const undo = page.getByRole('button', { name: /^Undo\b/ });
	await expect(undo).toHaveAccessibleName(/^Undo last bury/);
	await page.keyboard.press('Control+z');
	await expect(prompt).toHaveText(second);
	await expect(undo).toHaveAccessibleName(/^Undo last bury/);
	await page.keyboard.press('Control+z');
	await expect(prompt).toHaveText(first);
	await expect.poll(buriedUntil).toBeUndefined();
	// nothing left to take back: the button says only that it undoes
	await expect(undo).toHaveAccessibleName('Undo');
	await expect(undo).toBeDisabled();

	// buried again, it is not there after a reload the same day, and is the next day; the reload
	// keeps the bury for Undo, as it keeps grades
	await page.keyboard.press('-');
	await expect.poll(buriedUntil).toBeDefined();
	await page.reload();
	await waitForApp(page);
	await expect(prompt).not.toHaveText(first);
	await expect(undo).toHaveAccessibleName(/^Undo last bury/);
	await page.clock.setFixedTime(new Date(t0.getTime() + 24 * 60 * 60 * 1000));
	await openReview(page);
	await expect(prompt).toHaveText(first);

	// buried once more, the card list's Buried filter finds it alone, and its Unbury brings it back
	await page.keyboard.press('-');
	await expect.poll(buriedUntil).toBeDefined();
	await page.goto('/cards');
	await waitForApp(page);
	await page.getByRole('combobox', { name: 'State', exact: true }).selectOption('Buried');
	const listed = page.locator(`[id="${item.id}"]`);
	await expect(page.locator('main article')).toHaveCount(1);
	await expect(listed).toContainText('Buried until tomorrow');
	await listed.getByRole('button', { name: 'Unbury' }).focus();
	await page.keyboard.press('Enter');
	await expect(listed).not.toContainText('Buried until tomorrow');
	// the button pressed is gone: the focus is on the card's next one, not lost to the page
	await expect(listed.getByRole('button', { name: 'Suspend', exact: true })).toBeFocused();
	await expect.poll(buriedUntil).toBeUndefined();
});

test('with shortcuts turned off in settings, keys do nothing and the buttons still work', async ({
	page
}) => {
	await seed(page, { settings: settings({ reviewShortcuts: false }) });
	await page.clock.setFixedTime(t0);
	await openReview(page);
	await expect(showAnswer(page)).toBeVisible();
	await page.keyboard.press('Space');
	await expect(answerHeading(page)).toHaveCount(0);
	await expect(page.locator('kbd')).toHaveCount(0);

	await showAnswer(page).click();
	await page.keyboard.press('3');
	await expect(page.getByRole('button', { name: /^Good/ })).toBeVisible();
	expect((await stored(page)).reviewLog).toHaveLength(0);
	await page.getByRole('button', { name: /^Good/ }).click();
	await expect(answerHeading(page)).toHaveCount(0);
	expect((await stored(page)).reviewLog).toHaveLength(1);
});

test('an address asking for a topic there is none of says so, and shows every topic', async ({
	page,
	expectAccessible
}) => {
	await page.clock.setFixedTime(t0);
	await openReview(page, '/review?topic=nope');
	await expect(
		page.getByText('There is no topic “nope”: these are the cards of every topic.')
	).toBeVisible();
	await expect(card(page)).toBeVisible();
	await expectAccessible('review, an unknown topic in the address');
});

test('reviews one topic from the address or the select, and keeps it in the address', async ({
	page
}) => {
	await page.clock.setFixedTime(t0);
	await openReview(page, '/review?topic=shared-addition');
	await expect(optionsToggle(page)).toHaveText('Options: Addition');
	await openOptions(page);
	const topic = page.getByRole('combobox', { name: 'Topic' });
	await expect(topic).toHaveValue('shared-addition');
	await expect(card(page)).toContainText('Addition ·');

	await topic.selectOption({ label: 'Planning in poems' });
	await expect(card(page)).toContainText('Planning in poems ·');
	await expect(page).toHaveURL(/\/review\?topic=rhyme-planning$/);
	await expect(showAnswer(page)).not.toBeFocused();
	await page.reload();
	await waitForApp(page);
	await expect(optionsToggle(page)).toBeVisible();
	await openOptions(page);
	await expect(page.getByRole('combobox', { name: 'Topic' })).toHaveValue('rhyme-planning');

	await page.getByRole('combobox', { name: 'Topic' }).selectOption({ label: 'All topics' });
	await expect(page).toHaveURL(/\/review$/);
});

test('"Review what I forgot today" goes over the cards graded Again today', async ({ page }) => {
	await page.clock.setFixedTime(t0);
	await openReview(page);
	const forgotten = (await card(page).locator('.front .prompt').textContent()) ?? '';
	await page.keyboard.press('Space');
	await page.keyboard.press('1');
	await page.keyboard.press('Space');
	await page.keyboard.press('4');

	await openOptions(page);
	await page.getByRole('button', { name: 'Review what I forgot today (1)' }).click();
	await expect(card(page)).toContainText(forgotten);
	await expect(page.getByText('Forgotten today: 1 left')).toBeVisible();
	await page.keyboard.press('Space');
	await page.keyboard.press('3');
	await expect(page.getByRole('heading', { name: 'No forgotten cards left' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Session summary' })).toBeFocused();
	await page.getByRole('button', { name: 'Back to due cards' }).click();
	await expect(showAnswer(page)).toBeFocused();
	expect((await stored(page)).reviewLog).toHaveLength(3);

	// two hours later it is still today: the card is still offered as forgotten
	await page.clock.setFixedTime(new Date(t0.getTime() + 2 * hour));
	await page.reload();
	await waitForApp(page);
	await expect(optionsToggle(page)).toBeVisible();
	await openOptions(page);
	await expect(page.getByRole('button', { name: 'Review what I forgot today (1)' })).toBeEnabled();
});

// WCAG 1.4.4: text twice as large still reads whole. The card's back turned over to the left of
// the screen (its longest line set its width), and four grades in a row overlapped each other
for (const { width, height } of [
	{ width: 320, height: 700 },
	{ width: 390, height: 844 }
])
	test(`with 200% text at ${width} px, the card and its four grades fit the screen`, async ({
		page
	}) => {
		await page.clock.setFixedTime(t0);
		await page.setViewportSize({ width, height });
		await openReview(page);
		await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
		const show = showAnswer(page);
		await expect(show).toBeVisible();
		// the key's hint stays inside the button
		const hint = show.locator('kbd');
		if (await hint.count()) {
			const [outer, inner] = [await show.boundingBox(), await hint.boundingBox()];
			expect(inner!.x + inner!.width).toBeLessThanOrEqual(outer!.x + outer!.width);
		}
		await show.click();
		await expect(answerHeading(page)).toBeVisible();
		// the turn has ended: the card faces the learner
		await expect.poll(() => card(page).evaluate((el) => el.getAnimations().length)).toBe(0);
		const back = card(page).getByRole('group');
		const face = (await back.boundingBox())!;
		expect(face.x, 'the answer starts on the screen').toBeGreaterThanOrEqual(0);
		expect(face.x + face.width, 'and ends on it').toBeLessThanOrEqual(width);

		const grades = page.getByRole('group', { name: 'How well did you remember it?' });
		// the answer itself is on the screen, above the grades stuck to its foot: the question the
		// back repeats first took the screen, and the answer was under the buttons (tester 7)
		const heading = (await answerHeading(page).boundingBox())!;
		const bar = (await grades.boundingBox())!;
		expect(heading.y, 'the answer starts on the screen').toBeGreaterThanOrEqual(0);
		// its first three lines, or all of it, above the grades
		const answer = back.locator('#answer-heading + .prompt');
		const [top, lines] = await answer.evaluate((el) => {
			const lineHeight = parseFloat(getComputedStyle(el).lineHeight);
			const box = el.getBoundingClientRect();
			return [box.top, Math.min(box.height, 3 * lineHeight)];
		});
		expect(top + lines, 'the answer’s first lines above the grades').toBeLessThanOrEqual(bar.y);
		const buttons = await grades.getByRole('button').all();
		expect(buttons).toHaveLength(4);
		const boxes = await Promise.all(buttons.map((button) => button.boundingBox()));
		for (const [i, box] of boxes.entries()) {
			expect(box!.x).toBeGreaterThanOrEqual(0);
			expect(box!.x + box!.width).toBeLessThanOrEqual(width);
			// its name is not cut ("Agai", "Har")
			expect(
				await buttons[i]!.locator('.name').evaluate((el) => el.scrollWidth <= el.clientWidth + 1)
			).toBe(true);
			for (const other of boxes.slice(i + 1)) {
				const apart =
					box!.x + box!.width <= other!.x + 0.5 ||
					other!.x + other!.width <= box!.x + 0.5 ||
					box!.y + box!.height <= other!.y + 0.5 ||
					other!.y + other!.height <= box!.y + 0.5;
				expect(apart, 'no two grades overlap').toBe(true);
			}
		}
		// in the order of their keys, row by row
		const order = [...boxes.entries()]
			.sort(([, a], [, b]) => a!.y - b!.y || a!.x - b!.x)
			.map(([i]) => i);
		expect(order).toEqual([0, 1, 2, 3]);
	});
