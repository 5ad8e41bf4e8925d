// Local snapshots of the stored state, and copies of a state that could not be read. Both live
// beside the main key in the same storage, so they are bounded, and the main state always wins
// the quota: when it does not fit, snapshots are deleted, oldest and least needed first
// (snapshot-keys.ts, which every page loads; this module is loaded with import() when used).
import {
	corruptPrefix,
	evictionOrder,
	giveUpSnapshot,
	keysStartingWith,
	listSnapshots,
	snapshotPrefix,
	type SnapshotReason
} from './snapshot-keys';
import { failure } from './store';

export {
	corruptPrefix,
	giveUpSnapshot,
	listSnapshots,
	snapshotPrefix,
	writeMakingRoom,
	type SnapshotInfo,
	type SnapshotReason
} from './snapshot-keys';

export const snapshotPolicy = {
	/** rolling snapshots kept, taken while the app is used */
	rolling: 2,
	/** snapshots kept from before imports, resets, migrations and restores */
	events: 3,
	/**
	 * all snapshots together, in characters: about half of Chromium's 5.2-million-character
	 * localStorage, so a year of daily quizzes and reviews (about 2.1 million in format 2) still
	 * gets one; the main state always wins the quota over them (writeMakingRoom)
	 */
	budgetChars: 2_500_000,
	/** a rolling snapshot is taken on a write when the newest rolling one is older than this */
	rollingEveryMs: 30 * 60 * 1000
} as const;

export interface CorruptCopy {
	key: string;
	/** ISO time it was kept aside */
	keptAt: string;
	chars: number;
}

export type SnapshotResult = { ok: true; key: string } | { ok: false; message: string };

/**
 * Stores `raw` (the stored text, of whatever version) as a snapshot. Keeps at most
 * `snapshotPolicy.rolling` rolling and `snapshotPolicy.events` other snapshots, all within
 * `snapshotPolicy.budgetChars`, deleting the oldest to make room; a state larger than the whole
 * budget is not snapshotted.
 *
 * @example
 * takeSnapshot(localStorage, { reason: 'import', raw, now: new Date() })
 * // { ok: true, key: 'biology-study:state:snapshot:2026-03-27T10:00:00.000Z:import' }
 */
export function takeSnapshot(
	storage: Storage | undefined,
	{ reason, raw, now }: { reason: SnapshotReason; raw: string; now: Date }
): SnapshotResult {
	if (!storage) return { ok: false, message: 'this browser offers no local storage' };
	if (raw.length > snapshotPolicy.budgetChars)
		return {
			ok: false,
			message: 'your progress is too large for a local snapshot; download a backup instead'
		};
	try {
		const existing = listSnapshots(storage);
		// the same text twice in a row is one snapshot: a reload that migrates again, a write with no change
		const newest = existing.find((s) => s.reason === reason);
		if (newest && storage.getItem(newest.key) === raw) return { ok: true, key: newest.key };
		const rolling = reason === 'rolling';
		const limit = rolling ? snapshotPolicy.rolling : snapshotPolicy.events;
		const sameKind = existing.filter((s) => (s.reason === 'rolling') === rolling);
		// newest first: everything from index limit - 1 on makes way for the new one
		for (const old of sameKind.slice(limit - 1)) storage.removeItem(old.key);
		let total = listSnapshots(storage).reduce((sum, s) => sum + s.chars, 0);
		while (total + raw.length > snapshotPolicy.budgetChars) {
			const victim = evictionOrder(listSnapshots(storage), [])[0];
			if (!victim) break;
			storage.removeItem(victim.key);
			total -= victim.chars;
		}
		// two snapshots in one millisecond get distinct keys
		let time = now.getTime();
		let key = `${snapshotPrefix}${new Date(time).toISOString()}:${reason}`;
		while (storage.getItem(key) !== null) {
			time += 1;
			key = `${snapshotPrefix}${new Date(time).toISOString()}:${reason}`;
		}
		for (;;) {
			try {
				storage.setItem(key, raw);
				return { ok: true, key };
			} catch (error) {
				const result = failure(error);
				if (result.reason !== 'quota' || !giveUpSnapshot(storage))
					return { ok: false, message: result.message };
			}
		}
	} catch (error) {
		return { ok: false, message: failure(error).message };
	}
}

/** Whether a write now should first take a rolling snapshot: none yet, or the newest is old. */
export function rollingSnapshotDue(storage: Storage | undefined, now: Date): boolean {
	const newest = listSnapshots(storage, { sizes: false }).find((s) => s.reason === 'rolling');
	return !newest || now.getTime() - Date.parse(newest.takenAt) >= snapshotPolicy.rollingEveryMs;
}

/** The text stored under `key` (a snapshot or a kept copy); undefined when there is none. */
export function readStored(storage: Storage | undefined, key: string): string | undefined {
	try {
		return storage?.getItem(key) ?? undefined;
	} catch {
		return undefined;
	}
}

/** Deletes a snapshot or a kept copy; only keys of those two kinds are touched. */
export function removeStored(storage: Storage | undefined, key: string): void {
	if (!key.startsWith(snapshotPrefix) && !key.startsWith(corruptPrefix)) return;
	try {
		storage?.removeItem(key);
	} catch {
		// nothing to report: a key that cannot be removed is still listed, and can be tried again
	}
}

/** Every copy of an unreadable state kept aside, newest first. */
export function listCorruptCopies(storage: Storage | undefined): CorruptCopy[] {
	if (!storage) return [];
	try {
		return keysStartingWith(storage, corruptPrefix)
			.map((key) => ({
				key,
				keptAt: key.slice(corruptPrefix.length),
				chars: storage.getItem(key)?.length ?? 0
			}))
			.sort((a, b) => Date.parse(b.keptAt) - Date.parse(a.keptAt));
	} catch {
		return [];
	}
}

/**
 * Copies a stored state that cannot be read to a key of its own, before anything else happens,
 * so no later step can lose it. The same text is kept once, however often the app loads it.
 * Snapshots make way for it when the quota is full: the learner's only copy comes first.
 */
export function keepCorrupt(storage: Storage | undefined, raw: string, now: Date): SnapshotResult {
	if (!storage) return { ok: false, message: 'this browser offers no local storage' };
	try {
		const same = listCorruptCopies(storage).find((c) => storage.getItem(c.key) === raw);
		if (same) return { ok: true, key: same.key };
		let time = now.getTime();
		let key = `${corruptPrefix}${new Date(time).toISOString()}`;
		while (storage.getItem(key) !== null) {
			time += 1;
			key = `${corruptPrefix}${new Date(time).toISOString()}`;
		}
		for (;;) {
			try {
				storage.setItem(key, raw);
				return { ok: true, key };
			} catch (error) {
				const result = failure(error);
				if (result.reason !== 'quota' || !giveUpSnapshot(storage))
					return { ok: false, message: result.message };
			}
		}
	} catch (error) {
		return { ok: false, message: failure(error).message };
	}
}
