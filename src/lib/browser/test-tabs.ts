// Tabs for the store's node tests: a channel that carries each tab's messages to the others, as a
// BroadcastChannel does (a copy, later, never to the sender), a view like AppState's fields, and
// a connection for AppState on the memory database.
import { emptyData } from '$lib/model/defaults';
import type { AppData } from '$lib/model/schema';
import { readStored } from '$lib/storage/database';
import { MemoryDatabase } from '$lib/storage/memory-database';
import { MemoryStorage } from '$lib/storage/memory-storage';
import type { Opened, StoreView, TabChannel, TabMessage } from './store';

export function tabHub() {
	const listeners = new Set<(message: TabMessage) => void>();
	return {
		channel(): TabChannel {
			const own = new Set<(message: TabMessage) => void>();
			return {
				post(message) {
					for (const listener of listeners)
						if (!own.has(listener)) setTimeout(() => listener(structuredClone(message)), 0);
				},
				listen(handler) {
					own.add(handler);
					listeners.add(handler);
					return () => {
						own.delete(handler);
						listeners.delete(handler);
					};
				},
				close() {}
			};
		}
	};
}

/** what AppState shows, as a plain object */
export const testView = (): StoreView => ({
	data: emptyData(),
	saveProblem: undefined,
	loadProblem: undefined,
	snapshots: [],
	corruptCopies: []
});

const databases = new WeakMap<Storage, MemoryDatabase>();

/**
 * What AppState.connect needs in a node test: the memory database that goes with `legacy` (a
 * second connect with the same storage is a reload: it finds what the first stored), with
 * `legacy` as the localStorage an earlier version wrote, and a channel of its own.
 */
export function memoryConnection(legacy: Storage = new MemoryStorage()) {
	let db = databases.get(legacy);
	if (!db) {
		db = new MemoryDatabase();
		databases.set(legacy, db);
	}
	const opened: Opened = { status: 'ok', db };
	return {
		open: async () => opened,
		legacy,
		channel: tabHub().channel(),
		persist: async () => false
	};
}

/** what the memory database that goes with `legacy` holds, read with the app's rules */
export async function storedFor(legacy: Storage): Promise<AppData> {
	const db = databases.get(legacy);
	if (!db) throw new Error('no database was opened for this storage');
	const read = readStored(await db.readAll());
	if (read.status === 'corrupt') throw new Error(`the database reads as corrupt: ${read.reason}`);
	return read.status === 'ok' ? read.data : emptyData();
}

/** everything the memory database that goes with `legacy` holds, snapshots included, to compare */
export async function dumpFor(legacy: Storage) {
	const db = databases.get(legacy);
	if (!db) throw new Error('no database was opened for this storage');
	const snapshots = await db.listSnapshots();
	return {
		state: await db.readAll(),
		snapshots,
		texts: await Promise.all(snapshots.map((s) => db.snapshotText(s.key)))
	};
}
