// Issue 17: the home page's backup reminder, and the one-click download that answers it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { attempt, dataWith, review } from '$lib/model/test-data';
import { parseBackup } from '$lib/storage/backup';
import { dumpFor, memoryConnection, storedFor } from '$lib/browser/test-tabs';
import { MemoryStorage } from '$lib/storage/memory-storage';
import { storageKey, toEnvelopeJson } from '$lib/storage/store';
import { AppState } from './app-state.svelte';
import { BackupReminderState, downloadBackup } from './backup-download.svelte';

const { downloads } = vi.hoisted(() => ({
	downloads: [] as { name: string; text: string; type: string }[]
}));
vi.mock('$lib/browser/download', () => ({
	downloadText: (name: string, text: string, type: string) => downloads.push({ name, text, type })
}));

beforeEach(() => {
	downloads.length = 0;
});

const now = new Date('2026-03-27T10:00:00.000Z');
const progress = dataWith({
	attempts: [attempt('a1', { answeredAt: '2026-03-01T09:00:00.000Z' })],
	reviewLog: [review('r1', { reviewedAt: '2026-03-20T09:00:00.000Z' })]
});

async function appWith(stored: string) {
	const storage = new MemoryStorage();
	storage.setItem(storageKey, stored);
	const app = new AppState(() => now);
	await app.connect(memoryConnection(storage));
	return { app, storage };
}

describe('BackupReminderState', () => {
	it('reminds when the progress is over 14 days old and no backup was ever downloaded', async () => {
		const { app } = await appWith(toEnvelopeJson(progress, now));
		const state = new BackupReminderState(app, () => now);
		expect(state.reminder).toEqual({ since: '2026-03-01T09:00:00.000Z', answers: 1, reviews: 1 });
	});

	it('downloads a backup in one click, records when, and stops reminding', async () => {
		const { app, storage } = await appWith(toEnvelopeJson(progress, now));
		const state = new BackupReminderState(app, () => now);
		await state.download();
		expect(downloads).toHaveLength(1);
		expect(downloads[0]?.name).toBe('biology-of-an-llm-backup-2026-03-27.json');
		expect((await storedFor(storage)).settings.lastBackupAt).toBe(now.toISOString());
		// the file itself says when it was made, and imports back as what is stored
		expect(parseBackup(downloads[0]!.text)).toMatchObject({
			ok: true,
			data: { settings: { lastBackupAt: now.toISOString() } }
		});
		expect(state.reminder).toBeUndefined();
		expect(state.message).toBe(
			'Downloaded biology-of-an-llm-backup-2026-03-27.json: 1 answer and 1 review. Keep it somewhere other than this browser.'
		);
	});

	it('does not remind when the last backup is recent', async () => {
		const recent = {
			...progress,
			settings: { ...progress.settings, lastBackupAt: '2026-03-20T10:00:00.000Z' }
		};
		const { app } = await appWith(toEnvelopeJson(recent, now));
		expect(new BackupReminderState(app, () => now).reminder).toBeUndefined();
	});

	it('never writes over a state it must not: a newer app’s is downloaded, not recorded', async () => {
		// a newer app's state whose data still reads as ours, so the app shows it read-only
		const newer = JSON.stringify({ ...JSON.parse(toEnvelopeJson(progress, now)), version: 99 });
		const { app, storage } = await appWith(newer);
		const before = await dumpFor(storage);
		expect(new BackupReminderState(app, () => now).reminder).toBeUndefined();
		expect(await downloadBackup(app, now)).toBe('biology-of-an-llm-backup-2026-03-27.json');
		// the file holds the progress shown, without a backup time it could not record
		expect(downloads).toHaveLength(1);
		const file = parseBackup(downloads[0]!.text);
		expect(file).toMatchObject({
			ok: true,
			data: { attempts: progress.attempts, reviewLog: progress.reviewLog }
		});
		expect(file.ok && file.data.settings.lastBackupAt).toBeUndefined();
		// left in localStorage, where the newer app wrote it, and nothing written to the database
		expect(storage.getItem(storageKey)).toBe(newer);
		expect(await dumpFor(storage)).toEqual(before);
		expect(app.saveProblem).toBeUndefined();
	});
});
