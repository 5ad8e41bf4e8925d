// The Database contract (storage/database.ts) on IndexedDB, through `idb`. Every write is one
// transaction with `durability: 'strict'`: it resolves only once the browser has flushed it to
// disk, so what the learner sees after an answer or a grade survives a crash or a dead battery.
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { CollectionName } from '$lib/model/schema';
import {
	databaseName,
	emptyLists,
	storeVersion,
	type CommitResult,
	type Database,
	type ReplaceOutcome,
	type ReplacePlan,
	type SnapshotRecord,
	type StoredState,
	type WriteFailure
} from '$lib/storage/database';
import {
	collectionNames,
	idField,
	namedStores,
	sameValue,
	type StoreOp
} from '$lib/storage/records';
import { describeError, failure } from '$lib/storage/store';

const meta = 'meta';
const snapshots = 'snapshots';
const snapshotTexts = 'snapshotTexts';
const strict = { durability: 'strict' } as const;

type Db = IDBPDatabase;
type Tx = IDBPTransaction<unknown, string[], 'readwrite'>;
type AnyTx = IDBPTransaction<unknown, string[], IDBTransactionMode>;

/** the layout of version 1: a store per list (keys in order of writing), settings and snapshots */
function upgrade(db: Db, oldVersion: number) {
	if (oldVersion >= 1) return;
	for (const name of collectionNames) {
		const store = db.createObjectStore(name, { autoIncrement: true });
		if (namedStores.includes(name)) store.createIndex('id', idField[name]);
	}
	db.createObjectStore(meta);
	db.createObjectStore(snapshots, { keyPath: 'key' });
	db.createObjectStore(snapshotTexts);
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * A request's outcome, never a rejection: an aborted transaction rejects every pending request,
 * and a request can also throw at once (a value that cannot be stored, a full disk).
 */
function settle<T>(request: () => Promise<T>): Promise<Settled<T>> {
	try {
		return request().then(
			(value) => ({ ok: true as const, value }),
			(error: unknown) => ({ ok: false as const, error })
		);
	} catch (error) {
		return Promise.resolve({ ok: false, error });
	}
}

/**
 * Makes the writes of one transaction, and aborts it when any of them fails, so it never
 * commits half of them. Resolves to each write's value, or to the first failure.
 */
async function writeAll<T>(
	tx: Tx,
	requests: (() => Promise<T>)[]
): Promise<{ ok: true; values: T[] } | { ok: false; error: unknown }> {
	const results = await Promise.all(requests.map(settle));
	const failed = results.find((result) => !result.ok);
	if (failed && !failed.ok) {
		abort(tx);
		return failed;
	}
	return {
		ok: true,
		values: results.map((result) => (result.ok ? result.value : (undefined as T)))
	};
}

/** the transaction's end: undefined once committed, or why it was not */
const ending = (tx: Tx) =>
	tx.done.then(
		() => undefined,
		(error: unknown) => error ?? new Error('the transaction was aborted')
	);

function abort(tx: Tx) {
	try {
		tx.abort();
	} catch {
		// already finished: its end says how
	}
}

async function readState(tx: AnyTx, names: readonly string[]): Promise<StoredState> {
	const lists = emptyLists();
	await Promise.all(
		collectionNames
			.filter((name) => names.includes(name))
			.map(async (name) => {
				const store = tx.objectStore(name);
				const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
				lists[name] = values.map((value, i) => ({ key: keys[i] as number, value }));
			})
	);
	const settings = names.includes(meta) ? await tx.objectStore(meta).get('settings') : undefined;
	return { settings, lists };
}

export class IdbDatabase implements Database {
	#db: Db;

	constructor(db: Db) {
		this.#db = db;
	}

	/** a write transaction, or the failure of opening one (a closed connection, a store gone) */
	#tx(names: string[]): Tx | WriteFailure {
		try {
			return this.#db.transaction(names, 'readwrite', strict);
		} catch (error) {
			return failure(error);
		}
	}

	async readAll(): Promise<StoredState> {
		const names = [...collectionNames, meta];
		return readState(this.#db.transaction(names, 'readonly'), names);
	}

	async readRecords(refs: readonly { store: CollectionName; key: number }[]) {
		const names = [...new Set(refs.map((r) => r.store)), meta];
		const tx = this.#db.transaction(names, 'readonly');
		const [records, settings] = await Promise.all([
			Promise.all(
				refs.map(async ({ store, key }) => ({
					store,
					key,
					value: (await tx.objectStore(store).get(key)) as never
				}))
			),
			tx.objectStore(meta).get('settings')
		]);
		return { records, settings };
	}

	/** whether the record `op` changes still holds what this tab saw there */
	async #holds(tx: Tx, op: StoreOp): Promise<boolean> {
		switch (op.kind) {
			case 'add':
				return (
					!namedStores.includes(op.store) ||
					(await tx.objectStore(op.store).index('id').count(op.id)) === op.known
				);
			case 'put':
			case 'delete':
				return sameValue(await tx.objectStore(op.store).get(op.key), op.expected);
			case 'settings':
				return sameValue(await tx.objectStore(meta).get('settings'), op.expected);
		}
	}

	async commit(ops: readonly StoreOp[]): Promise<CommitResult> {
		const start = performance.now();
		const names = [...new Set(ops.map((op) => (op.kind === 'settings' ? meta : op.store)))];
		const tx = this.#tx(names);
		if ('ok' in tx) return tx;
		const end = ending(tx);
		const checks = await Promise.all(ops.map((op) => settle(() => this.#holds(tx, op))));
		const broken = checks.find((check) => !check.ok);
		if (broken && !broken.ok) {
			abort(tx);
			await end;
			return failure(broken.error);
		}
		if (!checks.every((check) => check.ok && check.value)) {
			abort(tx);
			await end;
			return { ok: false, reason: 'conflict' };
		}
		const writes = await writeAll(
			tx,
			ops.map((op): (() => Promise<unknown>) => {
				const store = tx.objectStore(op.kind === 'settings' ? meta : op.store);
				if (op.kind === 'add') return () => store.add(op.value);
				if (op.kind === 'put') return () => store.put(op.value, op.key);
				if (op.kind === 'delete') return () => store.delete(op.key);
				return () => store.put(op.value, 'settings');
			})
		);
		const error = await end;
		if (!writes.ok) return failure(writes.error);
		if (error !== undefined) return failure(error);
		performance.measure('store-commit', { start, end: performance.now() });
		const added = ops.flatMap((op, i) => (op.kind === 'add' ? [writes.values[i] as number] : []));
		return { ok: true, added };
	}

	async replaceAll<T>(
		plan: (
			latest: StoredState,
			records: readonly SnapshotRecord[]
		) => ReplacePlan<T> | { refused: string }
	): Promise<ReplaceOutcome<T>> {
		const names = [...collectionNames, meta, snapshots, snapshotTexts];
		const tx = this.#tx(names);
		if ('ok' in tx) return tx;
		const end = ending(tx);
		let decided: ReplacePlan<T> | { refused: string };
		try {
			const [latest, records] = await Promise.all([
				readState(tx, names),
				tx.objectStore(snapshots).getAll() as Promise<SnapshotRecord[]>
			]);
			// runs inside the transaction: no other tab writes between this read and the writes below
			decided = plan(latest, records);
		} catch (error) {
			abort(tx);
			await end;
			return failure(error);
		}
		if ('refused' in decided) {
			abort(tx);
			await end;
			return { ok: false, reason: 'refused', message: decided.refused };
		}
		const { data, snapshot, evict = [] } = decided;
		const others: (() => Promise<unknown>)[] = [
			...evict.flatMap((key) => [
				() => tx.objectStore(snapshots).delete(key),
				() => tx.objectStore(snapshotTexts).delete(key)
			]),
			...(snapshot
				? [
						() => tx.objectStore(snapshots).put(snapshot.record),
						() => tx.objectStore(snapshotTexts).put(snapshot.text, snapshot.record.key)
					]
				: []),
			() => tx.objectStore(meta).put(data.settings, 'settings')
		];
		const cleared = await writeAll(
			tx,
			collectionNames.map((name) => () => tx.objectStore(name).clear())
		);
		const lists = cleared.ok
			? await writeAll(
					tx,
					collectionNames.flatMap((name) =>
						(data[name] as unknown[]).map((item) => () => tx.objectStore(name).add(item))
					)
				)
			: cleared;
		const rest = lists.ok ? await writeAll(tx, others) : lists;
		const error = await end;
		if (!lists.ok) return failure(lists.error);
		if (!rest.ok) return failure(rest.error);
		if (error !== undefined) return failure(error);
		const keys = {} as Record<CollectionName, number[]>;
		let at = 0;
		for (const name of collectionNames) {
			const count = (data[name] as unknown[]).length;
			keys[name] = lists.values.slice(at, at + count) as number[];
			at += count;
		}
		return { ok: true, keys, value: decided.value };
	}

	async listSnapshots(): Promise<SnapshotRecord[]> {
		return (await this.#db.getAll(snapshots)) as SnapshotRecord[];
	}

	async snapshotText(key: string): Promise<string | undefined> {
		try {
			const text: unknown = await this.#db.get(snapshotTexts, key);
			return typeof text === 'string' ? text : undefined;
		} catch {
			return undefined;
		}
	}

	async putSnapshot(
		record: SnapshotRecord,
		text: string,
		evict: readonly string[] = []
	): Promise<{ ok: true } | WriteFailure> {
		const tx = this.#tx([snapshots, snapshotTexts]);
		if ('ok' in tx) return tx;
		const end = ending(tx);
		const writes = await writeAll<unknown>(tx, [
			...evict.flatMap((key) => [
				() => tx.objectStore(snapshots).delete(key),
				() => tx.objectStore(snapshotTexts).delete(key)
			]),
			() => tx.objectStore(snapshots).put(record),
			() => tx.objectStore(snapshotTexts).put(text, record.key)
		]);
		const error = await end;
		if (!writes.ok) return failure(writes.error);
		return error === undefined ? { ok: true } : failure(error);
	}

	async deleteSnapshots(keys: readonly string[]): Promise<boolean> {
		const tx = this.#tx([snapshots, snapshotTexts]);
		if ('ok' in tx) return false;
		const end = ending(tx);
		const writes = await writeAll<unknown>(
			tx,
			keys.flatMap((key) => [
				() => tx.objectStore(snapshots).delete(key),
				() => tx.objectStore(snapshotTexts).delete(key)
			])
		);
		return (await end) === undefined && writes.ok;
	}

	async getMeta(name: string): Promise<unknown> {
		return this.#db.get(meta, name);
	}

	async setMeta(name: string, value: unknown): Promise<{ ok: true } | WriteFailure> {
		const tx = this.#tx([meta]);
		if ('ok' in tx) return tx;
		const end = ending(tx);
		const written = await writeAll(tx, [() => tx.objectStore(meta).put(value, name)]);
		const error = await end;
		if (!written.ok) return failure(written.error);
		return error === undefined ? { ok: true } : failure(error);
	}

	close() {
		this.#db.close();
	}
}

export type OpenResult =
	| { status: 'ok'; db: IdbDatabase }
	/** written by a newer app: `state` is what this one can still read of it, never written */
	| { status: 'newer'; version: number; state?: StoredState }
	| { status: 'unavailable'; reason: string };

export interface OpenOptions {
	/** @default databaseName */
	name?: string;
	/** a newer app wants to change the layout: this connection has been closed for it */
	onVersionChange?: (version: number | null) => void;
	/** the browser closed the connection (the site's data was cleared) */
	onTerminated?: () => void;
}

/** Opens the database, creating it on first use; never throws. */
export async function openDatabase(options: OpenOptions = {}): Promise<OpenResult> {
	const name = options.name ?? databaseName;
	try {
		// merely reading it throws where storage is blocked (some private modes, site settings)
		if (typeof indexedDB === 'undefined')
			return { status: 'unavailable', reason: 'this browser offers no IndexedDB' };
	} catch (error) {
		return { status: 'unavailable', reason: describeError(error) };
	}
	try {
		const db = await openDB(name, storeVersion, {
			upgrade: (database, oldVersion) => upgrade(database, oldVersion),
			blocking: (_current, version) => {
				db.close();
				options.onVersionChange?.(version);
			},
			terminated: () => options.onTerminated?.()
		});
		return { status: 'ok', db: new IdbDatabase(db) };
	} catch (error) {
		if (!(error instanceof DOMException && error.name === 'VersionError'))
			return { status: 'unavailable', reason: describeError(error) };
		return openNewer(name);
	}
}

/** a database a newer app laid out: read what this app knows of it, and close it again */
async function openNewer(name: string): Promise<OpenResult> {
	try {
		const db = await openDB(name);
		const version = db.version;
		try {
			const known = [...collectionNames, meta].filter((n) => db.objectStoreNames.contains(n));
			const state = await readState(db.transaction(known, 'readonly'), known);
			return { status: 'newer', version, state };
		} catch {
			return { status: 'newer', version };
		} finally {
			db.close();
		}
	} catch (error) {
		return { status: 'unavailable', reason: describeError(error) };
	}
}
