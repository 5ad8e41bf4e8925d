// Issue 6: a year of daily use must fit comfortably in localStorage; format 2 packs the lists
// that grow every day. Packing must lose nothing, and unpacking must trust nothing.
import { describe, expect, it } from 'vitest';
import { packData, unpackData, type PackedData } from './packed';
import { safeJsonParse } from './safe-json';
import { currentVersion, emptyData, type AppData } from '../model/schema';
import { readEnvelope, toEnvelopeJson, validateData } from './store';
import { attempt, card, dataWith, finished, review } from '../model/test-data';

const now = new Date('2026-03-27T10:00:00.000Z');

const sample: AppData = dataWith({
	attempts: [
		attempt('a1', { confidence: 'guess', misconception: 'C07', correct: false }),
		attempt('a2', { questionId: 'q-2', response: { type: 'typed', text: 'x' }, override: true }),
		attempt('a3', {
			misconception: 'C12',
			correct: false,
			answeredAt: '2025-03-10T10:00:00+01:00'
		}),
		attempt('a4', { sessionId: 's-2', answeredAt: '2025-03-11T09:00:00Z' })
	],
	finishedQuizzes: [
		finished('s-1', { questionIds: ['q-1', 'q-2'], correct: 1, total: 2 }),
		// ended early by Finish now: 1 of its 8 questions answered
		finished('s-2', { questionIds: ['q-1'], correct: 1, total: 1, planned: 8 })
	],
	cards: [card('card-1')],
	reviewLog: [
		review('r1', { durationMs: 8412, stability: 2.3065, difficulty: 2.11810397 }),
		review('r2', { cardId: 'card-2', reviewedAt: '2025-03-10T09:00:00.123Z' }),
		review('r3', { due: '2025-03-10T10:00:00+01:00', durationMs: 0 })
	],
	undoStack: [{ cardId: 'card-1', previous: card('card-1'), logId: 'r1' }]
});

/** what reading `packed` gives, as the app reads it: validated after unpacking */
const read = (packed: unknown) => validateData(unpackData(packed));

/** the reason reading a format-2 `data` gives, through the whole read path */
function refusal(data: unknown): string {
	const result = readEnvelope(
		JSON.stringify({ version: currentVersion, savedAt: now.toISOString(), data })
	);
	return result.status === 'corrupt' ? result.reason : `not refused: ${result.status}`;
}

const packedSample = () => JSON.parse(JSON.stringify(packData(sample))) as PackedData;

describe('packData and unpackData', () => {
	it('give back exactly what was packed, through JSON, optional fields and odd time zones included', () => {
		const result = read(JSON.parse(JSON.stringify(packData(sample))));
		expect(result).toStrictEqual({ ok: true, data: sample });
		expect(read(packData(emptyData()))).toStrictEqual({ ok: true, data: emptyData() });
	});

	it('write each repeated id once, times as epoch ms, and leave trailing absent fields out', () => {
		const packed = packData(sample);
		expect(packed.ids).toEqual(['card-1', 'card-2', 'q-1', 'mixed-10', 's-1', 'q-2', 's-2']);
		expect(packed.reviewLog).toEqual([
			[
				'r1',
				0,
				3,
				Date.parse('2025-03-10T09:00:00.000Z'),
				2,
				Date.parse('2025-03-10T09:00:00.000Z'),
				2.3065,
				2.11810397,
				4,
				8412
			],
			[
				'r2',
				1,
				3,
				Date.parse('2025-03-10T09:00:00.123Z'),
				2,
				Date.parse('2025-03-10T09:00:00.000Z'),
				4,
				5,
				4
			],
			// a time not in toISOString's form is kept as its text, so it reads back unchanged
			[
				'r3',
				0,
				3,
				Date.parse('2025-03-10T09:00:00.000Z'),
				2,
				'2025-03-10T10:00:00+01:00',
				4,
				5,
				4,
				0
			]
		]);
		expect(packed.attempts[0]).toEqual([
			'a1',
			2,
			3,
			4,
			Date.parse('2025-03-10T09:00:00.000Z'),
			{ type: 'true-false', value: true },
			false,
			null,
			'guess',
			'C07'
		]);
		expect(packed.attempts[1]).toHaveLength(8);
		expect(packed.attempts[3]).toHaveLength(7);
		expect(packed.finishedQuizzes[0]).toEqual([
			4,
			3,
			Date.parse('2025-03-10T08:50:00.000Z'),
			Date.parse('2025-03-10T09:00:00.000Z'),
			[2, 5],
			1,
			2
		]);
		// a quiz ended early keeps how many questions it had, last
		expect(packed.finishedQuizzes[1]?.slice(5)).toEqual([1, 1, 8]);
		// the lists that do not grow every day are stored as they are
		expect(packed.cards).toBe(sample.cards);
		expect(packed.undoStack).toBe(sample.undoStack);
	});

	it('keep the 8 decimals ts-fsrs rounds stability and difficulty to, and no more', () => {
		const data = dataWith({
			reviewLog: [review('r1', { stability: 12.73519573, difficulty: 0.1 + 0.2 })]
		});
		const [entry] = packData(data).reviewLog;
		expect(entry?.[6]).toBe(12.73519573);
		expect(entry?.[7]).toBe(0.3);
	});

	it('store a year of reviews in about a third of the characters of format 1', () => {
		const reviewLog = Array.from({ length: 1000 }, (_, i) =>
			review(`m8280g${String(i).padStart(2, '0')}k3f9`, {
				cardId: `attribution-graphs-card-scale-limits-${i % 200}`,
				reviewedAt: new Date(Date.UTC(2025, 0, 6) + i * 86_400_000).toISOString(),
				stability: 12.73519573,
				difficulty: 5.28058029,
				durationMs: 8412
			})
		);
		const packed = JSON.stringify(packData(dataWith({ reviewLog }))).length;
		const plain = JSON.stringify(dataWith({ reviewLog })).length;
		expect(packed / plain).toBeLessThan(0.4);
	});
});

describe('reading format 2 (and 3, packed the same way)', () => {
	it('reads what toEnvelopeJson writes, and says nothing was migrated', () => {
		const raw = toEnvelopeJson(sample, now);
		expect(JSON.parse(raw)).toMatchObject({ version: 3, data: { ids: expect.any(Array) } });
		expect(readEnvelope(raw)).toStrictEqual({
			status: 'ok',
			data: sample,
			savedAt: now.toISOString()
		});
	});

	it('refuses an item that is not a tuple of the right length, at its index', () => {
		const packed = packedSample();
		expect(refusal({ ...packed, reviewLog: [...packed.reviewLog, { id: 'r9' }] })).toBe(
			'reviewLog[3]: must be a review'
		);
		expect(refusal({ ...packed, reviewLog: [packed.reviewLog[0]!.slice(0, 8)] })).toBe(
			'reviewLog[0]: must be a review'
		);
		expect(refusal({ ...packed, attempts: [[...packed.attempts[0]!, 'extra']] })).toBe(
			'attempts[0]: must be an answer'
		);
		// format 1's objects are not format 2's items
		expect(refusal({ ...packed, attempts: sample.attempts })).toBe(
			'attempts[0]: must be an answer'
		);
		expect(refusal({ ...packed, finishedQuizzes: [null] })).toBe(
			'finishedQuizzes[0]: must be a finished quiz'
		);
	});

	it('refuses a ref that is not a position in the table, naming the field', () => {
		const packed = packedSample();
		const withCardRef = (ref: unknown) => ({
			...packed,
			reviewLog: [Object.assign([...packed.reviewLog[0]!], { 1: ref })]
		});
		for (const ref of [7, -1, 0.5, '0', 'card-1', null, 1e300]) {
			expect(refusal(withCardRef(ref)), String(ref)).toBe(
				'reviewLog[0].cardId: must be an id (text)'
			);
		}
		expect(refusal({ ...packed, ids: 'card-1' })).toBe(
			'attempts[0].questionId: must be an id (text)'
		);
		expect(refusal({ ...packed, ids: [42, ...packed.ids.slice(1)] })).toBe(
			'reviewLog[0].cardId: must be an id (text) (it is 42)'
		);
		const finishedRefs = Object.assign([...packed.finishedQuizzes[0]!], { 4: [2, 99] });
		expect(refusal({ ...packed, finishedQuizzes: [finishedRefs] })).toBe(
			'finishedQuizzes[0].questionIds[1]: must be an id (text)'
		);
	});

	it('refuses a time that is neither epoch ms a Date can hold nor an ISO string', () => {
		const packed = packedSample();
		const withTime = (time: unknown) => ({
			...packed,
			attempts: [Object.assign([...packed.attempts[0]!], { 4: time })]
		});
		for (const time of [1.5, 8.64e15 + 1, -1e300, 'yesterday', null, true]) {
			expect(refusal(withTime(time)), String(time)).toMatch(
				/^attempts\[0\]\.answeredAt: must be a date and time such as 2026-03-27T09:00:00\.000Z/
			);
		}
		expect(read(withTime(0))).toMatchObject({
			ok: true,
			data: { attempts: [{ answeredAt: '1970-01-01T00:00:00.000Z' }] }
		});
	});

	it('refuses what would be wrong in an object too: a boolean as 1, a rating of 5, a bad response', () => {
		const packed = packedSample();
		const attemptWith = (index: number, value: unknown) => ({
			...packed,
			attempts: [Object.assign([...packed.attempts[0]!], { [index]: value })]
		});
		expect(refusal(attemptWith(6, 1))).toBe('attempts[0].correct: must be true or false (it is 1)');
		expect(refusal(attemptWith(8, 'certain'))).toBe(
			'attempts[0].confidence: must be sure, think or guess (it is “certain”)'
		);
		expect(refusal(attemptWith(5, { type: 'single' }))).toBe(
			'attempts[0].response.choice: must be an id (text)'
		);
		const review = Object.assign([...packed.reviewLog[0]!], { 2: 5 });
		expect(refusal({ ...packed, reviewLog: [review] })).toBe(
			'reviewLog[0].rating: must be at most 4 (it is 5)'
		);
	});

	it('refuses a list longer than the app keeps before unpacking a single item', () => {
		const packed = packedSample();
		const tooMany = new Array(200_001).fill(0);
		expect(refusal({ ...packed, attempts: tooMany })).toBe(
			'it holds 200,001 answers, more than the 200,000 the app keeps'
		);
		expect((unpackData({ ...packed, attempts: tooMany }) as { attempts: unknown }).attempts).toBe(
			tooMany
		);
	});

	it('refuses data that is not an object, or has no lists', () => {
		expect(refusal([])).toBe('its contents are not an object');
		expect(refusal(null)).toBe('its contents are not an object');
		expect(refusal({ ids: [] })).toBe('it has no list of answers');
	});

	it('builds new plain objects: ids and prototype keys in a file reach nothing', () => {
		const packed = packedSample();
		const text = JSON.stringify({
			version: currentVersion,
			savedAt: now.toISOString(),
			data: { ...packed, ids: ['__proto__', 'constructor', ...packed.ids.slice(2)] }
		}).replace('"type":"true-false"', '"__proto__":{"polluted":true},"type":"true-false"');
		expect(safeJsonParse(text).ok).toBe(true);
		const result = readEnvelope(text);
		expect(result).toMatchObject({ status: 'ok' });
		const data = result.status === 'ok' ? result.data : emptyData();
		// '__proto__' is only an id here, a string like any other
		expect(data.reviewLog[0]?.cardId).toBe('__proto__');
		expect(Object.getPrototypeOf(data.reviewLog[0])).toBe(Object.prototype);
		expect(Object.getPrototypeOf(data.attempts[0]?.response)).toBe(Object.prototype);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});

describe('packing a format-1 state (the migration)', () => {
	const migrated = (data: unknown) => read(JSON.parse(JSON.stringify(packData(data))));
	const bad = (lists: Record<string, unknown>) => migrated({ ...emptyData(), ...lists });

	it('never throws, and what is not a state stays what it was', () => {
		expect(packData('text')).toBe('text');
		expect(packData(null)).toBe(null);
		expect(packData([1])).toEqual([1]);
		expect(migrated({ attempts: 3 })).toEqual({ ok: false, reason: 'it has no list of answers' });
	});

	it('leaves every broken field broken: validation refuses it where it was', () => {
		expect(bad({ reviewLog: [{ ...review('r1'), reviewedAt: 1741597200000 }] })).toMatchObject({
			reason: 'reviewLog[0].reviewedAt: must be a date and time such as 2026-03-27T09:00:00.000Z'
		});
		expect(bad({ reviewLog: [{ ...review('r1'), cardId: 7 }] })).toMatchObject({
			reason: 'reviewLog[0].cardId: must be an id (text)'
		});
		expect(bad({ attempts: [{ ...attempt('a1'), correct: 'yes' }] })).toMatchObject({
			reason: 'attempts[0].correct: must be true or false (it is “yes”)'
		});
		// an item that is a list in format 1 would read as a tuple in format 2: it must not
		expect(
			bad({ attempts: [['a1', 0, 0, 0, 0, { type: 'true-false', value: true }, true]] })
		).toMatchObject({
			reason: 'attempts[0]: must be an answer'
		});
		expect(bad({ finishedQuizzes: [{ ...finished('s-1'), questionIds: 'q-1' }] })).toMatchObject({
			reason: 'finishedQuizzes[0].questionIds: must be an id (text)'
		});
		expect(
			bad({ attempts: [{ id: 'x' }, ...Array.from({ length: 1000 }, () => ({}))] })
		).toMatchObject({
			reason: 'attempts[0].questionId: must be an id (text)'
		});
	});
});
