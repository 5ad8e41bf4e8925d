// Issue 13: quizzes that fit a listener, as one takes them: 10 mixed questions by default, "Finish
// now", "I don't know", depths with the source of each answer said, every miss a flashcard due
// today, and every finished quiz's results reopened from /progress. Each new state checked by axe.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test, waitForApp } from './fixtures';
import {
	defaultSettings,
	finishedQuiz,
	questionBox,
	quizItems,
	quizUnderway,
	seededQuiz,
	seedState,
	storedData
} from './quiz-helpers';
import { backupFile } from './storage-seed';
import { quoted } from '../../src/lib/format/format';
import { answerSourceLabel } from '../../src/lib/quiz/depth';

const questionHeading = (page: Page) =>
	page.getByRole('heading', { level: 2, name: /^Question \d+ of \d+$/ });
const dontKnow = (page: Page) => page.getByRole('button', { name: 'I don’t know' });
const reviewLink = (page: Page) =>
	page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Review/ });

async function openQuiz(page: Page, path: string) {
	await page.goto(path);
	await waitForApp(page);
	await expect(questionHeading(page)).toBeVisible();
}

test('a quiz asks 10 questions by default, no two of a type in a row', async ({
	page,
	expectAccessible
}) => {
	await openQuiz(page, '/quiz/section-introduction');
	await expect(page.getByRole('heading', { name: 'Question 1 of 10' })).toBeVisible();
	await expect(page.getByLabel('Questions per quiz')).toHaveValue('10');
	// opening stores nothing; the first answer stores the quiz, with its order
	await dontKnow(page).click();
	const [quiz] = (await storedData(page)).activeQuizzes;
	const items = await quizItems(page, 'section-introduction');
	const types = (quiz?.questionIds ?? []).map((id) => items.get(id)?.question.type);
	expect(types).toHaveLength(10);
	for (let i = 1; i < types.length; i++)
		expect(types[i], `question ${i + 1}`).not.toBe(types[i - 1]);
	await expectAccessible('quiz, I don’t know answered');
});

test('a length chosen on a quiz’s page, from the keyboard, begins a quiz that long; once under way, it waits for the next', async ({
	page
}) => {
	await openQuiz(page, '/quiz/section-introduction');
	await expect(page.getByRole('heading', { name: 'Question 1 of 10' })).toBeVisible();
	const length = page.getByRole('combobox', { name: 'Questions per quiz' });
	// a closed select steps to its next choice with the arrow key, as a keyboard user changes it
	await length.focus();
	await page.keyboard.press('ArrowDown');
	await expect(length).toHaveValue('20');
	// nothing answered yet: the quiz begins again at that length, at once (not when it is stored)
	await expect(page.getByRole('heading', { name: 'Question 1 of 20' })).toBeVisible();
	await expect.poll(async () => (await storedData(page)).settings.quizLength).toBe(20);

	await dontKnow(page).click();
	// the answer stored, its feedback takes the focus (to Next): the length is changed after that
	await expect(page.getByRole('button', { name: 'Next question' })).toBeFocused();
	await length.focus();
	await page.keyboard.press('ArrowUp');
	await expect(length).toHaveValue('10');
	await expect(
		page.getByText('Your next quiz will have that many questions; this one goes on as it is.')
	).toBeVisible();
	await expect(page.getByText('Score so far: 0 right out of 1 answered')).toBeVisible();
	expect((await storedData(page)).activeQuizzes[0]?.questionIds).toHaveLength(20);
});

test('“I don’t know” shows the answer, counts a miss and puts its card into today’s review', async ({
	page,
	expectAccessible
}) => {
	// no new cards today: only what the miss brings in is due
	await seedState(page, { settings: { ...defaultSettings, newCardsPerDay: 0 } });
	await openQuiz(page, '/quiz/section-introduction');
	await expect(reviewLink(page)).toHaveAccessibleName('Review');
	await dontKnow(page).click();
	const status = page.getByRole('status').filter({ hasText: 'Not answered' });
	await expect(status).toContainText('you said you don’t know: counted as a miss');
	await expect(status).toContainText(/The right answers?:/);
	await expect(page.getByText('Score so far: 0 right out of 1 answered')).toBeVisible();
	const added = status.getByText('Added to your flashcards:');
	await expect(added).toBeVisible();
	const addedText = (await added.locator('..').textContent()) ?? '';
	await expect(reviewLink(page)).toHaveAccessibleName(/^Review, [1-9]\d* to study$/);
	await expectAccessible('quiz, answer shown after I don’t know');

	await status.getByRole('link', { name: 'Review today' }).click();
	await expect(page).toHaveURL(/\/review$/);
	// the card the feedback named, in quotation marks (its own nested within them)
	const card = page.getByRole('region', { name: 'Flashcard' });
	const front = (await card.locator('.front .prompt').textContent())?.trim() ?? '';
	expect(front.length).toBeGreaterThan(10);
	expect(addedText).toContain(quoted(front));
	// with a limit of 0 new cards a day, the count of new cards says why there are some
	await expect(
		page.getByRole('paragraph').filter({ hasText: 'from questions you missed today' })
	).toContainText('from questions you missed today, whatever your daily limit of 0 new cards');
	// and Home, whose count is the same, says so too: a card never studied is to learn, not due
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
	const todayBox = page.getByRole('region', { name: 'Today' });
	await expect(todayBox.getByRole('heading', { name: /^\d+ new cards? to learn$/ })).toBeVisible();
	await expect(
		todayBox.getByRole('paragraph').filter({ hasText: 'from questions you missed today' })
	).toHaveText(
		'1 new card comes from questions you missed today, whatever your daily limit of 0 new cards.'
	);
});

test('“Finish now” after 4 answers shows the results for 4', async ({ page, expectAccessible }) => {
	const items = [...(await quizItems(page, 'section-closing')).values()]
		.filter((item) => item.question.depth === 1)
		.slice(0, 10);
	const { quiz, attempts } = quizUnderway('section-closing-depth-1', items, 4, [
		items[2]!.question.id
	]);
	await seedState(page, { activeQuizzes: [quiz], attempts });
	await openQuiz(page, '/quiz/section-closing?depth=1');
	await expect(page.getByRole('heading', { name: `Question 5 of ${items.length}` })).toBeVisible();
	await page.getByRole('button', { name: 'Finish now' }).click();
	await page.getByRole('button', { name: 'End the quiz' }).click();
	await expect(page).toHaveURL(/\/quiz\/section-closing\/results\?quiz=/);
	await expect(page.getByText('3 of 4 right')).toBeVisible();
	// ended early, and said so: no best score of it, and no "go deeper" from 4 questions
	await expect(
		page.getByText(`You ended this quiz after 4 questions of its ${items.length}`)
	).toBeVisible();
	await expect(page.getByText(/Go deeper/)).toHaveCount(0);
	expect((await storedData(page)).activeQuizzes).toEqual([]);
	expect((await storedData(page)).finishedQuizzes).toMatchObject([
		{ correct: 3, total: 4, planned: items.length }
	]);
	await expectAccessible('results after Finish now');
	await page.goto('/quiz');
	await waitForApp(page);
	await expect(
		page.getByRole('list', { name: 'Quiz me on Closing: by depth' }).getByRole('listitem').first()
	).toContainText('no best yet: none finished in full');
});

test('another depth asks other questions, each saying where its answer comes from', async ({
	page,
	expectAccessible
}) => {
	const items = await quizItems(page, 'section-introduction');
	const label = (id: string) => answerSourceLabel(items.get(id)!.question);
	await openQuiz(page, '/quiz/section-introduction');
	const depths = page.getByRole('navigation', { name: 'How deep' });
	await expect(depths.getByRole('link', { name: /What the episode said/ })).toHaveAttribute(
		'aria-current',
		'page'
	);
	const box = page.locator('[data-question-id]');
	const first = (await box.getAttribute('data-question-id')) ?? '';
	expect(items.get(first)?.question.depth).toBe(1);
	await expect(page.getByText(label(first), { exact: true })).toBeVisible();

	await depths.getByRole('link', { name: /What the paper shows/ }).click();
	await expect(page).toHaveURL(/\?depth=2$/);
	await expect(box).not.toHaveAttribute('data-question-id', first);
	const deeper = (await box.getAttribute('data-question-id')) ?? '';
	expect(items.get(deeper)?.question.depth).toBe(2);
	await expect(page.getByText(label(deeper), { exact: true })).toBeVisible();
	await expect(page.getByText('Needs the paper', { exact: true })).toBeVisible();
	await expectAccessible('quiz at depth 2');
});

test('a finished quiz’s results open again from /progress', async ({ page, expectAccessible }) => {
	const items = [...(await quizItems(page, 'section-closing')).values()].slice(0, 5);
	const { finished, attempts } = finishedQuiz('section-closing-depth-1', items, [
		items[0]!.question.id
	]);
	await seedState(page, { finishedQuizzes: [finished], attempts });
	await page.goto('/progress');
	await waitForApp(page);
	const past = page.getByRole('region', { name: 'Past quizzes' });
	await past.getByRole('link', { name: /Closing: What the episode said/ }).click();
	await expect(page).toHaveURL(/\/quiz\/section-closing\/results\?quiz=/);
	await expect(page.getByText('4 of 5 right')).toBeVisible();
	await expectAccessible('results reopened from progress');
});

test('a backup of a quiz at a depth with an “I don’t know” in it imports back whole', async ({
	page
}) => {
	await openQuiz(page, '/quiz/section-introduction?depth=2');
	await dontKnow(page).click();
	await expect(page.getByText('Score so far: 0 right out of 1 answered')).toBeVisible();

	await page.goto('/data');
	await waitForApp(page);
	const main = page.getByRole('main');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		main.getByRole('button', { name: 'Download a backup (JSON)' }).click()
	]);
	const text = await readFile((await download.path()) as string, 'utf8');
	const before = await storedData(page);
	expect(before.activeQuizzes[0]?.setId).toBe('section-introduction-depth-2');
	expect(before.attempts[0]?.response).toEqual({ type: 'skip' });

	// progress reset, so that only the import can bring the quiz back
	const reset = main.getByRole('region', { name: 'Reset all progress' });
	await reset.getByRole('button', { name: 'Reset all progress…' }).click();
	await reset.getByRole('button', { name: 'Yes, reset all my progress' }).click();
	await expect(reset.getByRole('status')).toContainText('All progress was reset.');
	const cleared = await storedData(page);
	expect(cleared.activeQuizzes).toEqual([]);
	expect(cleared.attempts).toEqual([]);

	// the gate checks an import against the app's ids: every set at each depth and a skip are the app's own
	await page
		.getByLabel('Choose a backup file')
		.setInputFiles(backupFile(download.suggestedFilename(), text));
	await page.getByRole('button', { name: 'Replace my progress with this backup' }).click();
	await expect(
		main.getByRole('region', { name: 'Import a backup' }).getByRole('status')
	).toContainText('Your progress was replaced with');
	const after = await storedData(page);
	expect(after.activeQuizzes).toEqual(before.activeQuizzes);
	expect(after.attempts).toEqual(before.attempts);
});

test('an answer typed or chosen but not checked is still there after a reload (a phone that discarded the tab)', async ({
	page
}) => {
	const items = [...(await quizItems(page, 'all')).values()];
	const typed = items.find((item) => item.question.type === 'typed');
	const single = items.find((item) => item.question.type === 'single');
	if (!typed || !single) throw new Error('a typed and a single-choice question');
	await seedState(page, { activeQuizzes: [seededQuiz('mixed-20', [typed, single])] });
	await page.goto('/quiz/mixed-20');
	await waitForApp(page);
	const field = questionBox(page).getByRole('textbox');
	await field.fill('half of an answer');
	await page.reload();
	await waitForApp(page);
	await expect(field).toHaveValue('half of an answer');
	await expect(page.getByRole('button', { name: 'Check answer' })).toBeVisible();
	await page.getByRole('button', { name: 'Check answer' }).click();
	await page.getByRole('button', { name: 'Next question' }).click();
	// the next question starts empty, and an option chosen on it comes back too
	const option = questionBox(page).getByRole('radio').nth(1);
	await expect(questionBox(page).getByRole('radio', { checked: true })).toHaveCount(0);
	await option.check();
	const label = await option.evaluate(
		(input) => (input as HTMLInputElement).labels?.[0]?.textContent ?? ''
	);
	await page.reload();
	await waitForApp(page);
	await expect(questionBox(page).getByRole('radio', { checked: true })).toHaveCount(1);
	expect(
		await questionBox(page)
			.getByRole('radio', { checked: true })
			.evaluate((input) => (input as HTMLInputElement).labels?.[0]?.textContent ?? '')
	).toBe(label);
	// checked, it is the quiz's own answer: nothing is kept beside it
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.getByRole('button', { name: 'See your results' })).toBeVisible();
	expect(await page.evaluate(() => sessionStorage.getItem('biology-study:quiz-draft'))).toBeNull();
});
