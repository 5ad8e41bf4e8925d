// The Database contract (database.ts) in memory, for the node tests: the same transactions and
// checks as IndexedDB (browser/idb-database.ts), and copies in and out as IndexedDB makes them, so
// a test that passes here cannot lean on shared objects. `full` makes every write fail as a full
// quota does; `closed` as a database that went away.
import type { CollectionName } from '../model/schema';
import {
	emptyLists,
	type CommitResult,
	type Database,
	type ReplaceOutcome,
	type ReplacePlan,
	type SnapshotRecord,
	type StoredState,
	type WriteFailure
} from './database';
import { collectionNames, itemId, namedStores, sameValue, type StoreOp } from './records';

const copy = <T>(value: T): T => structuredClone(value);

export class MemoryDatabase implements Database {
	#lists = new Map<CollectionName, Map<number, unknown>>(
		collectionNames.map((name) => [name, new Map()])
	);
	#nextKey = new Map<CollectionName, number>(collectionNames.map((name) => [name, 1]));
	#settings: unknown;
	#meta = new Map<string, unknown>();
	#snapshots = new Map<string, { record: SnapshotRecord; text: string }>();
	/** every write fails as when the quota is full */
	full = false;
	/** every read and write fails, as when the database is gone */
	closed = false;
	/** commits that went through, for tests that count writes */
	commits = 0;

	#list(store: CollectionName): Map<number, unknown> {
		return this.#lists.get(store) as Map<number, unknown>;
	}

	#guard(write: boolean): WriteFailure | undefined {
		if (this.closed) return { ok: false, reason: 'unavailable', message: 'the database is closed' };
		if (write && this.full)
			return { ok: false, reason: 'quota', message: 'the browser storage for this site is full' };
		return undefined;
	}

	#add(store: CollectionName, value: unknown): number {
		const key = this.#nextKey.get(store) as number;
		this.#nextKey.set(store, key + 1);
		this.#list(store).set(key, copy(value));
		return key;
	}

	#state(): StoredState {
		const lists = emptyLists();
		for (const name of collectionNames)
			lists[name] = [...this.#list(name)].map(([key, value]) => ({ key, value: copy(value) }));
		return { settings: copy(this.#settings), lists };
	}

	async readAll(): Promise<StoredState> {
		if (this.closed) throw new Error('the database is closed');
		return this.#state();
	}

	async readRecords(refs: readonly { store: CollectionName; key: number }[]) {
		if (this.closed) throw new Error('the database is closed');
		return {
			records: refs.map(({ store, key }) => {
				const value = this.#list(store).get(key);
				return { store, key, value: value === undefined ? undefined : copy(value) } as {
					store: CollectionName;
					key: number;
					value: never;
				};
			}),
			settings: copy(this.#settings)
		};
	}

	/** the check IndexedDB makes inside the transaction before the commit writes anything */
	#holds(op: StoreOp): boolean {
		switch (op.kind) {
			case 'add':
				return (
					!namedStores.includes(op.store) ||
					[...this.#list(op.store).values()].filter(
						(value) => itemId(op.store, value as never) === op.id
					).length === op.known
				);
			case 'put':
			case 'delete':
				return sameValue(this.#list(op.store).get(op.key), op.expected);
			case 'settings':
				return sameValue(this.#settings, op.expected);
		}
	}

	async commit(ops: readonly StoreOp[]): Promise<CommitResult> {
		const failed = this.#guard(true);
		if (failed) return failed;
		if (!ops.every((op) => this.#holds(op))) return { ok: false, reason: 'conflict' };
		const added: number[] = [];
		for (const op of ops) {
			if (op.kind === 'add') added.push(this.#add(op.store, op.value));
			else if (op.kind === 'put') this.#list(op.store).set(op.key, copy(op.value));
			else if (op.kind === 'delete') this.#list(op.store).delete(op.key);
			else this.#settings = copy(op.value);
		}
		this.commits++;
		return { ok: true, added };
	}

	async replaceAll<T>(
		plan: (
			latest: StoredState,
			snapshots: readonly SnapshotRecord[]
		) => ReplacePlan<T> | { refused: string }
	): Promise<ReplaceOutcome<T>> {
		const failed = this.#guard(true);
		if (failed) return failed;
		const decided = plan(this.#state(), this.#records());
		if ('refused' in decided) return { ok: false, reason: 'refused', message: decided.refused };
		for (const key of decided.evict ?? []) this.#snapshots.delete(key);
		if (decided.snapshot) this.#snapshots.set(decided.snapshot.record.key, copy(decided.snapshot));
		const keys = {} as Record<CollectionName, number[]>;
		for (const name of collectionNames) {
			this.#list(name).clear();
			keys[name] = (decided.data[name] as unknown[]).map((item) => this.#add(name, item));
		}
		this.#settings = copy(decided.data.settings);
		this.commits++;
		return { ok: true, keys, value: decided.value };
	}

	#records(): SnapshotRecord[] {
		return [...this.#snapshots.values()].map(({ record }) => copy(record));
	}

	async listSnapshots() {
		if (this.closed) throw new Error('the database is closed');
		return this.#records();
	}

	async snapshotText(key: string) {
		return this.#snapshots.get(key)?.text;
	}

	async putSnapshot(record: SnapshotRecord, text: string, evict: readonly string[] = []) {
		const failed = this.#guard(true);
		if (failed) return failed;
		for (const key of evict) this.#snapshots.delete(key);
		this.#snapshots.set(record.key, { record: copy(record), text });
		return { ok: true } as const;
	}

	async deleteSnapshots(keys: readonly string[]) {
		if (this.closed) return false;
		for (const key of keys) this.#snapshots.delete(key);
		return true;
	}

	async getMeta(name: string) {
		return copy(this.#meta.get(name));
	}

	async setMeta(name: string, value: unknown) {
		const failed = this.#guard(true);
		if (failed) return failed;
		this.#meta.set(name, copy(value));
		return { ok: true } as const;
	}

	/** the tabs of a test share one memory database: closing one tab's connection leaves it open */
	close() {}
}
