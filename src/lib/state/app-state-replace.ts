// Replacing the whole state (import, reset, restore, starting fresh after an unreadable state),
// always behind a snapshot. Only /data does these, so AppState loads this module with import()
// when one is asked for, and none of it weighs on a page's first load.
import type { KnownIds } from '$lib/model/known-ids';
import type { AppData } from '$lib/model/schema';
import { admitStored } from '$lib/storage/gate';
import type { SnapshotResult } from '$lib/storage/snapshots';
import {
	readEnvelope,
	readRaw,
	toEnvelopeJson,
	validateData,
	type LoadResult,
	type SaveResult
} from '$lib/storage/store';
import type { AppState } from './app-state.svelte';

/** the changes that replace the whole state, each behind a snapshot */
export type ReplaceReason = 'import' | 'reset' | 'restore';

export type ReplaceResult =
	/** the change is on screen; `save` says whether it was stored, `snapshot` whether it can be undone */
	| { ok: true; save: SaveResult; snapshot: SnapshotResult }
	/** nothing was changed */
	| { ok: false; message: string };

/** what AppState lends these operations: itself, its storage and clock, and two of its private steps */
export interface StateHandle {
	app: AppState;
	storage: Storage | undefined;
	now: Date;
	snapshots: typeof import('$lib/storage/snapshots');
	/** marks a stored state this app must not overwrite, as AppState does on reading one */
	refuse: (result: Extract<LoadResult, { status: 'corrupt' | 'newer' }>) => void;
	refreshLists: () => void;
}

function afterWrite({ app }: StateHandle, save: SaveResult) {
	app.saveProblem = save.ok ? undefined : save.message;
	if (save.ok && app.loadProblem?.kind === 'corrupt') app.loadProblem = undefined;
}

/**
 * Replaces the whole state after a snapshot of what is stored. `change` gets the latest stored
 * state. Refused for a newer app's state, for an unreadable one not yet copied aside, and for a
 * result that would not read back (a merge past the limits).
 */
export function replaceState(
	handle: StateHandle,
	reason: ReplaceReason,
	change: (latest: AppData) => AppData
): ReplaceResult {
	const { app, storage, now, snapshots } = handle;
	if (app.loadProblem?.kind === 'newer')
		return {
			ok: false,
			message: `the progress on this device was saved by a newer version of the app (format ${app.loadProblem.version}) and is never overwritten; open the newest version of the app`
		};
	let base = app.data;
	let raw = readRaw(storage);
	if (raw !== undefined) {
		const latest = readEnvelope(raw);
		if (latest.status === 'ok') base = latest.data;
		else if (latest.status === 'newer') {
			handle.refuse(latest);
			return {
				ok: false,
				message: `another tab stored progress from a newer version of the app (format ${latest.version}); it is never overwritten`
			};
		} else {
			// an unreadable state is replaced only once a copy of it is safe
			const kept = snapshots.keepCorrupt(storage, raw, now);
			if (!kept.ok)
				return {
					ok: false,
					message:
						'the unreadable progress on this device could not be copied aside, so it is left as it is; download it first, then start fresh'
				};
			// the snapshot holds what is on screen instead
			raw = undefined;
		}
	}
	const next = change(base);
	const valid = validateData(next);
	if (!valid.ok) return { ok: false, message: `the result could not be stored: ${valid.reason}` };
	const snapshot = snapshots.takeSnapshot(storage, {
		reason,
		raw: raw ?? toEnvelopeJson(app.data, now),
		now
	});
	app.data = valid.data;
	const save = snapshots.writeMakingRoom(
		storage,
		valid.data,
		now,
		snapshot.ok ? [snapshot.key] : []
	);
	afterWrite(handle, save);
	handle.refreshLists();
	return { ok: true, save, snapshot };
}

/**
 * Puts a snapshot back, after a snapshot of the present, so the restore can be undone too. The
 * snapshot goes through the import's gate (storage/gate.ts): the loader's rules, read back once
 * stored, and, given `known`, no reference to what this app lacks.
 */
export function restoreSnapshot(handle: StateHandle, key: string, known?: KnownIds): ReplaceResult {
	const raw = handle.app.storedText(key);
	if (raw === undefined || !key.startsWith(handle.snapshots.snapshotPrefix))
		return { ok: false, message: 'that snapshot is no longer on this device' };
	const result = admitStored(raw, known);
	if (!result.ok)
		return {
			ok: false,
			message: `that snapshot cannot be restored (${'newer' in result ? 'it is from a newer version' : result.reason})`
		};
	return replaceState(handle, 'restore', () => result.data);
}

/**
 * After an unreadable state: stores what is on screen (empty, or what was done since) once the
 * unreadable text is kept aside, or, with `discardUnkept`, even when it cannot be.
 */
export function startFresh(handle: StateHandle, discardUnkept: boolean): SaveResult {
	const { app, storage, now, snapshots } = handle;
	const problem = app.loadProblem;
	if (problem?.kind === 'newer')
		return {
			ok: false,
			reason: 'unavailable',
			message: 'a newer version’s progress is never overwritten'
		};
	if (problem?.kind === 'corrupt' && problem.keptAs === undefined) {
		const kept = snapshots.keepCorrupt(storage, problem.raw, now);
		if (kept.ok) app.loadProblem = { ...problem, keptAs: kept.key };
		else if (!discardUnkept) return { ok: false, reason: 'unavailable', message: kept.message };
	}
	const save = snapshots.writeMakingRoom(storage, app.data, now);
	afterWrite(handle, save);
	handle.refreshLists();
	return save;
}
