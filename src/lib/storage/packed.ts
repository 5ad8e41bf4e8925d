// Storage format 2: the stored data is AppData with the lists that grow every day written
// compactly. A year of daily reviews is 18,000 review-log entries, and as objects with ISO dates
// each one took about 250 characters: 88% of a 5-million-character localStorage (issue 6). As
// tuples, with times in epoch milliseconds and repeated ids written once in a table, they take a
// third of that. Only the stored text changes: the app works with AppData as before, and every
// read unpacks, then validates with the AppData schema, item by item.
import {
	collectionLimits,
	type AppData,
	type Attempt,
	type FinishedQuiz,
	type ReviewLogEntry
} from '../model/schema';

/**
 * A review-log entry: `[id, cardRef, rating, reviewedAt, state, due, stability, difficulty,
 * scheduled_days, durationMs?]`. A ref is a position in the data's `ids`; a time is epoch
 * milliseconds (or the ISO string itself, when it is not in the form `toISOString` writes).
 */
export type PackedReview = [
	id: string,
	cardRef: number,
	rating: number,
	reviewedAt: number | string,
	state: number,
	due: number | string,
	stability: number,
	difficulty: number,
	scheduled_days: number,
	durationMs?: number
];

/**
 * An answer: `[id, questionRef, setRef, sessionRef, answeredAt, response, correct, override?,
 * confidence?, misconception?]`, with null for an optional field that is absent before one that
 * is there, and trailing absent fields left out.
 */
export type PackedAttempt = [
	id: string,
	questionRef: number,
	setRef: number,
	sessionRef: number,
	answeredAt: number | string,
	response: Attempt['response'],
	correct: boolean,
	override?: boolean | null,
	confidence?: Attempt['confidence'] | null,
	misconception?: string | null
];

/**
 * a finished quiz: `[idRef, setRef, startedAt, finishedAt, questionRefs, correct, total, planned?]`
 * (`planned` only for one ended early)
 */
export type PackedFinishedQuiz = [
	idRef: number,
	setRef: number,
	startedAt: number | string,
	finishedAt: number | string,
	questionRefs: number[],
	correct: number,
	total: number
];

/** the `data` of a format-2 envelope */
export interface PackedData extends Omit<AppData, 'attempts' | 'finishedQuizzes' | 'reviewLog'> {
	/** the card, question, set and session ids the packed lists refer to, each once */
	ids: string[];
	attempts: PackedAttempt[];
	finishedQuizzes: PackedFinishedQuiz[];
	reviewLog: PackedReview[];
}

/**
 * Decimals kept of a logged stability and difficulty: ts-fsrs rounds both to 8 itself, so this
 * changes nothing the scheduler wrote, and keeps a value from elsewhere from taking 17 digits.
 */
export const fsrsDecimals = 8;
const fsrsFactor = 10 ** fsrsDecimals;

/** the lengths a packed item may have: every field, or without the trailing optional ones */
const reviewLength = { min: 9, max: 10 } as const;
const attemptLength = { min: 7, max: 10 } as const;
const finishedLength = { min: 7, max: 8 } as const;

/** the largest time a Date holds, in ms either side of 1970 */
const maxTime = 8.64e15;

const isRecord = (value: unknown): value is Record<string, unknown> =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

/** the ids table being written: each id once, numbered in the order first met */
class IdTable {
	readonly ids: string[] = [];
	#refs = new Map<string, number>();

	/** the position of `id`; -1, which reads back as no id, for anything that is not a string */
	ref(id: unknown): number {
		if (typeof id !== 'string') return -1;
		let ref = this.#refs.get(id);
		if (ref === undefined) {
			ref = this.ids.length;
			this.ids.push(id);
			this.#refs.set(id, ref);
		}
		return ref;
	}
}

/**
 * A time as epoch ms when that gives back the very same text, else the text itself: nothing a
 * state holds is changed by storing it. Not a string: null, which no time reads back as.
 */
function packTime(value: unknown): number | string | null {
	if (typeof value !== 'string') return null;
	const ms = Date.parse(value);
	return Number.isFinite(ms) && new Date(ms).toISOString() === value ? ms : value;
}

/**
 * Past this size a double has no 8th decimal to drop, and `value * fsrsFactor` can overflow to
 * Infinity, which JSON writes as null (issue 17: 1e308 was stored as null and the state could no
 * longer be read). Such a value is kept exactly as it is, for validation to judge.
 */
const roundableLimit = Number.MAX_SAFE_INTEGER / fsrsFactor;

/** a logged stability or difficulty to 8 decimals; never a value the number was not */
const packFsrs = (value: unknown) =>
	typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < roundableLimit
		? Math.round(value * fsrsFactor) / fsrsFactor
		: value;

/** an absent optional field as null, which a tuple can hold in its place */
const packOptional = (value: unknown) => (value === undefined ? null : value);

/** drops the trailing nulls of optional fields, down to `min` items */
function trimmed<T extends unknown[]>(tuple: T, min: number): T {
	while (tuple.length > min && tuple[tuple.length - 1] === null) tuple.pop();
	return tuple;
}

function packReview(entry: Record<string, unknown>, ids: IdTable): unknown[] {
	return trimmed(
		[
			entry.id,
			ids.ref(entry.cardId),
			entry.rating,
			packTime(entry.reviewedAt),
			entry.state,
			packTime(entry.due),
			packFsrs(entry.stability),
			packFsrs(entry.difficulty),
			entry.scheduled_days,
			packOptional(entry.durationMs)
		],
		reviewLength.min
	);
}

function packAttempt(attempt: Record<string, unknown>, ids: IdTable): unknown[] {
	return trimmed(
		[
			attempt.id,
			ids.ref(attempt.questionId),
			ids.ref(attempt.setId),
			ids.ref(attempt.sessionId),
			packTime(attempt.answeredAt),
			attempt.response,
			attempt.correct,
			packOptional(attempt.override),
			packOptional(attempt.confidence),
			packOptional(attempt.misconception)
		],
		attemptLength.min
	);
}

function packFinished(quiz: Record<string, unknown>, ids: IdTable): unknown[] {
	const { questionIds } = quiz;
	return trimmed(
		[
			// a quiz's id is the session id of its answers: one entry in the table serves both
			ids.ref(quiz.id),
			ids.ref(quiz.setId),
			packTime(quiz.startedAt),
			packTime(quiz.finishedAt),
			Array.isArray(questionIds) ? questionIds.map((id: unknown) => ids.ref(id)) : null,
			quiz.correct,
			quiz.total,
			packOptional(quiz.planned)
		],
		finishedLength.min
	);
}

/**
 * Packs each item of a list; anything that is not a list, or longer than the app keeps, stays
 * as it is, and an item that is not an object becomes null, so validation refuses them after
 * unpacking as it would have before.
 */
function packList(
	list: unknown,
	limit: number,
	pack: (item: Record<string, unknown>) => unknown[]
): unknown {
	if (!Array.isArray(list) || list.length > limit) return list;
	return list.map((item: unknown) => (isRecord(item) ? pack(item) : null));
}

/**
 * The stored form of `data` (format 2). Also the migration from format 1, so it takes any value
 * and never throws: what is not AppData is carried over so that it still fails validation once
 * unpacked (a missing id, a time that is not a string, an item that is not an object), except
 * that an explicit null in an optional field of a format-1 state reads back as absent.
 *
 * @example
 * packData(data).reviewLog[0] // ['m8280g00k3f9', 0, 3, 1741597200000, 2, 1741597200000, 4, 5, 4, 8000]
 */
export function packData(data: AppData): PackedData;
export function packData(data: unknown): unknown;
export function packData(data: unknown): unknown {
	if (!isRecord(data)) return data;
	const ids = new IdTable();
	// the review log first: its card ids are most of the table, and a year of use has 200 of them
	const reviewLog = packList(data.reviewLog, collectionLimits.reviewLog, (entry) =>
		packReview(entry, ids)
	);
	const attempts = packList(data.attempts, collectionLimits.attempts, (attempt) =>
		packAttempt(attempt, ids)
	);
	const finishedQuizzes = packList(data.finishedQuizzes, collectionLimits.finishedQuizzes, (quiz) =>
		packFinished(quiz, ids)
	);
	return {
		ids: ids.ids,
		attempts,
		finishedQuizzes,
		activeQuizzes: data.activeQuizzes,
		cards: data.cards,
		reviewLog,
		undoStack: data.undoStack,
		settings: data.settings
	};
}

/** the id at `ref` in the table; undefined (which validation refuses) for a ref that is not one */
const idAt = (ids: readonly unknown[], ref: unknown): unknown =>
	typeof ref === 'number' && Number.isInteger(ref) && ref >= 0 && ref < ids.length
		? ids[ref]
		: undefined;

/** epoch ms back to the ISO text; anything else is handed on for validation to judge */
const unpackTime = (value: unknown): unknown =>
	typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= maxTime
		? new Date(value).toISOString()
		: value;

/** the fields an optional value adds to an object: none when it is null or left out */
const optional = <K extends string>(key: K, value: unknown) =>
	value === null || value === undefined ? {} : { [key]: value };

const isTuple = (item: unknown, length: { min: number; max: number }): item is unknown[] =>
	Array.isArray(item) && item.length >= length.min && item.length <= length.max;

function unpackReview(item: unknown, ids: readonly unknown[]): unknown {
	if (!isTuple(item, reviewLength)) return null;
	const [
		id,
		cardRef,
		rating,
		reviewedAt,
		state,
		due,
		stability,
		difficulty,
		scheduledDays,
		durationMs
	] = item;
	return {
		id,
		cardId: idAt(ids, cardRef),
		rating,
		reviewedAt: unpackTime(reviewedAt),
		state,
		due: unpackTime(due),
		stability,
		difficulty,
		scheduled_days: scheduledDays,
		...optional('durationMs', durationMs)
	} satisfies { [K in keyof ReviewLogEntry]?: unknown };
}

function unpackAttempt(item: unknown, ids: readonly unknown[]): unknown {
	if (!isTuple(item, attemptLength)) return null;
	const [
		id,
		questionRef,
		setRef,
		sessionRef,
		answeredAt,
		response,
		correct,
		override,
		confidence,
		misconception
	] = item;
	return {
		id,
		questionId: idAt(ids, questionRef),
		setId: idAt(ids, setRef),
		sessionId: idAt(ids, sessionRef),
		answeredAt: unpackTime(answeredAt),
		response,
		correct,
		...optional('override', override),
		...optional('confidence', confidence),
		...optional('misconception', misconception)
	} satisfies { [K in keyof Attempt]?: unknown };
}

function unpackFinished(item: unknown, ids: readonly unknown[]): unknown {
	if (!isTuple(item, finishedLength)) return null;
	const [idRef, setRef, startedAt, finishedAt, questionRefs, correct, total, planned] = item;
	return {
		id: idAt(ids, idRef),
		setId: idAt(ids, setRef),
		startedAt: unpackTime(startedAt),
		finishedAt: unpackTime(finishedAt),
		questionIds: Array.isArray(questionRefs)
			? questionRefs.map((ref: unknown) => idAt(ids, ref))
			: undefined,
		correct,
		total,
		...optional('planned', planned)
	} satisfies { [K in keyof FinishedQuiz]?: unknown };
}

/** unpacks each item of a list; a list too long is left for validation to refuse before its items */
function unpackList(list: unknown, limit: number, unpack: (item: unknown) => unknown): unknown {
	if (!Array.isArray(list) || list.length > limit) return list;
	return list.map(unpack);
}

/**
 * Format-2 data back in the shape of AppData, for validation to check: it builds new objects
 * with known keys only, never throws, and turns a malformed item into null (refused at its
 * index) and a bad ref or time into a field validation refuses. Nothing here is trusted yet.
 *
 * @example
 * validateData(unpackData(packData(data))) // { ok: true, data } (deep-equal)
 */
export function unpackData(value: unknown): unknown {
	if (!isRecord(value)) return value;
	const ids: readonly unknown[] = Array.isArray(value.ids) ? value.ids : [];
	return {
		attempts: unpackList(value.attempts, collectionLimits.attempts, (item) =>
			unpackAttempt(item, ids)
		),
		finishedQuizzes: unpackList(value.finishedQuizzes, collectionLimits.finishedQuizzes, (item) =>
			unpackFinished(item, ids)
		),
		activeQuizzes: value.activeQuizzes,
		cards: value.cards,
		reviewLog: unpackList(value.reviewLog, collectionLimits.reviewLog, (item) =>
			unpackReview(item, ids)
		),
		undoStack: value.undoStack,
		settings: value.settings
	};
}
