// Issue 5: taking a whole quiz with the keyboard alone and with the mouse, retrying the missed
// questions, and the scores and mistakes that stay after a reload.
import { expect, test, waitForApp } from './fixtures';
import {
	answer,
	currentQuestionId,
	expectNextFocused,
	nextButton,
	onePerType,
	quizItems,
	seedState,
	seededQuiz,
	storedData,
	tabTo
} from './quiz-helpers';

test('a whole 10-question quiz with the keyboard alone, in every question type', async ({
	page,
	expectAccessible
}) => {
	test.setTimeout(90_000);
	const items = await quizItems(page, 'all');
	const chosen = onePerType(items, 10);
	await seedState(page, { activeQuizzes: [seededQuiz('mixed-10', chosen)] });

	await page.goto('/quiz');
	await waitForApp(page);
	const link = page.getByRole('link', { name: '10 random questions' });
	await expect(page.getByText('In progress: question 1 of 10')).toBeVisible();
	await tabTo(page, link, 80);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/quiz\/mixed-10$/);
	await expect(page.getByRole('heading', { level: 2, name: 'Question 1 of 10' })).toBeVisible();
	await expectAccessible('a question shown');

	for (const [i, item] of chosen.entries()) {
		await expect(
			page.getByRole('heading', { level: 2, name: `Question ${i + 1} of 10` })
		).toBeVisible();
		await expect(page.getByRole('progressbar', { name: 'Questions answered' })).toHaveAttribute(
			'value',
			String(i)
		);
		expect(await currentQuestionId(page)).toBe(item.question.id);
		await answer(page, item, { right: true, way: 'keyboard' });
		await expectNextFocused(page);
		if (i === 0) await expectAccessible('after a right answer');
		await expect(
			page.getByText(`Score so far: ${i + 1} right out of ${i + 1} answered`)
		).toBeVisible();
		// Enter on the focused Next button moves on
		await page.keyboard.press('Enter');
	}

	await expect(page).toHaveURL(/\/quiz\/mixed-10\/results$/);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Results: 10 random questions' })
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

test('a 10-question quiz with the mouse, wrong on purpose: Retry the ones I missed asks exactly those, and the scores and mistakes stay after a reload', async ({
	page,
	expectAccessible
}) => {
	test.setTimeout(120_000);
	const items = await quizItems(page, 'all');
	await page.goto('/quiz');
	await waitForApp(page);
	await page.getByRole('link', { name: '10 random questions' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Question 1 of 10' })).toBeVisible();

	const asked: string[] = [];
	const missed: string[] = [];
	for (let i = 0; i < 10; i++) {
		const id = await currentQuestionId(page);
		const item = items.get(id);
		if (!item) throw new Error(`question ${id} is not in the data`);
		asked.push(id);
		const right = ![1, 4, 7].includes(i);
		if (!right) missed.push(id);
		await answer(page, item, { right, way: 'mouse' });
		await expectNextFocused(page);
		if (i === 1) {
			await expect(page.getByRole('status')).toContainText('The right answer:');
			await expectAccessible('after a wrong answer');
		}
		await nextButton(page).click();
	}
	expect(new Set(asked).size).toBe(10);

	await expect(page).toHaveURL(/\/quiz\/mixed-10\/results$/);
	await expect(page.getByText('7 of 10 right')).toBeVisible();
	await expect(page.getByText(/^Time taken: /)).toBeVisible();
	const topics = page.getByRole('table');
	await expect(topics.getByRole('row')).not.toHaveCount(1);
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

	// the scores are stored: after a reload they are on the quiz menu and on the home page
	await page.goto('/quiz');
	await waitForApp(page);
	const mixed = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('link', { name: '10 random questions' }) });
	await expect(mixed).toContainText('Last 7/10 (70%) · best 7/10 (70%) · last taken today');
	const mistakes = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('link', { name: 'My mistakes' }) });
	await expect(mistakes).toContainText('3 questions');
	await page.goto('/');
	await waitForApp(page);
	const scores = page.getByRole('region', { name: 'Your quiz scores' });
	await expect(scores.getByRole('row', { name: /10 random questions/ })).toContainText(
		'7/10 (70%)'
	);

	// My mistakes holds exactly the missed questions (in bank order)
	await page.goto('/quiz/mistakes');
	await waitForApp(page);
	await expect(page.getByRole('heading', { level: 2, name: 'Question 1 of 3' })).toBeVisible();
	const bankOrder = [...items.keys()].filter((id) => missed.includes(id));
	expect(
		(await storedData(page)).activeQuizzes.find((q) => q.setId === 'mistakes')?.questionIds
	).toEqual(bankOrder);

	// Retry the ones I missed: a quiz of just those, in the order they were asked
	await page.goto('/quiz/mixed-10/results');
	await waitForApp(page);
	await page.getByRole('button', { name: 'Retry the ones I missed (3)' }).click();
	await expect(page).toHaveURL(/\/quiz\/retry$/);
	const retried: string[] = [];
	for (let i = 0; i < 3; i++) {
		await expect(
			page.getByRole('heading', { level: 2, name: `Question ${i + 1} of 3` })
		).toBeVisible();
		const id = await currentQuestionId(page);
		retried.push(id);
		await answer(page, items.get(id) as never, { right: true, way: 'mouse' });
		await nextButton(page).click();
	}
	expect(retried).toEqual(missed);
	await expect(page).toHaveURL(/\/quiz\/retry\/results$/);
	await expect(page.getByText('3 of 3 right')).toBeVisible();

	// answered right since, they are no longer mistakes
	await page.goto('/quiz');
	await waitForApp(page);
	await expect(mistakes).toContainText('0 questions');
});
