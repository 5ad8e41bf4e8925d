import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '$lib/storage/memory-storage';
import { packData } from '$lib/storage/packed';
import { currentVersion, emptyData, type AppData } from '$lib/model/schema';
import { corruptPrefix, listSnapshots, snapshotPrefix } from '$lib/storage/snapshot-keys';
import { readState, storageKey, toEnvelopeJson } from '$lib/storage/store';
import { attempt, dataWith } from '$lib/model/test-data';
import { AppState } from './app-state.svelte';

/** a clock the test moves: each call reads the current minute */
function clock(start = Date.UTC(2026, 2, 27, 10)) {
	let ms = start;
	return { now: () => new Date(ms), advance: (minutes: number) => (ms += minutes * 60_000) };
}

async function connected(storage = new MemoryStorage(), time = clock()) {
	const app = new AppState(time.now);
	await app.connect(storage);
	return { app, storage, time };
}

const stored = (storage: Storage): AppData => {
	const state = readState(storage);
	if (state.status !== 'ok') throw new Error(`storage is ${state.status}`);
	return state.data;
};

const addAttempt = (id: string) => (data: AppData) => ({
	...data,
	attempts: [...data.attempts, attempt(id)]
});

describe('AppState.connect', () => {
	it('reads what is stored and marks itself loaded', async () => {
		const storage = new MemoryStorage();
		const data = dataWith({ attempts: [attempt('a1')] });
		storage.setItem(storageKey, toEnvelopeJson(data, new Date()));
		const { app } = await connected(storage);
		expect(app.loaded).toBe(true);
		expect(app.data).toEqual(data);
		expect(app.readOnly).toBe(false);
	});

	it('snapshots a format-0 state as it was, then stores it migrated', async () => {
		const storage = new MemoryStorage();
		const old = JSON.stringify({ attempts: [attempt('a1')] });
		storage.setItem(storageKey, old);
		const { app } = await connected(storage);
		expect(app.data.attempts).toEqual([attempt('a1')]);
		expect(storage.getItem(storageKey)).toBe(old);
		await app.settled;
		expect(JSON.parse(storage.getItem(storageKey)!).version).toBe(currentVersion);
		expect(app.snapshots.map((s) => s.reason)).toEqual(['migration']);
		expect(storage.getItem(app.snapshots[0]!.key)).toBe(old);
	});

	it('keeps an unreadable state aside untouched, and opens read-only', async () => {
		const storage = new MemoryStorage();
		storage.setItem(storageKey, '{"version":1,"data":');
		const { app } = await connected(storage);
		await app.settled;
		expect(app.readOnly).toBe(true);
		expect(app.loadProblem).toMatchObject({ kind: 'corrupt', reason: 'it is not valid JSON' });
		const kept = app.corruptCopies[0]!;
		expect(kept.key.startsWith(corruptPrefix)).toBe(true);
		expect(storage.getItem(kept.key)).toBe('{"version":1,"data":');
		expect(app.update(addAttempt('a1'))).toMatchObject({ ok: false });
		expect(app.data.attempts).toHaveLength(1);
		expect(storage.getItem(storageKey)).toBe('{"version":1,"data":');
	});

	it('starts fresh from an unreadable state with what was done since, keeping the copy', async () => {
		const storage = new MemoryStorage();
		storage.setItem(storageKey, 'garbage');
		const { app } = await connected(storage);
		app.update(addAttempt('a1'));
		expect(await app.startFresh()).toEqual({ ok: true });
		expect(app.readOnly).toBe(false);
		expect(stored(storage).attempts.map((a) => a.id)).toEqual(['a1']);
		expect(app.corruptCopies).toHaveLength(1);
		expect(storage.getItem(app.corruptCopies[0]!.key)).toBe('garbage');
		await app.discardCorruptCopy(app.corruptCopies[0]!.key);
		expect(app.corruptCopies).toEqual([]);
	});

	it('opens a newer version’s state read-only, shows it, and never overwrites it', async () => {
		const storage = new MemoryStorage();
		const data = dataWith({ attempts: [attempt('a1')] });
		// a newer format that still reads as this one: the packed data of format 2
		const raw = JSON.stringify({
			version: currentVersion + 1,
			savedAt: new Date().toISOString(),
			data: packData(data)
		});
		storage.setItem(storageKey, raw);
		const { app } = await connected(storage);
		expect(app.readOnly).toBe(true);
		expect(app.loadProblem).toMatchObject({ kind: 'newer', version: currentVersion + 1 });
		expect(app.data).toEqual(data);
		app.update(addAttempt('a2'));
		expect(await app.replace('reset', () => emptyData())).toMatchObject({ ok: false });
		expect(await app.startFresh()).toMatchObject({ ok: false });
		expect(storage.getItem(storageKey)).toBe(raw);
		expect(listSnapshots(storage)).toEqual([]);
	});

	it('says at once when storage is full, after giving up snapshots to make room', async () => {
		const storage = new MemoryStorage();
		storage.setItem(`${snapshotPrefix}2026-03-01T00:00:00.000Z:rolling`, 'x'.repeat(100));
		storage.quotaChars = storage.usedChars();
		const { app } = await connected(storage);
		expect(app.saveProblem).toBeUndefined();
		await app.settled;
		expect(app.snapshots).toEqual([]);
		storage.quotaChars = storage.usedChars();
		expect((await connected(storage)).app.saveProblem).toBe(
			'the browser storage for this site is full'
		);
	});
});

describe('AppState.update', () => {
	it('keeps the writes of two tabs that answer in turn: 50 each, 100 kept', async () => {
		const storage = new MemoryStorage();
		const time = clock();
		const first = (await connected(storage, time)).app;
		const second = (await connected(storage, time)).app;
		for (let i = 0; i < 50; i++) {
			expect(first.update(addAttempt(`first-${i}`))).toEqual({ ok: true });
			time.advance(1);
			expect(second.update(addAttempt(`second-${i}`))).toEqual({ ok: true });
			time.advance(1);
		}
		expect(stored(storage).attempts).toHaveLength(100);
		expect(second.data.attempts).toHaveLength(100);
	});

	it('after its own write, hands the next change the data on screen, not a fresh read of it', async () => {
		const { app, storage } = await connected();
		expect(app.update(addAttempt('a1'))).toEqual({ ok: true });
		const onScreen = app.data;
		let handed: AppData | undefined;
		expect(
			app.update((data) => {
				handed = data;
				return addAttempt('a2')(data);
			})
		).toEqual({ ok: true });
		// the very object this tab wrote: what it stored was not parsed and validated again
		expect(handed).toBe(onScreen);
		expect(stored(storage).attempts.map((a) => a.id)).toEqual(['a1', 'a2']);
		expect(JSON.parse(storage.getItem(storageKey)!).version).toBe(currentVersion);
	});

	it('hands the next change what another tab stored since, not what is on screen', async () => {
		const storage = new MemoryStorage();
		const time = clock();
		const first = (await connected(storage, time)).app;
		const second = (await connected(storage, time)).app;
		first.update(addAttempt('a1'));
		const onScreen = first.data;
		second.update(addAttempt('elsewhere'));
		let handed: AppData | undefined;
		first.update((data) => {
			handed = data;
			return data;
		});
		expect(handed).not.toBe(onScreen);
		expect(handed?.attempts.map((a) => a.id)).toEqual(['a1', 'elsewhere']);
	});

	it('shows another tab’s write when the storage event comes', async () => {
		const storage = new MemoryStorage();
		const events = new EventTarget();
		const app = new AppState(clock().now);
		await app.connect(storage, events as unknown as Window);
		storage.setItem(
			storageKey,
			toEnvelopeJson(dataWith({ attempts: [attempt('elsewhere')] }), new Date())
		);
		events.dispatchEvent(Object.assign(new Event('storage'), { key: storageKey }));
		expect(app.data.attempts.map((a) => a.id)).toEqual(['elsewhere']);
	});

	it('goes read-only instead of overwriting what a newer version stored in another tab', async () => {
		const { app, storage } = await connected();
		app.update(addAttempt('a1'));
		const raw = JSON.stringify({
			version: currentVersion + 1,
			savedAt: new Date().toISOString(),
			data: {}
		});
		storage.setItem(storageKey, raw);
		expect(app.update(addAttempt('a2'))).toMatchObject({ ok: false });
		expect(app.readOnly).toBe(true);
		expect(storage.getItem(storageKey)).toBe(raw);
	});

	it('takes a rolling snapshot of what was stored, at most every half hour', async () => {
		const { app, time, storage } = await connected();
		app.update(addAttempt('a1'));
		await app.settled;
		expect(app.snapshots).toEqual([]);
		time.advance(1);
		app.update(addAttempt('a2'));
		await app.settled;
		expect(app.snapshots.map((s) => s.reason)).toEqual(['rolling']);
		expect(
			readState({ getItem: () => storage.getItem(app.snapshots[0]!.key) } as unknown as Storage)
		).toMatchObject({
			data: { attempts: [attempt('a1')] }
		});
		time.advance(10);
		app.update(addAttempt('a3'));
		await app.settled;
		expect(app.snapshots).toHaveLength(1);
		time.advance(30);
		app.update(addAttempt('a4'));
		await app.settled;
		expect(app.snapshots.map((s) => s.reason)).toEqual(['rolling', 'rolling']);
	});

	it('reports a full quota, keeps the change on screen, and leaves the stored state intact', async () => {
		const { app, storage } = await connected();
		app.update(addAttempt('a1'));
		const before = storage.getItem(storageKey);
		storage.quotaChars = storage.usedChars();
		expect(app.update(addAttempt('a2'))).toMatchObject({ ok: false, reason: 'quota' });
		expect(app.saveProblem).toBe('the browser storage for this site is full');
		expect(app.data.attempts).toHaveLength(2);
		expect(storage.getItem(storageKey)).toBe(before);
	});

	it('stores a change whose write failed with the next write that works, never dropping it', async () => {
		const { app, storage } = await connected();
		app.update(addAttempt('a1'));
		storage.failWith = Object.assign(new Error('The quota has been exceeded.'), {
			name: 'QuotaExceededError'
		});
		expect(app.update(addAttempt('a2'))).toMatchObject({ ok: false });
		storage.failWith = undefined;
		expect(app.update(addAttempt('a3'))).toEqual({ ok: true });
		expect(app.data.attempts.map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
		expect(stored(storage).attempts.map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
	});

	it('keeps a change whose write failed when another tab’s write is read in', async () => {
		const storage = new MemoryStorage();
		const time = clock();
		const first = (await connected(storage, time)).app;
		const second = (await connected(storage, time)).app;
		storage.failWith = new Error('access denied');
		first.update(addAttempt('unsaved'));
		storage.failWith = undefined;
		second.update(addAttempt('elsewhere'));
		first.reload();
		expect(first.data.attempts.map((a) => a.id)).toEqual(['elsewhere', 'unsaved']);
		expect(first.update(addAttempt('next'))).toEqual({ ok: true });
		expect(stored(storage).attempts.map((a) => a.id)).toEqual(['elsewhere', 'unsaved', 'next']);
	});
});

describe('AppState.replace and restoreSnapshot', () => {
	it('refuses a result that would not read back, changing nothing', async () => {
		const { app, storage } = await connected();
		app.update(addAttempt('a1'));
		const before = storage.getItem(storageKey);
		const tooMany = {
			...emptyData(),
			undoStack: Array.from({ length: 51 }, () => ({ cardId: 'c', previous: null, logId: 'l' }))
		};
		expect(await app.replace('import', () => tooMany)).toMatchObject({ ok: false });
		expect(storage.getItem(storageKey)).toBe(before);
		expect(app.snapshots).toEqual([]);
	});

	it('replaces an unreadable state only after copying it aside', async () => {
		const storage = new MemoryStorage();
		storage.setItem(storageKey, 'garbage');
		const { app } = await connected(storage);
		const result = await app.replace('import', () => dataWith({ attempts: [attempt('a1')] }));
		expect(result).toMatchObject({ ok: true, save: { ok: true } });
		expect(app.readOnly).toBe(false);
		expect(app.corruptCopies.map((c) => storage.getItem(c.key))).toEqual(['garbage']);
	});

	it('snapshots before a reset, and restoring the snapshot undoes it exactly', async () => {
		const { app, storage, time } = await connected();
		app.update(addAttempt('a1'));
		const before = stored(storage);
		const result = await app.replace('reset', (data) => ({
			...emptyData(),
			settings: data.settings
		}));
		if (!result.ok || !result.snapshot.ok) throw new Error('the reset is snapshotted');
		expect(stored(storage).attempts).toEqual([]);
		time.advance(1);
		expect(await app.restoreSnapshot(result.snapshot.key)).toMatchObject({
			ok: true,
			save: { ok: true }
		});
		expect(stored(storage)).toEqual(before);
		expect(app.snapshots.map((s) => s.reason)).toEqual(['restore', 'reset']);
	});

	it('hands the change the latest stored state, so a merge keeps another tab’s answers', async () => {
		const storage = new MemoryStorage();
		const time = clock();
		const first = (await connected(storage, time)).app;
		const second = (await connected(storage, time)).app;
		second.update(addAttempt('from-second'));
		await first.replace('import', (latest) => addAttempt('imported')(latest));
		expect(stored(storage).attempts.map((a) => a.id)).toEqual(['from-second', 'imported']);
	});

	it('snapshots what is on screen when nothing is stored yet', async () => {
		const { app, storage } = await connected();
		const result = await app.replace('import', () => dataWith({ attempts: [attempt('a1')] }));
		if (!result.ok || !result.snapshot.ok) throw new Error('the import is snapshotted');
		expect(
			readState({
				getItem: () => storage.getItem(result.snapshot.ok ? result.snapshot.key : '')
			} as unknown as Storage)
		).toMatchObject({ status: 'ok', data: emptyData() });
	});

	it('refuses to restore a key that is not a snapshot', async () => {
		const { app } = await connected();
		expect(await app.restoreSnapshot(storageKey)).toMatchObject({ ok: false });
		expect(app.storedText(storageKey)).toBeUndefined();
	});
});

describe('AppState.whenLoaded', () => {
	it('resolves once storage has been read', async () => {
		const app = new AppState(clock().now);
		let loaded = false;
		const waiting = app.whenLoaded.then(() => (loaded = app.loaded));
		await app.connect(new MemoryStorage());
		await waiting;
		expect(loaded).toBe(true);
	});
});
