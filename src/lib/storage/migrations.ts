import { packData } from './packed';
import { currentVersion, defaultSettings } from '../model/schema';

/** turns the data of version N into the data of version N + 1 */
export type Migration = (data: unknown) => unknown;

const isRecord = (value: unknown): value is Record<string, unknown> =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

/** the lists of the stored data; a format-0 state may lack any of them */
const listNames = [
	'attempts',
	'finishedQuizzes',
	'activeQuizzes',
	'cards',
	'reviewLog',
	'undoStack'
] as const;

/**
 * Format 0 is the shape before the versioned envelope: the data object stored bare, as
 * `JSON.stringify(data)`, with no version, and with any list or setting the app added later
 * missing. Format 1 wraps it in `{ version, savedAt, data }` and has every field. A missing list
 * becomes empty and missing settings take their defaults; a field that is there but wrong is left
 * as it is, so validation refuses it rather than this step hiding it.
 */
function fromBareData(data: unknown): unknown {
	if (!isRecord(data)) throw new Error('format 0 data is not an object');
	const result: Record<string, unknown> = {};
	for (const name of listNames) result[name] = data[name] === undefined ? [] : data[name];
	result.settings =
		data.settings === undefined
			? { ...defaultSettings }
			: isRecord(data.settings)
				? { ...defaultSettings, ...data.settings }
				: data.settings;
	return result;
}

/**
 * Format 2 stores the same data with the review log, the answers and the finished quizzes packed
 * as tuples, times as epoch ms and repeated ids in a table (packed.ts); format 1 stored them as
 * objects. Packing takes any value and leaves what is not format-1 data still invalid once
 * unpacked, so a broken state is refused by validation, with the same reason, as before.
 */
const toPacked: Migration = (data) => packData(data);

/**
 * Format 3 (issue 13) keeps format 2's packing and adds two things: an answer may be "I don't
 * know" (a `{ type: 'skip' }` response, which an older app could not read: hence a new version,
 * which it opens read-only), and the settings hold the quiz length, which a format-2 state lacks
 * and gets as its default. A learner's other settings are kept as they are, `askConfidence`
 * included: its new default (on) is for new learners, since a stored `false` may be a choice.
 */
const withQuizLength: Migration = (data) => {
	if (!isRecord(data) || !isRecord(data.settings) || 'quizLength' in data.settings) return data;
	return { ...data, settings: { ...data.settings, quizLength: defaultSettings.quizLength } };
};

/**
 * migrations[N] upgrades version N to N + 1. Each has fixtures of the old format in
 * fixtures/migrations/vN-*, and migrations.spec.ts checks they land on the current schema.
 * The result of the last step is unpacked and validated by readEnvelope (store.ts).
 */
export const migrations: Record<number, Migration> = {
	0: fromBareData,
	1: toPacked,
	2: withQuizLength
};

/** the keys that tell a bare format-0 state from any other JSON object */
export function looksLikeBareData(value: unknown): value is Record<string, unknown> {
	if (!isRecord(value) || 'version' in value) return false;
	return [...listNames, 'settings'].some((name) => name in value);
}

/** Brings data stored at `version` up to the current version; throws when a step is missing. */
export function migrate(version: number, data: unknown): unknown {
	let result = data;
	for (let v = version; v < currentVersion; v += 1) {
		const step = migrations[v];
		if (!step) throw new Error(`no migration from version ${v}`);
		result = step(result);
	}
	return result;
}
