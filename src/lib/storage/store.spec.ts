import { describe, expect, it } from 'vitest';
import { MemoryStorage } from './memory-storage';
import { packData } from './packed';
import { AppData, emptyData, currentVersion } from '../model/schema';
import {
	failure,
	readableData,
	readEnvelope,
	readRaw,
	storageKey,
	toEnvelopeJson,
	validateData
} from './store';
import { attempt, dataWith, review } from '../model/test-data';

const now = new Date('2026-03-27T10:00:00.000Z');

const quotaError = () => {
	const error = new Error('The quota has been exceeded.');
	error.name = 'QuotaExceededError';
	return error;
};

describe('readEnvelope', () => {
	it('reads back what toEnvelopeJson wrote, in a versioned envelope', () => {
		const data = emptyData();
		data.settings.numberKeys = false;
		const raw = toEnvelopeJson(data, now);
		expect(JSON.parse(raw)).toMatchObject({ version: currentVersion, savedAt: now.toISOString() });
		expect(readEnvelope(raw)).toEqual({ status: 'ok', data, savedAt: now.toISOString() });
	});

	it('reports text that is not JSON as corrupt, with the text as it was', () => {
		expect(readEnvelope('{not json')).toEqual({
			status: 'corrupt',
			raw: '{not json',
			reason: 'it is not valid JSON'
		});
	});

	it('reports a wrong shape as corrupt', () => {
		const raw = JSON.stringify({ version: 1, savedAt: now.toISOString(), data: { attempts: 3 } });
		expect(readEnvelope(raw)).toMatchObject({ status: 'corrupt', raw });
	});

	it('reports a state from a newer version of the app as newer', () => {
		const raw = JSON.stringify({
			version: currentVersion + 1,
			savedAt: now.toISOString(),
			data: {}
		});
		expect(readEnvelope(raw)).toEqual({ status: 'newer', version: currentVersion + 1, raw });
	});

	it('shows a newer state read-only when its data still reads as ours (packed, with more fields)', () => {
		const data = dataWith({ attempts: [attempt('a1')], reviewLog: [review('r1')] });
		const raw = JSON.stringify({
			version: currentVersion + 1,
			savedAt: now.toISOString(),
			data: { ...packData(data), extra: [1] }
		});
		expect(readEnvelope(raw)).toEqual({ status: 'newer', version: currentVersion + 1, raw, data });
	});

	it('names where a wrong shape is, and stops at the first bad item', () => {
		const data = {
			...emptyData(),
			attempts: [{ id: 'x' }, ...Array.from({ length: 1000 }, () => ({}))]
		};
		const raw = JSON.stringify({ version: 1, savedAt: now.toISOString(), data });
		expect(readEnvelope(raw)).toMatchObject({
			status: 'corrupt',
			reason: 'attempts[0].questionId: must be an id (text)'
		});
	});

	it('refuses a list longer than the app keeps before validating its items', () => {
		const data = { ...emptyData(), undoStack: Array.from({ length: 51 }, () => ({})) };
		const raw = JSON.stringify({ version: 1, savedAt: now.toISOString(), data });
		expect(readEnvelope(raw)).toMatchObject({
			status: 'corrupt',
			reason: 'it holds 51 undo steps, more than the 50 the app keeps'
		});
	});

	it('reads the bare data of format 0 and says it migrated it', () => {
		expect(readEnvelope(JSON.stringify({ attempts: [] }))).toEqual({
			status: 'ok',
			data: emptyData(),
			migratedFrom: 0
		});
	});
});

describe('readRaw', () => {
	it('gives the stored text, or undefined when there is none or storage throws on read', () => {
		const storage = new MemoryStorage();
		expect(readRaw(storage)).toBeUndefined();
		storage.setItem(storageKey, 'text');
		expect(readRaw(storage)).toBe('text');
		storage.getItem = () => {
			throw new Error('SecurityError: access denied');
		};
		expect(readRaw(storage)).toBeUndefined();
		expect(readRaw(undefined)).toBeUndefined();
	});
});

describe('failure', () => {
	it('tells a full quota from other refusals', () => {
		expect(failure(quotaError())).toEqual({
			ok: false,
			reason: 'quota',
			message: 'the browser storage for this site is full'
		});
		expect(failure(new Error('access denied'))).toEqual({
			ok: false,
			reason: 'unavailable',
			message: 'the browser refused to store it (access denied)'
		});
	});
});

describe('readableData', () => {
	it('keeps every item that reads on its own and leaves out the rest, counting both', () => {
		const good = dataWith({ attempts: [attempt('a1'), attempt('a2')], reviewLog: [review('r1')] });
		const damaged = {
			...good,
			attempts: [
				good.attempts[0],
				'GARBAGE!!',
				attempt('bad', { answeredAt: 'y' }),
				good.attempts[1]
			],
			cards: 'not a list'
		};
		expect(validateData(damaged)).toMatchObject({ ok: false });
		expect(readableData(damaged)).toEqual({ data: good, kept: 4, dropped: 2 });
	});

	it('puts the default settings in place of unreadable ones', () => {
		const damaged = {
			...dataWith({ attempts: [attempt('a1')] }),
			settings: { newCardsPerDay: 'x' }
		};
		expect(readableData(damaged)).toEqual({
			data: dataWith({ attempts: [attempt('a1')] }),
			kept: 1,
			dropped: 1
		});
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
