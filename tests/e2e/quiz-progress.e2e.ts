// Issues 5 and 8: choosing a quiz, a quiz that survives a reload, fresh option orders, and the
// results page's "Re-listen to" with estimated positions and optional reading aloud.
import type { Page } from '@playwright/test';
import { expect, test, waitForApp } from './fixtures';
import {
	answer,
	currentQuestionId,
	defaultSettings,
	finishedQuiz,
	nextButton,
	questionBox,
	quizItems,
	quizUnderway,
	seedState,
	storedData
} from './quiz-helpers';
import { clearDatabase } from './stored-state';

test('the quiz menu lists every kind of set with its size', async ({ page, expectAccessible }) => {
	const all = await quizItems(page, 'all');
	const section = await quizItems(page, 'section-key-concepts-2');
	const facts = await quizItems(page, 'fact-check');
	await page.goto('/quiz');
	await waitForApp(page);
	const setItem = (name: string) =>
		page.getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) });
	// a set with depths counts them all, and says so: its link opens the first, which has fewer
	await expect(setItem('Quiz me on Key Concepts Part 2')).toContainText(
		`${section.size} questions over 3 depths`
	);
	await expect(setItem('Fact-check the episode')).toContainText(`${facts.size} questions`);
	await expect(setItem('10 random questions')).toContainText('10 questions');
	await expect(setItem('20 random questions')).toContainText('20 questions');
	await expect(setItem('Every question, shuffled')).toContainText(`${all.size} questions`);
	await expect(setItem('My mistakes')).toContainText('0 questions');
	// a topic lists its depths, each with its size and best score
	const poems = setItem('Planning in poems');
	await expect(poems.getByRole('list', { name: 'Planning in poems: by depth' })).toContainText(
		/\d+ questions · not taken yet/
	);
	await expect(poems).toContainText('What the paper shows');
	await expectAccessible('the quiz menu');
});

test('the home page links to each topic’s and section’s quiz', async ({ page }) => {
	await page.goto('/');
	await waitForApp(page);
	await expect(page.getByRole('region', { name: 'Your quiz scores' })).toContainText(
		'You have not finished a quiz yet.'
	);
	await page.getByRole('link', { name: 'Quiz me on Key Concepts Part 2' }).click();
	await expect(page).toHaveURL(/\/quiz\/section-key-concepts-2$/);
	// a quiz asks 10 questions unless the learner chooses more (issue 13)
	await expect(page.getByRole('heading', { level: 2, name: 'Question 1 of 10' })).toBeVisible();
	await expect(page).toHaveTitle('Quiz me on Key Concepts Part 2 · Quiz · Study companion');
	await page.goto('/');
	await page
		.getByRole('region', { name: 'Topics' })
		.getByRole('link', { name: 'Planning in poems' })
		.click();
	await expect(page).toHaveURL(/\/quiz\/topic-rhyme-planning$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Planning in poems' })).toBeVisible();
});

test('a quiz survives a reload: the same question, the same score so far', async ({ page }) => {
	const items = await quizItems(page, 'section-closing');
	await page.goto('/quiz/section-closing');
	await waitForApp(page);
	for (const [i, right] of [true, false, true].entries()) {
		// the next question shows once the last answer is stored: read its id only then
		await expect(
			page.getByRole('heading', { level: 2, name: new RegExp(`^Question ${i + 1} of \\d+$`) })
		).toBeVisible();
		const item = items.get(await currentQuestionId(page));
		if (!item) throw new Error('a closing question');
		await answer(page, item, { right, way: 'mouse' });
		await nextButton(page).click();
	}
	const total = (await storedData(page)).activeQuizzes[0]?.questionIds.length;
	await expect(
		page.getByRole('heading', { level: 2, name: `Question 4 of ${total}` })
	).toBeVisible();
	const fourth = await currentQuestionId(page);
	const shown = async () => questionBox(page).evaluate((el) => el.textContent);
	const before = await shown();

	await page.reload();
	await waitForApp(page);
	await expect(
		page.getByRole('heading', { level: 2, name: `Question 4 of ${total}` })
	).toBeVisible();
	expect(await currentQuestionId(page)).toBe(fourth);
	expect(await shown()).toBe(before);
	await expect(page.getByText('Score so far: 2 right out of 3 answered')).toBeVisible();
});

test('a quiz checked but not moved on survives a reload and a closed tab, feedback and all', async ({
	page,
	context
}) => {
	// three questions answered, the second wrong, as the test above leaves it
	const items = await quizItems(page, 'section-closing');
	const ordered = [...items.values()];
	const { quiz, attempts } = quizUnderway('section-closing', ordered, 3, [
		ordered[1]?.question.id as string
	]);
	await seedState(page, { activeQuizzes: [quiz], attempts });
	await page.goto('/quiz/section-closing');
	await waitForApp(page);
	const total = items.size;
	await expect(
		page.getByRole('heading', { level: 2, name: `Question 4 of ${total}` })
	).toBeVisible();
	const fourth = await currentQuestionId(page);

	// checked but not moved on: after a reload the feedback is still there
	await answer(page, items.get(fourth) as never, { right: true, way: 'mouse' });
	await page.reload();
	await waitForApp(page);
	await expect(page.getByRole('status')).toContainText('Correct');
	await expect(nextButton(page)).toBeVisible();
	await expect(page.getByText('Score so far: 3 right out of 4 answered')).toBeVisible();

	// a closed tab: a new one opens the quiz where it was
	await page.close();
	const again = await context.newPage();
	await again.goto('/quiz');
	await waitForApp(again);
	const closing = again
		.getByRole('listitem')
		.filter({ has: again.getByRole('link', { name: 'Quiz me on Closing' }) });
	await expect(closing).toContainText(`In progress: question 4 of ${total}`);
	// a quiz begun before depths goes on at the set's first depth
	await closing.getByRole('link', { name: 'Quiz me on Closing' }).click();
	await expect(
		again.getByRole('heading', { level: 2, name: `Question 4 of ${total}` })
	).toBeVisible();
	await expect(again.getByRole('status')).toContainText('Correct');
});

test('each new quiz shows the options in a fresh order, and its questions', async ({ page }) => {
	// a quiz is stored from its first answer on (issue 13): "I don't know" stores it at once
	const begin = async () => {
		await waitForApp(page);
		await expect(page.getByRole('heading', { level: 2, name: /^Question 1 of/ })).toBeVisible();
		await page.getByRole('button', { name: 'I don’t know' }).click();
		return (await storedData(page)).activeQuizzes[0];
	};
	await page.goto('/quiz/topic-attribution-graphs');
	const first = await begin();
	await clearDatabase(page);
	await page.reload();
	const second = await begin();
	expect(second?.id).not.toBe(first?.id);
	// the same opening question, the rest drawn again from a new seed
	expect(second?.questionIds[0]).toEqual(first?.questionIds[0]);
	expect(second?.seed).not.toBe(first?.seed);
	expect(second?.questionIds).not.toEqual(first?.questionIds);
	expect(second?.layouts).not.toEqual(first?.layouts);
});

test('My mistakes and a retry say so when there is nothing to ask; results wait for a finished quiz', async ({
	page
}) => {
	await page.goto('/quiz/mistakes');
	await waitForApp(page);
	await expect(page.getByText('Nothing to practise here')).toBeVisible();
	await page.goto('/quiz/retry');
	await waitForApp(page);
	await expect(page.getByText('There is no retry in progress.')).toBeVisible();
	await page.goto('/quiz/fact-check/results');
	await waitForApp(page);
	await expect(page.getByText('You have not finished this quiz yet.')).toBeVisible();
});

test('a results address naming a quiz this device has not finished says so, and leads to the latest result', async ({
	page
}) => {
	const items = await quizItems(page, 'section-key-concepts-1');
	const taken = [...items.values()].slice(0, 4);
	const { finished, attempts } = finishedQuiz('section-key-concepts-1', taken, []);
	await seedState(page, { finishedQuizzes: [finished], attempts });
	await page.goto('/quiz/section-key-concepts-1/results?quiz=from-another-device');
	await waitForApp(page);
	await expect(page.getByText(/^This result is not on this device/)).toBeVisible();
	await expect(page.getByText('You have not finished this quiz yet.')).toHaveCount(0);
	await page.getByRole('link', { name: 'See your latest result of it' }).click();
	await expect(page).toHaveURL(/\/quiz\/section-key-concepts-1\/results$/);
	await expect(page.getByText('4 of 4 right')).toBeVisible();
});

/**
 * Seeds a finished quiz of eight questions of Key Concepts Part 1, a third of them wrong, with
 * reading aloud on and the browser's voice replaced by a recorder, and opens its results. Returns
 * the passages of the missed questions, in episode order, and the entries that list them.
 */
async function openResultsToRelisten(page: Page) {
	const items = await quizItems(page, 'section-key-concepts-1');
	const taken = [...items.values()].slice(0, 8);
	const wrong = taken.filter((_, i) => i % 3 === 0).map((i) => i.question.id);
	const { finished, attempts } = finishedQuiz('section-key-concepts-1', taken, wrong);
	await seedState(page, {
		finishedQuizzes: [finished],
		attempts,
		settings: { ...defaultSettings, readAloud: true }
	});
	await page.addInitScript(() => {
		// the browser's voice is replaced by a recorder: the test hears what would be spoken
		const spoken: string[] = [];
		(window as unknown as { spoken: string[] }).spoken = spoken;
		window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
			spoken.push(utterance.text);
		};
	});
	await page.goto('/quiz/section-key-concepts-1/results');
	await waitForApp(page);
	await expect(
		page.getByText(`${taken.length - wrong.length} of ${taken.length} right`)
	).toBeVisible();
	const passages = [
		...new Map(
			wrong
				.map((id) => items.get(id)?.passage)
				.filter((p) => p !== undefined)
				.map((p) => [`${p.anchor} ${p.quote}`, p])
		).values()
	].sort((a, b) => a.wordOffset - b.wordOffset);
	expect(passages.length).toBeGreaterThan(0);
	const relisten = page.getByRole('region', { name: 'Re-listen to' });
	return { passages, relisten, entries: relisten.getByRole('listitem') };
}

test('the results page points to the passages of the missed questions, with estimated positions', async ({
	page,
	expectAccessible
}) => {
	const { passages, relisten, entries } = await openResultsToRelisten(page);
	await expect(relisten).toContainText('at 150 words a minute');
	await expect(entries).toHaveCount(passages.length);
	for (const [i, passage] of passages.entries()) {
		const minutes = Math.round(passage.sectionWordOffset / 150);
		const position =
			minutes === 0
				? 'at the start of Key Concepts Part 1'
				: `about ${minutes} min into Key Concepts Part 1`;
		const entry = entries.nth(i);
		await expect(entry.getByRole('link', { name: position, exact: true })).toHaveAttribute(
			'href',
			`/transcript#${passage.anchor}`
		);
		await expect(entry).toContainText('(estimate;');
		await expect(entry).toContainText(passage.quote);
	}
	await expectAccessible('the results page with passages to re-listen to');
});

test('a passage to re-listen to is read aloud when asked, and its link leads to it in the transcript', async ({
	page
}) => {
	const { passages, entries } = await openResultsToRelisten(page);
	await expect(entries).toHaveCount(passages.length);
	await entries
		.first()
		.getByRole('button', { name: /^Read aloud/ })
		.click();
	expect(await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).toEqual([
		passages[0]?.quote
	]);
	await expect(entries.first().getByRole('button', { name: /^Stop reading/ })).toBeVisible();

	// the link leads to the passage on the transcript page
	await entries.first().getByRole('link').click();
	await expect(page).toHaveURL(new RegExp(`/transcript#${passages[0]?.anchor}$`));
	await expect(page.locator(`#${passages[0]?.anchor}`)).toContainText(passages[0]?.quote ?? '?');
	await expect(page.locator(`#${passages[0]?.anchor}`)).toBeInViewport();
});

test('without the read-aloud setting there is no Read aloud button', async ({ page }) => {
	const items = await quizItems(page, 'section-key-concepts-1');
	const taken = [...items.values()].slice(0, 3);
	const { finished, attempts } = finishedQuiz('section-key-concepts-1', taken, [
		taken[0]?.question.id ?? ''
	]);
	await seedState(page, { finishedQuizzes: [finished], attempts });
	await page.goto('/quiz/section-key-concepts-1/results');
	await waitForApp(page);
	await expect(
		page.getByRole('region', { name: 'Re-listen to' }).getByRole('link')
	).not.toHaveCount(0);
	await expect(page.getByRole('button', { name: /^Read aloud/ })).toHaveCount(0);
});
