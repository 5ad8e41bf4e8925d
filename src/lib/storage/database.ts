// What the app asks of its database (issue 17), so the rules of storing are written once and the
// database is a detail: browser/idb-database.ts is IndexedDB, memory-database.ts the same
// contract in memory for the node tests. Every write is one transaction: it lands whole or not
// at all, and a `put` or `delete` goes through only if the record still holds what this tab saw.
import { defaultSettings } from '../model/defaults';
import type { AppData, CollectionName } from '../model/schema';
import type { StoredSummary } from './backup';
import { collectionNames, type ChangedRecord, type StoreOp } from './records';
import type { SnapshotReason } from './snapshots';
import { readableData, validateData } from './store';

/**
 * The version of the database's layout (its stores and indexes): IndexedDB's own version
 * number. A newer app that changes the layout raises it; this one then opens read-only.
 */
export const storeVersion = 1;

/** the database every tab of the app opens */
export const databaseName = 'biology-study';

export interface StoredRecord {
	key: number;
	value: unknown;
}

/** everything the database holds, record by record, unvalidated */
export interface StoredState {
	/** undefined while no settings were stored */
	settings: unknown;
	lists: Record<CollectionName, StoredRecord[]>;
}

/** a snapshot or a kept copy of an unreadable state: what lists it (its text is stored apart) */
export interface SnapshotRecord {
	key: string;
	kind: 'snapshot' | 'corrupt';
	/** ISO time */
	takenAt: string;
	/** why a snapshot was taken; none for a kept copy */
	reason?: SnapshotReason;
	/** length of its text, in characters */
	chars: number;
	/** what it holds, counted when it was taken */
	summary?: StoredSummary;
}

export type WriteFailure = { ok: false; reason: 'quota' | 'unavailable'; message: string };

export type CommitResult =
	/** `added`: the key of each `add`, in the order of the ops */
	| { ok: true; added: number[] }
	/** another tab changed a record this commit meant to change: nothing was written */
	| { ok: false; reason: 'conflict' }
	| WriteFailure;

/** what a whole-state write stores instead of what it read */
export interface ReplacePlan<T> {
	data: AppData;
	snapshot?: { record: SnapshotRecord; text: string };
	/** snapshots deleted in the same transaction, to keep within the snapshot budget */
	evict?: readonly string[];
	/** handed back to the caller once the transaction is done */
	value: T;
}

export type ReplaceOutcome<T> =
	/** `keys`: the key of each item written, list by list, in order */
	| { ok: true; keys: Record<CollectionName, number[]>; value: T }
	| { ok: false; reason: 'refused'; message: string }
	| WriteFailure;

export interface Database {
	readAll(): Promise<StoredState>;
	/** the records of `refs` as they are now (`value` undefined when deleted), and the settings */
	readRecords(
		refs: readonly { store: CollectionName; key: number }[]
	): Promise<{ records: (ChangedRecord & { store: CollectionName })[]; settings: unknown }>;
	commit(ops: readonly StoreOp[]): Promise<CommitResult>;
	/**
	 * In one transaction: reads everything, hands it to `plan`, and stores what it returns
	 * instead (every list and the settings), with its snapshot. `plan` runs inside the
	 * transaction, so no other tab writes between the read and the write.
	 */
	replaceAll<T>(
		plan: (
			latest: StoredState,
			snapshots: readonly SnapshotRecord[]
		) => ReplacePlan<T> | { refused: string }
	): Promise<ReplaceOutcome<T>>;
	listSnapshots(): Promise<SnapshotRecord[]>;
	snapshotText(key: string): Promise<string | undefined>;
	/** stores a snapshot or a kept copy, deleting `evict` in the same transaction */
	putSnapshot(
		record: SnapshotRecord,
		text: string,
		evict?: readonly string[]
	): Promise<{ ok: true } | WriteFailure>;
	deleteSnapshots(keys: readonly string[]): Promise<boolean>;
	/** a small value of the app's own (when persistence was asked for) */
	getMeta(name: string): Promise<unknown>;
	/** writes a small value; also the probe that tells at once whether anything can be written */
	setMeta(name: string, value: unknown): Promise<{ ok: true } | WriteFailure>;
	close(): void;
}

export const emptyLists = (): Record<CollectionName, StoredRecord[]> =>
	Object.fromEntries(collectionNames.map((name) => [name, []])) as unknown as Record<
		CollectionName,
		StoredRecord[]
	>;

export type ReadStored =
	| { status: 'empty' }
	/** `keys`: each item's database key, list by list, in order */
	| {
			status: 'ok';
			data: AppData;
			keys: Record<CollectionName, number[]>;
			settingsStored: boolean;
	  }
	| { status: 'corrupt'; reason: string };

/**
 * Validates what the database holds with the very rules every stored or imported state meets
 * (`validateData`); settings not stored yet are the defaults.
 */
export function readStored(stored: StoredState): ReadStored {
	const empty =
		stored.settings === undefined &&
		collectionNames.every((name) => stored.lists[name].length === 0);
	if (empty) return { status: 'empty' };
	const candidate: Record<string, unknown> = {
		settings: stored.settings === undefined ? { ...defaultSettings } : stored.settings
	};
	for (const name of collectionNames)
		candidate[name] = stored.lists[name].map((record) => record.value);
	const valid = validateData(candidate);
	if (!valid.ok) return { status: 'corrupt', reason: valid.reason };
	const keys = Object.fromEntries(
		collectionNames.map((name) => [name, stored.lists[name].map((record) => record.key)])
	) as Record<CollectionName, number[]>;
	return { status: 'ok', data: valid.data, keys, settingsStored: stored.settings !== undefined };
}

/**
 * What can still be read of a database {@link readStored} refuses: every record that passes on its
 * own (`readableData`), the default settings in place of unreadable ones.
 *
 * @example
 * readableStored(stored) // { data, dropped: 1, kept: 41 }
 */
export function readableStored(stored: StoredState): ReturnType<typeof readableData> {
	const candidate: Record<string, unknown> = { settings: stored.settings };
	for (const name of collectionNames)
		candidate[name] = stored.lists[name].map((record) => record.value);
	return readableData(candidate);
}

/**
 * An unreadable database as text, to keep aside and download: a format-1 envelope (plain
 * objects), so once the bad field is mended by hand it imports like a backup. Values JSON cannot
 * hold (NaN, Infinity) are written as null.
 */
export function dumpStored(stored: StoredState, now: Date): string {
	const data: Record<string, unknown> = { settings: stored.settings ?? null };
	for (const name of collectionNames) data[name] = stored.lists[name].map((record) => record.value);
	return JSON.stringify({ version: 1, savedAt: now.toISOString(), data });
}

/**
 * Whether two texts kept aside hold the same thing: for dumps ({@link dumpStored}), the same
 * records whenever each was made, so an unreadable database opened on every page load is kept once.
 *
 * @example
 * sameDump(dumpStored(stored, monday), dumpStored(stored, tuesday)) // true
 */
export function sameDump(a: string, b: string): boolean {
	return withoutSavedAt(a) === withoutSavedAt(b);
}

const withoutSavedAt = (text: string) => text.replace(/^\{"version":1,"savedAt":"[^"]*",/, '{');
