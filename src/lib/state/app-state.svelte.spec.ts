// AppState on the real IndexedDB of Chromium (the client project runs in a browser): what every
// page relies on. The store's rules in detail are in browser/store.spec.ts.
import { describe, expect, it } from 'vitest';
import { emptyData, type AppData } from '$lib/model/schema';
import { attempt, card, dataWith, review } from '$lib/model/test-data';
import { openDatabase } from '$lib/browser/idb-database';
import { browserChannel } from '$lib/browser/tabs';
import { readStored } from '$lib/storage/database';
import { MemoryStorage } from '$lib/storage/memory-storage';
import { storageKey, toEnvelopeJson } from '$lib/storage/store';
import { AppState, type ConnectOptions } from './app-state.svelte';

/** a clock the test moves: each call reads the current minute */
function clock(start = Date.UTC(2026, 2, 27, 10)) {
	let ms = start;
	return { now: () => new Date(ms), advance: (minutes: number) => (ms += minutes * 60_000) };
}

let databases = 0;
/** a database and a tab channel of their own for each test: the tabs of one test share them */
const freshPlace = () => `app-state-${Date.now()}-${databases++}`;

function connection(place: string, legacy = new MemoryStorage()): ConnectOptions {
	const channel = browserChannel(place);
	return {
		open: () => openDatabase({ name: place }),
		legacy,
		...(channel ? { channel } : {}),
		persist: async () => false
	};
}

async function connected(place = freshPlace(), time = clock(), legacy?: MemoryStorage) {
	const app = new AppState(time.now);
	await app.connect(connection(place, legacy));
	return { app, place, time };
}

/** what the database holds, read through a connection of its own */
async function stored(place: string): Promise<AppData> {
	const opened = await openDatabase({ name: place });
	if (opened.status !== 'ok') throw new Error('not opened');
	const read = readStored(await opened.db.readAll());
	opened.db.close();
	if (read.status === 'corrupt') throw new Error(read.reason);
	return read.status === 'ok' ? read.data : emptyData();
}

const addAttempt = (id: string) => (data: AppData) => ({
	...data,
	attempts: [...data.attempts, attempt(id)]
});

/** a grade as applyGrade stores it: the card's new state, a review in the log, an undo step */
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

/**
 * Two tabs (two connections to one database, told of each other through a BroadcastChannel)
 * each making 50 changes at the same instant; returns what the database holds once both are done.
 */
async function sameInstant(
	first: (i: number) => (data: AppData) => AppData,
	second: (i: number) => (data: AppData) => AppData
) {
	const place = freshPlace();
	const time = clock();
	const a = (await connected(place, time)).app;
	const b = (await connected(place, time)).app;
	const results = await Promise.all(
		Array.from({ length: 50 }, (_, i) => [a.update(first(i)), b.update(second(i))]).flat()
	);
	expect(results.every((r) => r.ok)).toBe(true);
	const data = await stored(place);
	// each tab is told of the other's writes through the channel, and shows all that is stored
	await expect.poll(() => a.data).toEqual(data);
	await expect.poll(() => b.data).toEqual(data);
	return { a, b, data };
}

const ids = (items: readonly { id: string }[]) => new Set(items.map((item) => item.id)).size;

describe('AppState.connect', () => {
	it('moves what an earlier version stored into the database, shows it and marks itself loaded', async () => {
		const legacy = new MemoryStorage();
		const data = dataWith({ attempts: [attempt('a1')] });
		legacy.setItem(storageKey, toEnvelopeJson(data, new Date()));
		const app = new AppState(clock().now);
		let loaded = false;
		const waiting = app.whenLoaded.then(() => (loaded = app.loaded));
		const place = freshPlace();
		await app.connect(connection(place, legacy));
		await waiting;
		expect(loaded).toBe(true);
		expect(app.data).toEqual(data);
		expect(app.readOnly).toBe(false);
		expect(await stored(place)).toEqual(data);
		expect(legacy.getItem(storageKey)).toBeNull();
		expect(app.snapshots.map((s) => s.reason)).toEqual(['migration']);
	});

	it('keeps an unreadable localStorage state aside untouched, and opens read-only', async () => {
		const legacy = new MemoryStorage();
		legacy.setItem(storageKey, '{"version":1,"data":');
		const { app, place } = await connected(freshPlace(), clock(), legacy);
		await app.settled;
		expect(app.readOnly).toBe(true);
		expect(app.loadProblem).toMatchObject({ kind: 'corrupt', reason: 'it is not valid JSON' });
		expect(await app.storedText(app.corruptCopies[0]!.key)).toBe('{"version":1,"data":');
		expect(await app.update(addAttempt('a1'))).toMatchObject({ ok: false });
		expect(app.data.attempts).toHaveLength(1);
		expect(legacy.getItem(storageKey)).toBe('{"version":1,"data":');
		// replaced only once the copy is kept: the unreadable text then leaves localStorage
		expect(
			await app.replace('import', () => dataWith({ attempts: [attempt('imported')] }))
		).toMatchObject({ ok: true, save: { ok: true } });
		expect(app.readOnly).toBe(false);
		expect(legacy.getItem(storageKey)).toBeNull();
		expect((await stored(place)).attempts.map((a) => a.id)).toEqual(['imported']);
		expect(app.corruptCopies).toHaveLength(1);
	});
});

describe('AppState.update', () => {
	it('resolves once the change is in the database, and shows it then', async () => {
		const { app, place } = await connected();
		const pending = app.update(addAttempt('a1'));
		expect(app.data.attempts).toEqual([]);
		expect(await pending).toEqual({ ok: true });
		expect(app.data.attempts).toEqual([attempt('a1')]);
		expect((await stored(place)).attempts).toEqual([attempt('a1')]);
	});

	it('before the store is open, changes what is on screen and says it was not stored', async () => {
		const app = new AppState(clock().now);
		expect(await app.update(addAttempt('a1'))).toMatchObject({ ok: false });
		expect(app.data.attempts).toHaveLength(1);
	});

	// issue 17's test: 50 actions a tab at the same instant, answers with grades and answers with
	// answers, 10 runs each (in tests of 5 runs, to keep each short): 0 lost
	for (const half of [1, 2])
		it(`loses no answer of two tabs answering 50 times each at the same instant (runs ${half * 5 - 4}–${half * 5})`, async () => {
			for (let run = 0; run < 5; run++) {
				const { data } = await sameInstant(
					(i) => addAttempt(`first-${run}-${i}`),
					(i) => addAttempt(`second-${run}-${i}`)
				);
				expect(ids(data.attempts)).toBe(100);
			}
		});

	for (const half of [1, 2])
		it(`loses no answer and no grade of one tab answering and one grading 50 times at the same instant (runs ${half * 5 - 4}–${half * 5})`, async () => {
			for (let run = 0; run < 5; run++) {
				const { data } = await sameInstant(
					(i) => addAttempt(`answer-${run}-${i}`),
					// 50 grades of 10 cards: each card graded five times
					(i) => grade(`card-${i % 10}`, `review-${run}-${i}`)
				);
				expect(ids(data.attempts)).toBe(50);
				expect(data.reviewLog.map((r) => r.id)).toHaveLength(50);
				expect(new Set(data.reviewLog.map((r) => r.id)).size).toBe(50);
				expect(data.cards).toHaveLength(10);
				for (const state of data.cards) expect(state.reps).toBe(5);
				expect(data.undoStack).toHaveLength(50);
			}
		});

	it('takes a rolling snapshot after a write, at most every half hour', async () => {
		const { app, time } = await connected();
		await app.update(addAttempt('a1'));
		await app.settled;
		expect(app.snapshots.map((s) => s.reason)).toEqual(['rolling']);
		time.advance(10);
		await app.update(addAttempt('a2'));
		await app.settled;
		expect(app.snapshots).toHaveLength(1);
		time.advance(30);
		await app.update(addAttempt('a3'));
		await app.settled;
		expect(app.snapshots.map((s) => s.summary?.answers)).toEqual([3, 1]);
	});
});

describe('AppState.replace and restoreSnapshot', () => {
	it('snapshots before a reset, and restoring the snapshot undoes it exactly', async () => {
		const { app, place, time } = await connected();
		await app.update(addAttempt('a1'));
		const before = await stored(place);
		const result = await app.replace('reset', (data) => ({
			...emptyData(),
			settings: data.settings
		}));
		if (!result.ok || !result.snapshot.ok) throw new Error('the reset is snapshotted');
		expect((await stored(place)).attempts).toEqual([]);
		time.advance(1);
		expect(await app.restoreSnapshot(result.snapshot.key)).toMatchObject({
			ok: true,
			save: { ok: true }
		});
		expect(await stored(place)).toEqual(before);
		expect(app.snapshots.map((s) => s.reason)).toEqual(['restore', 'reset', 'rolling']);
	});

	it('keeps the cards asked for beyond today’s limits with the settings, stored: the settings a replace stores bring theirs', async () => {
		const { app, place } = await connected();
		expect(app.todayExtras).toEqual({ day: '', newCards: 0, reviews: 0 });
		const extras = { day: '2025-03-10T04:00:00.000Z', newCards: 10, reviews: 0 };
		await app.update((data) => ({ ...data, settings: { ...data.settings, todayExtras: extras } }));
		expect(app.todayExtras).toEqual(extras);
		expect((await stored(place)).settings.todayExtras).toEqual(extras);
		await app.replace('import', () => emptyData());
		expect(app.todayExtras).toEqual({ day: '', newCards: 0, reviews: 0 });
	});

	it('refuses to restore a key that is not a snapshot', async () => {
		const { app } = await connected();
		expect(await app.restoreSnapshot(storageKey)).toMatchObject({ ok: false });
		expect(await app.storedText(storageKey)).toBeUndefined();
	});
});
