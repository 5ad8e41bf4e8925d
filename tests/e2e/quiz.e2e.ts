// Issue 5: taking a whole quiz with the keyboard alone and with the mouse, retrying the missed
// questions, and the scores and mistakes that stay after a reload. Each part is its own test: a
// later part starts from storage seeded as the earlier part leaves it (quizUnderway,
// finishedQuiz) rather than answering the same questions again.
import type { Page } from '@playwright/test';
import type { QuizItem } from '../../src/lib/content/quiz-items';
import { expect, test, waitForApp } from './fixtures';
import {
	answer,
	currentQuestionId,
	expectNextFocused,
	finishedQuiz,
	nextButton,
	onePerType,
	quizItems,
	quizUnderway,
	seedState,
	seededQuiz,
	storedData,
	tabTo
} from './quiz-helpers';

const questionHeading = (page: Page, n: number, of = 10) =>
	page.getByRole('heading', { level: 2, name: `Question ${n} of ${of}` });

/**
 * Answers the questions from `from` on, right, with the keyboard alone, checking the heading,
 * the progress bar, the focused Next button and the score on each, and moves on with Enter.
 */
async function answerByKeyboard(
	page: Page,
	chosen: QuizItem[],
	from: number,
	to: number,
	afterFirst?: () => Promise<void>
) {
	for (let i = from; i < to; i++) {
		const item = chosen[i] as QuizItem;
		await expect(questionHeading(page, i + 1)).toBeVisible();
		await expect(page.getByRole('progressbar', { name: 'Questions answered' })).toHaveAttribute(
			'value',
			String(i)
		);
		expect(await currentQuestionId(page)).toBe(item.question.id);
		await answer(page, item, { right: true, way: 'keyboard' });
		await expectNextFocused(page);
		if (i === from) await afterFirst?.();
		await expect(
			page.getByText(`Score so far: ${i + 1} right out of ${i + 1} answered`)
		).toBeVisible();
		// Enter on the focused Next button moves on
		await page.keyboard.press('Enter');
	}
}

/** the ten questions of the keyboard tests: one of each of the eight types, then two more */
const keyboardQuizItems = async (page: Page) => onePerType(await quizItems(page, 'all'), 10);

/** Seeds the keyboard quiz answered (right) up to `position` and opens it. */
async function openKeyboardQuiz(page: Page, chosen: QuizItem[], position: number) {
	const { quiz, attempts } = quizUnderway('mixed-10', chosen, position);
	await seedState(page, { activeQuizzes: [quiz], attempts });
	await page.goto('/quiz/mixed-10');
	await waitForApp(page);
}

/** Expects the stored quiz on question `position` + 1, with the first `position` answers logged. */
async function expectStoredAt(page: Page, chosen: QuizItem[], position: number) {
	await expect(questionHeading(page, position + 1)).toBeVisible();
	const active = (await storedData(page)).activeQuizzes[0];
	expect(active?.position).toBe(position);
	expect(active?.attempts.map((a) => a.questionId)).toEqual(
		chosen.slice(0, position).map((i) => i.question.id)
	);
}

test('a quiz in progress is reached with the keyboard alone: by Tab from the menu, on its first question', async ({
	page,
	expectAccessible
}) => {
	const chosen = await keyboardQuizItems(page);
	await seedState(page, { activeQuizzes: [seededQuiz('mixed-10', chosen)] });

	await page.goto('/quiz');
	await waitForApp(page);
	const link = page.getByRole('link', { name: '10 random questions' });
	await expect(page.getByText('In progress: question 1 of 10')).toBeVisible();
	await tabTo(page, link, 80);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/quiz\/mixed-10$/);
	await expect(questionHeading(page, 1)).toBeVisible();
	expect(await currentQuestionId(page)).toBe(chosen[0]?.question.id);
	await expectAccessible('a question shown');
});

// the ten questions, answered right with the keyboard alone, in four tests of two or three
// questions: each starts from the quiz stored as the one before leaves it
test('a 10-question quiz with the keyboard alone: single choice, select-all and true/false', async ({
	page,
	expectAccessible
}) => {
	const chosen = await keyboardQuizItems(page);
	await openKeyboardQuiz(page, chosen, 0);
	// the first one checked by axe once answered
	await answerByKeyboard(page, chosen, 0, 3, () => expectAccessible('after a right answer'));
	await expectStoredAt(page, chosen, 3);
});

test('a 10-question quiz with the keyboard alone: a typed answer and a cloze', async ({ page }) => {
	const chosen = await keyboardQuizItems(page);
	await openKeyboardQuiz(page, chosen, 3);
	await answerByKeyboard(page, chosen, 3, 5);
	await expectStoredAt(page, chosen, 5);
});

test('a 10-question quiz with the keyboard alone: ordering, matching and fact-check', async ({
	page
}) => {
	const chosen = await keyboardQuizItems(page);
	await openKeyboardQuiz(page, chosen, 5);
	await answerByKeyboard(page, chosen, 5, 8);
	await expectStoredAt(page, chosen, 8);
});

test('a 10-question quiz with the keyboard alone: the last two questions and the results', async ({
	page,
	expectAccessible
}) => {
	const chosen = await keyboardQuizItems(page);
	await openKeyboardQuiz(page, chosen, 8);
	await answerByKeyboard(page, chosen, 8, 10);

	await expect(page).toHaveURL(/\/quiz\/mixed-10\/results\?quiz=[^&]+$/);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Results of “10 random questions”' })
	).toBeVisible();
	await expect(page.getByText('10 of 10 right')).toBeVisible();
	await expect(page.getByText('None: every answer was right.')).toBeVisible();
	await expectAccessible('the results page');

	const stored = await storedData(page);
	expect(stored.activeQuizzes).toEqual([]);
	expect(stored.finishedQuizzes).toMatchObject([{ setId: 'mixed-10', correct: 10, total: 10 }]);
	expect(stored.attempts.map((a) => a.questionId)).toEqual(chosen.map((i) => i.question.id));
	expect(stored.attempts.every((a) => a.correct && a.setId === 'mixed-10')).toBe(true);
});

/** ten questions for the mouse tests: five typed ones to seed as answered, then five of other types */
async function mouseQuizItems(page: Page) {
	const items = await quizItems(page, 'all');
	const all = [...items.values()];
	const typed = all.filter((i) => i.question.type === 'typed').slice(0, 5);
	const others = onePerType(items, 8)
		.filter((i) => i.question.type !== 'typed')
		.slice(0, 5);
	return { items, chosen: [...typed, ...others] };
}
/** which of the ten are answered wrong on purpose */
const wrongAt = [1, 4, 7];

test('a 10-question quiz with the mouse, started from the menu: ten different questions, and a wrong answer shows the right one', async ({
	page,
	expectAccessible
}) => {
	const items = await quizItems(page, 'all');
	await page.goto('/quiz');
	await waitForApp(page);
	await page.getByRole('link', { name: '10 random questions' }).click();
	await expect(questionHeading(page, 1)).toBeVisible();

	const asked: string[] = [];
	for (let i = 0; i < 5; i++) {
		// Next shows the question once the answer is stored: its id is read once it is on screen
		await expect(questionHeading(page, i + 1)).toBeVisible();
		const id = await currentQuestionId(page);
		const item = items.get(id);
		if (!item) throw new Error(`question ${id} is not in the data`);
		asked.push(id);
		await answer(page, item, { right: !wrongAt.includes(i), way: 'mouse' });
		await expectNextFocused(page);
		if (i === 1) {
			await expect(page.getByRole('status')).toContainText(/The right answers?:/);
			await expectAccessible('after a wrong answer');
		}
		await nextButton(page).click();
	}
	await expect(questionHeading(page, 6)).toBeVisible();
	const stored = await storedData(page);
	// stored from its first answer on (issue 13): ten different questions, asked in order
	const questionIds = stored.activeQuizzes[0]?.questionIds ?? [];
	expect(new Set(questionIds).size).toBe(10);
	expect(asked).toEqual(questionIds.slice(0, 5));
	expect(stored.attempts.map((a) => [a.questionId, a.correct])).toEqual(
		asked.map((id, i) => [id, !wrongAt.includes(i)])
	);
});

/**
 * Seeds the mouse quiz answered up to `from` (wrong where `wrongAt` says), then answers the
 * questions from `from` to `to` with the mouse, checking each heading and the focused Next button.
 */
async function answerByMouse(page: Page, chosen: QuizItem[], from: number, to: number) {
	const wrong = wrongAt.filter((i) => i < from).map((i) => chosen[i]?.question.id as string);
	const { quiz, attempts } = quizUnderway('mixed-10', chosen, from, wrong);
	await seedState(page, { activeQuizzes: [quiz], attempts });
	await page.goto('/quiz/mixed-10');
	await waitForApp(page);
	for (let i = from; i < to; i++) {
		await expect(questionHeading(page, i + 1)).toBeVisible();
		const item = chosen[i] as QuizItem;
		expect(await currentQuestionId(page)).toBe(item.question.id);
		await answer(page, item, { right: !wrongAt.includes(i), way: 'mouse' });
		await expectNextFocused(page);
		await nextButton(page).click();
	}
}

test('a 10-question quiz with the mouse: single choice, select-all and a wrong true/false are stored as answered', async ({
	page
}) => {
	const { chosen } = await mouseQuizItems(page);
	await answerByMouse(page, chosen, 5, 8);
	await expect(questionHeading(page, 9)).toBeVisible();
	const stored = await storedData(page);
	expect(stored.attempts.map((a) => [a.questionId, a.correct])).toEqual(
		chosen.slice(0, 8).map((item, i) => [item.question.id, !wrongAt.includes(i)])
	);
});

test('a 10-question quiz with the mouse, three wrong: the results list the missed questions in the order asked', async ({
	page,
	expectAccessible
}) => {
	const { items, chosen } = await mouseQuizItems(page);
	const missed = wrongAt.map((i) => chosen[i]?.question.id as string);
	// the cloze and the ordering, then the results
	await answerByMouse(page, chosen, 8, 10);

	await expect(page).toHaveURL(/\/quiz\/mixed-10\/results\?quiz=[^&]+$/);
	await expect(page.getByText('7 of 10 right')).toBeVisible();
	await expect(page.getByText(/^Time taken: /)).toBeVisible();
	// a row for each topic of the ten (after the header), with its right answers
	const byTopic = new Map<string, { correct: number; total: number }>();
	chosen.forEach((item, i) => {
		const row = byTopic.get(item.topicTitle) ?? { correct: 0, total: 0 };
		byTopic.set(item.topicTitle, {
			correct: row.correct + (wrongAt.includes(i) ? 0 : 1),
			total: row.total + 1
		});
	});
	const topics = page.getByRole('region', { name: 'By topic' }).getByRole('table');
	await expect(topics.getByRole('row')).toHaveCount(1 + byTopic.size);
	for (const [title, { correct, total }] of byTopic)
		await expect(
			topics
				.getByRole('row')
				.filter({ has: page.getByRole('rowheader', { name: title, exact: true }) })
		).toContainText(`${correct} of ${total}`);
	const missedList = page.locator('ol.missed > li');
	await expect(missedList).toHaveCount(3);
	expect(
		await missedList.evaluateAll((els) => els.map((el) => el.getAttribute('data-question-id')))
	).toEqual(missed);
	await expect(missedList.first()).toContainText('Your answer');
	await expect(missedList.first()).toContainText('The right answer');
	await expect(missedList.first()).toContainText(
		items.get(missed[0] as string)?.question.explanation ?? '?'
	);
	await expectAccessible('the results page with missed questions');
});

/**
 * a 10-question quiz finished today, three wrong, seeded (of the mixed set, or of `setId`);
 * returns the missed ids, in the order asked
 */
async function seedFinishedWithMistakes(page: Page, setId = 'mixed-10') {
	const { items, chosen } = await mouseQuizItems(page);
	const missed = wrongAt.map((i) => chosen[i]?.question.id as string);
	const { finished, attempts } = finishedQuiz(setId, chosen, missed);
	await seedState(page, { finishedQuizzes: [finished], attempts });
	return { items, missed };
}

const mixedItem = (page: Page) =>
	page
		.getByRole('listitem')
		.filter({ has: page.getByRole('link', { name: '10 random questions' }) });

const mistakesItem = (page: Page) =>
	page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'My mistakes' }) });

test('the scores and mistakes of a finished quiz stay after a reload: on the quiz menu, the home page and in My mistakes', async ({
	page
}) => {
	const { items, missed } = await seedFinishedWithMistakes(page);
	await page.goto('/quiz');
	await waitForApp(page);
	await expect(mixedItem(page)).toContainText(
		'Last 7/10 (70%) · best 7/10 (70%) · last taken today'
	);
	await expect(mistakesItem(page)).toContainText('3 questions');
	await page.goto('/');
	await waitForApp(page);
	const scores = page.getByRole('region', { name: 'Your quiz scores' });
	await expect(scores.getByRole('row', { name: /10 random questions/ })).toContainText(
		'7/10 (70%)'
	);

	// My mistakes holds exactly the missed questions (mixed in type since issue 13; stored once
	// the first is answered)
	await page.goto('/quiz/mistakes');
	await waitForApp(page);
	await expect(questionHeading(page, 1, 3)).toBeVisible();
	await page.getByRole('button', { name: 'I don’t know' }).click();
	const bankOrder = [...items.keys()].filter((id) => missed.includes(id));
	expect(
		(await storedData(page)).activeQuizzes
			.find((q) => q.setId === 'mistakes')
			?.questionIds.toSorted((a, b) => bankOrder.indexOf(a) - bankOrder.indexOf(b))
	).toEqual(bankOrder);
});

test('the first visit’s ten questions (the mixed set at depth 1) are scored on the quiz menu’s mixed line', async ({
	page
}) => {
	await seedFinishedWithMistakes(page, 'mixed-10-depth-1');
	await page.goto('/quiz');
	await waitForApp(page);
	await expect(mixedItem(page)).toContainText(
		'Last 7/10 (70%) · best 7/10 (70%) · last taken today'
	);
});

test('Retry the ones I missed asks exactly those, in the order asked, and once right they are no longer mistakes', async ({
	page
}) => {
	const { items, missed } = await seedFinishedWithMistakes(page);
	await page.goto('/quiz/mixed-10/results');
	await waitForApp(page);
	await page.getByRole('button', { name: 'Retry the ones I missed (3)' }).click();
	await expect(page).toHaveURL(/\/quiz\/retry$/);
	const retried: string[] = [];
	for (let i = 0; i < 3; i++) {
		await expect(questionHeading(page, i + 1, 3)).toBeVisible();
		const id = await currentQuestionId(page);
		retried.push(id);
		await answer(page, items.get(id) as never, { right: true, way: 'mouse' });
		await nextButton(page).click();
	}
	expect(retried).toEqual(missed);
	await expect(page).toHaveURL(/\/quiz\/retry\/results\?quiz=[^&]+$/);
	await expect(page.getByText('3 of 3 right')).toBeVisible();

	// Home's score of the retry leads to its results, not to a page with no retry in progress
	await page.goto('/');
	await waitForApp(page);
	const scores = page.getByRole('region', { name: 'Your quiz scores' });
	await scores.getByRole('link', { name: /Retry/ }).click();
	await expect(page).toHaveURL(/\/quiz\/retry\/results$/);
	await expect(page.getByText('3 of 3 right')).toBeVisible();

	// answered right since, they are no longer mistakes
	await page.goto('/quiz');
	await waitForApp(page);
	await expect(mistakesItem(page)).toContainText('0 questions');
});
