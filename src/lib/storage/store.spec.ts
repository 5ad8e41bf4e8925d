import { describe, expect, it } from 'vitest';
import { MemoryStorage } from './memory-storage';
import { packData } from './packed';
import { AppData, emptyData, currentVersion } from '../model/schema';
import { probeWritable, readState, storageKey, validateData, writeState } from './store';
import { attempt, dataWith, review } from '../model/test-data';

const now = new Date('2026-03-27T10:00:00.000Z');

const quotaError = () => {
	const error = new Error('The quota has been exceeded.');
	error.name = 'QuotaExceededError';
	return error;
};

describe('readState', () => {
	it('reports empty storage as empty', () => {
		expect(readState(new MemoryStorage())).toEqual({ status: 'empty' });
	});

	it('reads back what writeState stored, in a versioned envelope', () => {
		const storage = new MemoryStorage();
		const data = emptyData();
		data.settings.numberKeys = false;
		expect(writeState(storage, data, now)).toEqual({ ok: true });
		const envelope = JSON.parse(storage.getItem(storageKey)!);
		expect(envelope).toMatchObject({ version: currentVersion, savedAt: now.toISOString() });
		expect(readState(storage)).toEqual({ status: 'ok', data, savedAt: now.toISOString() });
	});

	it('keeps text that is not JSON aside as corrupt, without touching it', () => {
		const storage = new MemoryStorage();
		storage.setItem(storageKey, '{not json');
		expect(readState(storage)).toEqual({
			status: 'corrupt',
			raw: '{not json',
			reason: 'it is not valid JSON'
		});
		expect(storage.getItem(storageKey)).toBe('{not json');
	});

	it('reports a wrong shape as corrupt', () => {
		const storage = new MemoryStorage();
		const raw = JSON.stringify({ version: 1, savedAt: now.toISOString(), data: { attempts: 3 } });
		storage.setItem(storageKey, raw);
		expect(readState(storage)).toMatchObject({ status: 'corrupt', raw });
	});

	it('reports a state from a newer version of the app as newer', () => {
		const storage = new MemoryStorage();
		const raw = JSON.stringify({
			version: currentVersion + 1,
			savedAt: now.toISOString(),
			data: {}
		});
		storage.setItem(storageKey, raw);
		expect(readState(storage)).toEqual({ status: 'newer', version: currentVersion + 1, raw });
	});

	it('shows a newer state read-only when its data still reads as ours (packed, with more fields)', () => {
		const storage = new MemoryStorage();
		const data = dataWith({ attempts: [attempt('a1')], reviewLog: [review('r1')] });
		const raw = JSON.stringify({
			version: currentVersion + 1,
			savedAt: now.toISOString(),
			data: { ...packData(data), extra: [1] }
		});
		storage.setItem(storageKey, raw);
		expect(readState(storage)).toEqual({ status: 'newer', version: currentVersion + 1, raw, data });
	});

	it('names where a wrong shape is, and stops at the first bad item', () => {
		const storage = new MemoryStorage();
		const data = {
			...emptyData(),
			attempts: [{ id: 'x' }, ...Array.from({ length: 1000 }, () => ({}))]
		};
		storage.setItem(storageKey, JSON.stringify({ version: 1, savedAt: now.toISOString(), data }));
		expect(readState(storage)).toMatchObject({
			status: 'corrupt',
			reason: 'attempts[0].questionId: must be an id (text)'
		});
	});

	it('refuses a list longer than the app keeps before validating its items', () => {
		const storage = new MemoryStorage();
		const data = { ...emptyData(), undoStack: Array.from({ length: 51 }, () => ({})) };
		storage.setItem(storageKey, JSON.stringify({ version: 1, savedAt: now.toISOString(), data }));
		expect(readState(storage)).toMatchObject({
			status: 'corrupt',
			reason: 'it holds 51 undo steps, more than the 50 the app keeps'
		});
	});

	it('reads the bare data of format 0 and says it migrated it', () => {
		const storage = new MemoryStorage();
		storage.setItem(storageKey, JSON.stringify({ attempts: [] }));
		expect(readState(storage)).toEqual({ status: 'ok', data: emptyData(), migratedFrom: 0 });
	});

	it('reports storage that throws on read as unavailable', () => {
		const storage = new MemoryStorage();
		storage.getItem = () => {
			throw new Error('SecurityError: access denied');
		};
		expect(readState(storage)).toEqual({
			status: 'unavailable',
			reason: 'SecurityError: access denied'
		});
		expect(readState(undefined).status).toBe('unavailable');
	});
});

describe('writeState', () => {
	it('reports a full quota and leaves the last saved state intact', () => {
		const storage = new MemoryStorage();
		const saved = emptyData();
		writeState(storage, saved, now);
		storage.failWith = quotaError();
		const changed = { ...emptyData(), settings: { ...saved.settings, askConfidence: true } };
		expect(writeState(storage, changed, now)).toEqual({
			ok: false,
			reason: 'quota',
			message: 'the browser storage for this site is full'
		});
		expect(readState(storage)).toEqual({ status: 'ok', data: saved, savedAt: now.toISOString() });
	});

	it('reports disabled storage as unavailable', () => {
		const storage = new MemoryStorage();
		storage.failWith = new Error('access denied');
		expect(writeState(storage, emptyData(), now)).toMatchObject({
			ok: false,
			reason: 'unavailable'
		});
		expect(writeState(undefined, emptyData(), now)).toMatchObject({
			ok: false,
			reason: 'unavailable'
		});
	});
});

describe('probeWritable', () => {
	it('says storage works when a write goes through, and leaves nothing behind', () => {
		const storage = new MemoryStorage();
		expect(probeWritable(storage)).toEqual({ ok: true });
		expect(storage.length).toBe(0);
	});

	it('says why storage does not work when a write throws', () => {
		const storage = new MemoryStorage();
		storage.failWith = quotaError();
		expect(probeWritable(storage)).toMatchObject({ ok: false, reason: 'quota' });
	});
});

describe('validateData', () => {
	it('gives what the whole schema gives, unknown keys stripped, in one pass over the items', () => {
		const data = {
			...emptyData(),
			attempts: [
				{
					id: 'a',
					questionId: 'q',
					setId: 's',
					sessionId: 's',
					answeredAt: now.toISOString(),
					response: { type: 'single', choice: 'b', extra: 1 },
					correct: true,
					extra: 'dropped'
				}
			],
			extra: 'dropped too',
			settings: { ...emptyData().settings, extra: true }
		};
		expect(validateData(data)).toEqual({ ok: true, data: AppData.parse(data) });
		expect(validateData({ ...data, settings: { numberKeys: 'yes' } })).toMatchObject({
			ok: false,
			reason: 'settings.numberKeys: must be true or false (it is “yes”)'
		});
		expect(validateData([])).toEqual({ ok: false, reason: 'its contents are not an object' });
	});
});
