import { describe, expect, it } from 'vitest';
import {
	backupFileName,
	checkBackupSize,
	futureMoment,
	isAhead,
	maxBackupBytes,
	parseBackup,
	summarizeStored,
	toBackupJson
} from './backup';
import { currentVersion, emptyData } from '../model/schema';
import { attempt, card, dataWith, finished, review } from '../model/test-data';

const now = new Date('2026-03-27T10:00:00.000Z');
const sample = dataWith({
	attempts: [
		attempt('a1', { confidence: 'guess' }),
		attempt('a2', { correct: false, misconception: 'C07' })
	],
	finishedQuizzes: [finished('s-1')],
	cards: [card('card-1')],
	reviewLog: [review('r1')]
});

const envelope = (data: unknown, version = currentVersion) =>
	JSON.stringify({ version, savedAt: now.toISOString(), data });
/** a backup as format 1 wrote it: the data as plain objects */
const format1 = (data: unknown) => envelope(data, 1);

describe('toBackupJson and parseBackup', () => {
	it('round-trips everything, deep-equal', () => {
		const text = toBackupJson(sample, now);
		expect(JSON.parse(text)).toMatchObject({
			app: 'biology-of-an-llm-study',
			version: currentVersion
		});
		expect(parseBackup(text)).toStrictEqual({ ok: true, data: sample, savedAt: now.toISOString() });
	});

	it('writes the packed format of the stored state (format 3, packed as format 2 was)', () => {
		expect(JSON.parse(toBackupJson(sample, now))).toMatchObject({
			version: 3,
			data: {
				ids: ['card-1', 'q-1', 'mixed-10', 's-1'],
				reviewLog: [['r1', 0, 3, 1741597200000, 2, 1741597200000, 4, 5, 4]]
			}
		});
	});

	it('reads a format-1 backup (objects, ISO dates), and says it migrated it', () => {
		expect(parseBackup(format1(sample))).toStrictEqual({
			ok: true,
			data: sample,
			savedAt: now.toISOString(),
			migratedFrom: 1
		});
		expect(
			parseBackup(
				JSON.stringify({ app: 'biology-of-an-llm-study', ...JSON.parse(format1(sample)) })
			)
		).toMatchObject({
			ok: true,
			data: sample
		});
	});

	it('reads the stored envelope and the bare data of format 0 too, with a byte-order mark', () => {
		expect(
			parseBackup('\uFEFF' + envelope(JSON.parse(toBackupJson(sample, now)).data))
		).toMatchObject({
			ok: true,
			data: sample
		});
		expect(parseBackup('\uFEFF' + JSON.stringify({ attempts: sample.attempts }))).toEqual({
			ok: true,
			data: { ...emptyData(), attempts: sample.attempts },
			migratedFrom: 0
		});
	});

	it('names the file after the day', () => {
		expect(backupFileName(now)).toBe('biology-of-an-llm-backup-2026-03-27.json');
	});
});

describe('hostile files', () => {
	const refused = (text: string) => {
		const result = parseBackup(text);
		expect(result.ok).toBe(false);
		return result.ok ? '' : result.message;
	};

	it('refuses a file over 5 MB from its size alone', () => {
		expect(checkBackupSize(maxBackupBytes)).toEqual({ ok: true });
		expect(checkBackupSize(6 * 1024 * 1024)).toEqual({
			ok: false,
			message:
				'This file is larger than 5 MB (6,291,456 bytes); a backup of this app is at most 5 MB. Nothing was imported or changed.'
		});
		expect(refused(' '.repeat(maxBackupBytes + 1))).toMatch(/at most 5 MB/);
	});

	it('refuses text that is not JSON', () => {
		expect(refused('PK\u0003\u0004 not json')).toBe(
			'This file cannot be imported: it is not valid JSON. Nothing was imported or changed.'
		);
	});

	it('refuses JSON that is not a backup of this app', () => {
		expect(refused('{"hello":"world"}')).toBe(
			'This file cannot be imported: it is not a saved state of this app. Nothing was imported or changed.'
		);
		expect(refused('[1,2,3]')).toMatch(/not a saved state of this app/);
		// one that names this app but has markup for its date is told which field, not "not ours"
		const markup = '<img src=x onerror=alert(1)>';
		const named = JSON.parse(toBackupJson(sample, now));
		expect(refused(JSON.stringify({ ...named, savedAt: markup }))).toMatch(
			/^This file cannot be imported: savedAt: .+ Nothing was imported or changed\.$/
		);
		expect(refused(JSON.stringify({ ...named, savedAt: markup }))).not.toMatch(/not a saved state/);
		expect(refused(format1({ ...sample, attempts: [{ id: 1 }] }))).toMatch(
			/cannot be imported: attempts\[0\]\.id: must be an id \(text\)/
		);
		const packed = JSON.parse(toBackupJson(sample, now)).data;
		expect(
			refused(
				envelope({
					...packed,
					attempts: [[1, 0, 0, 0, 0, { type: 'true-false', value: true }, true]]
				})
			)
		).toMatch(/cannot be imported: attempts\[0\]\.id: must be an id \(text\)/);
	});

	it('refuses a newer format, saying which', () => {
		expect(refused(envelope(sample, currentVersion + 1))).toBe(
			`This backup was made by a newer version of the app (format ${currentVersion + 1}); this version reads formats up to ${currentVersion}. Nothing was imported or changed. Open the newest version of the app to import it.`
		);
	});

	it('refuses an impossible version', () => {
		expect(refused(envelope(sample, 0))).toMatch(/not a saved state of this app/);
		expect(refused(envelope(sample, 1.5))).toMatch(/not a saved state of this app/);
	});

	it('drops __proto__ and constructor.prototype keys and leaves Object.prototype alone', () => {
		const text = `{"__proto__":{"polluted":true},"version":1,"savedAt":"${now.toISOString()}","data":{"constructor":{"prototype":{"polluted":true}},"attempts":[{"__proto__":{"polluted":true},"id":"a","questionId":"q","setId":"s","sessionId":"s","answeredAt":"${now.toISOString()}","response":{"type":"true-false","value":true},"correct":true}],"finishedQuizzes":[],"activeQuizzes":[],"cards":[],"reviewLog":[],"undoStack":[],"settings":${JSON.stringify(emptyData().settings)}}}`;
		const result = parseBackup(text);
		expect(result).toMatchObject({ ok: true });
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.getPrototypeOf(result.ok ? result.data.attempts[0] : {})).toBe(Object.prototype);
	});

	it('refuses deep nesting and huge lists', () => {
		expect(refused(`{"data":${'['.repeat(10_000)}}`)).toMatch(/nested too deeply/);
		expect(refused(envelope({ ...sample, attempts: new Array(200_001).fill(0) }))).toMatch(
			/it holds 200,001 answers, more than the 200,000 the app keeps/
		);
		expect(refused(`[${new Array(600_000).fill(0).join(',')}]`)).toMatch(/more than 500,000 items/);
	});

	it('keeps markup and script URLs in fields as plain text, without changing them', () => {
		const hostile = '<img src=x onerror="alert(1)">';
		const data = dataWith({
			attempts: [
				attempt('a1', { setId: hostile, response: { type: 'typed', text: 'javascript:alert(1)' } })
			]
		});
		expect(parseBackup(toBackupJson(data, now))).toMatchObject({ ok: true, data });
	});
});

describe('futureMoment', () => {
	const now = new Date('2026-01-07T09:00:00.000Z');
	it('gives the latest moment of work past a day ahead of the clock', () => {
		const data = dataWith({
			attempts: [attempt('a1', { answeredAt: '2099-01-01T10:00:00.000Z' })],
			reviewLog: [review('r1', { reviewedAt: '2099-03-01T10:00:00.000Z' })],
			finishedQuizzes: [finished('q1', { finishedAt: '2026-01-06T10:00:00.000Z' })]
		});
		expect(futureMoment(data, now)).toBe('2099-03-01T10:00:00.000Z');
		// the moment of saving is not work
		expect(futureMoment(emptyData(), now)).toBeUndefined();
		expect(isAhead('2030-01-01T00:00:00.000Z', now)).toBe(true);
	});

	it('lets a device’s clock be a few hours fast, and past work alone pass', () => {
		const data = dataWith({
			attempts: [attempt('a1', { answeredAt: '2026-01-07T20:00:00.000Z' })],
			reviewLog: [review('r1', { reviewedAt: '2025-12-01T10:00:00.000Z' })]
		});
		expect(futureMoment(data, now)).toBeUndefined();
		expect(isAhead('2026-01-07T21:00:00.000Z', now)).toBe(false);
	});
});

describe('summarizeStored', () => {
	it('counts what a stored text holds, in any format, without validating it', () => {
		expect(summarizeStored(toBackupJson(sample, now))).toEqual({
			version: currentVersion,
			savedAt: now.toISOString(),
			answers: 2,
			quizzes: 1,
			reviews: 1,
			cards: 1
		});
		expect(summarizeStored(JSON.stringify({ attempts: [1, 2, 3] }))).toEqual({
			version: 0,
			answers: 3,
			quizzes: 0,
			reviews: 0,
			cards: 0
		});
		// a card a missed question brought into review, never reviewed, is not one studied
		expect(
			summarizeStored(
				JSON.stringify({
					attempts: [],
					cards: [{ cardId: 'a', reps: 0 }, { cardId: 'b', reps: 2 }, 7]
				})
			)?.cards
		).toBe(1);
		expect(summarizeStored('nope')).toBeUndefined();
		expect(summarizeStored('{"version":"1","data":{}}')).toBeUndefined();
	});
});
