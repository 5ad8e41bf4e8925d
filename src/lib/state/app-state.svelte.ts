import { emptyData, type AppData } from '$lib/storage/schema';
import {
	probeWritable,
	readState,
	storageKey,
	writeState,
	type SaveResult
} from '$lib/storage/store';

export type LoadProblem =
	| { kind: 'corrupt'; reason: string; raw: string }
	| { kind: 'newer'; version: number; raw: string }
	| { kind: 'unavailable'; reason: string };

/**
 * The learner's data for every page: read from storage once the page is interactive,
 * written through on every change, refreshed when another tab writes.
 */
export class AppState {
	#storage: Storage | undefined;
	#now: () => Date;
	#listening = false;

	data = $state.raw<AppData>(emptyData());
	/** false until storage has been read: pages show their loading state until then */
	loaded = $state(false);
	/** why the last write failed; cleared by the next write that works */
	saveProblem = $state.raw<string | undefined>();
	loadProblem = $state.raw<LoadProblem | undefined>();

	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- the clock is read, never mutated or observed
	constructor(now: () => Date = () => new Date()) {
		this.#now = now;
	}

	/** what is stored is not ours to overwrite: a newer app's state, or a corrupt one kept aside */
	get readOnly() {
		return this.loadProblem?.kind === 'newer' || this.loadProblem?.kind === 'corrupt';
	}

	/** Starts using `storage`, and follows changes other tabs make to it. */
	connect(storage: Storage | undefined, events?: Window) {
		this.#storage = storage;
		this.reload();
		const probe = probeWritable(storage);
		if (!probe.ok) this.saveProblem = probe.message;
		this.loaded = true;
		if (events && !this.#listening) {
			events.addEventListener('storage', this.#onStorage);
			this.#listening = true;
		}
		return () => {
			events?.removeEventListener('storage', this.#onStorage);
			this.#listening = false;
		};
	}

	/** Reads the stored state again. */
	reload() {
		const result = readState(this.#storage);
		switch (result.status) {
			case 'ok':
				this.data = result.data;
				this.loadProblem = undefined;
				break;
			case 'empty':
				this.loadProblem = undefined;
				break;
			case 'corrupt':
				this.loadProblem = { kind: 'corrupt', reason: result.reason, raw: result.raw };
				break;
			case 'newer':
				this.loadProblem = { kind: 'newer', version: result.version, raw: result.raw };
				break;
			case 'unavailable':
				this.loadProblem = { kind: 'unavailable', reason: result.reason };
				this.saveProblem = `this browser does not let the app store anything (${result.reason})`;
				break;
		}
	}

	/**
	 * Applies `change` to the latest stored state (so another tab's writes are kept) and stores it.
	 * The change is kept in memory even when the write fails, and the failure is shown.
	 */
	update(change: (data: AppData) => AppData): SaveResult {
		if (!this.readOnly) {
			const latest = readState(this.#storage);
			if (latest.status === 'ok') this.data = latest.data;
		}
		this.data = change(this.data);
		if (this.readOnly) {
			const message = 'the saved progress on this device is kept untouched until you choose what to do with it';
			this.saveProblem = message;
			return { ok: false, reason: 'unavailable', message };
		}
		const result = writeState(this.#storage, this.data, this.#now());
		this.saveProblem = result.ok ? undefined : result.message;
		return result;
	}

	#onStorage = (event: StorageEvent) => {
		if (event.key === null || event.key === storageKey) this.reload();
	};
}
