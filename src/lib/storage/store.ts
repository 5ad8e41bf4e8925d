import { AppData, Envelope, currentVersion, type AppData as AppDataType } from './schema';
import { migrate } from './migrations';
import { safeJsonParse } from './safe-json';

/** the one key everything is stored under; the version lives inside the envelope */
export const storageKey = 'biology-study:state';

export type LoadResult =
	| { status: 'empty' }
	| { status: 'ok'; data: AppDataType; migratedFrom?: number }
	/** not JSON, or not our shape: the raw text is left where it is, untouched */
	| { status: 'corrupt'; raw: string; reason: string }
	/** written by a newer version of the app: usable read-only, never overwritten */
	| { status: 'newer'; version: number; raw: string }
	/** storage itself cannot be read (disabled, blocked) */
	| { status: 'unavailable'; reason: string };

export type SaveResult =
	| { ok: true }
	| { ok: false; reason: 'quota' | 'unavailable'; message: string };

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

const isQuotaError = (error: unknown) =>
	error instanceof Error &&
	(error.name === 'QuotaExceededError' ||
		error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
		/quota/i.test(error.message));

/** Parses a stored or imported envelope: validates, migrates old versions, refuses newer ones. */
export function readEnvelope(raw: string): Exclude<LoadResult, { status: 'empty' | 'unavailable' }> {
	const parsed = safeJsonParse(raw);
	if (!parsed.ok) return { status: 'corrupt', raw, reason: parsed.reason };
	const envelope = Envelope.safeParse(parsed.value);
	if (!envelope.success) return { status: 'corrupt', raw, reason: 'it is not a saved state of this app' };
	const { version, data } = envelope.data;
	if (version > currentVersion) return { status: 'newer', version, raw };
	let migrated: unknown;
	try {
		migrated = migrate(version, data);
	} catch (error) {
		return { status: 'corrupt', raw, reason: describe(error) };
	}
	const valid = AppData.safeParse(migrated);
	if (!valid.success)
		return { status: 'corrupt', raw, reason: `its contents do not have the expected shape` };
	return version < currentVersion
		? { status: 'ok', data: valid.data, migratedFrom: version }
		: { status: 'ok', data: valid.data };
}

/** Reads and validates the stored state. Never throws, never writes. */
export function readState(storage: Storage | undefined, key = storageKey): LoadResult {
	if (!storage) return { status: 'unavailable', reason: 'this browser offers no local storage' };
	let raw: string | null;
	try {
		raw = storage.getItem(key);
	} catch (error) {
		return { status: 'unavailable', reason: describe(error) };
	}
	if (raw === null) return { status: 'empty' };
	return readEnvelope(raw);
}

/** Serialises data in the current envelope. */
export function toEnvelopeJson(data: AppDataType, now: Date): string {
	return JSON.stringify({ version: currentVersion, savedAt: now.toISOString(), data });
}

/**
 * Tries a tiny write, so a learner hears that saving will not work before they answer anything,
 * not after (private modes, a full quota, storage disabled by policy).
 */
export function probeWritable(storage: Storage | undefined, key = `${storageKey}:probe`): SaveResult {
	if (!storage)
		return { ok: false, reason: 'unavailable', message: 'this browser offers no local storage' };
	try {
		storage.setItem(key, '1');
		storage.removeItem(key);
		return { ok: true };
	} catch (error) {
		return failure(error);
	}
}

const failure = (error: unknown): Exclude<SaveResult, { ok: true }> =>
	isQuotaError(error)
		? { ok: false, reason: 'quota', message: 'the browser storage for this site is full' }
		: {
				ok: false,
				reason: 'unavailable',
				message: `the browser refused to store it (${describe(error)})`
			};

/** Writes the state and says whether it worked; a failure leaves what was stored before intact. */
export function writeState(
	storage: Storage | undefined,
	data: AppDataType,
	now: Date,
	key = storageKey
): SaveResult {
	if (!storage)
		return { ok: false, reason: 'unavailable', message: 'this browser offers no local storage' };
	try {
		storage.setItem(key, toEnvelopeJson(data, now));
		return { ok: true };
	} catch (error) {
		return failure(error);
	}
}
