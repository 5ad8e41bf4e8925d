// Issue 7: the progress page, empty and with months of study, as a learner reads it.
import type { Page } from '@playwright/test';
import { expect, test, waitForApp } from './fixtures';
import {
	backupFile,
	envelope,
	fetchMeta,
	sampleData,
	sampleImportable,
	seedRaw,
	storedRaw
} from './storage-seed';
import { dumpDatabase } from './stored-state';

test.use({ timezoneId: 'UTC' });

const now = new Date('2026-03-27T12:00:00.000Z');

test('with nothing studied yet, the page invites the first quiz instead of drawing empty axes', async ({
	page,
	expectAccessible
}) => {
	await page.goto('/progress');
	await waitForApp(page);
	await expect(page).toHaveTitle('Your progress · Study companion');
	await expect(page.getByRole('heading', { name: 'Nothing to chart yet' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Take your first quiz' })).toHaveAttribute(
		'href',
		'/quiz'
	);
	await expect(page.locator('main svg')).toHaveCount(0);
	await expectAccessible('progress, empty');
	await page.emulateMedia({ colorScheme: 'dark' });
	await expectAccessible('progress, empty, dark');
});

/** stores the sample week of progress (the tests' clock is 27 March 2026) and opens /progress */
async function openWithProgress(page: Page) {
	await page.clock.setFixedTime(now);
	const meta = await fetchMeta(page);
	const data = sampleData(meta);
	await seedRaw(page, envelope(data));
	await page.goto('/progress');
	await waitForApp(page);
	// moved into the database: from here on, what is stored changes only when the learner acts
	await expect.poll(() => storedRaw(page)).toBeNull();
	return { meta, data, main: page.getByRole('main') };
}

/** the scores of Addition and the study days, each shown as a table: every part of the page drawn */
async function openTables(page: Page) {
	const main = page.getByRole('main');
	const scores = main.getByRole('region', { name: 'Quiz scores over time' });
	await scores
		.getByRole('combobox', { name: 'Show the scores of' })
		.selectOption({ label: 'Addition' });
	await scores.getByText('Show as a table').click();
	await expect(scores.getByRole('table')).toBeVisible();
	const days = main.getByRole('region', { name: 'Study days' });
	await days.getByText('Show as a table').click();
	await expect(days.getByRole('table')).toBeVisible();
}

// the page with progress is checked in four parts: the numbers, scores and mastery; the study
// days, flashcards, calibration and distortions; then axe with the tables open in each theme
test('with progress: the numbers, the scores by day and per set with a table, and mastery', async ({
	page
}) => {
	const { meta, data, main } = await openWithProgress(page);

	const totals = main.getByRole('region', { name: 'In numbers' });
	await expect(totals.getByText('Answers given')).toBeVisible();
	await expect(totals.locator('.total', { hasText: 'Answers given' })).toContainText(
		String(data.attempts.length)
	);
	await expect(totals.locator('.total', { hasText: 'Current streak' })).toContainText('4 days');
	await expect(totals.locator('.total', { hasText: 'Longest streak' })).toContainText('4 days');

	// scores: overall by day, and per set through the select
	const scores = main.getByRole('region', { name: 'Quiz scores over time' });
	await expect(
		scores.getByRole('img', { name: 'Quiz scores over time: All quizzes, by day' })
	).toBeVisible();
	await expect(
		scores.getByText('3 scores from 24 Mar 2026 to 26 Mar 2026: first 50%, latest 60%, best 75%.')
	).toBeVisible();
	await scores
		.getByRole('combobox', { name: 'Show the scores of' })
		.selectOption({ label: 'Addition' });
	await expect(scores.getByRole('img', { name: 'Quiz scores over time: Addition' })).toBeVisible();
	await scores.getByText('Show as a table').click();
	await expect(scores.getByRole('table').getByRole('row')).toHaveCount(3);
	await expect(scores.getByRole('table')).toContainText('3 of 4');

	// mastery: weakest first, each with a link to practise it
	const mastery = main.getByRole('table', { name: 'Mastery by topic, weakest first' });
	const rows = mastery.getByRole('row');
	await expect(rows).toHaveCount(meta.topics.length + 1);
	await expect(rows.last()).toContainText(/Addition|Planning in poems/);
	const shares = await mastery.locator('.value').allTextContents();
	const numbers = shares.map((s) => Number.parseInt(s, 10));
	expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
	await expect(mastery.getByRole('link', { name: 'Practise Addition' })).toHaveAttribute(
		'href',
		'/quiz/topic-shared-addition'
	);
});

test('with progress: study days, the flashcards forecast and retention, calibration and the distortions fallen for', async ({
	page
}) => {
	const { meta, main } = await openWithProgress(page);

	// study days: the heatmap with its table
	const days = main.getByRole('region', { name: 'Study days' });
	await expect(
		days.getByRole('img', { name: 'Study days, this week and the 25 before it' })
	).toBeVisible();
	await expect(
		days.getByText(/^4 study days of \d+ days since Monday \d+ \w+ \d{4}\./)
	).toBeVisible();
	await days.getByText('Show as a table').click();
	await expect(days.getByRole('table').getByRole('row')).toHaveCount(5);

	// flashcards: forecast and true retention
	const cards = main.getByRole('region', { name: 'Flashcards: due and remembered' });
	await expect(
		cards.getByRole('img', { name: 'Studied cards coming back, next 14 days' })
	).toBeVisible();
	await expect(
		cards.getByText(
			'2 studied cards come back in the next 14 days: 1 today (overdue ones included), 1 tomorrow, about 1 a week. New cards are not counted here.'
		)
	).toBeVisible();
	// over a longer range, chosen as a learner would
	await cards
		.getByRole('combobox', { name: 'Cards coming back in the next' })
		.selectOption({ label: '12 months' });
	await expect(
		cards.getByRole('img', { name: 'Studied cards coming back, next 12 months, by month' })
	).toBeVisible();
	await expect(
		cards.getByText(
			'2 studied cards come back in the next 12 months (to 28 Feb 2027): 1 today (overdue ones included), 1 tomorrow. New cards are not counted here.'
		)
	).toBeVisible();
	await expect(cards.getByRole('img', { name: /True retention per week/ })).toBeVisible();
	await expect(cards.getByText(/you remembered 1 of 2 cards due for review \(50%\)/)).toBeVisible();

	// calibration
	const calibration = main.getByRole('region', { name: 'Calibration: how sure, how right' });
	await expect(
		calibration.getByText(
			'When you say “Sure” you are right 67% of the time, but 3 answers are too few to tell.'
		)
	).toBeVisible();
	await expect(
		calibration.getByText(
			'The dashed line is perfect calibration: right 90% when sure, 70% when you think so, 40% when guessing.'
		)
	).toBeVisible();

	// the distortions: one answered right since, one not yet
	const claims = main.getByRole('region', { name: 'The episode’s distortions you fell for' });
	await expect(claims.getByText(/You fell for 2 claims of the episode/)).toBeVisible();
	await expect(claims.getByText('Not yet answered right')).toBeVisible();
	await expect(claims.getByText(/Since answered right, on 26 Mar 2026/)).toBeVisible();
	const [fixed] = meta.claims.filter((c) => c.questionIds.length > 0);
	await expect(claims.getByText(`“${fixed!.quote}”`)).toBeVisible();
});

test('calibration says in words what the answers show, against the line of perfect calibration, with its table', async ({
	page,
	expectAccessible
}) => {
	await page.clock.setFixedTime(now);
	const meta = await fetchMeta(page);
	const data = sampleData(meta);
	// twenty answers said to be sure, eleven of them right
	const [question] = meta.topics[0]!.questionIds;
	const sure = Array.from({ length: 20 }, (_, i) => ({
		...data.attempts[0]!,
		id: `sure-${i}`,
		questionId: question!,
		confidence: 'sure' as const,
		correct: i < 11
	}));
	await seedRaw(page, envelope({ ...data, attempts: [...data.attempts, ...sure] }));
	await page.goto('/progress');
	await waitForApp(page);
	const calibration = page.getByRole('region', { name: 'Calibration: how sure, how right' });
	const chart = calibration.getByRole('img', {
		name: 'How often you were right, by how sure you were'
	});
	await expect(chart).toBeVisible();
	// 13 of the 23 "sure" answers right
	await expect(chart).toHaveAccessibleDescription(
		/When you say “Sure” you are right 57% of the time: more sure than right\./
	);
	await expect(
		calibration.getByText(/When you say “Sure” you are right 57% of the time: more sure than right/)
	).toBeVisible();
	await calibration.getByText('Show as a table').click();
	const sureRow = calibration.getByRole('row', { name: /^Sure/ });
	await expect(sureRow).toHaveText(/Sure\s*23\s*13\s*57%\s*90%/);
	await expectAccessible('calibration with a reading, table open', {
		include: ['#calibration-heading', 'figure.chart:has(#calibration-caption)']
	});
});

for (const scheme of ['light', 'dark'] as const) {
	test(`with progress and every table open, no axe violation in the ${scheme} theme, and looking writes nothing`, async ({
		page,
		expectAccessible
	}) => {
		await page.emulateMedia({ colorScheme: scheme });
		await openWithProgress(page);
		// a store that opens on progress asks the browser, once per device, to keep it, and writes
		// down when (store.ts, askToPersist): that write may land after the page is drawn
		await expect
			.poll(async () => (await dumpDatabase(page)).meta?.some(([key]) => key === 'persistAskedAt'))
			.toBe(true);
		const stored = await dumpDatabase(page);
		await openTables(page);
		await expectAccessible(
			scheme === 'light' ? 'progress with data, tables open' : 'progress with data, dark'
		);
		// looking is not a write
		expect(await dumpDatabase(page)).toEqual(stored);
	});
}

test('the page follows what another tab stores', async ({ page, context }) => {
	await page.clock.setFixedTime(now);
	// an import checks each answer against its question: the sample with fitting responses
	const data = await sampleImportable(page);
	await page.goto('/progress');
	await waitForApp(page);
	await expect(page.getByRole('heading', { name: 'Nothing to chart yet' })).toBeVisible();
	// another tab imports a backup; this one is told through the tabs' channel
	const other = await context.newPage();
	await other.goto('/data');
	await waitForApp(other);
	await other
		.getByLabel('Choose a backup file')
		.setInputFiles(backupFile('week.json', envelope(data)));
	await other.getByRole('button', { name: 'Replace my progress with this backup' }).click();
	await expect(page.getByRole('heading', { name: 'In numbers' })).toBeVisible();
	await expect(page.locator('.total', { hasText: 'Answers given' })).toContainText(
		String(data.attempts.length)
	);
});
