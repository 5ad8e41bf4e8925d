import { beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { emptyData, type AppData } from '$lib/model/schema';
import { parseBackup, toBackupJson } from '$lib/storage/backup';
import { MemoryStorage } from '$lib/storage/memory-storage';
import { readState, storageKey, toEnvelopeJson } from '$lib/storage/store';
import { attempt, dataWith, finished } from '$lib/model/test-data';
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

beforeEach(() => {
	downloads.length = 0;
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
	await app.connect(storage);
	const screen = await render(
		DataSections,
		{ names },
		{ wrapper: WithAppState, wrapperProps: { app } }
	);
	return { ...screen, app, storage };
}

const storedData = (storage: Storage): AppData => {
	const state = readState(storage);
	if (state.status !== 'ok') throw new Error(`storage is ${state.status}`);
	return state.data;
};

const backupFile = (data: AppData, name = 'backup.json') =>
	new File([toBackupJson(data, savedAt)], name, { type: 'application/json' });

const chooseFile = (file: File) => page.getByLabelText('Choose a backup file').upload(file);

const importSection = () => page.getByRole('region', { name: 'Import a backup' });
const counts = (text: string) => page.getByText(`On this device: ${text}.`);

describe('exporting', () => {
	it('downloads a backup of everything on this device, and says what it holds', async () => {
		const { app } = await renderPage();
		await expect
			.element(counts('2 answers, 1 finished quizzes, 0 flashcards studied, 0 reviews'))
			.toBeVisible();
		await page.getByRole('button', { name: 'Download a backup (JSON)' }).click();
		await expect
			.element(page.getByRole('region', { name: 'Export' }).getByRole('status'))
			.toHaveTextContent(
				/Downloaded biology-of-an-llm-backup-[\d-]+\.json: 2 answers, 1 finished quizzes and 0 reviews\./
			);
		expect(downloads).toHaveLength(1);
		expect(parseBackup(downloads[0]!.text)).toMatchObject({ ok: true, data: app.data });
	});
});

describe('importing a file that is not a backup', () => {
	it('says why, shows no preview, and changes nothing', async () => {
		const { storage, app } = await renderPage();
		const before = storage.getItem(storageKey);
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
			.element(counts('2 answers, 1 finished quizzes, 0 flashcards studied, 0 reviews'))
			.toBeVisible();
		expect(storage.getItem(storageKey)).toBe(before);
		await app.settled;
		expect(app.snapshots).toEqual([]);
	});

	it('refuses a backup from a newer version of the app, saying so', async () => {
		const { storage } = await renderPage();
		const before = storage.getItem(storageKey);
		const newer = JSON.stringify({ version: 99, savedAt: savedAt.toISOString(), data: {} });
		await chooseFile(new File([newer], 'future.json', { type: 'application/json' }));
		await expect
			.element(importSection().getByRole('status'))
			.toHaveTextContent(/made by a newer version of the app \(format 99\).*Nothing was imported/);
		expect(storage.getItem(storageKey)).toBe(before);
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
				page.getByText('Scores for: Planning in poems, Episode: Closing, Mixed: 10 questions.')
			)
			.toBeVisible();
	});
});

describe('importing a backup', () => {
	const backup = () =>
		dataWith({ attempts: [attempt('here-1'), attempt('there-1')], finishedQuizzes: [] });

	it('shows what replacing and merging would change before anything is changed', async () => {
		const { storage } = await renderPage();
		const before = storage.getItem(storageKey);
		await chooseFile(backupFile(backup()));
		const heading = page.getByRole('heading', { name: 'What importing backup.json would change' });
		await expect.element(heading).toHaveFocus();
		const answers = page.getByRole('row', { name: /^answers/ });
		// now 2; replacing: 2 (one added, one removed); merging: 3 (one added)
		await expect.element(answers).toHaveTextContent('answers22 (+1, −1)3 (+1)');
		// in the learner's local time, as every time the app shows
		await expect
			.element(page.getByText(`Saved on ${formatDateTime(savedAt.toISOString())}.`))
			.toBeVisible();
		expect(storage.getItem(storageKey)).toBe(before);
		await expect
			.element(counts('2 answers, 1 finished quizzes, 0 flashcards studied, 0 reviews'))
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
		expect(storedData(storage).attempts.map((a) => a.id)).toEqual(['here-1', 'there-1']);
		await expect
			.element(page.getByRole('heading', { name: /What importing/ }))
			.not.toBeInTheDocument();

		await page.getByRole('button', { name: 'Undo this import' }).click();
		await expect
			.element(importSection().getByRole('status'))
			.toHaveTextContent('Your progress is back as it was in that snapshot.');
		await expect
			.element(counts('2 answers, 1 finished quizzes, 0 flashcards studied, 0 reviews'))
			.toBeVisible();
		expect(storedData(storage)).toEqual(onDevice());
	});

	it('merges the backup into the progress, keeping both sides', async () => {
		const { storage } = await renderPage();
		await chooseFile(backupFile(backup()));
		await page.getByRole('button', { name: 'Merge this backup into my progress' }).click();
		await expect
			.element(importSection().getByRole('status'))
			.toHaveTextContent('backup.json was merged into your progress.');
		await expect
			.element(counts('3 answers, 1 finished quizzes, 0 flashcards studied, 0 reviews'))
			.toBeVisible();
		expect(
			storedData(storage)
				.attempts.map((a) => a.id)
				.sort()
		).toEqual(['here-1', 'here-2', 'there-1']);
	});

	it('changes nothing when cancelled, and says so', async () => {
		const { storage } = await renderPage();
		const before = storage.getItem(storageKey);
		await chooseFile(backupFile(backup()));
		await page.getByRole('button', { name: 'Cancel' }).click();
		await expect
			.element(importSection().getByRole('status'))
			.toHaveTextContent('Import cancelled. Nothing was changed.');
		await expect
			.element(page.getByRole('heading', { name: /What importing/ }))
			.not.toBeInTheDocument();
		expect(storage.getItem(storageKey)).toBe(before);
	});
});

describe('resetting', () => {
	it('asks first, and cancelling resets nothing', async () => {
		const { storage } = await renderPage();
		const before = storage.getItem(storageKey);
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
		expect(storage.getItem(storageKey)).toBe(before);
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
		expect(storedData(storage).settings.numberKeys).toBe(false);
		await reset.getByRole('button', { name: 'Undo the reset' }).click();
		await expect
			.element(counts('2 answers, 1 finished quizzes, 0 flashcards studied, 0 reviews'))
			.toBeVisible();
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
