// The little of the snapshot machinery every page needs at once: the keys, and making room for
// the main state when the quota is full. The rest (taking, listing, restoring) is in
// snapshots.ts, which pages load with import() when they use it.
import type { AppData } from '../model/schema';
import { writeState, type SaveResult } from './store';

import { corruptPrefix, snapshotPrefix } from './keys';

export { corruptPrefix, snapshotPrefix };

/** why a snapshot was taken: before an import, a reset, a migration or a restore, or while in use */
export type SnapshotReason = 'import' | 'reset' | 'migration' | 'restore' | 'rolling';

const reasons: readonly SnapshotReason[] = ['import', 'reset', 'migration', 'restore', 'rolling'];

export interface SnapshotInfo {
	key: string;
	/** ISO time */
	takenAt: string;
	reason: SnapshotReason;
	/** length of the stored text, in characters (0 when listed without sizes) */
	chars: number;
}

function parseSnapshotKey(key: string, chars: number): SnapshotInfo | undefined {
	const rest = key.slice(snapshotPrefix.length);
	const cut = rest.lastIndexOf(':');
	const takenAt = rest.slice(0, cut);
	const reason = rest.slice(cut + 1) as SnapshotReason;
	if (cut < 0 || !reasons.includes(reason) || Number.isNaN(Date.parse(takenAt))) return undefined;
	return { key, takenAt, reason, chars };
}

/** every key of `storage` that starts with `prefix` */
export function keysStartingWith(storage: Storage, prefix: string): string[] {
	const keys: string[] = [];
	for (let i = 0; i < storage.length; i++) {
		const key = storage.key(i);
		if (key?.startsWith(prefix)) keys.push(key);
	}
	return keys;
}

/**
 * Every snapshot in storage, newest first. Never throws: unreadable storage has none. With
 * `sizes: false` the texts are not read, and `chars` is 0.
 */
export function listSnapshots(storage: Storage | undefined, { sizes = true } = {}): SnapshotInfo[] {
	if (!storage) return [];
	try {
		return keysStartingWith(storage, snapshotPrefix)
			.map((key) => parseSnapshotKey(key, sizes ? (storage.getItem(key)?.length ?? 0) : 0))
			.filter((info): info is SnapshotInfo => info !== undefined)
			.sort((a, b) => Date.parse(b.takenAt) - Date.parse(a.takenAt));
	} catch {
		return [];
	}
}

/** the order snapshots are given up in: rolling ones before the others, oldest first in each */
export function evictionOrder(
	snapshots: readonly SnapshotInfo[],
	keep: readonly string[] = []
): SnapshotInfo[] {
	const oldestFirst = snapshots
		.filter((s) => !keep.includes(s.key))
		.sort((a, b) => Date.parse(a.takenAt) - Date.parse(b.takenAt));
	return [
		...oldestFirst.filter((s) => s.reason === 'rolling'),
		...oldestFirst.filter((s) => s.reason !== 'rolling')
	];
}

/**
 * Deletes the snapshot that matters least (rolling before the others, oldest first, never one in
 * `keep`), to make room for the main state; false when there is none, or storage refuses.
 */
export function giveUpSnapshot(
	storage: Storage | undefined,
	keep: readonly string[] = []
): boolean {
	const victim = evictionOrder(listSnapshots(storage, { sizes: false }), keep)[0];
	if (!storage || !victim) return false;
	try {
		storage.removeItem(victim.key);
		return true;
	} catch {
		return false;
	}
}

/**
 * Writes the state; when the quota is full, gives up snapshots one at a time (never those in
 * `keep`) until it fits. The main state always comes before the snapshots.
 */
export function writeMakingRoom(
	storage: Storage | undefined,
	data: AppData,
	now: Date,
	keep: readonly string[] = []
): SaveResult {
	let result = writeState(storage, data, now);
	while (!result.ok && result.reason === 'quota' && giveUpSnapshot(storage, keep))
		result = writeState(storage, data, now);
	return result;
}
