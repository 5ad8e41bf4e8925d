// Issue 17: the store's rules, on the memory database (which passes the same contract tests as
// IndexedDB): commits, two tabs at the same instant, the move from localStorage for every earlier
// format, an unreadable or newer state, a full quota freed again, and the persistence request.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { currentVersion, emptyData, type AppData, type QuizLength } from '$lib/model/schema';
import { active, attempt, card, dataWith, finished, review } from '$lib/model/test-data';
import { parseBackup, toBackupJson } from '$lib/storage/backup';
import { readStored } from '$lib/storage/database';
import {
	corruptPrefix,
	progressMarkerKey,
	quizLengthMarkerKey,
	quizzesBegunMarkerKey,
	snapshotPrefix,
	storageKey
} from '$lib/storage/keys';
import { MemoryDatabase } from '$lib/storage/memory-database';
import { MemoryStorage } from '$lib/storage/memory-storage';
import { packData } from '$lib/storage/packed';
import { toEnvelopeJson } from '$lib/storage/store';
import { Store } from './store';
import { tabHub, testView } from './test-tabs';

const now = () => new Date('2026-03-27T10:00:00.000Z');
let tabs = 0;

interface TabOptions {
	legacy?: Storage;
	marker?: Storage;
	hub?: ReturnType<typeof tabHub>;
	persist?: () => Promise<boolean>;
	retryMs?: number;
	clock?: () => Date;
}

async function openTab(db: MemoryDatabase, options: TabOptions = {}) {
	const view = testView();
	const store = new Store(view, {
		now: options.clock ?? now,
		tabId: `tab-${tabs++}`,
		...(options.legacy ? { legacy: options.legacy } : {}),
		...(options.marker ? { marker: options.marker } : {}),
		...(options.hub ? { channel: options.hub.channel() } : {}),
		...(options.persist ? { persist: options.persist } : {}),
		...(options.retryMs === undefined ? {} : { retryMs: options.retryMs })
	});
	await store.open({ status: 'ok', db });
	await store.idle;
	return { view, store };
}

/** what the database holds, read with the app's rules */
async function stored(db: MemoryDatabase): Promise<AppData> {
	const read = readStored(await db.readAll());
	if (read.status === 'corrupt') throw new Error(read.reason);
	return read.status === 'ok' ? read.data : emptyData();
}

/** lets messages between tabs arrive, and every tab finish what they asked of it */
async function settle(...stores: Store[]) {
	for (let i = 0; i < 3; i++) {
		await new Promise((resolve) => setTimeout(resolve, 5));
		await Promise.all(stores.map((s) => s.idle));
	}
}

const addAttempt = (id: string) => (data: AppData) => ({
	...data,
	attempts: [...data.attempts, attempt(id)]
});

/** a grade as applyGrade stores it: the card's state, a log entry and an undo step */
const grade = (cardId: string, logId: string) => (data: AppData) => {
	const previous = data.cards.find((c) => c.cardId === cardId);
	const next = card(cardId, { reps: (previous?.reps ?? 0) + 1 });
	return {
		...data,
		cards: previous ? data.cards.map((c) => (c === previous ? next : c)) : [...data.cards, next],
		reviewLog: [...data.reviewLog, review(logId, { cardId })],
		undoStack: [...data.undoStack, { cardId, previous: previous ?? null, logId }].slice(-50)
	};
};

describe('a commit', () => {
	it('is on disk when update resolves, and shows only then', async () => {
		const db = new MemoryDatabase();
		const { view, store } = await openTab(db);
		const pending = store.update(addAttempt('a1'));
		expect(view.data.attempts).toEqual([]);
		expect(await pending).toEqual({ ok: true });
		expect(view.data.attempts).toEqual([attempt('a1')]);
		expect((await stored(db)).attempts).toEqual([attempt('a1')]);
	});

	it('writes one answer as one small write, however much is stored', async () => {
		const db = new MemoryDatabase();
		const { store } = await openTab(db);
		await store.update((data) => ({
			...data,
			attempts: Array.from({ length: 300 }, (_, i) => attempt(`old-${i}`))
		}));
		const commit = vi.spyOn(db, 'commit');
		await store.update(addAttempt('new'));
		expect(commit).toHaveBeenCalledTimes(1);
		expect(commit.mock.calls[0]![0]).toEqual([
			{ kind: 'add', store: 'attempts', id: 'new', value: attempt('new'), known: 0 }
		]);
	});

	it('asked for in a burst while another is being written, is written with the rest of the burst in one commit, in order', async () => {
		const db = new MemoryDatabase();
		const { view, store } = await openTab(db);
		const commit = vi.spyOn(db, 'commit');
		const first = store.update(addAttempt('a1'));
		// the first commit under way: what is asked for meanwhile waits for it, together
		await Promise.resolve();
		expect(commit).toHaveBeenCalledTimes(1);
		const rest = ['a2', 'a3', 'a4'].map((id) => store.update(addAttempt(id)));
		expect(await Promise.all([first, ...rest])).toEqual(Array(4).fill({ ok: true }));
		expect(commit).toHaveBeenCalledTimes(2);
		expect(commit.mock.calls[1]![0].map((op) => op.kind === 'add' && op.id)).toEqual([
			'a2',
			'a3',
			'a4'
		]);
		expect((await stored(db)).attempts.map((a) => a.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
		expect(view.data.attempts.map((a) => a.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
	});

	it('that throws is refused alone: the others asked for with it are committed', async () => {
		const db = new MemoryDatabase();
		const { view, store } = await openTab(db);
		const first = store.update(addAttempt('a1'));
		await Promise.resolve();
		const good = store.update(addAttempt('a2'));
		const faulty = store.update(() => {
			throw new Error('a faulty change');
		});
		const alsoGood = store.update(addAttempt('a3'));
		await expect(faulty).rejects.toThrow('a faulty change');
		expect(await Promise.all([first, good, alsoGood])).toEqual(Array(3).fill({ ok: true }));
		expect((await stored(db)).attempts.map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
		expect(view.data.attempts.map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
		// nothing of it is left to be replayed
		expect(await store.update(addAttempt('a4'))).toEqual({ ok: true });
	});

	it('that no longer applies once another tab’s commit is read (it throws on it) is refused and dropped, the other tab’s kept', async () => {
		const db = new MemoryDatabase();
		const first = await openTab(db);
		const second = await openTab(db);
		// the first tab is told nothing (no channel): its commit meets the other tab's change
		await second.store.update((data) => ({
			...data,
			settings: { ...data.settings, quizLength: 20 }
		}));
		const result = await first.store.update((data) => {
			if (data.settings.quizLength === 20) throw new Error('no longer applies');
			return { ...data, settings: { ...data.settings, newCardsPerDay: 35 } };
		});
		expect(result).toMatchObject({ ok: false });
		expect(first.view.data.settings).toMatchObject({ quizLength: 20, newCardsPerDay: 20 });
		// nothing is left to write over the other tab's change
		expect(await first.store.update(addAttempt('a1'))).toEqual({ ok: true });
		expect((await stored(db)).settings).toMatchObject({ quizLength: 20, newCardsPerDay: 20 });
		expect((await stored(db)).attempts.map((a) => a.id)).toEqual(['a1']);
	});

	it('asked for after other work is queued is not gathered before it', async () => {
		const db = new MemoryDatabase();
		const { store } = await openTab(db);
		const before = store.update(addAttempt('before'));
		const reset = store.replace('reset', () => emptyData());
		const after = store.update(addAttempt('after'));
		await Promise.all([before, reset, after]);
		expect((await stored(db)).attempts.map((a) => a.id)).toEqual(['after']);
	});

	it('is read back by the next tab that opens, exactly', async () => {
		const db = new MemoryDatabase();
		const { store } = await openTab(db);
		await store.update(grade('c1', 'r1'));
		await store.update(grade('c1', 'r2'));
		await store.update((data) => ({
			...data,
			settings: { ...data.settings, askConfidence: true },
			finishedQuizzes: [finished('f1')]
		}));
		const expected = await stored(db);
		const { view } = await openTab(db);
		expect(view.data).toEqual(expected);
		expect(view.data.reviewLog.map((r) => r.id)).toEqual(['r1', 'r2']);
		expect(view.data.settings.askConfidence).toBe(true);
	});
});

describe('two tabs', () => {
	it('see each other’s commits', async () => {
		const db = new MemoryDatabase();
		const hub = tabHub();
		const first = await openTab(db, { hub });
		const second = await openTab(db, { hub });
		await first.store.update(addAttempt('a1'));
		await second.store.update(grade('c1', 'r1'));
		await settle(first.store, second.store);
		expect(first.view.data).toEqual(second.view.data);
		expect(first.view.data.attempts.map((a) => a.id)).toEqual(['a1']);
		expect(first.view.data.reviewLog.map((r) => r.id)).toEqual(['r1']);
	});

	it('making 50 answers each at the same instant lose none', async () => {
		const db = new MemoryDatabase();
		const hub = tabHub();
		const first = await openTab(db, { hub });
		const second = await openTab(db, { hub });
		const results = await Promise.all(
			Array.from({ length: 50 }, (_, i) => [
				first.store.update(addAttempt(`first-${i}`)),
				second.store.update(addAttempt(`second-${i}`))
			]).flat()
		);
		expect(results.every((r) => r.ok)).toBe(true);
		await settle(first.store, second.store);
		expect((await stored(db)).attempts).toHaveLength(100);
		expect(new Set(first.view.data.attempts.map((a) => a.id)).size).toBe(100);
		expect(new Set(second.view.data.attempts.map((a) => a.id)).size).toBe(100);
	});

	it('making 50 answers and 50 grades at the same instant lose none', async () => {
		const db = new MemoryDatabase();
		const hub = tabHub();
		const first = await openTab(db, { hub });
		const second = await openTab(db, { hub });
		await Promise.all(
			Array.from({ length: 50 }, (_, i) => [
				first.store.update(addAttempt(`a-${i}`)),
				second.store.update(grade(`card-${i % 7}`, `r-${i}`))
			]).flat()
		);
		await settle(first.store, second.store);
		const data = await stored(db);
		expect(data.attempts).toHaveLength(50);
		expect(data.reviewLog).toHaveLength(50);
		expect(data.cards).toHaveLength(7);
		expect(first.view.data).toEqual(second.view.data);
	});

	it('grading the same cards at the same instant keep every review, one state per card, every undo step', async () => {
		const db = new MemoryDatabase();
		const hub = tabHub();
		const first = await openTab(db, { hub });
		const second = await openTab(db, { hub });
		await Promise.all(
			Array.from({ length: 20 }, (_, i) => [
				first.store.update(grade(`card-${i % 3}`, `first-${i}`)),
				second.store.update(grade(`card-${i % 3}`, `second-${i}`))
			]).flat()
		);
		await settle(first.store, second.store);
		const data = await stored(db);
		expect(data.reviewLog).toHaveLength(40);
		expect(data.cards.map((c) => c.cardId).sort()).toEqual(['card-0', 'card-1', 'card-2']);
		// each grade built on the one before it, whichever tab gave it
		expect(data.cards.reduce((sum, c) => sum + c.reps, 0)).toBe(40);
		expect(data.undoStack).toHaveLength(40);
	});
});

describe('the move from localStorage', () => {
	const fixtures = join(import.meta.dirname, '..', 'storage', 'fixtures', 'migrations');
	const cases = readdirSync(fixtures).sort();

	it.each(cases)(
		'%s: moved into the database behind a snapshot, or left untouched when unreadable',
		async (name) => {
			const input = readFileSync(join(fixtures, name, 'input.json'), 'utf8');
			const expected = JSON.parse(readFileSync(join(fixtures, name, 'expected.json'), 'utf8'));
			const legacy = new MemoryStorage();
			legacy.setItem(storageKey, input);
			const db = new MemoryDatabase();
			const { view, store } = await openTab(db, { legacy });
			if (expected.status === 'corrupt') {
				expect(view.loadProblem).toMatchObject({ kind: 'corrupt', reason: expected.reason });
				expect(store.readOnly).toBe(true);
				expect(legacy.getItem(storageKey)).toBe(input);
				expect(view.corruptCopies).toHaveLength(1);
				expect(await store.storedText(view.corruptCopies[0]!.key)).toBe(input);
				expect((await db.readAll()).settings).toBeUndefined();
				// one text from before the database: not kept record by record, which would keep nothing
				expect(view.loadProblem).not.toHaveProperty('byRecord');
				expect(await store.keepReadable()).toMatchObject({ ok: false });
				expect(legacy.getItem(storageKey)).toBe(input);
				return;
			}
			expect(view.loadProblem).toBeUndefined();
			expect(view.data).toEqual(expected.data);
			expect(await stored(db)).toEqual(expected.data);
			expect(legacy.getItem(storageKey)).toBeNull();
			expect(view.snapshots.map((s) => s.reason)).toEqual(['migration']);
			expect(await store.storedText(view.snapshots[0]!.key)).toBe(input);
			// export → import: the backup of what was moved imports back as exactly what is stored
			const backup = parseBackup(toBackupJson(view.data, now()));
			if (!backup.ok) throw new Error(backup.message);
			expect(backup.data).toEqual(expected.data);
			expect(await store.replace('import', () => backup.data)).toMatchObject({
				ok: true,
				save: { ok: true }
			});
			expect(await stored(db)).toEqual(expected.data);
			expect((await openTab(db)).view.data).toEqual(expected.data);
		}
	);

	it('has a fixture of every earlier format', () => {
		for (let version = 0; version <= currentVersion; version++)
			expect(cases.some((name) => name.startsWith(`v${version}-`))).toBe(true);
	});

	it('merges with a state already in the database: an old tab wrote after the move', async () => {
		const db = new MemoryDatabase();
		await (await openTab(db)).store.update(addAttempt('in-database'));
		const legacy = new MemoryStorage();
		legacy.setItem(
			storageKey,
			toEnvelopeJson(dataWith({ attempts: [attempt('from-old-tab')] }), now())
		);
		const { view } = await openTab(db, { legacy });
		expect(view.data.attempts.map((a) => a.id).sort()).toEqual(['from-old-tab', 'in-database']);
		expect(legacy.getItem(storageKey)).toBeNull();
	});

	it('keeps the localStorage copy when the database does not give back what was written', async () => {
		const db = new MemoryDatabase();
		const readAll = db.readAll.bind(db);
		let reads = 0;
		// the read that verifies the move comes back without the answers
		vi.spyOn(db, 'readAll').mockImplementation(async () => {
			const state = await readAll();
			return ++reads === 1 ? { ...state, lists: { ...state.lists, attempts: [] } } : state;
		});
		const legacy = new MemoryStorage();
		const raw = toEnvelopeJson(dataWith({ attempts: [attempt('a1')] }), now());
		legacy.setItem(storageKey, raw);
		await openTab(db, { legacy });
		expect(legacy.getItem(storageKey)).toBe(raw);
	});

	it('moves snapshots and kept copies too, each removed once the database holds it', async () => {
		const legacy = new MemoryStorage();
		const snapshotKey = `${snapshotPrefix}2026-03-01T00:00:00.000Z:import`;
		const keptKey = `${corruptPrefix}2026-03-02T00:00:00.000Z`;
		const snapshotText = toEnvelopeJson(dataWith({ attempts: [attempt('s1')] }), now());
		legacy.setItem(snapshotKey, snapshotText);
		legacy.setItem(keptKey, 'garbage');
		legacy.setItem('somebody-else', 'left alone');
		const db = new MemoryDatabase();
		const { view, store } = await openTab(db, { legacy });
		expect(view.snapshots).toMatchObject([{ key: snapshotKey, summary: { answers: 1 } }]);
		expect(view.corruptCopies).toMatchObject([{ key: keptKey }]);
		expect(await store.storedText(snapshotKey)).toBe(snapshotText);
		expect(await store.storedText(keptKey)).toBe('garbage');
		expect(legacy.length).toBe(1);
	});

	it('leaves a newer version’s state where it is, shows it read-only and never writes', async () => {
		const data = dataWith({ attempts: [attempt('a1')] });
		const raw = JSON.stringify({
			version: currentVersion + 1,
			savedAt: now().toISOString(),
			data: packData(data)
		});
		const legacy = new MemoryStorage();
		legacy.setItem(storageKey, raw);
		const db = new MemoryDatabase();
		const { view, store } = await openTab(db, { legacy });
		expect(view.loadProblem).toMatchObject({ kind: 'newer', version: currentVersion + 1, raw });
		expect(view.data).toEqual(data);
		expect(await store.update(addAttempt('a2'))).toMatchObject({ ok: false });
		expect(await store.replace('reset', () => emptyData())).toMatchObject({ ok: false });
		expect(await store.startFresh(false)).toMatchObject({ ok: false });
		expect(legacy.getItem(storageKey)).toBe(raw);
		expect(readStored(await db.readAll()).status).toBe('empty');
	});
});

describe('an unreadable database', () => {
	async function withBadAnswer() {
		const db = new MemoryDatabase();
		await db.commit([
			{ kind: 'add', store: 'attempts', id: 'a1', value: attempt('a1'), known: 0 },
			{
				kind: 'add',
				store: 'attempts',
				id: 'bad',
				value: attempt('bad', { answeredAt: 'yesterday' }),
				known: 0
			}
		]);
		return db;
	}

	it('is kept aside untouched, read-only, and what is done meanwhile is not written', async () => {
		const db = await withBadAnswer();
		const before = await db.readAll();
		const { view, store } = await openTab(db);
		expect(view.loadProblem).toMatchObject({
			kind: 'corrupt',
			reason:
				'attempts[1].answeredAt: must be a date and time such as 2026-03-27T09:00:00.000Z (it is “yesterday”)'
		});
		const kept = view.corruptCopies[0]!;
		expect(view.loadProblem).toMatchObject({ keptAs: kept.key });
		expect(await store.storedText(kept.key)).toContain('yesterday');
		expect(await store.update(addAttempt('meanwhile'))).toMatchObject({ ok: false });
		expect(view.data.attempts.map((a) => a.id)).toEqual(['meanwhile']);
		expect(await db.readAll()).toEqual(before);
	});

	it('is kept aside once, however often and on whatever day it is opened', async () => {
		const db = await withBadAnswer();
		const days = [
			'2026-03-27T10:00:00.000Z',
			'2026-03-27T10:05:00.000Z',
			'2026-04-02T08:00:00.000Z'
		];
		const opened = [];
		for (const day of days) opened.push(await openTab(db, { clock: () => new Date(day) }));
		const last = opened.at(-1)!.view;
		expect(last.corruptCopies).toHaveLength(1);
		expect(last.loadProblem).toMatchObject({ kind: 'corrupt', keptAs: last.corruptCopies[0]!.key });
	});

	it('keeps every record that reads, with what was done since, when the learner keeps what can be read', async () => {
		const db = await withBadAnswer();
		const { view, store } = await openTab(db);
		await store.update(addAttempt('meanwhile'));
		expect(await store.keepReadable()).toEqual({ ok: true, kept: 1, dropped: 1 });
		expect(view.loadProblem).toBeUndefined();
		expect((await stored(db)).attempts.map((a) => a.id).sort()).toEqual(['a1', 'meanwhile']);
		expect(view.data.attempts.map((a) => a.id).sort()).toEqual(['a1', 'meanwhile']);
		// the bad answer stays in the kept copy
		expect(await store.storedText(view.corruptCopies[0]!.key)).toContain('yesterday');
		expect(await store.keepReadable()).toMatchObject({ ok: false });
	});

	it('keeps the settings changed meanwhile, and the stored ones when none were', async () => {
		const db = await withBadAnswer();
		await db.replaceAll(() => ({
			data: {
				...emptyData(),
				attempts: [attempt('a1')],
				settings: { ...emptyData().settings, newCardsPerDay: 7 }
			},
			value: undefined
		}));
		await db.commit([
			{
				kind: 'add',
				store: 'attempts',
				id: 'bad',
				value: attempt('bad', { answeredAt: 'yesterday' }),
				known: 1
			}
		]);
		const untouched = await openTab(db);
		await untouched.store.keepReadable();
		expect((await stored(db)).settings.newCardsPerDay).toBe(7);

		const changed = await withBadAnswer();
		const { store } = await openTab(changed);
		await store.update((data) => ({ ...data, settings: { ...data.settings, reviewsPerDay: 3 } }));
		await store.keepReadable();
		expect((await stored(changed)).settings.reviewsPerDay).toBe(3);
	});

	it('makes the kept copy again before keeping what can be read, if another tab deleted it', async () => {
		const db = await withBadAnswer();
		const hub = tabHub();
		const first = await openTab(db, { hub });
		const second = await openTab(db, { hub });
		await second.store.discardCorruptCopy(second.view.corruptCopies[0]!.key);
		await settle(first.store, second.store);
		expect(await first.store.keepReadable()).toMatchObject({ ok: true, dropped: 1 });
		expect(first.view.corruptCopies).toHaveLength(1);
		expect(await first.store.storedText(first.view.corruptCopies[0]!.key)).toContain('yesterday');
	});

	it('is replaced by what is on screen when the learner starts fresh; the kept copy stays', async () => {
		const db = await withBadAnswer();
		const { view, store } = await openTab(db);
		await store.update(addAttempt('meanwhile'));
		expect(await store.startFresh(false)).toEqual({ ok: true });
		expect(view.loadProblem).toBeUndefined();
		expect(view.saveProblem).toBeUndefined();
		expect((await stored(db)).attempts.map((a) => a.id)).toEqual(['meanwhile']);
		expect(view.corruptCopies).toHaveLength(1);
		await store.discardCorruptCopy(view.corruptCopies[0]!.key);
		expect(view.corruptCopies).toEqual([]);
	});
});

describe('a full quota', () => {
	it('keeps changes on screen, says so, and writes them all once space is freed, with no further action', async () => {
		const db = new MemoryDatabase();
		const { view, store } = await openTab(db, { retryMs: 10 });
		await store.update(addAttempt('saved'));
		db.full = true;
		for (let i = 0; i < 5; i++)
			expect(await store.update(addAttempt(`unsaved-${i}`))).toMatchObject({
				ok: false,
				reason: 'quota'
			});
		expect(view.saveProblem).toBe('the browser storage for this site is full');
		expect(view.data.attempts).toHaveLength(6);
		expect((await stored(db)).attempts).toHaveLength(1);
		db.full = false;
		await vi.waitFor(() => expect(view.saveProblem).toBeUndefined());
		store.close();
		// a reload: every change is there
		expect((await openTab(db)).view.data.attempts).toHaveLength(6);
	});

	it('shows what an earlier version stored when the database cannot take it yet, and moves it once it can', async () => {
		const legacy = new MemoryStorage();
		const raw = toEnvelopeJson(dataWith({ attempts: [attempt('a1')] }), now());
		legacy.setItem(storageKey, raw);
		const db = new MemoryDatabase();
		db.full = true;
		const { view, store } = await openTab(db, { legacy, retryMs: 10 });
		expect(view.data.attempts.map((a) => a.id)).toEqual(['a1']);
		expect(view.saveProblem).toBe('the browser storage for this site is full');
		expect(legacy.getItem(storageKey)).toBe(raw);
		db.full = false;
		await vi.waitFor(() => expect(view.saveProblem).toBeUndefined());
		expect((await stored(db)).attempts.map((a) => a.id)).toEqual(['a1']);
		store.close();
		// the next page load finds it in the database, and lets the localStorage copy go
		expect((await openTab(db, { legacy })).view.data.attempts.map((a) => a.id)).toEqual(['a1']);
		expect(legacy.getItem(storageKey)).toBeNull();
	});

	it('is shown at once when the page opens, before any answer', async () => {
		const db = new MemoryDatabase();
		db.full = true;
		const { view } = await openTab(db);
		expect(view.saveProblem).toBe('the browser storage for this site is full');
	});

	it('gives up snapshots, oldest rolling first, to make room for the progress', async () => {
		const db = new MemoryDatabase();
		const { store } = await openTab(db);
		await store.replace('import', (data) => ({ ...data, attempts: [attempt('imported')] }));
		// full until a snapshot is deleted, as a real quota would be
		db.full = true;
		const deleteSnapshots = db.deleteSnapshots.bind(db);
		vi.spyOn(db, 'deleteSnapshots').mockImplementation(async (keys) => {
			db.full = false;
			return deleteSnapshots(keys);
		});
		expect(await store.update(addAttempt('a1'))).toEqual({ ok: true });
		expect(await db.listSnapshots()).toEqual([]);
	});
});

describe('the mark of progress for the next first paint', () => {
	it('follows what is stored: a read, a commit, a reset', async () => {
		const db = new MemoryDatabase();
		const marker = new MemoryStorage();
		marker.setItem(progressMarkerKey, 'yes');
		// a stale mark (the database cleared by hand) goes once the empty database is read
		const { store } = await openTab(db, { marker });
		expect(marker.getItem(progressMarkerKey)).toBeNull();
		await store.update((data) => ({
			...data,
			settings: { ...data.settings, quizLength: 20 }
		}));
		expect(marker.getItem(progressMarkerKey)).toBeNull();
		await store.update(addAttempt('a1'));
		expect(marker.getItem(progressMarkerKey)).toBe('yes');
		await store.replace('reset', () => emptyData());
		expect(marker.getItem(progressMarkerKey)).toBeNull();
		// read back by a tab that opens later, with progress
		await store.update(grade('c1', 'r1'));
		const later = new MemoryStorage();
		await openTab(db, { marker: later });
		expect(later.getItem(progressMarkerKey)).toBe('yes');
	});

	it('of the quiz length follows what is stored: a read, a commit, another tab’s, a reset', async () => {
		const db = new MemoryDatabase();
		const hub = tabHub();
		const marker = new MemoryStorage();
		marker.setItem(quizLengthMarkerKey, 'all');
		const setLength = (quizLength: QuizLength) => (data: AppData) => ({
			...data,
			settings: { ...data.settings, quizLength }
		});
		// a stale mark goes once a new learner's length is read
		const mine = await openTab(db, { hub, marker });
		expect(marker.getItem(quizLengthMarkerKey)).toBeNull();
		await mine.store.update(setLength(20));
		expect(marker.getItem(quizLengthMarkerKey)).toBe('20');
		const other = await openTab(db, { hub });
		await other.store.update(setLength('all'));
		await settle(mine.store, other.store);
		expect(marker.getItem(quizLengthMarkerKey)).toBe('all');
		// read by a tab that opens later
		const later = new MemoryStorage();
		await openTab(db, { marker: later });
		expect(later.getItem(quizLengthMarkerKey)).toBe('all');
		await mine.store.replace('reset', () => emptyData());
		expect(marker.getItem(quizLengthMarkerKey)).toBeNull();
	});

	it('of the sets begun (a quiz under way, or finished) follows what is stored', async () => {
		const db = new MemoryDatabase();
		const marker = new MemoryStorage();
		const { store } = await openTab(db, { marker });
		expect(marker.getItem(quizzesBegunMarkerKey)).toBeNull();
		const section = active('s-1', { setId: 'section-closing-depth-1' });
		await store.update((data) => ({ ...data, activeQuizzes: [section] }));
		expect(marker.getItem(quizzesBegunMarkerKey)).toBe('section-closing-depth-1');
		await store.update((data) => ({
			...data,
			activeQuizzes: [...data.activeQuizzes, active('s-2', { setId: 'fact-check' })]
		}));
		expect(marker.getItem(quizzesBegunMarkerKey)).toBe('fact-check section-closing-depth-1');
		await store.update((data) => ({
			...data,
			activeQuizzes: data.activeQuizzes.filter((quiz) => quiz.id !== 's-1')
		}));
		expect(marker.getItem(quizzesBegunMarkerKey)).toBe('fact-check');
		// past its last question, a quiz is not taken up again: a new attempt opens
		await store.update((data) => ({
			...data,
			activeQuizzes: data.activeQuizzes.map((quiz) => ({
				...quiz,
				position: quiz.questionIds.length
			}))
		}));
		expect(marker.getItem(quizzesBegunMarkerKey)).toBeNull();
		// a set finished before: its next attempt is a retake, which opens on a question of its own
		await store.update((data) => ({
			...data,
			finishedQuizzes: [finished('f-1', { setId: 'mixed-10' })]
		}));
		expect(marker.getItem(quizzesBegunMarkerKey)).toBe('mixed-10');
		await store.replace('reset', () => emptyData());
		expect(marker.getItem(quizzesBegunMarkerKey)).toBeNull();
	});

	it('where what is stored cannot be read, follow what the page shows instead', async () => {
		const stale = () => {
			const marker = new MemoryStorage();
			marker.setItem(progressMarkerKey, 'yes');
			marker.setItem(quizLengthMarkerKey, 'all');
			marker.setItem(quizzesBegunMarkerKey, 'fact-check');
			return marker;
		};
		for (const opened of [
			{ status: 'unavailable', reason: 'private browsing' },
			{ status: 'newer', version: 99 }
		] as const) {
			const marker = stale();
			const store = new Store(testView(), { now, tabId: `tab-${tabs++}`, marker });
			await store.open(opened);
			// nothing could be read, or it must be left as it is: the next page paints as for a new
			// learner, and nothing is written beside it
			expect(marker.length, opened.status).toBe(0);
		}
	});

	it('follows another tab’s commit', async () => {
		const db = new MemoryDatabase();
		const hub = tabHub();
		const marker = new MemoryStorage();
		const mine = await openTab(db, { hub, marker });
		const other = await openTab(db, { hub });
		await other.store.update((data) => ({ ...data, finishedQuizzes: [finished('f1')] }));
		await settle(mine.store, other.store);
		expect(marker.getItem(progressMarkerKey)).toBe('yes');
	});
});

describe('replacing the whole state', () => {
	it('takes a snapshot first, which restores what was replaced', async () => {
		const db = new MemoryDatabase();
		const { view, store } = await openTab(db);
		await store.update(addAttempt('mine'));
		const result = await store.replace('import', () => dataWith({ attempts: [attempt('theirs')] }));
		expect(result).toMatchObject({ ok: true, save: { ok: true }, snapshot: { ok: true } });
		expect((await stored(db)).attempts.map((a) => a.id)).toEqual(['theirs']);
		const before = view.snapshots.find((s) => s.reason === 'import');
		expect(before).toMatchObject({ summary: { answers: 1 } });
		const restored = await store.restoreSnapshot(before!.key);
		expect(restored).toMatchObject({ ok: true });
		expect(view.data.attempts.map((a) => a.id)).toEqual(['mine']);
		expect((await stored(db)).attempts.map((a) => a.id)).toEqual(['mine']);
	});

	it('hands the change what another tab stored, so a merge keeps it', async () => {
		const db = new MemoryDatabase();
		const first = await openTab(db);
		const second = await openTab(db);
		await second.store.update(addAttempt('elsewhere'));
		// the first tab was told nothing (no channel): the replace still reads what is stored
		await first.store.replace('import', (latest) => ({
			...latest,
			attempts: [...latest.attempts, attempt('imported')]
		}));
		expect((await stored(db)).attempts.map((a) => a.id)).toEqual(['elsewhere', 'imported']);
	});

	it('refuses a result the loader would refuse, and changes nothing', async () => {
		const db = new MemoryDatabase();
		const { store } = await openTab(db);
		await store.update(addAttempt('a1'));
		const result = await store.replace('import', (data) => ({
			...data,
			attempts: [attempt('x', { answeredAt: 'never' })]
		}));
		expect(result).toMatchObject({ ok: false });
		expect((await stored(db)).attempts.map((a) => a.id)).toEqual(['a1']);
	});
});

describe('asking the browser to keep the data', () => {
	it('asks once there is real progress, and once per device', async () => {
		const db = new MemoryDatabase();
		const persist = vi.fn(async () => true);
		const { store } = await openTab(db, { persist });
		await store.update(addAttempt('a1'));
		await settle(store);
		expect(persist).not.toHaveBeenCalled();
		await store.update((data) => ({ ...data, finishedQuizzes: [finished('f1')] }));
		await vi.waitFor(() => expect(persist).toHaveBeenCalledTimes(1));
		await vi.waitFor(async () => expect(await db.getMeta('persistAskedAt')).toBeDefined());
		await store.update(grade('c1', 'r1'));
		await openTab(db, { persist });
		await settle(store);
		expect(persist).toHaveBeenCalledTimes(1);
	});
});

describe('when the database cannot be used', () => {
	it('says nothing is saved, and still shows what an earlier version stored', async () => {
		const legacy = new MemoryStorage();
		legacy.setItem(storageKey, toEnvelopeJson(dataWith({ attempts: [attempt('a1')] }), now()));
		const view = testView();
		const store = new Store(view, { now, tabId: 'x', legacy });
		await store.open({ status: 'unavailable', reason: 'blocked' });
		expect(view.saveProblem).toBe('this browser does not let the app store anything (blocked)');
		expect(view.data.attempts.map((a) => a.id)).toEqual(['a1']);
		expect(await store.update(addAttempt('a2'))).toMatchObject({ ok: false });
		expect(view.data.attempts).toHaveLength(2);
	});

	it('goes read-only when a newer version of the app takes the database over', async () => {
		const db = new MemoryDatabase();
		const { view, store } = await openTab(db);
		store.lost({ newer: 2 });
		expect(view.loadProblem).toMatchObject({ kind: 'newer', version: 2 });
		expect(await store.update(addAttempt('a1'))).toMatchObject({ ok: false });
		expect(readStored(await db.readAll()).status).toBe('empty');
	});
});
