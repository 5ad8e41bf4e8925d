import { beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { emptyData, type AppData } from '$lib/model/schema';
import { parseBackup, toBackupJson } from '$lib/storage/backup';
import { dumpFor, memoryConnection, storedFor } from '$lib/browser/test-tabs';
import { MemoryStorage } from '$lib/storage/memory-storage';
import { snapshotPolicy } from '$lib/storage/snapshots';
import { storageKey, toEnvelopeJson } from '$lib/storage/store';
import { attempt, dataWith, finished, review } from '$lib/model/test-data';
import { AppState } from '$lib/state/app-state.svelte';
import { formatDateTime } from '$lib/format/format';
import DataSections from './DataSections.svelte';
import WithAppState from './WithAppState.svelte';

// the files the page hands to the browser to download, instead of downloading them
const { downloads } = vi.hoisted(() => ({
	downloads: [] as { name: string; text: string; type: string }[]
}));
vi.mock('$lib/browser/download', () => ({
	downloadText: (name: string, text: string, type: string) => downloads.push({ name, text, type })
}));

// the app's ids (/data/known-ids.json) as the test data uses them; `offline` makes the fetch fail
const { knownIds } = vi.hoisted(() => ({
	knownIds: {
		offline: false,
		ids: {
			questions: { 'q-1': 'true-false', 'q-2': 'single', 'fc-1': 'fact-check' } as Record<
				string,
				'true-false' | 'single' | 'fact-check'
			>,
			cards: ['card-1'],
			sets: ['mixed-10', 'retry', 'topic-rhyme-planning', 'section-closing']
		}
	}
}));
vi.mock('$lib/browser/known-ids', () => ({
	fetchKnownIds: () =>
		knownIds.offline
			? Promise.reject(new Error('it could not be downloaded; check the connection'))
			: Promise.resolve(knownIds.ids)
}));

beforeEach(() => {
	downloads.length = 0;
	knownIds.offline = false;
});

const savedAt = new Date('2026-03-20T10:00:00Z');

/** the bank's names for quiz sets, as the page's load gives them */
const names = {
	topics: [{ id: 'rhyme-planning', title: 'Planning in poems' }],
	sections: [{ id: 'closing', title: 'Closing' }]
};

/** the learner's progress on this device: two answers and a finished quiz */
const onDevice = () =>
	dataWith({ attempts: [attempt('here-1'), attempt('here-2')], finishedQuizzes: [finished('f1')] });

async function renderPage(stored: string | undefined = toEnvelopeJson(onDevice(), savedAt)) {
	const storage = new MemoryStorage();
	if (stored !== undefined) storage.setItem(storageKey, stored);
	const app = new AppState(() => new Date('2026-03-27T10:00:00Z'));
	await app.connect(memoryConnection(storage));
	const screen = await render(
		DataSections,
		{ names },
		{ wrapper: WithAppState, wrapperProps: { app } }
	);
	return { ...screen, app, storage };
}

/** what the app stored in its database */
const storedData = (storage: Storage): Promise<AppData> => storedFor(storage);

const backupFile = (data: AppData, name = 'backup.json') =>
	new File([toBackupJson(data, savedAt)], name, { type: 'application/json' });

const chooseFile = (file: File) => page.getByLabelText('Choose a backup file').upload(file);

const importSection = () => page.getByRole('region', { name: 'Import a backup' });
const counts = (text: string) => page.getByText(`On this device: ${text}.`);

describe('exporting', () => {
	it('downloads a backup of everything on this device, and says what it holds', async () => {
		const { app } = await renderPage();
		await expect
			.element(counts('2 answers, 1 finished quiz, 0 flashcards studied, 0 reviews'))
			.toBeVisible();
		await page.getByRole('button', { name: 'Download a backup (JSON)' }).click();
		await expect
			.element(page.getByRole('region', { name: 'Export' }).getByRole('status'))
			.toHaveTextContent(
				/Downloaded biology-of-an-llm-backup-[\d-]+\.json: 2 answers, 1 finished quiz and 0 reviews\./
			);
		expect(downloads).toHaveLength(1);
		expect(parseBackup(downloads[0]!.text)).toMatchObject({ ok: true, data: app.data });
	});
});

describe('importing a file that is not a backup', () => {
	it('says why, shows no preview, and changes nothing', async () => {
		const { storage, app } = await renderPage();
		await app.settled;
		const before = await dumpFor(storage);
		// the one snapshot is the move of the seeded localStorage state into the database
		const snapshots = app.snapshots;
		expect(snapshots.map((s) => s.reason)).toEqual(['migration']);
		await chooseFile(
			new File(['{"version":1,"data":'], 'notes.json', { type: 'application/json' })
		);
		await expect
			.element(importSection().getByRole('status'))
			.toHaveTextContent(
				'Problem: This file cannot be imported: it is not valid JSON. Nothing was imported or changed.'
			);
		await expect
			.element(page.getByRole('heading', { name: /What importing/ }))
			.not.toBeInTheDocument();
		await expect
			.element(counts('2 answers, 1 finished quiz, 0 flashcards studied, 0 reviews'))
			.toBeVisible();
		expect(await dumpFor(storage)).toEqual(before);
		await app.settled;
		expect(app.snapshots).toEqual(snapshots);
	});

	it('refuses a backup from a newer version of the app, saying so', async () => {
		const { storage } = await renderPage();
		const before = await dumpFor(storage);
		const newer = JSON.stringify({ version: 99, savedAt: savedAt.toISOString(), data: {} });
		await chooseFile(new File([newer], 'future.json', { type: 'application/json' }));
		await expect
			.element(importSection().getByRole('status'))
			.toHaveTextContent(/made by a newer version of the app \(format 99\).*Nothing was imported/);
		expect(await dumpFor(storage)).toEqual(before);
	});
});

describe('the import preview', () => {
	it('names the quiz sets the file has scores for by their titles, never their ids', async () => {
		await renderPage();
		const scored = dataWith({
			finishedQuizzes: [
				finished('f1', { setId: 'topic-rhyme-planning' }),
				finished('f2', { setId: 'section-closing' }),
				finished('f3', { setId: 'mixed-10' }),
				finished('f4', { setId: 'topic-rhyme-planning' })
			]
		});
		await chooseFile(backupFile(scored));
		await expect
			.element(
				page.getByText('Scores for: Planning in poems, Quiz me on Closing, 10 random questions.')
			)
			.toBeVisible();
	});
});

describe('issue 17: a file the loader would refuse, or that refers to what the app lacks', () => {
	/** a backup with one review whose `field` is written as `token` (as a file may hold 1e999, which reads as Infinity) */
	const hostileReview = (field: 'stability' | 'difficulty', token: string) =>
		toBackupJson(
			dataWith({ reviewLog: [review('r1', { [field]: 987_654.321 })] }),
			savedAt
		).replace('987654.321', token);
	const cases: { name: string; text: () => string; field: string }[] = [
		{
			name: 'a stability of 1e308 in the review log (format 2)',
			text: () => hostileReview('stability', '1e308'),
			field: 'reviewLog[0].stability: must be at most 36,500 (it is 1e+308)'
		},
		{
			name: 'a difficulty of -Infinity',
			text: () => hostileReview('difficulty', '-1e999'),
			field: 'reviewLog[0].difficulty: must be a finite number (it is -Infinity)'
		},
		{
			name: 'a negative number of new cards a day',
			text: () =>
				toBackupJson(onDevice(), savedAt).replace('"newCardsPerDay":20', '"newCardsPerDay":-1'),
			field: 'settings.newCardsPerDay: must be at least 0 (it is -1)'
		},
		{
			name: 'a typed response to a fact-check question',
			text: () =>
				toBackupJson(
					dataWith({
						attempts: [
							attempt('a1', { questionId: 'fc-1', response: { type: 'typed', text: 'x' } })
						]
					}),
					savedAt
				),
			field:
				'attempts[0].response.type: a typed response cannot answer the fact-check question “fc-1”'
		},
		{
			name: 'a quiz in progress of a set the app does not have',
			text: () =>
				toBackupJson(
					dataWith({
						activeQuizzes: [
							{
								id: 's-9',
								setId: 'unknown-set',
								startedAt: '2026-03-20T09:00:00.000Z',
								questionIds: ['q-1'],
								layouts: [],
								position: 0,
								attempts: []
							}
						]
					}),
					savedAt
				),
			field: 'activeQuizzes[0].setId: no quiz set “unknown-set” in this app'
		},
		{
			name: 'an envelope of another app',
			text: () => toBackupJson(onDevice(), savedAt).replace('biology-of-an-llm-study', 'flashy'),
			field: 'it was saved by another app (“flashy”), not by this one'
		}
	];

	for (const { name, text, field } of cases)
		it(`refuses ${name}, naming the field, and leaves what is stored byte for byte`, async () => {
			const { storage } = await renderPage();
			const before = await dumpFor(storage);
			await chooseFile(new File([text()], 'hostile.json', { type: 'application/json' }));
			await expect
				.element(importSection().getByRole('status'))
				.toHaveTextContent(
					`Problem: This file cannot be imported: ${field}. Nothing was imported or changed.`
				);
			await expect
				.element(page.getByRole('button', { name: 'Replace my progress with this backup' }))
				.not.toBeInTheDocument();
			expect(await dumpFor(storage)).toEqual(before);
		});

	it('imports nothing when the app’s ids cannot be loaded to check the file, and says so', async () => {
		knownIds.offline = true;
		const { storage } = await renderPage();
		const before = await dumpFor(storage);
		await chooseFile(backupFile(onDevice()));
		await expect
			.element(importSection().getByRole('status'))
			.toHaveTextContent(
				/could not be loaded \(it could not be downloaded; check the connection\)\. Nothing was imported or changed\./
			);
		expect(await dumpFor(storage)).toEqual(before);
		// the next try fetches again
		knownIds.offline = false;
		await chooseFile(backupFile(onDevice()));
		await expect
			.element(page.getByRole('heading', { name: 'What importing backup.json would change' }))
			.toBeVisible();
	});

	it('restores a snapshot only through the same gate: one whose answer no longer fits is refused', async () => {
		// the stored state itself loads: the loader does not judge references
		const mismatched = dataWith({
			attempts: [attempt('a1', { questionId: 'fc-1', response: { type: 'typed', text: 'x' } })]
		});
		const { storage, app } = await renderPage(toEnvelopeJson(mismatched, savedAt));
		await page.getByRole('button', { name: 'Reset all progress…' }).click();
		await page.getByRole('button', { name: 'Yes, reset all my progress' }).click();
		const reset = page.getByRole('region', { name: 'Reset all progress' });
		await reset.getByRole('button', { name: 'Undo the reset' }).click();
		await expect
			.element(reset.getByRole('status'))
			.toHaveTextContent(
				'Nothing was changed: that snapshot cannot be restored (attempts[0].response.type: a typed response cannot answer the fact-check question “fc-1”).'
			);
		expect((await storedData(storage)).attempts).toEqual([]);
		expect(app.data.attempts).toEqual([]);
	});
});

describe('importing a backup', () => {
	const backup = () =>
		dataWith({ attempts: [attempt('here-1'), attempt('there-1')], finishedQuizzes: [] });

	it('shows what replacing and merging would change before anything is changed', async () => {
		const { storage } = await renderPage();
		const before = await dumpFor(storage);
		await chooseFile(backupFile(backup()));
		const heading = page.getByRole('heading', { name: 'What importing backup.json would change' });
		await expect.element(heading).toHaveFocus();
		const answers = page.getByRole('row', { name: /^answers/ });
		// now 2; replacing: 2 (one added, one removed); merging: 3 (one added)
		await expect.element(answers).toHaveTextContent('answers22 (1 added, 1 removed)3 (1 added)');
		// in the learner's local time, as every time the app shows
		await expect
			.element(page.getByText(`Saved on ${formatDateTime(savedAt.toISOString())}.`))
			.toBeVisible();
		expect(await dumpFor(storage)).toEqual(before);
		await expect
			.element(counts('2 answers, 1 finished quiz, 0 flashcards studied, 0 reviews'))
			.toBeVisible();
	});

	it('replaces the progress with the backup’s on confirmation, and can undo it', async () => {
		const { storage } = await renderPage();
		await chooseFile(backupFile(backup()));
		await page.getByRole('button', { name: 'Replace my progress with this backup' }).click();
		await expect
			.element(importSection().getByRole('status'))
			.toHaveTextContent('Your progress was replaced with backup.json.');
		await expect
			.element(counts('2 answers, 0 finished quizzes, 0 flashcards studied, 0 reviews'))
			.toBeVisible();
		expect((await storedData(storage)).attempts.map((a) => a.id)).toEqual(['here-1', 'there-1']);
		await expect
			.element(page.getByRole('heading', { name: /What importing/ }))
			.not.toBeInTheDocument();

		await page.getByRole('button', { name: 'Undo this import' }).click();
		await expect
			.element(importSection().getByRole('status'))
			.toHaveTextContent('Your progress is back as it was in that snapshot.');
		await expect
			.element(counts('2 answers, 1 finished quiz, 0 flashcards studied, 0 reviews'))
			.toBeVisible();
		expect(await storedData(storage)).toEqual(onDevice());
	});

	it('asks the browser again how much it stores, once an import is in', async () => {
		const estimate = vi.spyOn(navigator.storage, 'estimate');
		await renderPage();
		await expect.poll(() => estimate.mock.calls.length).toBe(1);
		await chooseFile(backupFile(backup()));
		await page.getByRole('button', { name: 'Merge this backup into my progress' }).click();
		await expect
			.element(importSection().getByRole('status'))
			.toHaveTextContent('backup.json was merged into your progress.');
		await expect.poll(() => estimate.mock.calls.length).toBe(2);
		estimate.mockRestore();
	});

	it('merges the backup into the progress, keeping both sides', async () => {
		const { storage } = await renderPage();
		await chooseFile(backupFile(backup()));
		await page.getByRole('button', { name: 'Merge this backup into my progress' }).click();
		await expect
			.element(importSection().getByRole('status'))
			.toHaveTextContent('backup.json was merged into your progress.');
		await expect
			.element(counts('3 answers, 1 finished quiz, 0 flashcards studied, 0 reviews'))
			.toBeVisible();
		expect((await storedData(storage)).attempts.map((a) => a.id).sort()).toEqual([
			'here-1',
			'here-2',
			'there-1'
		]);
	});

	it('changes nothing when cancelled, and says so', async () => {
		const { storage } = await renderPage();
		const before = await dumpFor(storage);
		await chooseFile(backupFile(backup()));
		await page.getByRole('button', { name: 'Cancel' }).click();
		await expect
			.element(importSection().getByRole('status'))
			.toHaveTextContent('Import cancelled. Nothing was changed.');
		await expect
			.element(page.getByRole('heading', { name: /What importing/ }))
			.not.toBeInTheDocument();
		expect(await dumpFor(storage)).toEqual(before);
	});
});

describe('resetting', () => {
	it('asks first, and cancelling resets nothing', async () => {
		const { storage } = await renderPage();
		const before = await dumpFor(storage);
		await page.getByRole('button', { name: 'Reset all progress…' }).click();
		await expect
			.element(page.getByRole('group', { name: /^Delete every answer, score, flashcard state/ }))
			.toBeVisible();
		// focus lands on the question asked, so a screen reader reads it first
		await expect
			.element(page.getByText(/A snapshot is taken first, so you can undo it/))
			.toHaveFocus();
		await page
			.getByRole('region', { name: 'Reset all progress' })
			.getByRole('button', { name: 'Cancel' })
			.click();
		await expect
			.element(page.getByRole('region', { name: 'Reset all progress' }).getByRole('status'))
			.toHaveTextContent('Nothing was reset.');
		expect(await dumpFor(storage)).toEqual(before);
	});

	it('clears the progress but keeps the settings once confirmed, and can undo it', async () => {
		const stored = { ...onDevice(), settings: { ...emptyData().settings, numberKeys: false } };
		const { storage } = await renderPage(toEnvelopeJson(stored, savedAt));
		const reset = page.getByRole('region', { name: 'Reset all progress' });
		await page.getByRole('button', { name: 'Reset all progress…' }).click();
		await page.getByRole('button', { name: 'Yes, reset all my progress' }).click();
		await expect
			.element(reset.getByRole('status'))
			.toHaveTextContent('All progress was reset. Your settings are kept.');
		await expect
			.element(counts('0 answers, 0 finished quizzes, 0 flashcards studied, 0 reviews'))
			.toBeVisible();
		expect((await storedData(storage)).settings.numberKeys).toBe(false);
		await reset.getByRole('button', { name: 'Undo the reset' }).click();
		await expect
			.element(counts('2 answers, 1 finished quiz, 0 flashcards studied, 0 reviews'))
			.toBeVisible();
	});
});

describe('the snapshot list', () => {
	// issue 17: the page said "under 2 million characters" while the budget was 2,500,000
	it('states the snapshot budget the code keeps, from the one constant', async () => {
		await renderPage();
		await expect
			.element(page.getByRole('region', { name: 'Snapshots on this device' }))
			.toHaveTextContent(
				`at most ${snapshotPolicy.rolling} automatic and ${snapshotPolicy.events} others, in at most ${snapshotPolicy.budgetChars.toLocaleString('en')} characters together`
			);
		expect(snapshotPolicy.budgetChars).toBe(2_500_000);
	});
});

describe('progress saved by a newer version of the app', () => {
	it('offers no import and no reset, and says why', async () => {
		await renderPage(JSON.stringify({ version: 99, savedAt: savedAt.toISOString(), data: {} }));
		const why =
			'The progress on this device was saved by a newer version of the app, so it is never replaced here.';
		await expect.element(importSection()).toHaveTextContent(why);
		await expect.element(page.getByLabelText('Choose a backup file')).not.toBeInTheDocument();
		await expect
			.element(page.getByRole('region', { name: 'Reset all progress' }))
			.toHaveTextContent(why);
		await expect
			.element(page.getByRole('button', { name: 'Reset all progress…' }))
			.not.toBeInTheDocument();
	});
});
