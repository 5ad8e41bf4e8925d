// Issue 5: what a learner is told after checking an answer, and the quiz settings and keys.
import type { Page } from '@playwright/test';
import { quotesSection } from '../../src/lib/content/paper';
import type { QuizItem } from '../../src/lib/content/quiz-items';
import { expect, test, waitForApp } from './fixtures';
import {
	answer,
	currentQuestionId,
	defaultSettings,
	expectNextFocused,
	nextButton,
	questionBox,
	quizItems,
	seedState,
	seededQuiz,
	storedData,
	tabTo
} from './quiz-helpers';

const paperUrl = 'https://transformer-circuits.pub/2025/attribution-graphs/biology.html';

function find(
	items: Map<string, QuizItem>,
	keep: (item: QuizItem) => boolean,
	what: string
): QuizItem {
	const found = [...items.values()].find(keep);
	if (!found) throw new Error(`the bank has no ${what}`);
	return found;
}

/** the six questions whose feedback is checked: each kind of wrong answer */
async function feedbackItems(page: Page) {
	const items = await quizItems(page, 'all');
	const single = find(
		items,
		(i) => i.question.type === 'single' && i.misconceptions.length > 0 && i.passage !== undefined,
		'single choice with a distortion'
	);
	const multi = find(
		items,
		(i) => i.question.type === 'multi' && i.question.answers.length >= 2,
		'multi-select'
	);
	const typed = find(items, (i) => i.question.type === 'typed', 'typed question');
	const trueFalse = find(
		items,
		(i) => i.question.type === 'true-false' && i.misconceptions.length > 0,
		'false statement repeating a distortion'
	);
	const factCheck = find(items, (i) => i.question.type === 'fact-check', 'fact-check');
	const cloze = find(items, (i) => i.question.type === 'cloze', 'cloze');
	return { single, multi, typed, trueFalse, factCheck, cloze };
}

/** starts a quiz of `chosen`, in that order, on the mixed-20 set */
async function startQuiz(page: Page, chosen: QuizItem[]) {
	await seedState(page, { activeQuizzes: [seededQuiz('mixed-20', chosen)] });
	await page.goto('/quiz/mixed-20');
	await waitForApp(page);
	// the question arrives after the page is ready: what it lacks is checked once it is there
	await expect(questionBox(page)).toHaveAttribute('data-question-id', chosen[0]!.question.id);
}

// the six wrong answers are checked in two quizzes of three, each finished to its results
test('after a wrong answer the feedback says what was wrong, where the episode said it and what the paper says; a multi-select and a typed answer say what differs', async ({
	page,
	expectAccessible
}) => {
	const { single, multi, typed } = await feedbackItems(page);
	await startQuiz(page, [single, multi, typed]);
	await expect(page.getByRole('group', { name: /^How sure are you\?/ })).toHaveCount(0);

	// a wrong option that repeats the episode's distortion
	await answer(page, single, { right: false, way: 'mouse' });
	const claim = single.misconceptions[0];
	if (!claim?.passage) throw new Error('the distortion has a passage');
	const said = page.locator('.claim').filter({ hasText: 'That is what the episode said' });
	await expect(said).toContainText(claim.quote);
	await expect(said).toContainText(`What the paper says: ${claim.paperSays}`);
	await expect(
		said.getByRole('link', { name: 'Hear it in the episode’s transcript' })
	).toHaveAttribute('href', `/transcript#${claim.passage.anchor}`);
	// focus is on Next until the learner opens something else
	await expectNextFocused(page);
	// the sources, folded (issue 14): the passage of the question, and the paper sections with
	// links to the paper
	await page.getByRole('heading', { name: 'Sources' }).click();
	await expect(page.getByRole('link', { name: 'Read it in the transcript' })).toHaveAttribute(
		'href',
		`/transcript#${single.passage?.anchor}`
	);
	// a § one of the paper's quotes stands in is linked by the quote (tests/e2e/paper-evidence.e2e.ts)
	for (const ref of single.paper.filter((r) => !quotesSection(single.evidence, r.section))) {
		const link = page
			.locator('.feedback .sources')
			.getByRole('link', { name: new RegExp(`^§${ref.section.replace('.', '\\.')}\\b`) });
		await expect(link).toHaveAttribute(
			'href',
			ref.section === '4' ? `${paperUrl}#dives-poems` : paperUrl
		);
	}
	await expect(page.getByRole('status')).toContainText('Incorrect');
	await expect(page.getByRole('status')).toContainText(
		`The right answer: ${single.question.type === 'single' ? single.question.options.find((o) => o.id === (single.question as { answer: string }).answer)?.text : ''}`
	);
	await expectAccessible('after a wrong answer that repeats the episode');
	await nextButton(page).click();

	// a multi-select names the wrong choices and the missing ones
	await answer(page, multi, { right: false, way: 'mouse' });
	const q = multi.question;
	if (q.type !== 'multi') throw new Error('multi');
	const wrongChoice =
		q.options.find((o) => !q.answers.includes(o.id) && o.misconception) ??
		q.options.find((o) => !q.answers.includes(o.id));
	await expect(page.getByRole('list', { name: 'Wrong choices:' }).getByRole('listitem')).toHaveText(
		[wrongChoice?.text ?? '?']
	);
	await expect(
		page.getByRole('list', { name: 'Missing (right, but not chosen):' }).getByRole('listitem')
	).toHaveText(q.answers.map((id) => q.options.find((o) => o.id === id)?.text ?? '?'));
	// the right choices listed as they were on screen
	const onScreen = await page
		.getByRole('checkbox')
		.evaluateAll((boxes) =>
			boxes.map((box) => (box as HTMLInputElement).labels?.[0]?.textContent ?? '')
		);
	const rightTexts = q.answers.map((id) => q.options.find((o) => o.id === id)?.text ?? '?');
	const inScreenOrder = rightTexts.toSorted(
		(a, b) => onScreen.findIndex((t) => t.includes(a)) - onScreen.findIndex((t) => t.includes(b))
	);
	await expect(page.locator('.answer-lines li')).toHaveText(inScreenOrder);
	await expect(page.getByRole('status')).toContainText('The right answers:');
	await nextButton(page).click();

	// a typed answer graded wrong: the difference, and "I was right" recorded as an override
	await answer(page, typed, { right: false, way: 'mouse' });
	await expect(page.getByText('What you typed, against the accepted answer:')).toBeVisible();
	// struck through and underlined on screen; said in words to a screen reader
	await expect(page.locator('.diff .line')).toContainText('[you added: zebra crossing]');
	await expect(page.locator('.diff .line')).toContainText(`[missing: `);
	await expect(page.locator('.diff .line del')).toContainText('zebra crossing');
	await expect(page.locator('.diff .line ins')).not.toHaveCount(0);
	await expect(page.getByText('Score so far: 0 right out of 3 answered')).toBeVisible();
	await page.getByRole('button', { name: 'I was right', exact: true }).click();
	await expect(page.getByRole('status')).toContainText(
		'Correct (counted as right because you said so)'
	);
	await expect(page.getByRole('button', { name: 'I was right', exact: true })).toHaveCount(0);
	await expect(page.getByText('Score so far: 1 right out of 3 answered')).toBeVisible();
	await expectNextFocused(page);
	// a tap not meant is taken back, stored as graded, and "I was right" is offered again
	await page.getByRole('button', { name: 'Undo “I was right”' }).click();
	await expect(page.getByText('Score so far: 0 right out of 3 answered')).toBeVisible();
	await expect(page.getByRole('button', { name: 'I was right', exact: true })).toBeFocused();
	await expect
		.poll(async () =>
			(await storedData(page)).attempts.find((a) => a.questionId === typed.question.id)
		)
		.toMatchObject({ correct: false });
	await page.getByRole('button', { name: 'I was right', exact: true }).click();
	await expect(page.getByText('Score so far: 1 right out of 3 answered')).toBeVisible();
	const overridden = (await storedData(page)).attempts.find(
		(a) => a.questionId === typed.question.id
	);
	expect(overridden).toMatchObject({
		correct: true,
		override: true,
		response: { type: 'typed', text: 'zebra crossing' }
	});
	await nextButton(page).click();

	await expect(page).toHaveURL(/\/quiz\/mixed-20\/results\?quiz=[^&]+$/);
	// the typed answer said right by the learner counts as right
	await expect(page.getByText('1 of 3 right')).toBeVisible();
});

test('after a wrong answer to a true/false statement, a fact-check and a cloze, the feedback says what the paper says and each gap’s verdict', async ({
	page,
	expectAccessible
}) => {
	const { trueFalse, factCheck, cloze } = await feedbackItems(page);
	await startQuiz(page, [trueFalse, factCheck, cloze]);

	// a false statement that repeats the episode
	await answer(page, trueFalse, { right: false, way: 'mouse' });
	await expect(
		page.locator('.claim').filter({ hasText: 'That is what the episode said' })
	).toContainText(trueFalse.misconceptions[0]?.quote ?? '?');
	await nextButton(page).click();

	// a fact-check: the verdict, and why, once: no second box saying what the paper makes of it
	await answer(page, factCheck, { right: false, way: 'mouse' });
	await expect(page.getByRole('status')).toContainText(
		`The right answer: ${{ SUPPORTED: 'Supported', DISTORTED: 'Distorted', 'NOT-IN-PAPER': 'Not in the paper', OPINION: 'Opinion' }[factCheck.claim?.verdict ?? 'SUPPORTED']}`
	);
	await expect(page.getByText(factCheck.question.explanation)).toBeVisible();
	await expect(page.getByRole('heading', { name: /about this claim/ })).toHaveCount(0);
	await expect(page.getByText(factCheck.claim?.paperSays ?? '?')).toHaveCount(0);
	await nextButton(page).click();

	// a cloze graded wrong: each gap's verdict, and the override too
	await answer(page, cloze, { right: false, way: 'mouse' });
	await expect(page.getByText('Gap 1: wrong, the answer is')).toBeVisible();
	await expect(page.getByRole('button', { name: 'I was right', exact: true })).toBeVisible();
	await expectAccessible('a cloze after a wrong answer');
	await nextButton(page).click();
	await expect(page).toHaveURL(/\/quiz\/mixed-20\/results\?quiz=[^&]+$/);
	await expect(page.getByText('0 of 3 right')).toBeVisible();
});

test('Space toggles a multi-select option, Enter checks and then moves on, and focus follows', async ({
	page
}) => {
	const items = await quizItems(page, 'all');
	const multi = find(items, (i) => i.question.type === 'multi', 'multi-select');
	const single = find(items, (i) => i.question.type === 'single', 'single choice');
	await seedState(page, { activeQuizzes: [seededQuiz('mixed-20', [multi, single])] });
	await page.goto('/quiz/mixed-20');
	await waitForApp(page);
	const first = questionBox(page).getByRole('checkbox').first();
	await tabTo(page, first);
	await page.keyboard.press('Space');
	await expect(first).toBeChecked();
	await page.keyboard.press('Space');
	await expect(first).not.toBeChecked();
	await page.keyboard.press('Space');
	await expect(first).toBeChecked();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toContainText(/Correct|Incorrect/);
	await expectNextFocused(page);
	await page.keyboard.press('Enter');
	const heading = page.getByRole('heading', { level: 2, name: 'Question 2 of 2' });
	await expect(heading).toBeFocused();
	expect(await currentQuestionId(page)).toBe(single.question.id);
	// the status region stays in the page, emptied, ready for the next answer
	await expect(page.getByRole('status')).toHaveText('');
	// Enter with nothing chosen says what is missing instead of checking
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText('Choose an answer first.');
	await page.keyboard.press('2');
	await expect(questionBox(page).getByRole('radio').nth(1)).toBeChecked();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toContainText(/Correct|Incorrect/);
	// number keys do nothing once the answer is checked
	await page.keyboard.press('1');
	await expect(questionBox(page).getByRole('radio').nth(1)).toBeChecked();
});

test('with the settings: how sure I am is stored with the answer, and number keys can be turned off', async ({
	page
}) => {
	const items = await quizItems(page, 'all');
	const single = find(items, (i) => i.question.type === 'single', 'single choice');
	await seedState(page, {
		activeQuizzes: [seededQuiz('mixed-20', [single])],
		settings: { ...defaultSettings, askConfidence: true, numberKeys: false }
	});
	await page.goto('/quiz/mixed-20');
	await waitForApp(page);
	// the question arrives after the page is ready: what it lacks is checked once it is there
	await expect(questionBox(page)).toHaveAttribute('data-question-id', single.question.id);
	await expect(questionBox(page).getByRole('radio').first()).toBeVisible();
	await expect(questionBox(page).locator('.key')).toHaveCount(0);
	await page.locator('body').press('1');
	await expect(questionBox(page).getByRole('radio', { checked: true })).toHaveCount(0);
	// the 1 chose nothing: checking now asks for an answer
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.getByRole('status')).toHaveText('Choose an answer first.');

	// issue 13: how sure is asked before the check, and one tap on it checks the answer
	const sure = page.getByRole('group', { name: /^How sure are you\?/ });
	if (single.question.type !== 'single') throw new Error('a single choice');
	await questionBox(page).locator(`input[value="${single.question.answer}"]`).click();
	await sure.getByRole('button', { name: 'Guessing' }).click();
	await expect(page.getByRole('status')).toContainText('Correct');
	await expect(sure).toHaveCount(0);
	const [attempt] = (await storedData(page)).attempts;
	expect(attempt).toMatchObject({
		questionId: single.question.id,
		correct: true,
		confidence: 'guess'
	});
});
