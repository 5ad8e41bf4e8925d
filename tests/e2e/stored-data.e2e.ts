// Issue 17: a page never throws on stored data, and the home page reminds the learner to back up.
// A stored answer whose type does not fit its question broke /quiz/mixed-10 (`a typed response
// cannot answer fact-check question …`); a quiz in progress of a set the app lacks could not be
// continued anywhere. Both are left out with a notice. The stored states here are seeded as an
// older version of the app, or an import from before the import gate, could have left them.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test, waitForApp } from './fixtures';
import { quizItems, seedState, seededQuiz, storedData } from './quiz-helpers';
import { envelope, fetchMeta, sampleData, seedRaw } from './storage-seed';
import { clearDatabase, decodeStored } from './stored-state';

test.use({ timezoneId: 'UTC' });

/** every uncaught error the page throws, to expect none */
function pageErrors(page: Page) {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

test('a stored typed answer to a fact-check question is left out, the question asked again, with a notice', async ({
	page,
	expectAccessible
}) => {
	const errors = pageErrors(page);
	const items = [...(await quizItems(page, 'all')).values()];
	const factCheck = items.find((item) => item.question.type === 'fact-check');
	const single = items.find((item) => item.question.type === 'single');
	if (!factCheck || !single) throw new Error('the bank has fact-checks and single choices');
	const quiz = seededQuiz('mixed-10', [factCheck, single]);
	const mismatched = {
		id: 'mismatched-1',
		questionId: factCheck.question.id,
		setId: 'mixed-10',
		sessionId: quiz.id,
		answeredAt: new Date(Date.now() - 30_000).toISOString(),
		response: { type: 'typed' as const, text: 'distorted' },
		correct: false
	};
	await seedState(page, {
		activeQuizzes: [{ ...quiz, attempts: [mismatched] }],
		attempts: [mismatched]
	});
	await page.goto('/quiz/mixed-10');
	await waitForApp(page);
	await expect(page.getByRole('status').filter({ hasText: 'did not fit' })).toHaveText(
		'1 answer saved for this quiz did not fit its question and was left out: that question is asked again.'
	);
	await expect(page.getByRole('heading', { level: 2, name: 'Question 1 of 2' })).toBeVisible();
	await expect(page.getByRole('radio', { name: 'Distorted' })).not.toBeChecked();
	await expectAccessible('quiz with a stored answer left out');
	const stored = await storedData(page);
	expect(stored.activeQuizzes[0]?.attempts).toEqual([]);
	expect(stored.attempts).toEqual([]);
	// answered again, as any question is
	await page.getByRole('radio', { name: 'Distorted' }).check();
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.getByRole('button', { name: 'Next question' })).toBeVisible();
	expect(errors).toEqual([]);
});

test('a quiz in progress of a set the app does not have is left out of the quiz menu, with a notice', async ({
	page,
	expectAccessible
}) => {
	const errors = pageErrors(page);
	const items = [...(await quizItems(page, 'all')).values()].slice(0, 2);
	const known = seededQuiz('mixed-10', items);
	// a section's quiz is stored under the set at its depth, as its page begins one
	const atDepth = seededQuiz('section-closing-depth-1', items);
	const repair = seededQuiz('repair', items);
	await seedState(page, {
		activeQuizzes: [
			{ ...seededQuiz('unknown-set', items), id: 'unknown-1' },
			known,
			atDepth,
			repair
		]
	});
	await page.goto('/quiz');
	await waitForApp(page);
	await expect(page.getByRole('status').filter({ hasText: 'left out' })).toHaveText(
		'1 quiz in progress of a set this app does not have (“unknown-set”) was left out: there is no such quiz to continue.'
	);
	await expectAccessible('quiz menu with a quiz left out');
	await expect
		.poll(async () => (await storedData(page)).activeQuizzes)
		.toEqual([known, atDepth, repair]);
	// the quizzes of known sets are still there to continue: the mixed set's, and the section's
	// beside its depth
	await expect(page.getByText('In progress: question 1 of 2')).toHaveCount(2);
	await expect(
		page
			.getByRole('list', { name: 'Quiz me on Closing: by depth' })
			.getByText('In progress: question 1 of 2')
	).toBeVisible();
	expect(errors).toEqual([]);
});

test('the home page reminds to back up after two weeks of progress, and the backup is one click', async ({
	page,
	expectAccessible
}) => {
	// the sample progress runs from 23 to 26 March; three weeks later there is no backup yet
	await page.clock.setFixedTime(new Date('2026-04-16T12:00:00.000Z'));
	const data = sampleData(await fetchMeta(page));
	await seedRaw(page, envelope(data));
	await page.goto('/');
	await waitForApp(page);
	const reminder = page.getByRole('complementary', { name: 'Time for a backup' });
	await expect(reminder).toContainText(
		'You have not downloaded a backup yet, and your progress goes back to 23 Mar 2026: 13 answers and 4 reviews.'
	);
	await expectAccessible('home with the backup reminder');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		reminder.getByRole('button', { name: 'Download a backup' }).click()
	]);
	expect(download.suggestedFilename()).toBe('biology-of-an-llm-backup-2026-04-16.json');
	const backup = decodeStored(await readFile((await download.path()) as string, 'utf8'));
	expect(backup).toEqual({
		...data,
		settings: { ...data.settings, lastBackupAt: '2026-04-16T12:00:00.000Z' }
	});
	await expect(reminder.getByRole('status')).toHaveText(
		'Downloaded biology-of-an-llm-backup-2026-04-16.json: 13 answers and 4 reviews. Keep it somewhere other than this browser.'
	);
	await expect(reminder.getByRole('button', { name: 'Download a backup' })).toHaveCount(0);
	expect((await storedData(page)).settings.lastBackupAt).toBe('2026-04-16T12:00:00.000Z');
	await page.reload();
	await waitForApp(page);
	await expect(page.getByRole('heading', { name: 'Your quiz scores' })).toBeVisible();
	await expect(page.getByRole('table')).toBeVisible();
	await expect(reminder).toHaveCount(0);
});

test('the reminder names the last backup and what came since, and waits while it is recent', async ({
	page
}) => {
	await page.clock.setFixedTime(new Date('2026-04-16T12:00:00.000Z'));
	const data = sampleData(await fetchMeta(page));
	const backedUp = (at: string) =>
		envelope({ ...data, settings: { ...data.settings, lastBackupAt: at } });
	await seedRaw(page, backedUp('2026-03-25T12:00:00.000Z'));
	await page.goto('/');
	await waitForApp(page);
	await expect(page.getByRole('complementary', { name: 'Time for a backup' })).toContainText(
		'Your last backup was downloaded on 25 Mar 2026; since then you have added 4 answers and 2 reviews.'
	);
	// a backup five days old: no reminder (the progress is seeded again, in place of the first)
	await clearDatabase(page);
	await page.evaluate(
		(raw) => localStorage.setItem('biology-study:state', raw),
		backedUp('2026-04-11T12:00:00.000Z')
	);
	await page.reload();
	await waitForApp(page);
	await expect(page.getByRole('table')).toBeVisible();
	await expect(page.getByRole('complementary', { name: 'Time for a backup' })).toHaveCount(0);
});
