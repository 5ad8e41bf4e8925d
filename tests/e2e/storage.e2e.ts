// Issues 7 and 17: storage that never loses data. What an earlier version kept in localStorage
// moves into the database behind a snapshot; a newer version's state is read-only; an unreadable
// one is kept aside; a full or disabled storage says so, still exports, and a full one stores
// everything once space is freed; two tabs lose nothing.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test, waitForApp } from './fixtures';
import type { QuizItem } from '../../src/lib/content/quiz-items';
import {
	answer,
	currentQuestionId,
	nextButton,
	questionBox,
	quizItems,
	seededQuiz
} from './quiz-helpers';
import {
	allStored,
	backupFile,
	emptyData,
	envelope,
	fetchKnownIds,
	fetchMeta,
	fillStorage,
	freeStorage,
	sampleData,
	seedRaw,
	storageKey,
	storedData,
	storedRaw,
	storedSnapshots
} from './storage-seed';
import {
	addRecord,
	currentVersion,
	decodeStored,
	dumpDatabase,
	readDatabase,
	upgradeAsNewerApp
} from './stored-state';
import { storeVersion } from '../../src/lib/storage/database';
import { readUnreadableFile } from '../../src/lib/storage/unreadable';

test.use({ timezoneId: 'UTC' });

const alert = (page: Page) => page.getByRole('alert');
const section = (page: Page, name: string) => page.getByRole('main').getByRole('region', { name });

async function download(page: Page, button: ReturnType<Page['getByRole']>) {
	const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
	return readFile((await file.path()) as string, 'utf8');
}

/** the localStorage key is gone once the app has verified the database holds its state */
const moved = (page: Page) => expect.poll(() => storedRaw(page)).toBeNull();

test('a state in the format from before the envelope moves into the database, behind a snapshot of it as it was', async ({
	page,
	expectAccessible
}) => {
	const data = sampleData(await fetchMeta(page));
	const old = JSON.stringify({
		attempts: data.attempts,
		finishedQuizzes: data.finishedQuizzes,
		settings: { askConfidence: true }
	});
	await seedRaw(page, old);
	await page.goto('/progress');
	await waitForApp(page);
	await expect(page.locator('.total', { hasText: 'Answers given' })).toContainText(
		String(data.attempts.length)
	);
	await moved(page);
	expect(await storedData(page)).toEqual({
		...emptyData(),
		attempts: data.attempts,
		finishedQuizzes: data.finishedQuizzes,
		settings: { ...emptyData().settings, askConfidence: true }
	});
	const snapshots = await storedSnapshots(page);
	expect(snapshots.map((s) => [s.reason, s.text])).toEqual([['migration', old]]);
	await page.getByRole('link', { name: 'Back up or restore' }).click();
	await expect(
		section(page, 'Snapshots on this device').getByRole('row', {
			name: /Before an update of the storage format/
		})
	).toContainText(`${data.attempts.length} answers`);
	await expectAccessible('data page after a migration');
});

for (const version of [1, 2, 3]) {
	test(`a format-${version} state in localStorage moves into the database once, behind a snapshot of it as it was`, async ({
		page
	}) => {
		const sample = sampleData(await fetchMeta(page));
		// format 3 holds what issue 13 added: "I don't know" stored as a skip, and the quiz length
		const data: typeof sample =
			version < 3
				? sample
				: {
						...sample,
						attempts: sample.attempts.map((a, i) =>
							i === 0 ? { ...a, response: { type: 'skip' }, correct: false } : a
						),
						settings: { ...sample.settings, quizLength: 20 }
					};
		const old = envelope(data, version);
		await seedRaw(page, old);
		await page.goto('/progress');
		await waitForApp(page);
		await expect(page.locator('.total', { hasText: 'Answers given' })).toContainText(
			String(data.attempts.length)
		);
		await moved(page);
		expect(await storedData(page)).toEqual(data);
		const snapshots = async () =>
			(await storedSnapshots(page)).map((s) => [s.reason, s.text] as const);
		expect(await snapshots()).toEqual([['migration', old]]);
		// read again, the state is in the database: nothing to move, nothing to snapshot
		const before = await dumpDatabase(page);
		await page.reload();
		await waitForApp(page);
		await expect(page.locator('.total', { hasText: 'Answers given' })).toContainText(
			String(data.attempts.length)
		);
		expect(await dumpDatabase(page)).toEqual(before);
		expect(await snapshots()).toEqual([['migration', old]]);
	});
}

test('a localStorage state from a newer version is shown read-only and never overwritten', async ({
	page,
	expectAccessible
}) => {
	const data = sampleData(await fetchMeta(page));
	const newer = currentVersion + 1;
	const raw = envelope({ ...data, somethingNew: { kept: true } }, newer);
	await seedRaw(page, raw);
	await page.goto('/progress');
	await waitForApp(page);
	await expect(alert(page)).toContainText('Read-only');
	await expect(alert(page)).toContainText(`format ${newer}`);
	await expect(page.locator('.total', { hasText: 'Answers given' })).toContainText(
		String(data.attempts.length)
	);
	await expectAccessible('progress, read-only');

	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Settings' })
		.click();
	await page.getByRole('checkbox', { name: 'Keys in quizzes' }).uncheck();
	await expect(page.getByRole('checkbox', { name: 'Keys in quizzes' })).not.toBeChecked();
	expect(await storedRaw(page)).toBe(raw);

	await page.getByRole('link', { name: 'Back up or restore' }).click();
	await expect(section(page, 'Import a backup')).toContainText('never replaced here');
	await expect(page.getByLabel('Choose a backup file')).toHaveCount(0);
	await expect(section(page, 'Reset all progress').getByRole('button')).toHaveCount(0);
	const file = await download(
		page,
		section(page, 'Export').getByRole('button', { name: 'Download a backup (JSON)' })
	);
	expect(file).toBe(raw);
	await expectAccessible('data page, read-only');
	await page.reload();
	await waitForApp(page);
	expect(await storedRaw(page)).toBe(raw);
	const stored = await allStored(page);
	expect(Object.keys(stored.local)).toEqual([storageKey]);
	// nothing was written to the database: no progress, no snapshot
	expect(await readDatabase(page)).toMatchObject({ settings: undefined });
	expect(Object.values((await readDatabase(page))!.lists).flat()).toEqual([]);
	expect(await storedSnapshots(page)).toEqual([]);
});

test('a database a newer version laid out is shown read-only and never written', async ({
	page,
	expectAccessible
}) => {
	const data = sampleData(await fetchMeta(page));
	await seedRaw(page, envelope(data));
	await page.goto('/progress');
	await waitForApp(page);
	await moved(page);
	await upgradeAsNewerApp(page, storeVersion + 1);
	// the open page gave way to the newer version, and says so
	await expect(alert(page)).toContainText('Read-only');
	const before = await dumpDatabase(page);
	await page.reload();
	await waitForApp(page);
	await expect(alert(page)).toContainText(`format ${storeVersion + 1}`);
	await expect(page.locator('.total', { hasText: 'Answers given' })).toContainText(
		String(data.attempts.length)
	);
	await expectAccessible('progress, newer database');
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Settings' })
		.click();
	await page.getByRole('checkbox', { name: 'Keys in quizzes' }).uncheck();
	await expect(page.getByRole('checkbox', { name: 'Keys in quizzes' })).not.toBeChecked();
	expect(await dumpDatabase(page)).toEqual(before);
});

test('a corrupt localStorage state is kept aside untouched; the app works, and offers to export it or start fresh', async ({
	page,
	expectAccessible
}) => {
	const raw = envelope({ ...emptyData(), attempts: 'half a write' });
	await seedRaw(page, raw);
	await page.goto('/');
	await waitForApp(page);
	await expect(alert(page)).toContainText(
		'Your saved progress could not be read (it has no list of answers)'
	);
	await expect
		.poll(async () => (await storedSnapshots(page)).map((s) => [s.kind, s.text]))
		.toEqual([['corrupt', raw]]);
	expect(await storedRaw(page)).toBe(raw);
	await expect(alert(page)).toContainText('copied aside');
	await expectAccessible('home, corrupt state');

	// the app keeps working, in memory
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Settings' })
		.click();
	await page.getByRole('checkbox', { name: 'Ask how sure I am before checking' }).check();
	expect(await storedRaw(page)).toBe(raw);
	expect((await readDatabase(page))?.settings).toBeUndefined();

	await page.getByRole('link', { name: 'Back up or restore' }).click();
	const problem = section(page, 'Your saved progress needs a decision');
	await expect(problem).toContainText('It has been copied aside, untouched');
	await expectAccessible('data page, corrupt state');
	expect(
		readUnreadableFile(
			await download(page, problem.getByRole('button', { name: 'Download the unreadable data' }))
		)
	).toBe(raw);
	await expect(problem.getByRole('status')).toContainText('exactly as it was stored');
	await problem.getByRole('button', { name: 'Start fresh' }).click();
	await expect(problem.getByRole('status')).toContainText(
		'Started fresh: your progress is saved again.'
	);
	await expect(alert(page)).not.toContainText('could not be read');
	// what was done meanwhile is what is stored now; the unreadable copy stays until deleted
	expect((await storedData(page)).settings.askConfidence).toBe(true);
	expect(await storedRaw(page)).toBeNull();
	await expectAccessible('data page, after starting fresh');
	const copy = problem.getByRole('listitem');
	expect(
		readUnreadableFile(await download(page, copy.getByRole('button', { name: /^Download/ })))
	).toBe(raw);
	await copy.getByRole('button', { name: /^Delete/ }).click();
	await expect(section(page, 'Your saved progress needs a decision')).toHaveCount(0);
	expect((await storedSnapshots(page)).filter((s) => s.kind === 'corrupt')).toEqual([]);
});

// issue 17: the download wrote a lone surrogate as U+FFFD; now it is the stored text, code unit for code unit
test('the unreadable data downloads exactly as stored, a lone surrogate included', async ({
	page
}) => {
	// a write cut short in the middle of a surrogate pair
	const raw = `{"version":${currentVersion},"savedAt":"2026-03-27T09:00:00.000Z","data":{"attempts":[{"id":"\ud83d`;
	await seedRaw(page, raw);
	await page.goto('/data');
	await waitForApp(page);
	expect(await storedRaw(page)).toBe(raw);
	const problem = section(page, 'Your saved progress needs a decision');
	const file = await download(
		page,
		problem.getByRole('button', { name: 'Download the unreadable data' })
	);
	const text = readUnreadableFile(file);
	expect(text).toBe(raw);
	expect(text?.at(-1)).toBe('\ud83d');
	expect(file).not.toContain('\ufffd');
});

/** a setting changed and stored: the database holds the settings record */
async function storeASetting(page: Page) {
	await page.goto('/settings');
	await waitForApp(page);
	await page.getByRole('checkbox', { name: 'Offer to read passages aloud' }).check();
	await expect.poll(async () => (await readDatabase(page))?.settings).toBeDefined();
}

test('a database holding a record the app cannot read is kept aside untouched until the learner starts fresh', async ({
	page,
	expectAccessible
}) => {
	await storeASetting(page);
	// a record no version of the app would write: an answer given at no time
	await addRecord(page, 'attempts', {
		id: 'bad',
		questionId: 'q',
		setId: 'mixed-10',
		sessionId: 's',
		answeredAt: 'the day before yesterday',
		response: { type: 'true-false', value: true },
		correct: true
	});
	await page.reload();
	await waitForApp(page);
	await expect(alert(page)).toContainText(
		'Your saved progress could not be read (attempts[0].answeredAt: must be a date and time such as 2026-03-27T09:00:00.000Z (it is “the day before yesterday”))'
	);
	await expect(alert(page)).toContainText('copied aside');
	await expectAccessible('settings, corrupt database');
	const before = await dumpDatabase(page);
	await page.getByRole('checkbox', { name: 'Ask how sure I am before checking' }).check();
	expect((await dumpDatabase(page)).attempts).toEqual(before.attempts);
	expect((await dumpDatabase(page)).meta).toEqual(before.meta);

	await page.getByRole('link', { name: 'Back up or restore' }).click();
	const problem = section(page, 'Your saved progress needs a decision');
	const unreadable = await download(
		page,
		problem.getByRole('button', { name: 'Download the unreadable data' })
	);
	expect(readUnreadableFile(unreadable)).toContain('the day before yesterday');
	await problem.getByRole('button', { name: 'Start fresh' }).click();
	await expect(problem.getByRole('status')).toContainText('Started fresh');
	const data = await storedData(page);
	expect(data.attempts).toEqual([]);
	expect(data.settings.askConfidence).toBe(true);
	expect((await storedSnapshots(page)).filter((s) => s.kind === 'corrupt')).toHaveLength(1);
});

test('a database with one record the app cannot read keeps every other one when the learner keeps what can be read', async ({
	page,
	expectAccessible
}) => {
	await storeASetting(page);
	const answer = (id: string, answeredAt: string) => ({
		id,
		questionId: 'q',
		setId: 'mixed-10',
		sessionId: 's',
		answeredAt,
		response: { type: 'true-false', value: true },
		correct: true
	});
	await addRecord(page, 'attempts', answer('kept-1', '2026-03-27T09:00:00.000Z'));
	await addRecord(page, 'attempts', answer('bad', 'the day before yesterday'));
	await addRecord(page, 'attempts', answer('kept-2', '2026-03-27T09:01:00.000Z'));
	await page.reload();
	await waitForApp(page);
	await expect(alert(page)).toContainText('keep what can be read');

	await page.getByRole('link', { name: 'keep what can be read, export it or start fresh' }).click();
	const problem = section(page, 'Your saved progress needs a decision');
	await expectAccessible('data page, a record that cannot be read');
	await problem.getByRole('button', { name: 'Keep what can be read' }).click();
	await expect(problem.getByRole('status')).toContainText(
		'Kept 3 of 4 saved items (answers, quizzes, flashcards, reviews, settings): your progress is saved again. The one that could not be read stays in the kept copy until you delete it.'
	);
	await expect(alert(page)).not.toContainText('could not be read');
	const data = await storedData(page);
	expect(data.attempts.map((a) => a.id)).toEqual(['kept-1', 'kept-2']);
	expect(data.settings.readAloud).toBe(true);
	// the unreadable record stays in the kept copy
	const copy = problem.getByRole('listitem');
	expect(
		readUnreadableFile(await download(page, copy.getByRole('button', { name: /^Download/ })))
	).toContain('the day before yesterday');
	await expectAccessible('data page, after keeping what can be read');
});

test('with the storage full: a visible message at once, the last saved state intact, and an export that works', async ({
	page,
	expectAccessible
}) => {
	const data = sampleData(await fetchMeta(page));
	const raw = envelope(data);
	await seedRaw(page, raw);
	await fillStorage(page);
	await page.goto('/settings');
	await waitForApp(page);
	await expect(alert(page)).toContainText(
		'Your progress is not being saved: the browser storage for this site is full'
	);
	await page.getByRole('checkbox', { name: 'Keys in quizzes' }).uncheck();
	await expect(alert(page)).toContainText('Your last saved progress is untouched');
	// the database could not take the move: the localStorage copy stays until it does
	expect(await storedRaw(page)).toBe(raw);
	await expectAccessible('settings, storage full');

	await alert(page).getByRole('link', { name: 'download a backup' }).click();
	await expect(section(page, 'Your saved progress needs a decision')).toContainText(
		'the browser storage for this site is full'
	);
	const file = await download(
		page,
		section(page, 'Export').getByRole('button', { name: 'Download a backup (JSON)' })
	);
	const exported = decodeStored(file);
	expect(exported.attempts).toEqual(data.attempts);
	expect(exported.settings.numberKeys).toBe(false);
	await expectAccessible('data page, storage full');
});

test('answers given while the storage is full are all stored once space is freed in another tab, with no further action', async ({
	page,
	context
}) => {
	const items = await quizItems(page, 'all');
	const questions = [...items.values()]
		.filter((i) => i.question.type === 'true-false' || i.question.type === 'single')
		.slice(0, 8);
	await seedRaw(
		page,
		envelope({ ...emptyData(), activeQuizzes: [seededQuiz('mixed-10', questions)] })
	);
	await page.goto('/quiz/mixed-10');
	await waitForApp(page);
	await moved(page);
	await fillStorage(page);
	await page.reload();
	await waitForApp(page);
	await expect(alert(page)).toContainText('the browser storage for this site is full');
	for (let n = 0; n < 5; n++) {
		const item = items.get(await currentQuestionId(page));
		if (!item) throw new Error('the question on screen is in the bank');
		await answer(page, item, { right: n % 2 === 0, way: 'mouse' });
		await nextButton(page).click();
		// the next question shows once the move is done (stored or not), as a learner sees it
		await expect(page.getByRole('heading', { name: `Question ${n + 2} of 8` })).toBeVisible();
	}
	await expect(page.getByRole('heading', { name: 'Question 6 of 8' })).toBeVisible();
	expect((await storedData(page)).attempts).toEqual([]);
	// another tab frees the space; this one is not touched again
	const other = await context.newPage();
	await other.goto('/manifest.webmanifest');
	await freeStorage(other);
	await expect(alert(page)).not.toContainText('not being saved');
	await page.reload();
	await waitForApp(page);
	expect((await storedData(page)).attempts).toHaveLength(5);
	await expect(page.getByRole('heading', { name: 'Question 6 of 8' })).toBeVisible();
});

test('with storage disabled: a visible message, and the export still works', async ({
	page,
	expectAccessible
}) => {
	await page.addInitScript(() => {
		for (const name of ['localStorage', 'indexedDB'])
			Object.defineProperty(window, name, {
				get() {
					throw new DOMException('The operation is insecure.', 'SecurityError');
				}
			});
	});
	await page.goto('/settings');
	await waitForApp(page);
	await expect(alert(page)).toContainText('Your progress is not being saved');
	await page.getByRole('checkbox', { name: 'Offer to read passages aloud' }).check();
	await page.getByRole('link', { name: 'Back up or restore' }).click();
	const file = await download(
		page,
		section(page, 'Export').getByRole('button', { name: 'Download a backup (JSON)' })
	);
	expect(decodeStored(file).settings.readAloud).toBe(true);
	await expectAccessible('data page, storage disabled');
});

// two tabs taking turns: each write is made on top of the other tab's last one, seen through the
// storage event. Ten merges (five a tab) and twenty answers (ten a tab) prove that as well as the
// twenty merges and hundred answers these tests once took, in a fraction of the time
const turns = 10;

test('two tabs merging backups in turns keep every answer, and each shows the other’s', async ({
	context
}) => {
	const tabs = [await context.newPage(), await context.newPage()];
	for (const tab of tabs) {
		await tab.goto('/data');
		await waitForApp(tab);
		await expect(section(tab, 'Export')).toBeVisible();
	}
	// answers to true-false questions the app has: an import refuses any other (issue 17)
	const ids = await fetchKnownIds(tabs[0]!);
	const trueFalse = Object.keys(ids.questions).filter((id) => ids.questions[id] === 'true-false');
	const answer = (n: number) => ({
		id: `answer-${n}`,
		questionId: trueFalse[n % trueFalse.length],
		setId: 'mixed-10',
		sessionId: 'two-tabs',
		answeredAt: new Date(Date.UTC(2026, 2, 27, 9, 0, n)).toISOString(),
		response: { type: 'true-false', value: true },
		correct: n % 2 === 0
	});
	for (let n = 0; n < turns; n++) {
		const tab = tabs[n % 2]!;
		const other = tabs[(n + 1) % 2]!;
		// the learner switches to the tab they use: a tab left behind has its timers slowed
		await tab.bringToFront();
		await tab
			.getByLabel('Choose a backup file')
			.setInputFiles(
				backupFile(`answer-${n}.json`, envelope({ ...emptyData(), attempts: [answer(n)] }))
			);
		await tab.getByRole('button', { name: 'Merge this backup into my progress' }).click();
		await expect(section(tab, 'Import a backup').getByRole('status')).toContainText(
			`answer-${n}.json was merged`
		);
		// the other tab shows it, told through the tabs' channel
		await expect(section(other, 'Export')).toContainText(
			`On this device: ${n + 1} ${n === 0 ? 'answer' : 'answers'},`
		);
	}
	const stored = (await storedData(tabs[0]!)).attempts.map((a) => a.id);
	expect(stored).toHaveLength(turns);
	expect(new Set(stored).size).toBe(turns);
});

// five answers a tab, alternating: every write lands on top of the other tab's last one, which is
// what the race is about; more turns only make the test slower on a busy machine
const answerTurns = 5;

test('two tabs answering quizzes in turns, five answers each, keep all ten answers', async ({
	context
}) => {
	const sets = ['section-key-concepts-2', 'mixed-all'];
	const tabs = [await context.newPage(), await context.newPage()];
	const items = [
		await quizItems(tabs[0]!, 'section-key-concepts-2'),
		await quizItems(tabs[1]!, 'all')
	];
	// each set's quiz stored in progress, of questions answered with one click (a choice), so the
	// test spends its time on the writes that race rather than on dragging and matching
	const oneClick = (set: Map<string, QuizItem>) =>
		[...set.values()]
			.filter((i) => i.question.type === 'single' || i.question.type === 'true-false')
			.slice(0, answerTurns);
	await seedRaw(
		tabs[0]!,
		envelope({
			...emptyData(),
			activeQuizzes: sets.map((set, i) => seededQuiz(set, oneClick(items[i]!)))
		})
	);
	for (const [i, tab] of tabs.entries()) {
		await tab.goto(`/quiz/${sets[i]}`);
		await waitForApp(tab);
		await expect(questionBox(tab)).toBeVisible();
	}
	for (let n = 0; n < 2 * answerTurns; n++) {
		const tab = tabs[n % 2]!;
		// the learner switches to the tab they answer in: Chromium slows the timers of a tab left
		// behind, and each answer then took seconds (a recorded trace had hidden it, 17 s → 45 s)
		await tab.bringToFront();
		const item = items[n % 2]!.get(await currentQuestionId(tab));
		if (!item) throw new Error('the question on screen is in its set');
		await answer(tab, item, { right: n % 3 !== 0, way: 'mouse' });
		await nextButton(tab).click();
	}
	// each tab sees the other's last write once the tabs' channel has told it
	for (const tab of tabs) {
		await expect
			.poll(async () => {
				const attempts = (await storedData(tab)).attempts;
				return sets.map((set) => attempts.filter((a) => a.setId === set).length);
			})
			.toEqual([answerTurns, answerTurns]);
	}
});
