// Local snapshots of the stored state, and copies of a state that could not be read: which to
// keep, which make way, and what their keys are. They live in the database beside the progress
// (database.ts), bounded, and the progress always wins the space: when a write does not fit,
// snapshots are given up, oldest and least needed first.
import type { SnapshotRecord } from './database';
import { corruptPrefix, snapshotPrefix } from './keys';

export { corruptPrefix, snapshotPrefix };

/** why a snapshot was taken: before an import, a reset, a migration or a restore, or while in use */
export type SnapshotReason = 'import' | 'reset' | 'migration' | 'restore' | 'rolling';

const reasons: readonly SnapshotReason[] = ['import', 'reset', 'migration', 'restore', 'rolling'];

export const snapshotPolicy = {
	/** rolling snapshots kept, taken while the app is used */
	rolling: 2,
	/** snapshots kept from before imports, resets, migrations and restores */
	events: 3,
	/**
	 * all snapshots together, in characters: a year of daily quizzes and reviews (about 2.1
	 * million in format 2) still gets one
	 */
	budgetChars: 2_500_000,
	/** a rolling snapshot is taken after a write when the newest rolling one is older than this */
	rollingEveryMs: 30 * 60 * 1000
} as const;

export interface SnapshotInfo {
	key: string;
	/** ISO time */
	takenAt: string;
	reason: SnapshotReason;
	/** length of the stored text, in characters */
	chars: number;
	summary?: SnapshotRecord['summary'];
}

export interface CorruptCopy {
	key: string;
	/** ISO time it was kept aside */
	keptAt: string;
	chars: number;
}

export type SnapshotResult = { ok: true; key: string } | { ok: false; message: string };

const newestFirst = <T extends { takenAt: string }>(items: T[]) =>
	items.sort((a, b) => Date.parse(b.takenAt) - Date.parse(a.takenAt));

/** the snapshots among the records, newest first */
export function listSnapshots(records: readonly SnapshotRecord[]): SnapshotInfo[] {
	return newestFirst(
		records.flatMap((r) =>
			r.kind === 'snapshot' && r.reason !== undefined
				? [
						{
							key: r.key,
							takenAt: r.takenAt,
							reason: r.reason,
							chars: r.chars,
							...(r.summary ? { summary: r.summary } : {})
						}
					]
				: []
		)
	);
}

/** the copies of unreadable states among the records, newest first */
export function listCorruptCopies(records: readonly SnapshotRecord[]): CorruptCopy[] {
	return newestFirst(
		records
			.filter((r) => r.kind === 'corrupt')
			.map((r) => ({ key: r.key, takenAt: r.takenAt, chars: r.chars }))
	).map(({ key, takenAt, chars }) => ({ key, keptAt: takenAt, chars }));
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

/** a key under `prefix` for `now`, one millisecond later while it is taken */
function freeKey(
	records: readonly SnapshotRecord[],
	now: Date,
	key: (iso: string) => string
): { key: string; takenAt: string } {
	const taken = new Set(records.map((r) => r.key));
	let time = now.getTime();
	while (taken.has(key(new Date(time).toISOString()))) time += 1;
	const takenAt = new Date(time).toISOString();
	return { key: key(takenAt), takenAt };
}

export type SnapshotPlan =
	{ ok: true; record: SnapshotRecord; evict: string[] } | { ok: false; message: string };

/**
 * Where a new snapshot of `chars` characters goes, and which older ones make way: at most
 * `snapshotPolicy.rolling` rolling and `snapshotPolicy.events` other snapshots, all within
 * `snapshotPolicy.budgetChars`; a state larger than the whole budget is not snapshotted.
 *
 * @example
 * planSnapshot(records, { reason: 'import', chars: 1200, now })
 * // { ok: true, record: { key: 'biology-study:state:snapshot:2026-03-27T10:00:00.000Z:import', … }, evict: [] }
 */
export function planSnapshot(
	records: readonly SnapshotRecord[],
	{
		reason,
		chars,
		now,
		summary,
		always = false
	}: {
		reason: SnapshotReason;
		chars: number;
		now: Date;
		summary?: SnapshotRecord['summary'];
		/** taken even past the budget (every other snapshot makes way): the one copy of an old format */
		always?: boolean;
	}
): SnapshotPlan {
	if (chars > snapshotPolicy.budgetChars && !always)
		return {
			ok: false,
			message: 'your progress is too large for a local snapshot; download a backup instead'
		};
	const existing = listSnapshots(records);
	const rolling = reason === 'rolling';
	const limit = rolling ? snapshotPolicy.rolling : snapshotPolicy.events;
	// newest first: everything from index limit - 1 on makes way for the new one
	const evict = existing
		.filter((s) => (s.reason === 'rolling') === rolling)
		.slice(limit - 1)
		.map((s) => s.key);
	let total = existing.filter((s) => !evict.includes(s.key)).reduce((sum, s) => sum + s.chars, 0);
	for (const victim of evictionOrder(existing, evict)) {
		if (total + chars <= snapshotPolicy.budgetChars) break;
		evict.push(victim.key);
		total -= victim.chars;
	}
	const { key, takenAt } = freeKey(records, now, (iso) => `${snapshotPrefix}${iso}:${reason}`);
	return {
		ok: true,
		record: { key, kind: 'snapshot', takenAt, reason, chars, ...(summary ? { summary } : {}) },
		evict
	};
}

/** the record of a copy of an unreadable state, kept aside at `now` */
export function corruptRecord(
	records: readonly SnapshotRecord[],
	chars: number,
	now: Date
): SnapshotRecord {
	const { key, takenAt } = freeKey(records, now, (iso) => `${corruptPrefix}${iso}`);
	return { key, kind: 'corrupt', takenAt, chars };
}

/** the newest snapshot taken for `reason`, to tell a second snapshot of the same text */
export const newestFor = (records: readonly SnapshotRecord[], reason: SnapshotReason) =>
	listSnapshots(records).find((s) => s.reason === reason);

/** Whether a write now should be followed by a rolling snapshot: none yet, or the newest is old. */
export function rollingSnapshotDue(records: readonly SnapshotRecord[], now: Date): boolean {
	const newest = newestFor(records, 'rolling');
	return !newest || now.getTime() - Date.parse(newest.takenAt) >= snapshotPolicy.rollingEveryMs;
}

/** the snapshot to give up when the progress does not fit, if any */
export const nextToGiveUp = (records: readonly SnapshotRecord[], keep: readonly string[] = []) =>
	evictionOrder(listSnapshots(records), keep)[0]?.key;

/**
 * The record of a snapshot or kept copy the app stored in localStorage before the database
 * (its key says what it is); undefined for any other key.
 */
export function legacyRecord(key: string, chars: number): SnapshotRecord | undefined {
	if (key.startsWith(corruptPrefix)) {
		const takenAt = key.slice(corruptPrefix.length);
		return Number.isNaN(Date.parse(takenAt)) ? undefined : { key, kind: 'corrupt', takenAt, chars };
	}
	if (!key.startsWith(snapshotPrefix)) return undefined;
	const rest = key.slice(snapshotPrefix.length);
	const cut = rest.lastIndexOf(':');
	const takenAt = rest.slice(0, cut);
	const reason = rest.slice(cut + 1) as SnapshotReason;
	if (cut < 0 || !reasons.includes(reason) || Number.isNaN(Date.parse(takenAt))) return undefined;
	return { key, kind: 'snapshot', takenAt, reason, chars };
}
