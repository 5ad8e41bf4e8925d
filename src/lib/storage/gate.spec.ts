// Issue 17: one set of rules for everything that enters the store. Every numeric field of a
// backup at ±1e308, ±Infinity, NaN, negative and out of range, every mismatched response and
// unknown reference: refused, naming the field; and whatever is accepted stores and reads back.
import { describe, expect, it } from 'vitest';
import type { KnownIds } from '../model/known-ids';
import { currentVersion, emptyData, type AppData } from '../model/schema';
import { attempt, card, dataWith, finished, review } from '../model/test-data';
import { parseBackup, toBackupJson } from './backup';
import { admitStored } from './gate';
import { packData } from './packed';
import { readEnvelope, toEnvelopeJson, validateData } from './store';

const now = new Date('2026-03-27T10:00:00.000Z');

const known: KnownIds = {
	questions: { 'q-1': 'true-false', 'q-2': 'single', 'q-3': 'typed', 'fc-1': 'fact-check' },
	cards: ['card-1', 'card-2'],
	sets: ['mixed-10', 'topic-rhyme-planning', 'mistakes', 'retry']
};

/** progress with an item in every list, each numeric field at a value the app writes */
const full = (): AppData =>
	dataWith({
		attempts: [
			attempt('a1'),
			attempt('a2', { questionId: 'q-3', response: { type: 'typed', text: 'x' } })
		],
		finishedQuizzes: [finished('s-1')],
		activeQuizzes: [
			{
				id: 's-2',
				setId: 'mixed-10',
				startedAt: '2025-03-11T09:00:00.000Z',
				questionIds: ['q-1', 'q-2'],
				layouts: [{ questionId: 'q-2', order: ['b', 'a'] }],
				position: 1,
				attempts: [attempt('a3', { sessionId: 's-2' })]
			}
		],
		cards: [card('card-1')],
		reviewLog: [review('r1', { durationMs: 8000 })],
		undoStack: [{ cardId: 'card-1', previous: card('card-1'), logId: 'r1' }]
	});

type Json = Record<string, unknown>;
const record = (value: unknown) => value as Json;
const list = (value: unknown) => value as unknown[];

/** a numeric field of the stored data: where it is, and how to set it in format 1 (objects) and format 2 (packed) */
interface NumericField {
	path: string;
	set: (data: Json, value: unknown) => void;
	/** in format 2, when the field is packed into a tuple */
	setPacked?: (data: Json, value: unknown) => void;
	/** values out of this field's range, beyond the ones every field refuses */
	outOfRange: unknown[];
}

const inList = (name: string, field: string) => (data: Json, value: unknown) => {
	record(list(data[name])[0])[field] = value;
};
const inTuple = (name: string, index: number) => (data: Json, value: unknown) => {
	list(list(data[name])[0])[index] = value;
};

const cardFields = (prefix: string, get: (data: Json) => Json): NumericField[] =>
	(
		[
			['stability', [36_500.01]],
			['difficulty', [10.5]],
			['elapsed_days', [3_652_501]],
			['scheduled_days', [36_501]],
			['learning_steps', [1.5, 1_001]],
			['reps', [0.5, 1_000_001]],
			['lapses', [2.5, 1_000_001]],
			['state', [4, 1.5]]
		] as const
	).map(([field, outOfRange]) => ({
		path: `${prefix}.${field}`,
		set: (data, value) => {
			get(data)[field] = value;
		},
		outOfRange: [...outOfRange]
	}));

const numericFields: NumericField[] = [
	...cardFields('cards[0]', (data) => record(list(data.cards)[0])),
	...cardFields('undoStack[0].previous', (data) =>
		record(record(list(data.undoStack)[0]).previous)
	),
	{
		path: 'reviewLog[0].rating',
		set: inList('reviewLog', 'rating'),
		setPacked: inTuple('reviewLog', 2),
		outOfRange: [0, 5, 2.5]
	},
	{
		path: 'reviewLog[0].state',
		set: inList('reviewLog', 'state'),
		setPacked: inTuple('reviewLog', 4),
		outOfRange: [4]
	},
	{
		path: 'reviewLog[0].stability',
		set: inList('reviewLog', 'stability'),
		setPacked: inTuple('reviewLog', 6),
		outOfRange: [36_501]
	},
	{
		path: 'reviewLog[0].difficulty',
		set: inList('reviewLog', 'difficulty'),
		setPacked: inTuple('reviewLog', 7),
		outOfRange: [11]
	},
	{
		path: 'reviewLog[0].scheduled_days',
		set: inList('reviewLog', 'scheduled_days'),
		setPacked: inTuple('reviewLog', 8),
		outOfRange: [36_501]
	},
	{
		path: 'reviewLog[0].durationMs',
		set: inList('reviewLog', 'durationMs'),
		setPacked: inTuple('reviewLog', 9),
		outOfRange: [0.5, 2 ** 53]
	},
	{
		path: 'reviewLog[0].reviewedAt',
		set: inList('reviewLog', 'reviewedAt'),
		setPacked: inTuple('reviewLog', 3),
		outOfRange: [8.64e15 + 1, 0.5]
	},
	{
		path: 'reviewLog[0].due',
		set: inList('reviewLog', 'due'),
		setPacked: inTuple('reviewLog', 5),
		outOfRange: [8.64e15 + 1]
	},
	{
		path: 'attempts[0].answeredAt',
		set: inList('attempts', 'answeredAt'),
		setPacked: inTuple('attempts', 4),
		outOfRange: [1.5]
	},
	{
		path: 'finishedQuizzes[0].startedAt',
		set: inList('finishedQuizzes', 'startedAt'),
		setPacked: inTuple('finishedQuizzes', 2),
		outOfRange: []
	},
	{
		path: 'finishedQuizzes[0].correct',
		set: inList('finishedQuizzes', 'correct'),
		setPacked: inTuple('finishedQuizzes', 5),
		outOfRange: [2, 0.5]
	},
	{
		path: 'finishedQuizzes[0].total',
		set: inList('finishedQuizzes', 'total'),
		setPacked: inTuple('finishedQuizzes', 6),
		outOfRange: [1_001, 1.5]
	},
	{
		path: 'activeQuizzes[0].position',
		set: inList('activeQuizzes', 'position'),
		outOfRange: [3, 1_001, 0.5]
	},
	...(
		[
			['newCardsPerDay', [10_000, 1.5]],
			['reviewsPerDay', [10_000]],
			['desiredRetention', [0.5, 1]]
		] as const
	).map(([field, outOfRange]) => ({
		path: `settings.${field}`,
		set: (data: Json, value: unknown) => {
			record(data.settings)[field] = value;
		},
		outOfRange: [...outOfRange]
	}))
];

/** what no numeric field takes; NaN and ±Infinity only exist in memory, a JSON file cannot hold them */
const everywhere = [1e308, -1e308, NaN, Infinity, -Infinity, -1];

/** a stand-in number, replaced in the file's text by the hostile token */
const sentinel = 987_654.321;
/** how a value is written in a JSON file: Infinity as 1e999 (JSON.parse reads it as Infinity) */
const token = (value: unknown) =>
	value === Infinity ? '1e999' : value === -Infinity ? '-1e999' : JSON.stringify(value);

/** a backup file (format 1 or 2) of `full()` with `field` at `value`, written as its JSON token */
function hostileFile(field: NumericField, value: unknown, version: 1 | 2): string {
	const data = JSON.parse(JSON.stringify(full())) as Json;
	let stored: Json = data;
	if (version === 2) {
		stored = JSON.parse(JSON.stringify(packData(full()))) as Json;
		(field.setPacked ?? field.set)(stored, sentinel);
	} else field.set(stored, sentinel);
	const text = JSON.stringify({
		app: 'biology-of-an-llm-study',
		version,
		savedAt: now.toISOString(),
		data: stored
	});
	expect(text.split(String(sentinel))).toHaveLength(2);
	return text.replace(String(sentinel), token(value));
}

const refusal = (text: string) => {
	const result = parseBackup(text, known);
	return result.ok ? 'accepted' : result.message;
};
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('every numeric field, at every hostile value, in either format', () => {
	it('the untouched sample is accepted, so each refusal below is the field’s', () => {
		expect(parseBackup(toBackupJson(full(), now), known)).toMatchObject({ ok: true, data: full() });
		expect(
			parseBackup(JSON.stringify({ version: 1, savedAt: now.toISOString(), data: full() }), known)
		).toMatchObject({ ok: true, data: full() });
	});

	for (const field of numericFields) {
		const values = [...everywhere.filter((v) => !Number.isNaN(v)), ...field.outOfRange];
		for (const version of [1, 2] as const) {
			it(`${field.path} (format ${version}) refused at ${values.map(token).join(', ')}`, () => {
				for (const value of values) {
					// a time field written as a number in format 1 is refused as not a time, as it should be
					expect(
						refusal(hostileFile(field, value, version)),
						`${field.path} = ${token(value)}`
					).toMatch(
						new RegExp(
							`^This file cannot be imported: ${escape(field.path)}: must be .+\\. Nothing was imported or changed\\.$`
						)
					);
				}
			});
		}
		it(`${field.path} refused in memory at NaN and ±Infinity too (what the loader validates)`, () => {
			for (const value of [NaN, Infinity, -Infinity]) {
				const data = JSON.parse(JSON.stringify(full())) as Json;
				field.set(data, value);
				const result = validateData(data);
				expect(result.ok, `${field.path} = ${value}`).toBe(false);
				if (!result.ok)
					expect(result.reason).toMatch(new RegExp(`^${escape(field.path)}: must be `));
			}
		});
	}

	it('says what the value must be and what it is', () => {
		const stability = numericFields.find((f) => f.path === 'reviewLog[0].stability')!;
		expect(refusal(hostileFile(stability, 1e308, 2))).toBe(
			'This file cannot be imported: reviewLog[0].stability: must be at most 36,500 (it is 1e+308). Nothing was imported or changed.'
		);
		expect(refusal(hostileFile(stability, -1e308, 1))).toBe(
			'This file cannot be imported: reviewLog[0].stability: must be at least 0 (it is -1e+308). Nothing was imported or changed.'
		);
		expect(refusal(hostileFile(stability, Infinity, 2))).toBe(
			'This file cannot be imported: reviewLog[0].stability: must be a finite number (it is Infinity). Nothing was imported or changed.'
		);
		const retention = numericFields.find((f) => f.path === 'settings.desiredRetention')!;
		expect(refusal(hostileFile(retention, 1, 2))).toBe(
			'This file cannot be imported: settings.desiredRetention: must be at most 0.99 (it is 1). Nothing was imported or changed.'
		);
		const correct = numericFields.find((f) => f.path === 'finishedQuizzes[0].correct')!;
		expect(refusal(hostileFile(correct, 2, 2))).toBe(
			'This file cannot be imported: finishedQuizzes[0].correct: must be at most the quiz’s total (it is 2). Nothing was imported or changed.'
		);
		const reviewedAt = numericFields.find((f) => f.path === 'reviewLog[0].reviewedAt')!;
		expect(refusal(hostileFile(reviewedAt, -1, 2))).toMatch(
			/reviewLog\[0\]\.reviewedAt: must be on or after 1 January 1970 \(it is “1969-12-31T23:59:59\.999Z”\)/
		);
	});
});

describe('issue 17: a stability of 1e308 no longer packs to null', () => {
	it('packing never turns a number into Infinity or null, even one the schema refuses', () => {
		for (const value of [1e308, -1e308, 1e300, 2 ** 60, 123.123456789]) {
			const packed = packData(
				dataWith({ reviewLog: [review('r1', { stability: value, difficulty: value })] })
			);
			const [entry] = JSON.parse(JSON.stringify(packed)).reviewLog as unknown[][];
			expect(entry?.[6], String(value)).toBeTypeOf('number');
			expect(Number.isFinite(entry?.[6]), String(value)).toBe(true);
		}
	});

	it('the backup the issue describes is refused, naming the field, instead of being stored as null', () => {
		const data = full();
		const hostile = JSON.stringify({
			version: 1,
			savedAt: now.toISOString(),
			data: { ...data, reviewLog: [{ ...data.reviewLog[0], stability: 1 }] }
		}).replace('"stability":1,', '"stability":1e308,');
		expect(refusal(hostile)).toBe(
			'This file cannot be imported: reviewLog[0].stability: must be at most 36,500 (it is 1e+308). Nothing was imported or changed.'
		);
	});
});

describe('references and response types (checked when the app’s ids are known)', () => {
	const withData = (change: (data: AppData) => AppData) => toBackupJson(change(full()), now);

	it('refuses a response whose type does not match its question', () => {
		expect(
			refusal(
				withData((d) => ({
					...d,
					attempts: [attempt('a1', { questionId: 'fc-1', response: { type: 'typed', text: 'x' } })]
				}))
			)
		).toBe(
			'This file cannot be imported: attempts[0].response.type: a typed response cannot answer the fact-check question “fc-1”. Nothing was imported or changed.'
		);
		const [quiz] = full().activeQuizzes;
		expect(
			refusal(
				withData((d) => ({
					...d,
					activeQuizzes: [
						{
							...quiz!,
							attempts: [
								attempt('a3', { sessionId: 's-2', response: { type: 'single', choice: 'a' } })
							]
						}
					]
				}))
			)
		).toMatch(
			/activeQuizzes\[0\]\.attempts\[0\]\.response\.type: a single response cannot answer the true-false question “q-1”/
		);
	});

	it('takes an "I don’t know" answer (a skip) to a question of any type', () => {
		expect(
			refusal(
				withData((d) => ({
					...d,
					attempts: [
						attempt('a1', { questionId: 'fc-1', response: { type: 'skip' }, correct: false })
					]
				}))
			)
		).toBe('accepted');
	});

	it('refuses questions, sets and cards the app does not have, naming the field', () => {
		const [quiz] = full().activeQuizzes;
		const cases: [(d: AppData) => AppData, string][] = [
			[
				(d) => ({ ...d, attempts: [attempt('a1', { questionId: 'gone' })] }),
				'attempts[0].questionId: no question “gone” in this app'
			],
			[
				(d) => ({ ...d, attempts: [attempt('a1', { setId: 'nope' })] }),
				'attempts[0].setId: no quiz set “nope” in this app'
			],
			[
				(d) => ({ ...d, finishedQuizzes: [finished('s-1', { setId: 'nope' })] }),
				'finishedQuizzes[0].setId: no quiz set “nope” in this app'
			],
			[
				(d) => ({ ...d, finishedQuizzes: [finished('s-1', { questionIds: ['q-1', 'gone'] })] }),
				'finishedQuizzes[0].questionIds[1]: no question “gone” in this app'
			],
			[
				(d) => ({ ...d, activeQuizzes: [{ ...quiz!, setId: 'unknown-set' }] }),
				'activeQuizzes[0].setId: no quiz set “unknown-set” in this app'
			],
			[
				(d) => ({ ...d, activeQuizzes: [{ ...quiz!, questionIds: ['q-1', 'gone'] }] }),
				'activeQuizzes[0].questionIds[1]: no question “gone” in this app'
			],
			[
				(d) => ({
					...d,
					activeQuizzes: [{ ...quiz!, layouts: [{ questionId: 'q-3', order: [] }] }]
				}),
				'activeQuizzes[0].layouts[0].questionId: not a question of this quiz'
			],
			[
				(d) => ({
					...d,
					activeQuizzes: [
						{
							...quiz!,
							attempts: [
								attempt('a3', { questionId: 'q-3', response: { type: 'typed', text: '' } })
							]
						}
					]
				}),
				'activeQuizzes[0].attempts[0].questionId: not a question of this quiz'
			],
			[
				(d) => ({
					...d,
					activeQuizzes: [{ ...quiz!, attempts: [attempt('a3', { setId: 'mistakes' })] }]
				}),
				'activeQuizzes[0].attempts[0].setId: not the set of this quiz (“mixed-10”)'
			],
			[
				(d) => ({ ...d, cards: [card('gone')] }),
				'cards[0].cardId: no flashcard “gone” in this app'
			],
			[
				(d) => ({ ...d, reviewLog: [review('r1', { cardId: 'gone' })] }),
				'reviewLog[0].cardId: no flashcard “gone” in this app'
			],
			[
				(d) => ({ ...d, undoStack: [{ cardId: 'gone', previous: null, logId: 'r1' }] }),
				'undoStack[0].cardId: no flashcard “gone” in this app'
			],
			[
				// undoing it would put the other card's state in place of this one's
				(d) => ({
					...d,
					undoStack: [{ cardId: 'card-1', previous: card('card-2'), logId: 'r1' }]
				}),
				'undoStack[0].previous.cardId: not the card of this undo step (“card-1”)'
			]
		];
		for (const [change, reason] of cases)
			expect(refusal(withData(change)), reason).toBe(
				`This file cannot be imported: ${reason}. Nothing was imported or changed.`
			);
	});

	it('without the app’s ids (the loader), references are not judged: a stored state whose question left the bank still loads', () => {
		const text = withData((d) => ({ ...d, attempts: [attempt('a1', { questionId: 'gone' })] }));
		expect(parseBackup(text)).toMatchObject({ ok: true });
		expect(readEnvelope(text)).toMatchObject({ status: 'ok' });
	});
});

describe('each record once', () => {
	const withData = (change: (data: AppData) => AppData) => toBackupJson(change(full()), now);

	it('keeps a record that is there twice, the same both times, once: what is counted is what is stored', () => {
		const data = full();
		const twice = withData((d) => ({
			...d,
			attempts: [...d.attempts, d.attempts[0]!],
			cards: [...d.cards, d.cards[0]!],
			reviewLog: [d.reviewLog[0]!, ...d.reviewLog],
			finishedQuizzes: [...d.finishedQuizzes, d.finishedQuizzes[0]!]
		}));
		expect(parseBackup(twice, known)).toMatchObject({ ok: true, data });
	});

	it('refuses two different records under one id, naming both', () => {
		expect(
			refusal(withData((d) => ({ ...d, cards: [...d.cards, card('card-1', { reps: 9 })] })))
		).toBe(
			'This file cannot be imported: cards[1]: a second, different record “card-1” (the first is cards[0]); keep one of them. Nothing was imported or changed.'
		);
		expect(
			refusal(
				withData((d) => ({
					...d,
					attempts: [...d.attempts, attempt('a1', { correct: false })]
				}))
			)
		).toMatch(/^This file cannot be imported: attempts\[2\]: a second, different record “a1”/);
	});
});

describe('the envelope', () => {
	it('refuses a file that says another app wrote it', () => {
		const text = JSON.stringify({
			app: 'another-study-app',
			version: currentVersion,
			savedAt: now.toISOString(),
			data: packData(full())
		});
		expect(refusal(text)).toBe(
			'This file cannot be imported: it was saved by another app (“another-study-app”), not by this one. Nothing was imported or changed.'
		);
		expect(refusal(text.replace('"another-study-app"', '42'))).toMatch(
			/not a saved state of this app/
		);
		// an envelope that names no app (the stored state, an older backup) still reads
		expect(parseBackup(toEnvelopeJson(full(), now), known)).toMatchObject({ ok: true });
	});

	it('refuses another app’s file before looking at its version', () => {
		const text = JSON.stringify({ app: 'x', version: 99, savedAt: now.toISOString(), data: {} });
		expect(refusal(text)).toMatch(/saved by another app \(“x”\)/);
	});
});

/** a seeded PRNG (mulberry32), so every run tries the same values */
function seeded(seed: number) {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe('whatever the gate accepts stores and reads back (property)', () => {
	// values at and around every bound, and arbitrary ones with many decimals
	const interesting = [
		0,
		-0,
		1,
		-1,
		0.5,
		1e-9,
		0.001,
		0.123456789123,
		3.99999999999,
		9.999999999,
		10,
		10.000000001,
		36_499.999999999,
		36_500,
		36_500.0000001,
		3_652_500,
		1e6,
		1e15,
		2 ** 53,
		1e308,
		-1e308,
		5e-324
	];

	it('accepted ⇒ packed and stored ⇒ read by the loader ⇒ equal, for 1,500 random backups', () => {
		const random = seeded(17);
		const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
		const value = () =>
			random() < 0.7 ? pick(interesting) : (random() - 0.3) * 10 ** Math.floor(random() * 12);
		let accepted = 0;
		for (let run = 0; run < 1_500; run++) {
			const data = JSON.parse(JSON.stringify(full())) as Json;
			// one to three fields at a time, in either format
			for (let n = 1 + Math.floor(random() * 3); n > 0; n--) pick(numericFields).set(data, value());
			const version = random() < 0.5 ? 1 : 2;
			const text = JSON.stringify({
				version,
				savedAt: now.toISOString(),
				data: version === 2 ? packData(data) : data
			});
			const result = parseBackup(text, known);
			if (!result.ok) {
				expect(result.message).toMatch(/^This file cannot be imported: [\w[\].]+: /);
				continue;
			}
			accepted++;
			const stored = readEnvelope(toEnvelopeJson(result.data, now));
			expect(stored.status, text).toBe('ok');
			if (stored.status === 'ok') expect(stored.data).toStrictEqual(result.data);
			// and once more, as the next import of the backup downloaded after it would be
			expect(parseBackup(toBackupJson(result.data, now), known)).toMatchObject({
				ok: true,
				data: result.data
			});
		}
		// the check above must have run on a good share of the cases
		expect(accepted).toBeGreaterThan(150);
	}, 60_000);

	it('export → import gives back the very same data', () => {
		const data = full();
		const first = parseBackup(toBackupJson(data, now), known);
		expect(first).toStrictEqual({ ok: true, data, savedAt: now.toISOString() });
		expect(admitStored(toBackupJson(data, now))).toStrictEqual({
			ok: true,
			data,
			savedAt: now.toISOString()
		});
		expect(validateData(emptyData())).toMatchObject({ ok: true });
	});
});
