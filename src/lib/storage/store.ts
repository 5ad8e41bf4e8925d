import {
	Envelope,
	Settings,
	collectionItems,
	collectionLimits,
	currentVersion,
	defaultSettings,
	type AppData as AppDataType,
	type CollectionName
} from '../model/schema';
import { formatCount, quotedId } from '../format/format';
import { describeIssue, fieldPath } from './issues';
import { appName } from './keys';
import { looksLikeBareData, migrate } from './migrations';
import { packData, unpackData } from './packed';
import { safeJsonParse } from './safe-json';
import { storageKey } from './keys';

export { storageKey } from './keys';

export type LoadResult =
	| { status: 'empty' }
	/** `savedAt` when the text says when it was saved (format 0 does not) */
	| { status: 'ok'; data: AppDataType; migratedFrom?: number; savedAt?: string }
	/** not JSON, or not our shape: the raw text is left where it is, untouched */
	| { status: 'corrupt'; raw: string; reason: string }
	/** written by a newer version of the app: shown read-only (`data` when it still reads as ours), never overwritten */
	| { status: 'newer'; version: number; raw: string; data?: AppDataType }
	/** storage itself cannot be read (disabled, blocked) */
	| { status: 'unavailable'; reason: string };

export type SaveResult =
	{ ok: true } | { ok: false; reason: 'quota' | 'unavailable'; message: string };

export const describeError = (error: unknown) =>
	error instanceof Error ? error.message : String(error);

const isQuotaError = (error: unknown) =>
	error instanceof Error &&
	(error.name === 'QuotaExceededError' ||
		error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
		/quota/i.test(error.message));

const listNouns: Record<CollectionName, string> = {
	attempts: 'answers',
	finishedQuizzes: 'finished quizzes',
	activeQuizzes: 'quizzes in progress',
	cards: 'flashcard states',
	reviewLog: 'reviews',
	undoStack: 'undo steps'
};

/** one item of each list, for "reviewLog[3]: must be a review" */
const itemNouns: Record<CollectionName, string> = {
	attempts: 'an answer',
	finishedQuizzes: 'a finished quiz',
	activeQuizzes: 'a quiz in progress',
	cards: 'a flashcard state',
	reviewLog: 'a review',
	undoStack: 'an undo step'
};

/**
 * Validates data of the current version, list by list and item by item, stopping at the first
 * problem: a hostile file with 100,000 bad items costs one failed item, not 100,000 error reports.
 */
export function validateData(
	value: unknown
): { ok: true; data: AppDataType } | { ok: false; reason: string } {
	if (value === null || typeof value !== 'object' || Array.isArray(value))
		return { ok: false, reason: 'its contents are not an object' };
	const record = value as Record<string, unknown>;
	const lists: Record<string, unknown[]> = {};
	for (const name of Object.keys(collectionLimits) as CollectionName[]) {
		const list = record[name];
		if (!Array.isArray(list)) return { ok: false, reason: `it has no list of ${listNouns[name]}` };
		if (list.length > collectionLimits[name])
			return {
				ok: false,
				reason: `it holds ${formatCount(list.length)} ${listNouns[name]}, more than the ${formatCount(collectionLimits[name])} the app keeps`
			};
		const schema = collectionItems[name];
		const items: unknown[] = new Array(list.length);
		for (let i = 0; i < list.length; i++) {
			const item = schema.safeParse(list[i]);
			if (!item.success) {
				const issue = item.error.issues[0];
				// an item that is not one at all (a packed item of the wrong form unpacks to null)
				if (!issue || (issue.path.length === 0 && issue.code === 'invalid_type'))
					return { ok: false, reason: `${fieldPath([name, i])}: must be ${itemNouns[name]}` };
				return { ok: false, reason: describeIssue([name, i], list[i], issue) };
			}
			items[i] = item.data;
		}
		lists[name] = items;
	}
	const settings = Settings.safeParse(record.settings);
	if (!settings.success) {
		const issue = settings.error.issues[0];
		return {
			ok: false,
			reason: issue
				? describeIssue(['settings'], record.settings, issue)
				: 'settings: must be an object'
		};
	}
	// every part is validated above, once; the whole is assembled from the parsed parts
	return { ok: true, data: { ...lists, settings: settings.data } as AppDataType };
}

/**
 * What can still be read of a state {@link validateData} refuses: each list without the items that
 * fail their schema (and beyond the app's limit), and the default settings in place of unreadable
 * ones. For a learner whose stored progress has one bad record: the rest is kept, as Anki's
 * "Check database" keeps what it can.
 *
 * @example
 * readableData({ ...stored, attempts: [good, 'GARBAGE'] }) // { data: { ..., attempts: [good] }, dropped: 1, kept: … }
 */
export function readableData(record: Record<string, unknown>): {
	data: AppDataType;
	dropped: number;
	kept: number;
} {
	let dropped = 0;
	let kept = 0;
	const lists: Record<string, unknown[]> = {};
	for (const name of Object.keys(collectionLimits) as CollectionName[]) {
		const list = Array.isArray(record[name]) ? (record[name] as unknown[]) : [];
		const readable: unknown[] = [];
		for (const value of list) {
			const item = collectionItems[name].safeParse(value);
			if (item.success) readable.push(item.data);
			else dropped++;
		}
		// beyond the app's limit, the newest are kept, as the app keeps them
		const items = readable.slice(-collectionLimits[name]);
		dropped += readable.length - items.length;
		kept += items.length;
		lists[name] = items;
	}
	// settings never stored are the defaults, neither kept nor left out
	const settings = record.settings === undefined ? undefined : Settings.safeParse(record.settings);
	if (settings?.success) kept++;
	else if (settings) dropped++;
	return {
		data: {
			...lists,
			settings: settings?.success ? settings.data : { ...defaultSettings }
		} as AppDataType,
		dropped,
		kept
	};
}

/**
 * Parses a stored or imported state: migrates old versions (the versioned envelope, or format 0,
 * the bare data object from before it) to the current one, unpacks it (packed.ts) and validates
 * it; refuses newer ones.
 */
export function readEnvelope(
	raw: string
): Exclude<LoadResult, { status: 'empty' | 'unavailable' }> {
	const parsed = safeJsonParse(raw);
	if (!parsed.ok) return { status: 'corrupt', raw, reason: parsed.reason };
	let version: number;
	let data: unknown;
	let savedAt: string | undefined;
	if (looksLikeBareData(parsed.value)) {
		version = 0;
		data = parsed.value;
	} else {
		const envelope = Envelope.safeParse(parsed.value);
		if (!envelope.success) {
			// a file that names this app is told what is wrong with it, field and value, as its data
			// would be: "not a saved state of this app" is for a file that is not ours at all
			const claimsOurs = (parsed.value as { app?: unknown } | null)?.app === appName;
			const issue = envelope.error.issues[0];
			return {
				status: 'corrupt',
				raw,
				reason:
					claimsOurs && issue
						? describeIssue([], parsed.value, issue)
						: 'it is not a saved state of this app'
			};
		}
		const { app } = envelope.data;
		// a backup names the app that wrote it; a stored state and older backups do not
		if (app !== undefined && app !== appName)
			return {
				status: 'corrupt',
				raw,
				reason: `it was saved by another app (${quotedId(app)}), not by this one`
			};
		({ version, data, savedAt } = envelope.data);
	}
	if (version > currentVersion) {
		// shown read-only when its data still reads as ours; never written back
		const readable = validateData(unpackData(data));
		return readable.ok
			? { status: 'newer', version, raw, data: readable.data }
			: { status: 'newer', version, raw };
	}
	let migrated: unknown;
	try {
		migrated = migrate(version, data);
	} catch (error) {
		return { status: 'corrupt', raw, reason: describeError(error) };
	}
	const valid = validateData(unpackData(migrated));
	if (!valid.ok) return { status: 'corrupt', raw, reason: valid.reason };
	return {
		status: 'ok',
		data: valid.data,
		...(version < currentVersion ? { migratedFrom: version } : {}),
		...(savedAt === undefined ? {} : { savedAt })
	};
}

/** The stored text itself, unparsed; undefined when nothing is stored or storage cannot be read. */
export function readRaw(storage: Storage | undefined, key = storageKey): string | undefined {
	try {
		return storage?.getItem(key) ?? undefined;
	} catch {
		return undefined;
	}
}

/** Serialises data in the current envelope, packed (format 2, packed.ts). */
export function toEnvelopeJson(data: AppDataType, now: Date): string {
	return JSON.stringify({
		version: currentVersion,
		savedAt: now.toISOString(),
		data: packData(data)
	});
}

/** the SaveResult for an error a write threw */
export const failure = (error: unknown): Exclude<SaveResult, { ok: true }> =>
	isQuotaError(error)
		? { ok: false, reason: 'quota', message: 'the browser storage for this site is full' }
		: {
				ok: false,
				reason: 'unavailable',
				message: `the browser refused to store it (${describeError(error)})`
			};
