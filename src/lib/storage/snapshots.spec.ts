import { describe, expect, it } from 'vitest';
import { MemoryStorage } from './memory-storage';
import { emptyData } from '../model/schema';
import {
	corruptPrefix,
	giveUpSnapshot,
	keepCorrupt,
	listCorruptCopies,
	listSnapshots,
	readStored,
	removeStored,
	rollingSnapshotDue,
	snapshotPolicy,
	snapshotPrefix,
	takeSnapshot,
	writeMakingRoom,
	type SnapshotReason
} from './snapshots';
import { readState, storageKey, toEnvelopeJson } from './store';
import { attempt, dataWith } from '../model/test-data';

const at = (minutes: number) => new Date(Date.UTC(2026, 2, 27, 10, minutes));

function snap(storage: Storage, reason: SnapshotReason, raw: string, minutes: number) {
	const result = takeSnapshot(storage, { reason, raw, now: at(minutes) });
	if (!result.ok) throw new Error(result.message);
	return result.key;
}

describe('takeSnapshot', () => {
	it('stores the text under a key that says when and why, and lists it', () => {
		const storage = new MemoryStorage();
		const key = snap(storage, 'import', '{"a":1}', 0);
		expect(key).toBe(`${snapshotPrefix}2026-03-27T10:00:00.000Z:import`);
		expect(readStored(storage, key)).toBe('{"a":1}');
		expect(listSnapshots(storage)).toEqual([
			{ key, takenAt: '2026-03-27T10:00:00.000Z', reason: 'import', chars: 7 }
		]);
	});

	it('keeps a few of each kind, newest first, dropping the oldest', () => {
		const storage = new MemoryStorage();
		for (let i = 0; i < 5; i++) snap(storage, 'rolling', `r${i}`, i);
		for (let i = 0; i < 5; i++) snap(storage, i % 2 ? 'reset' : 'import', `e${i}`, 10 + i);
		const kept = listSnapshots(storage);
		expect(
			kept.filter((s) => s.reason === 'rolling').map((s) => readStored(storage, s.key))
		).toEqual(['r4', 'r3']);
		expect(
			kept.filter((s) => s.reason !== 'rolling').map((s) => readStored(storage, s.key))
		).toEqual(['e4', 'e3', 'e2']);
		expect(kept).toHaveLength(snapshotPolicy.rolling + snapshotPolicy.events);
	});

	it('takes the same text twice in a row once', () => {
		const storage = new MemoryStorage();
		const first = snap(storage, 'rolling', 'same', 0);
		expect(snap(storage, 'rolling', 'same', 40)).toBe(first);
		expect(listSnapshots(storage)).toHaveLength(1);
	});

	it('gives two snapshots in one millisecond two keys', () => {
		const storage = new MemoryStorage();
		const a = snap(storage, 'import', 'one', 0);
		const b = snap(storage, 'import', 'two', 0);
		expect(a).not.toBe(b);
		expect(readStored(storage, a)).toBe('one');
	});

	it('keeps all snapshots within the budget, giving up rolling ones before the others', () => {
		const storage = new MemoryStorage();
		const big = (c: string) => c.repeat(snapshotPolicy.budgetChars / 2 - 10);
		snap(storage, 'import', big('i'), 0);
		snap(storage, 'rolling', big('r'), 1);
		snap(storage, 'reset', big('x'), 2);
		const kept = listSnapshots(storage);
		expect(kept.map((s) => s.reason)).toEqual(['reset', 'import']);
		expect(kept.reduce((sum, s) => sum + s.chars, 0)).toBeLessThanOrEqual(
			snapshotPolicy.budgetChars
		);
	});

	it('refuses a state larger than the whole budget, and says to download a backup', () => {
		const storage = new MemoryStorage();
		const result = takeSnapshot(storage, {
			reason: 'import',
			raw: 'x'.repeat(snapshotPolicy.budgetChars + 1),
			now: at(0)
		});
		expect(result).toEqual({
			ok: false,
			message: 'your progress is too large for a local snapshot; download a backup instead'
		});
		expect(storage.length).toBe(0);
	});

	it('makes room under a full quota by giving up older snapshots, never the main state', () => {
		const storage = new MemoryStorage();
		storage.setItem(storageKey, 'm'.repeat(500));
		snap(storage, 'rolling', 'r'.repeat(300), 0);
		storage.quotaChars = storage.usedChars() + 100;
		const key = snap(storage, 'import', 'i'.repeat(300), 1);
		expect(listSnapshots(storage).map((s) => s.key)).toEqual([key]);
		expect(storage.getItem(storageKey)).toBe('m'.repeat(500));
	});

	it('says so when storage refuses, and is missing', () => {
		const storage = new MemoryStorage();
		storage.failWith = new Error('denied');
		expect(takeSnapshot(storage, { reason: 'reset', raw: 'x', now: at(0) })).toEqual({
			ok: false,
			message: 'the browser refused to store it (denied)'
		});
		expect(takeSnapshot(undefined, { reason: 'reset', raw: 'x', now: at(0) })).toMatchObject({
			ok: false
		});
	});
});

describe('rollingSnapshotDue', () => {
	it('is due with no rolling snapshot, and again half an hour after the last', () => {
		const storage = new MemoryStorage();
		expect(rollingSnapshotDue(storage, at(0))).toBe(true);
		snap(storage, 'rolling', 'x', 0);
		snap(storage, 'import', 'y', 10);
		expect(rollingSnapshotDue(storage, at(29))).toBe(false);
		expect(rollingSnapshotDue(storage, at(30))).toBe(true);
	});
});

describe('writeMakingRoom', () => {
	it('gives up snapshots, rolling first and never the kept ones, until the state fits', () => {
		const storage = new MemoryStorage();
		const keep = snap(storage, 'import', 'k'.repeat(1000), 0);
		snap(storage, 'reset', 'e'.repeat(1000), 1);
		snap(storage, 'rolling', 'r'.repeat(1000), 2);
		storage.quotaChars = storage.usedChars() + 200;
		// a state of between 1,200 and 2,200 characters: it fits once both other snapshots are gone
		const data = dataWith({ attempts: Array.from({ length: 20 }, (_, i) => attempt(`a${i}`)) });
		expect(toEnvelopeJson(data, at(3)).length).toBeGreaterThan(1200);
		expect(toEnvelopeJson(data, at(3)).length).toBeLessThan(2200);
		expect(writeMakingRoom(storage, data, at(3), [keep])).toEqual({ ok: true });
		expect(listSnapshots(storage).map((s) => s.key)).toEqual([keep]);
		expect(readState(storage)).toMatchObject({ status: 'ok', data });
	});

	it('reports the full quota when no snapshot is left to give up, leaving the stored state', () => {
		const storage = new MemoryStorage();
		writeMakingRoom(storage, emptyData(), at(0));
		const before = storage.getItem(storageKey);
		storage.quotaChars = storage.usedChars();
		const data = dataWith({ attempts: [attempt('a')] });
		expect(writeMakingRoom(storage, data, at(1))).toMatchObject({ ok: false, reason: 'quota' });
		expect(storage.getItem(storageKey)).toBe(before);
	});
});

describe('giveUpSnapshot', () => {
	it('deletes the least needed snapshot, and says when there is none', () => {
		const storage = new MemoryStorage();
		snap(storage, 'rolling', 'r', 5);
		snap(storage, 'import', 'i', 0);
		expect(giveUpSnapshot(storage)).toBe(true);
		expect(listSnapshots(storage).map((s) => s.reason)).toEqual(['import']);
		expect(giveUpSnapshot(storage)).toBe(true);
		expect(giveUpSnapshot(storage)).toBe(false);
		expect(giveUpSnapshot(undefined)).toBe(false);
	});
});

describe('keepCorrupt', () => {
	it('copies unreadable text aside once, however often it is kept', () => {
		const storage = new MemoryStorage();
		const first = keepCorrupt(storage, '{broken', at(0));
		expect(first).toEqual({ ok: true, key: `${corruptPrefix}2026-03-27T10:00:00.000Z` });
		expect(keepCorrupt(storage, '{broken', at(5))).toEqual(first);
		expect(keepCorrupt(storage, '{other', at(0))).toMatchObject({ ok: true });
		expect(listCorruptCopies(storage).map((c) => readStored(storage, c.key))).toEqual([
			'{other',
			'{broken'
		]);
	});

	it('gives up snapshots to make room for the copy, which is the learner’s only one', () => {
		const storage = new MemoryStorage();
		snap(storage, 'rolling', 'r'.repeat(500), 0);
		storage.quotaChars = storage.usedChars() + 100;
		expect(keepCorrupt(storage, 'c'.repeat(300), at(1))).toMatchObject({ ok: true });
		expect(listSnapshots(storage)).toEqual([]);
	});
});

describe('removeStored', () => {
	it('removes snapshots and copies, and nothing else', () => {
		const storage = new MemoryStorage();
		storage.setItem(storageKey, 'main');
		const key = snap(storage, 'reset', 'x', 0);
		removeStored(storage, key);
		removeStored(storage, storageKey);
		expect(storage.getItem(key)).toBeNull();
		expect(storage.getItem(storageKey)).toBe('main');
	});
});
