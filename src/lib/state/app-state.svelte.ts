import { emptyData } from '$lib/model/defaults';
import type { KnownIds } from '$lib/model/known-ids';
import type { AppData } from '$lib/model/schema';
import type { StoreConnection } from '$lib/browser/open-store';
import type {
	Change,
	KeepReadableResult,
	LoadProblem,
	ReplaceReason,
	ReplaceResult,
	Store
} from '$lib/browser/store';
import type { CorruptCopy, SnapshotInfo } from '$lib/storage/snapshots';
// the type only: the review code stays off every page's first load
import type { TodayExtras } from '$lib/srs/review-queue';
import type { SaveResult } from '$lib/storage/store';

export type { LoadProblem, ReplaceReason, ReplaceResult } from '$lib/browser/store';

export type ConnectOptions = Omit<StoreConnection, 'now'> & {
	/** the window whose visibility and storage events make unsaved changes be tried again */
	window?: Window;
};

const notConnected: Extract<SaveResult, { ok: false }> = {
	ok: false,
	reason: 'unavailable',
	message: 'the saved progress has not been read yet'
};

/**
 * The learner's data for every page: read from the database once the page is interactive,
 * committed on every change (the promise `update` returns resolves once it is on disk), and
 * kept in step with what other tabs commit. The store itself (browser/store.ts) loads with
 * import() when the page connects, so it weighs nothing on a page's first load.
 */
export class AppState {
	#now: () => Date;
	#store: Store | undefined;

	data = $state.raw<AppData>(emptyData());
	/** false until storage has been read: pages show their loading state until then */
	loaded = $state(false);
	/** why the last write failed; cleared by the next write that works */
	saveProblem = $state.raw<string | undefined>();
	loadProblem = $state.raw<LoadProblem | undefined>();
	/** local snapshots, newest first */
	snapshots = $state.raw<SnapshotInfo[]>([]);
	/** copies of unreadable states kept aside, newest first */
	corruptCopies = $state.raw<CorruptCopy[]>([]);
	/**
	 * cards asked for beyond today's limits on /review, stored with the settings: the badge, Today
	 * and /review count them, after a reload too
	 */
	get todayExtras(): TodayExtras {
		return this.data.settings.todayExtras ?? { day: '', newCards: 0, reviews: 0 };
	}
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

	/** resolves once every read and write asked for so far is done */
	get settled(): Promise<void> {
		return this.#store?.idle ?? Promise.resolve();
	}

	/**
	 * Loads the store, opens the database (moving an older localStorage state into it), and
	 * follows other tabs' commits. Resolves to a function that disconnects.
	 */
	async connect(options: ConnectOptions = {}): Promise<() => void> {
		let module: typeof import('$lib/browser/open-store');
		try {
			module = await import('$lib/browser/open-store');
		} catch (error) {
			this.#opened?.reject(new Error('your saved progress could not be opened; reload the page'));
			throw error;
		}
		const { window: win, ...connection } = options;
		const store = await module.openStore(this, { ...connection, now: this.#now });
		this.#store = store;
		this.loaded = true;
		this.#opened?.resolve();
		// changes that could not be stored are tried again when the tab comes back into view
		const flush = () => void store.flush();
		win?.document.addEventListener('visibilitychange', flush);
		win?.addEventListener('storage', flush);
		return () => {
			win?.document.removeEventListener('visibilitychange', flush);
			win?.removeEventListener('storage', flush);
			store.close();
		};
	}

	/**
	 * Applies `change` and commits it; resolves once it is on disk, or with why it is not (the
	 * change then stays on screen and is written as soon as the database takes it).
	 */
	update(change: Change): Promise<SaveResult> {
		if (!this.#store) {
			// pages wait for `loaded` before they change anything; this only guards against a slip
			this.data = change(this.data);
			return Promise.resolve(notConnected);
		}
		return this.#store.update(change);
	}

	/** Writes the changes that could not be stored before, if any. */
	flush(): Promise<SaveResult> {
		return this.#store?.flush() ?? Promise.resolve(notConnected);
	}

	/**
	 * Replaces the whole state (an import, a reset) after a snapshot of what is stored, which the
	 * learner can restore to undo it. `change` gets the latest stored state, so a merge keeps what
	 * another tab wrote.
	 */
	replace(reason: ReplaceReason, change: Change): Promise<ReplaceResult> {
		return (
			this.#store?.replace(reason, change) ??
			Promise.resolve({ ok: false as const, message: notConnected.message })
		);
	}

	/**
	 * Puts back a snapshot (after a snapshot of the present, so this can be undone too), through
	 * the import's gate: `known` are the app's ids its references are checked against.
	 */
	restoreSnapshot(key: string, known?: KnownIds): Promise<ReplaceResult> {
		return (
			this.#store?.restoreSnapshot(key, known) ??
			Promise.resolve({ ok: false as const, message: notConnected.message })
		);
	}

	/**
	 * After an unreadable state: store what is on screen instead (empty, or what was done since),
	 * once the unreadable text is safe in its own record. `discardUnkept` allows it when no copy
	 * could be kept, for a learner who downloaded it and chose to let it go.
	 */
	startFresh({ discardUnkept = false } = {}): Promise<SaveResult> {
		return this.#store?.startFresh(discardUnkept) ?? Promise.resolve(notConnected);
	}

	/**
	 * After an unreadable state: keep every record that can be read on its own, with what was done
	 * since; the unreadable text stays in its kept copy.
	 */
	keepReadable(): Promise<KeepReadableResult> {
		return (
			this.#store?.keepReadable() ??
			Promise.resolve({ ok: false as const, message: notConnected.message })
		);
	}

	/** Deletes a kept copy of an unreadable state (the learner has it, or does not want it). */
	async discardCorruptCopy(key: string): Promise<void> {
		await this.#store?.discardCorruptCopy(key);
	}

	/** the text of a snapshot or a kept copy, for a download; undefined for any other key */
	async storedText(key: string): Promise<string | undefined> {
		return this.#store?.storedText(key);
	}
}
