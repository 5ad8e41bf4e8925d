import { emptyData } from '$lib/model/defaults';
import { corruptPrefix, snapshotPrefix, storageKey } from '$lib/storage/keys';
import type { KnownIds } from '$lib/model/known-ids';
import type { AppData } from '$lib/model/schema';
import type { SnapshotInfo } from '$lib/storage/snapshot-keys';
import type { CorruptCopy } from '$lib/storage/snapshots';
import type { LoadResult, SaveResult } from '$lib/storage/store';
import type { ReplaceReason, ReplaceResult, StateHandle } from './app-state-replace';

export type { ReplaceReason, ReplaceResult } from './app-state-replace';

export type LoadProblem =
	/** `keptAs`: the key the unreadable text was copied to, once that is done */
	| { kind: 'corrupt'; reason: string; raw: string; keptAs?: string }
	| { kind: 'newer'; version: number; raw: string }
	| { kind: 'unavailable'; reason: string };

type SnapshotsModule = typeof import('$lib/storage/snapshots');
type StorageIo = typeof import('$lib/storage/io');

// taking and listing snapshots, and replacing the whole state, are not needed for a page's first
// paint: they load with import() the first time they are used
const loadSnapshots = (): Promise<SnapshotsModule> => import('$lib/storage/snapshots');

const notConnected: Extract<SaveResult, { ok: false }> = {
	ok: false,
	reason: 'unavailable',
	message: 'the saved progress has not been read yet'
};

const readOnlyMessage =
	'the saved progress on this device is kept untouched until you choose what to do with it';

/**
 * The learner's data for every page: read from storage once the page is interactive,
 * written through on every change, refreshed when another tab writes. Snapshots are taken
 * before a migration, an import, a reset or a restore, and every half hour of use.
 */
export class AppState {
	#storage: Storage | undefined;
	#now: () => Date;
	#listening = false;
	/** the storage code, loaded by connect(); nothing is read or written before it is there */
	#io: StorageIo | undefined;
	/** the text last read from or written to storage: when it is still there, no need to parse it again */
	#lastRaw: string | undefined;
	/**
	 * the changes made since the last write that worked: they are on screen but not stored, so
	 * whenever the stored state is read again they are applied to it again, never dropped
	 */
	#unsaved: ((data: AppData) => AppData)[] = [];

	data = $state.raw<AppData>(emptyData());
	/** false until storage has been read: pages show their loading state until then */
	loaded = $state(false);
	/** why the last write failed; cleared by the next write that works */
	saveProblem = $state.raw<string | undefined>();
	loadProblem = $state.raw<LoadProblem | undefined>();
	/** local snapshots, newest first (filled shortly after connecting) */
	snapshots = $state.raw<SnapshotInfo[]>([]);
	/** copies of unreadable states kept aside, newest first */
	corruptCopies = $state.raw<CorruptCopy[]>([]);
	/** resolves once the snapshot work started so far (taking, keeping aside, listing) is done */
	settled: Promise<void> = Promise.resolve();
	#opened: { resolve: () => void; reject: (error: Error) => void } | undefined;
	/** resolves once storage has been read; rejects when the storage code cannot be loaded */
	readonly whenLoaded: Promise<void> = new Promise((resolve, reject) => {
		this.#opened = { resolve, reject };
	});

	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- the clock is read, never mutated or observed
	constructor(now: () => Date = () => new Date()) {
		this.#now = now;
		// a page that never waits for storage must not leave the rejection unhandled
		this.whenLoaded.catch(() => undefined);
	}

	/** what is stored is not ours to overwrite: a newer app's state, or a corrupt one kept aside */
	get readOnly() {
		return this.loadProblem?.kind === 'newer' || this.loadProblem?.kind === 'corrupt';
	}

	/**
	 * Loads the storage code, starts using `storage`, and follows changes other tabs make to it.
	 * Resolves to a function that stops following them.
	 */
	async connect(storage: Storage | undefined, events?: Window): Promise<() => void> {
		let io: StorageIo;
		try {
			io = await import('$lib/storage/io');
		} catch (error) {
			this.#opened?.reject(new Error('your saved progress could not be opened; reload the page'));
			throw error;
		}
		this.#io = io;
		this.#storage = storage;
		const raw = io.readRaw(storage);
		const result = this.reload();
		if (result.status === 'ok' && result.migratedFrom !== undefined && raw !== undefined) {
			const data = result.data;
			this.#later((snapshots) => this.#storeMigrated(snapshots, raw, data));
		} else this.#later();
		this.#probe(io);
		this.loaded = true;
		this.#opened?.resolve();
		if (events && !this.#listening) {
			events.addEventListener('storage', this.#onStorage);
			this.#listening = true;
		}
		return () => {
			events?.removeEventListener('storage', this.#onStorage);
			this.#listening = false;
		};
	}

	/** Reads the stored state again, and says what it found. */
	reload(): LoadResult {
		if (!this.#io) return { status: 'unavailable', reason: notConnected.message };
		const raw = this.#io.readRaw(this.#storage);
		const result = this.#io.readState(this.#storage);
		switch (result.status) {
			case 'ok':
				// an old format is not "what this tab last saw": the first write must take the
				// migration path, with its snapshot of the old text
				this.#lastRaw = result.migratedFrom === undefined ? raw : undefined;
				this.data = this.#withUnsaved(result.data);
				this.loadProblem = undefined;
				break;
			case 'empty':
				this.loadProblem = undefined;
				break;
			case 'corrupt':
			case 'newer':
				this.#refuse(result);
				break;
			case 'unavailable':
				this.loadProblem = { kind: 'unavailable', reason: result.reason };
				this.saveProblem = `this browser does not let the app store anything (${result.reason})`;
				break;
		}
		return result;
	}

	/**
	 * Applies `change` to the latest stored state (so another tab's writes are kept) and stores it.
	 * The change is kept in memory even when the write fails, and the failure is shown.
	 */
	update(change: (data: AppData) => AppData): SaveResult {
		const io = this.#io;
		if (!io) {
			// pages wait for `loaded` before they change anything; this only guards against a slip
			this.data = change(this.data);
			return notConnected;
		}
		if (!this.readOnly) {
			const raw = io.readRaw(this.#storage);
			if (raw !== undefined && raw === this.#lastRaw) {
				// unchanged since this tab read or wrote it: what is in memory is what is stored, and
				// parsing and validating a year of reviews again on every answer would stall the page
				this.#snapshotLater(raw, false);
			} else if (raw !== undefined) {
				const latest = io.readEnvelope(raw);
				if (latest.status === 'ok') {
					this.data = this.#withUnsaved(latest.data);
					this.#lastRaw = raw;
					this.#snapshotLater(raw, latest.migratedFrom !== undefined);
				} else {
					// another tab stored what this one must not overwrite: a newer format, or damage
					this.#refuse(latest);
				}
			}
		}
		this.data = change(this.data);
		if (this.readOnly) {
			this.saveProblem = readOnlyMessage;
			return { ok: false, reason: 'unavailable', message: readOnlyMessage };
		}
		const result = io.writeMakingRoom(this.#storage, this.data, this.#now());
		this.saveProblem = result.ok ? undefined : result.message;
		if (result.ok) {
			this.#lastRaw = io.readRaw(this.#storage);
			this.#unsaved = [];
		} else {
			this.#lastRaw = undefined;
			this.#unsaved.push(change);
		}
		return result;
	}

	/** the stored state with the changes not stored yet applied to it again, in order */
	#withUnsaved(stored: AppData): AppData {
		return this.#unsaved.reduce((data, change) => change(data), stored);
	}

	/**
	 * Replaces the whole state (an import, a reset) after a snapshot of what is stored, which the
	 * learner can restore to undo it. `change` gets the latest stored state, so a merge keeps what
	 * another tab wrote. A newer app's state is never replaced; an unreadable one only once a copy
	 * of it is kept aside.
	 */
	async replace(
		reason: ReplaceReason,
		change: (latest: AppData) => AppData
	): Promise<ReplaceResult> {
		const { replaceState } = await import('./app-state-replace');
		return replaceState(await this.#handle(), reason, change);
	}

	/**
	 * Puts back a snapshot (after a snapshot of the present, so this can be undone too), through
	 * the import's gate: `known` are the app's ids its references are checked against.
	 */
	async restoreSnapshot(key: string, known?: KnownIds): Promise<ReplaceResult> {
		const { restoreSnapshot } = await import('./app-state-replace');
		return restoreSnapshot(await this.#handle(), key, known);
	}

	/**
	 * After an unreadable state: store what is on screen instead (empty, or what was done since),
	 * once the unreadable text is safe in its own key. `discardUnkept` allows it when no copy
	 * could be kept, for a learner who downloaded it and chose to let it go.
	 */
	async startFresh({ discardUnkept = false } = {}): Promise<SaveResult> {
		const { startFresh } = await import('./app-state-replace');
		return startFresh(await this.#handle(), discardUnkept);
	}

	/** Deletes a kept copy of an unreadable state (the learner has it, or does not want it). */
	async discardCorruptCopy(key: string) {
		const snapshots = await loadSnapshots();
		if (!key.startsWith(corruptPrefix)) return;
		snapshots.removeStored(this.#storage, key);
		const problem = this.loadProblem;
		if (problem?.kind === 'corrupt' && problem.keptAs === key)
			this.loadProblem = { kind: 'corrupt', reason: problem.reason, raw: problem.raw };
		this.#refreshLists(snapshots);
	}

	/** the text of a snapshot or a kept copy, for a download; undefined for any other key */
	storedText(key: string): string | undefined {
		if (!key.startsWith(snapshotPrefix) && !key.startsWith(corruptPrefix)) return undefined;
		return this.#io?.readRaw(this.#storage, key);
	}

	/** what the whole-state operations of app-data.ts work with */
	async #handle(): Promise<StateHandle> {
		const snapshots = await loadSnapshots();
		await this.settled;
		return {
			app: this,
			storage: this.#storage,
			now: this.#now(),
			snapshots,
			refuse: (result) => this.#refuse(result),
			refreshLists: () => this.#refreshLists(snapshots)
		};
	}

	/**
	 * Runs snapshot work once its code is loaded, in order, then lists what is stored again when
	 * the work says it changed something (`true`), or when it is only a request to list (no work).
	 */
	#later(work?: (snapshots: SnapshotsModule) => boolean) {
		this.settled = this.settled
			.then(loadSnapshots)
			.then((snapshots) => {
				if (!work || work(snapshots)) this.#refreshLists(snapshots);
			})
			// snapshots are a safety net: a failure to load or take one never breaks a page
			.catch(() => {});
	}

	/** a stored state this app must not overwrite: read-only, and an unreadable one copied aside */
	#refuse(result: Extract<LoadResult, { status: 'corrupt' | 'newer' }>) {
		if (result.status === 'newer') {
			if (result.data) this.data = result.data;
			this.loadProblem = { kind: 'newer', version: result.version, raw: result.raw };
			return;
		}
		const problem: LoadProblem = { kind: 'corrupt', reason: result.reason, raw: result.raw };
		this.loadProblem = problem;
		// nothing is written while the state is read-only, so the copy is still the first write
		this.#later((snapshots) => {
			const kept = snapshots.keepCorrupt(this.#storage, result.raw, this.#now());
			if (kept.ok && this.loadProblem === problem)
				this.loadProblem = { ...problem, keptAs: kept.key };
			return true;
		});
	}

	/** a state in an older format is snapshotted as it was, then stored in the current format */
	#storeMigrated(snapshots: SnapshotsModule, raw: string, data: AppData): boolean {
		// another tab, or this one, may have stored since: only the text that was read is replaced
		const io = this.#io;
		if (!io || io.readRaw(this.#storage) !== raw) return true;
		const now = this.#now();
		const snapshot = snapshots.takeSnapshot(this.#storage, { reason: 'migration', raw, now });
		// without a snapshot, the old text stays as it is: it still reads, through the migration
		if (!snapshot.ok) return true;
		const save = io.writeMakingRoom(this.#storage, data, now, [snapshot.key]);
		if (!save.ok) this.saveProblem = save.message;
		return true;
	}

	/** after a write: a snapshot of the text it replaced, when that was an old format, or now and then */
	#snapshotLater(raw: string, migrating: boolean) {
		const now = this.#now();
		this.#later((snapshots) => {
			if (migrating)
				return snapshots.takeSnapshot(this.#storage, { reason: 'migration', raw, now }).ok;
			if (!snapshots.rollingSnapshotDue(this.#storage, now)) return false;
			return snapshots.takeSnapshot(this.#storage, { reason: 'rolling', raw, now }).ok;
		});
	}

	/** Tells the learner at once when nothing can be saved; a full quota first gives up snapshots. */
	#probe(io: StorageIo) {
		let probe = io.probeWritable(this.#storage);
		while (!probe.ok && probe.reason === 'quota' && io.giveUpSnapshot(this.#storage))
			probe = io.probeWritable(this.#storage);
		if (!probe.ok) this.saveProblem = probe.message;
	}

	#refreshLists(snapshots: SnapshotsModule) {
		this.snapshots = snapshots.listSnapshots(this.#storage);
		this.corruptCopies = snapshots.listCorruptCopies(this.#storage);
	}

	#onStorage = (event: StorageEvent) => {
		const { key } = event;
		if (key === null || key === storageKey) this.reload();
		if (key === null || key.startsWith(snapshotPrefix) || key.startsWith(corruptPrefix))
			this.#later();
	};
}
