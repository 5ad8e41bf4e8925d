// The app's side of the database (issue 17): what this tab holds, how a learner's change is
// committed, how other tabs' commits reach it, the move from localStorage, snapshots, and what to
// do when a write fails. AppState loads this module with import() when it connects, so none of
// it (nor `idb`, nor the validator) weighs on a page's first load.
//
// The rules it keeps:
// - every change is one transaction, committed before the caller is told: the feedback or the
//   next card is shown only once it is on disk;
// - a change writes only what it changed (database.ts), and goes through only if the records it
//   changes still hold what this tab saw; if another tab changed one, this tab reads the state
//   again and applies the change to it: two tabs acting at the same instant lose nothing;
// - a change that could not be stored stays on screen and is written as soon as the database
//   takes it again (a timer, the tab coming back into view, the next change);
// - a state this app cannot read, or one a newer app wrote, is never written over.
import { studiedCardIds } from '$lib/model/studied';
import { emptyData } from '$lib/model/defaults';
import type { KnownIds } from '$lib/model/known-ids';
import { hasProgress } from '$lib/progress/has-progress';
import { setsBegun } from '$lib/quiz/under-way';
import {
	collectionItems,
	collectionLimits,
	Settings as SettingsSchema,
	type AppData,
	type CollectionName,
	type QuizLength
} from '$lib/model/schema';
import { summarizeStored } from '$lib/storage/backup';
import { admitStored } from '$lib/storage/gate';
import {
	dumpStored,
	sameDump,
	readableStored,
	readStored,
	type Database,
	type SnapshotRecord,
	type StoredState
} from '$lib/storage/database';
import { storageKey } from '$lib/storage/keys';
import { mergeData } from '$lib/storage/merge';
import {
	collectionNames,
	diffData,
	patchList,
	sameValue,
	type ChangedRecord,
	type Item
} from '$lib/storage/records';
import {
	corruptPrefix,
	corruptRecord,
	legacyRecord,
	listCorruptCopies,
	listSnapshots,
	newestFor,
	nextToGiveUp,
	planSnapshot,
	rollingSnapshotDue,
	snapshotPrefix,
	type CorruptCopy,
	type SnapshotInfo,
	type SnapshotReason,
	type SnapshotResult
} from '$lib/storage/snapshots';
import {
	readEnvelope,
	readRaw,
	toEnvelopeJson,
	validateData,
	type LoadResult,
	type SaveResult
} from '$lib/storage/store';
import { markProgress, markQuizLength, markQuizzesBegun, begunMark } from './first-paint-marks';

export type LoadProblem =
	/**
	 * `keptAs`: the key the unreadable text was copied to, once that is done; `byRecord`: the
	 * database's records, which can be kept one by one (keepReadable), not a text from before it
	 */
	| { kind: 'corrupt'; reason: string; raw: string; keptAs?: string; byRecord?: true }
	| { kind: 'newer'; version: number; raw: string }
	| { kind: 'unavailable'; reason: string };

/** what the store shows: AppState's reactive fields */
export interface StoreView {
	data: AppData;
	saveProblem: string | undefined;
	loadProblem: LoadProblem | undefined;
	snapshots: SnapshotInfo[];
	corruptCopies: CorruptCopy[];
}

export type Change = (data: AppData) => AppData;

/** a change asked for, and how to answer its asker */
interface Asked {
	change: Change;
	resolve: (result: SaveResult) => void;
	reject: (error: unknown) => void;
}

/** the changes that replace the whole state, each behind a snapshot */
export type ReplaceReason = 'import' | 'reset' | 'restore';

/** what "keep what can be read" did: how many records it kept, and how many it left out */
export type KeepReadableResult =
	{ ok: true; kept: number; dropped: number } | { ok: false; message: string };

export type ReplaceResult =
	/** the change is on screen; `save` says whether it was stored, `snapshot` whether it can be undone */
	| { ok: true; save: SaveResult; snapshot: SnapshotResult }
	/** nothing was changed */
	| { ok: false; message: string };

/** what one tab tells the others after a commit */
export type TabMessage =
	| {
			kind: 'changed';
			from: string;
			refs: { store: CollectionName; key: number }[];
			settings: boolean;
	  }
	/** the whole state was replaced (an import, a reset, a restore, a fresh start, a migration) */
	| { kind: 'replaced'; from: string }
	/** snapshots or kept copies were added or deleted (and space may have been freed) */
	| { kind: 'snapshots'; from: string };

export interface TabChannel {
	post(message: TabMessage): void;
	/** returns a function that stops listening */
	listen(handler: (message: TabMessage) => void): () => void;
	close(): void;
}

/** runs `work` while no other tab runs work under the same name (Web Locks) */
export type Lock = <T>(name: string, work: () => Promise<T>) => Promise<T>;

export type Opened =
	| { status: 'ok'; db: Database }
	| { status: 'newer'; version: number; state?: StoredState }
	| { status: 'unavailable'; reason: string };

export interface StoreOptions {
	now: () => Date;
	/** the localStorage the app used before the database: moved into it on first run */
	legacy?: Storage;
	/**
	 * where the marks for the next page's first paint are kept (whether there is progress to chart,
	 * the quiz length, the quizzes under way), in step with what is on disk, for inline scripts to
	 * read (first-paint-marks.ts)
	 */
	marker?: Storage;
	channel?: TabChannel;
	/** @default runs the work at once */
	lock?: Lock;
	/** asks the browser to keep the data (navigator.storage.persist); resolves to whether it will */
	persist?: () => Promise<boolean>;
	/** names this tab in its messages */
	tabId: string;
	/**
	 * how often changes that could not be stored are tried again
	 * @default 2000
	 */
	retryMs?: number;
}

const readOnlyMessage =
	'the saved progress on this device is kept untouched until you choose what to do with it';
const conflictMessage =
	'another tab keeps changing the same progress at the same moment; reload this page';
const migrationLock = 'biology-study:migrate';
/** a commit that meets another tab's write reads again and retries, up to this many times */
const maxRetries = 8;

const runAtOnce: Lock = (_name, work) => work();

/** `changes` applied to `base` in order, and those that applied: one that throws on it is left out */
function applyEach(base: AppData, changes: readonly Change[]) {
	let data = base;
	const applied: Change[] = [];
	for (const change of changes)
		try {
			data = change(data);
			applied.push(change);
		} catch {
			// it does not apply to this state (another tab's commit made it moot): left out
		}
	return { data, applied };
}

const replay = (base: AppData, changes: readonly Change[]) => applyEach(base, changes).data;

/**
 * What "keep what can be read" stores: the records that read on their own, merged with what was
 * done since the page opened (read-only, over empty progress), with the settings of meanwhile
 * where the learner changed any (the stored ones otherwise) and the undo steps taken meanwhile
 * (grades, buries, suspends) after the stored ones.
 */
function keptWith(readable: AppData, meanwhile: AppData): AppData {
	const merged = mergeData(readable, meanwhile);
	const cardOf = (data: AppData, cardId: string) => data.cards.find((c) => c.cardId === cardId);
	const undoneMeanwhile = meanwhile.undoStack.filter(
		(entry) => cardOf(merged, entry.cardId) === cardOf(meanwhile, entry.cardId)
	);
	return {
		...merged,
		settings: sameValue(meanwhile.settings, emptyData().settings)
			? readable.settings
			: meanwhile.settings,
		undoStack: [...merged.undoStack, ...undoneMeanwhile].slice(-collectionLimits.undoStack)
	};
}

const noLongerApplies: SaveResult = {
	ok: false,
	reason: 'unavailable',
	message: 'the change no longer applies to what another tab stored, and was not made'
};

/** what a snapshot of `data` holds, for the list on /data */
const summaryOf = (data: AppData, savedAt: string) => ({
	version: 2,
	savedAt,
	answers: data.attempts.length,
	quizzes: data.finishedQuizzes.length,
	reviews: data.reviewLog.length,
	cards: studiedCardIds(data).size
});

export class Store {
	#view: StoreView;
	#db: Database | undefined;
	#options: StoreOptions;
	#lock: Lock;
	#onDisk: AppData = emptyData();
	#marked: { has: boolean; length: QuizLength; begun: string } | undefined;
	/** what the database holds, as far as this tab knows */
	get #base(): AppData {
		return this.#onDisk;
	}
	/** every read and commit passes here, so the marks for the first paint follow what is stored */
	set #base(data: AppData) {
		this.#onDisk = data;
		this.#markFirstPaint(data);
	}
	/**
	 * where what is stored cannot be read, or must not be written over, the next page paints as for
	 * a new learner: its marks are removed (a stale one would paint what is not there) and none is
	 * written beside a state this app must leave untouched
	 */
	#unmarkFirstPaint() {
		this.#markFirstPaint(emptyData());
	}
	/** the marks for the next page's first paint, as `data`, what is stored, will have it */
	#markFirstPaint(data: AppData) {
		const has = hasProgress(data);
		const { quizLength: length } = data.settings;
		const begun = begunMark(setsBegun(data));
		if (has !== this.#marked?.has) markProgress(this.#options.marker, has);
		if (length !== this.#marked?.length) markQuizLength(this.#options.marker, length);
		if (begun !== this.#marked?.begun) markQuizzesBegun(this.#options.marker, begun);
		this.#marked = { has, length, begun };
	}
	#keys = new WeakMap<object, number>();
	#settingsStored = false;
	/** changes on screen that are not stored yet, oldest first */
	#unsaved: Change[] = [];
	/** every read and write of this tab, one at a time, in order */
	#queue: Promise<unknown> = Promise.resolve();
	/**
	 * the changes the last task in the queue will commit, while it waits: a change asked for
	 * meanwhile joins them, so a burst of changes is one commit, not one behind another (until
	 * the task starts, or any other work is queued after it, which keeps the order)
	 */
	#gathering: Asked[] | undefined;
	/** unsaved changes dropped on replay, as they no longer applied: their askers are told */
	#dropped = new WeakSet<Change>();
	#records: SnapshotRecord[] = [];
	/** the unreadable or newer state is the localStorage text, not the database */
	#legacyProblem: { raw: string } | undefined;
	#retry: ReturnType<typeof setInterval> | undefined;
	#persistAsked = false;
	#stopListening = () => {};

	constructor(view: StoreView, options: StoreOptions) {
		this.#view = view;
		this.#options = options;
		this.#lock = options.lock ?? runAtOnce;
	}

	#keyOf = (item: object) => this.#keys.get(item);

	get readOnly(): boolean {
		const kind = this.#view.loadProblem?.kind;
		return kind === 'newer' || kind === 'corrupt';
	}

	/** resolves once everything asked of the store so far is done */
	get idle(): Promise<void> {
		return this.#queue.then(() => undefined);
	}

	#enqueue<T>(work: () => Promise<T>): Promise<T> {
		this.#gathering = undefined;
		const result = this.#queue.then(work);
		// a failed step never blocks the ones after it
		this.#queue = result.catch(() => undefined);
		return result;
	}

	/** Opens the store: moves an older localStorage state in, then reads what is stored. */
	async open(opened: Opened): Promise<void> {
		if (opened.status === 'unavailable') {
			this.#unavailable(opened.reason);
			return;
		}
		if (opened.status === 'newer') {
			const read = opened.state ? readStored(opened.state) : undefined;
			if (read?.status === 'ok') this.#view.data = read.data;
			const raw = opened.state ? dumpStored(opened.state, this.#options.now()) : '';
			this.#view.loadProblem = { kind: 'newer', version: opened.version, raw };
			this.#unmarkFirstPaint();
			return;
		}
		this.#db = opened.db;
		await this.#enqueue(async () => {
			const legacy = await this.#lock(migrationLock, () => this.#fromLegacy());
			await this.#load();
			if (legacy?.status === 'unmoved') {
				// the database would not take it (a full disk): shown, and written once it does
				const { data } = legacy;
				this.#unsaved.push((base) => mergeData(base, data));
				this.#failed(this.#replayUnsaved(this.#base), legacy.message, legacy.reason);
			} else if (legacy) this.#legacyRefused(legacy);
			await this.#listSnapshots();
			await this.#probe();
		});
		this.#stopListening = this.#options.channel?.listen((m) => this.#onMessage(m)) ?? (() => {});
		void this.#askToPersist();
	}

	close() {
		this.#stopListening();
		this.#options.channel?.close();
		clearInterval(this.#retry);
		this.#db?.close();
	}

	#unavailable(reason: string) {
		this.#view.loadProblem = { kind: 'unavailable', reason };
		this.#view.saveProblem = `this browser does not let the app store anything (${reason})`;
		// what an older version left in localStorage can still be shown, though nothing is saved
		const legacy = readLegacy(this.#options.legacy);
		if (legacy?.status === 'ok') this.#view.data = legacy.data;
		this.#unmarkFirstPaint();
	}

	/**
	 * the database was closed under this tab: a newer app upgraded it, or it was deleted (the
	 * site's data cleared)
	 */
	lost(reason: { newer: number | null } | { terminated: true }) {
		this.#db = undefined;
		clearInterval(this.#retry);
		if ('newer' in reason && reason.newer !== null)
			this.#view.loadProblem = {
				kind: 'newer',
				version: reason.newer,
				raw: toEnvelopeJson(this.#view.data, this.#options.now())
			};
		else
			this.#view.saveProblem =
				'the browser closed the app’s database (was this site’s data cleared?); reload the page';
	}

	// ---- reading ----------------------------------------------------------------------------

	#adopt(data: AppData, keys: Record<CollectionName, number[]>) {
		for (const name of collectionNames)
			(data[name] as Item[]).forEach((item, i) => {
				const key = keys[name][i];
				if (key !== undefined) this.#keys.set(item, key);
			});
		this.#base = data;
	}

	/** reads the whole database into `#base`; false when it cannot be read (and the page says so) */
	async #load(): Promise<boolean> {
		const db = this.#db as Database;
		const stored = await db.readAll();
		const read = readStored(stored);
		if (read.status === 'corrupt') {
			const raw = dumpStored(stored, this.#options.now());
			const problem: LoadProblem = { kind: 'corrupt', reason: read.reason, raw, byRecord: true };
			this.#view.loadProblem = problem;
			this.#unmarkFirstPaint();
			const kept = await this.#keepCorrupt(raw);
			if (kept.ok && this.#view.loadProblem === problem)
				this.#view.loadProblem = { ...problem, keptAs: kept.key };
			return false;
		}
		if (read.status === 'ok') {
			this.#adopt(read.data, read.keys);
			this.#settingsStored = read.settingsStored;
		} else {
			this.#base = emptyData();
			this.#settingsStored = false;
		}
		if (this.#view.loadProblem?.kind === 'corrupt' && !this.#legacyProblem)
			this.#view.loadProblem = undefined;
		this.#view.data = this.#replayUnsaved(this.#base);
		return true;
	}

	/** the unsaved changes over `base`; one that no longer applies (it throws) is dropped */
	#replayUnsaved(base: AppData): AppData {
		const { data, applied } = applyEach(base, this.#unsaved);
		for (const change of this.#unsaved) if (!applied.includes(change)) this.#dropped.add(change);
		this.#unsaved = applied;
		return data;
	}

	// ---- writing ----------------------------------------------------------------------------

	/**
	 * Applies `change` to what is on screen and commits what it changed; resolves once it is on
	 * disk (or failed: the change then stays on screen, and is written with the next one).
	 */
	update(change: Change): Promise<SaveResult> {
		return new Promise((resolve, reject) => {
			const asked = { change, resolve, reject };
			if (this.#gathering) {
				this.#gathering.push(asked);
				return;
			}
			const batch = [asked];
			void this.#enqueue(() => this.#commitBatch(batch));
			this.#gathering = batch;
		});
	}

	/** commits the changes of `batch` together; each asker gets the one result */
	async #commitBatch(batch: Asked[]): Promise<void> {
		if (this.#gathering === batch) this.#gathering = undefined;
		// a change that throws is refused alone: the others are still committed
		let next = this.#view.data;
		const applied: Asked[] = [];
		for (const asked of batch)
			try {
				next = asked.change(next);
				applied.push(asked);
			} catch (error) {
				asked.reject(error);
			}
		if (applied.length === 0) return;
		try {
			let result: SaveResult;
			if (!this.#db || this.readOnly) {
				this.#view.data = next;
				if (this.readOnly) this.#view.saveProblem = readOnlyMessage;
				result = {
					ok: false,
					reason: 'unavailable',
					message: this.readOnly ? readOnlyMessage : (this.#view.saveProblem ?? 'not stored')
				};
			} else {
				this.#unsaved.push(...applied.map((asked) => asked.change));
				result = await this.#commit(next);
			}
			for (const asked of applied)
				asked.resolve(this.#dropped.has(asked.change) ? noLongerApplies : result);
		} catch (error) {
			for (const asked of applied) asked.reject(error);
		}
	}

	/** Writes the changes that could not be stored before, if any. */
	flush(): Promise<SaveResult> {
		return this.#enqueue(async () => {
			if (this.#unsaved.length === 0 || !this.#db || this.readOnly) return { ok: true };
			return this.#commit(this.#view.data);
		});
	}

	async #commit(target: AppData): Promise<SaveResult> {
		const db = this.#db as Database;
		let next = target;
		for (let attempt = 0; ; attempt++) {
			const ops = diffData(this.#base, next, this.#keyOf, this.#settingsStored);
			const result = ops.length === 0 ? ({ ok: true, added: [] } as const) : await db.commit(ops);
			if (result.ok) {
				const refs: { store: CollectionName; key: number }[] = [];
				let added = 0;
				for (const op of ops) {
					if (op.kind === 'settings') continue;
					const key = op.kind === 'add' ? (result.added[added++] as number) : op.key;
					if (op.kind !== 'delete') this.#keys.set(op.value, key);
					refs.push({ store: op.store, key });
				}
				const settings = ops.some((op) => op.kind === 'settings');
				this.#settingsStored ||= settings;
				this.#base = next;
				this.#unsaved = [];
				this.#view.data = next;
				this.#saved();
				if (ops.length > 0)
					this.#options.channel?.post({
						kind: 'changed',
						from: this.#options.tabId,
						refs,
						settings
					});
				this.#afterCommit();
				return { ok: true };
			}
			if (result.reason === 'conflict' && attempt < maxRetries) {
				// another tab changed a record this change touches: read again, apply it again
				if (!(await this.#load())) return this.#failed(next, readOnlyMessage);
				next = this.#view.data;
				continue;
			}
			if (result.reason === 'quota' && (await this.#giveUpSnapshot())) continue;
			return this.#failed(
				next,
				result.reason === 'conflict' ? conflictMessage : result.message,
				result.reason === 'quota' ? 'quota' : 'unavailable'
			);
		}
	}

	#saved() {
		if (!this.readOnly) this.#view.saveProblem = undefined;
		clearInterval(this.#retry);
		this.#retry = undefined;
	}

	/** the change stays on screen, unsaved; it is tried again until the database takes it */
	#failed(
		next: AppData,
		message: string,
		reason: 'quota' | 'unavailable' = 'unavailable'
	): SaveResult {
		this.#view.data = next;
		this.#view.saveProblem = message;
		this.#retry ??= setInterval(() => void this.flush(), this.#options.retryMs ?? 2000);
		return { ok: false, reason, message };
	}

	/** after a commit: a rolling snapshot now and then, and the browser asked to keep the data */
	#afterCommit() {
		const now = this.#options.now();
		if (rollingSnapshotDue(this.#records, now))
			void this.#enqueue(() => this.#snapshot('rolling', this.#base, now));
		void this.#askToPersist();
	}

	/**
	 * Once there is real progress (a finished quiz, a review), asks the browser to keep the data
	 * even when the device runs short of space; once per device, as a browser may ask the learner.
	 */
	async #askToPersist() {
		const { persist } = this.#options;
		const db = this.#db;
		if (!persist || !db || this.#persistAsked) return;
		const data = this.#base;
		if (data.finishedQuizzes.length === 0 && data.reviewLog.length === 0) return;
		this.#persistAsked = true;
		if ((await db.getMeta('persistAskedAt')) !== undefined) return;
		await persist().catch(() => false);
		await db.setMeta('persistAskedAt', this.#options.now().toISOString());
	}

	// ---- whole-state changes ----------------------------------------------------------------

	/**
	 * Replaces the whole state (an import, a reset, a restore) in one transaction, after a
	 * snapshot of what it replaces. `change` gets the latest state: what another tab stored,
	 * with this tab's unsaved changes. A newer app's state is never replaced; an unreadable one
	 * only once a copy of it is kept aside.
	 */
	replace(reason: ReplaceReason, change: Change): Promise<ReplaceResult> {
		return this.#enqueue(async () => {
			const refused = await this.#mayReplace();
			if (refused) return { ok: false, message: refused };
			const db = this.#db as Database;
			const now = this.#options.now();
			const onScreen = this.#view.data;
			const unsaved = this.#unsaved;
			const unreadable = this.readOnly;
			let next: AppData | undefined;
			const outcome = await db.replaceAll((latest, records) => {
				const read = readStored(latest);
				const current =
					unreadable || read.status === 'corrupt'
						? onScreen
						: replay(read.status === 'ok' ? read.data : emptyData(), unsaved);
				const valid = validateData(change(current));
				if (!valid.ok) return { refused: `the result could not be stored: ${valid.reason}` };
				next = valid.data;
				const text = toEnvelopeJson(current, now);
				const plan = planSnapshot(records, {
					reason,
					chars: text.length,
					now,
					summary: summaryOf(current, now.toISOString())
				});
				const snapshot: SnapshotResult = plan.ok
					? { ok: true, key: plan.record.key }
					: { ok: false, message: plan.message };
				return {
					data: valid.data,
					...(plan.ok ? { snapshot: { record: plan.record, text }, evict: plan.evict } : {}),
					value: snapshot
				};
			});
			if (!outcome.ok && outcome.reason === 'refused')
				return { ok: false, message: outcome.message };
			if (!outcome.ok) {
				if (next === undefined) return { ok: false, message: outcome.message };
				// on screen, not stored: written when the database takes it again (no snapshot, so no undo)
				const replaced = next;
				this.#unsaved.push(() => replaced);
				return {
					ok: true,
					save: this.#failed(replaced, outcome.message, outcome.reason),
					snapshot: { ok: false, message: outcome.message }
				};
			}
			await this.#replaced(next as AppData, outcome.keys);
			return { ok: true, save: { ok: true }, snapshot: outcome.value };
		});
	}

	/** why the whole state may not be replaced now, if it may not */
	async #mayReplace(): Promise<string | undefined> {
		const problem = this.#view.loadProblem;
		if (problem?.kind === 'newer')
			return `the progress on this device was saved by a newer version of the app (format ${problem.version}) and is never overwritten; open the newest version of the app`;
		if (!this.#db) return this.#view.saveProblem ?? 'the database could not be opened';
		if (problem?.kind === 'corrupt') {
			const kept = await this.#stillKept(problem);
			if (!kept.ok)
				return 'the unreadable progress on this device could not be copied aside, so it is left as it is; download it first, then start fresh';
		}
		return undefined;
	}

	/** after a whole-state write: this tab holds what was written, and the others are told */
	async #replaced(data: AppData, keys: Record<CollectionName, number[]>) {
		this.#adopt(data, keys);
		this.#settingsStored = true;
		this.#unsaved = [];
		this.#view.data = data;
		this.#clearProblem();
		this.#saved();
		this.#options.channel?.post({ kind: 'replaced', from: this.#options.tabId });
		await this.#listSnapshots();
	}

	/** the stored state is ours again: the unreadable localStorage text, kept aside, goes */
	#clearProblem() {
		const problem = this.#view.loadProblem;
		if (problem?.kind !== 'corrupt') return;
		const legacy = this.#options.legacy;
		if (this.#legacyProblem && readRaw(legacy) === this.#legacyProblem.raw)
			legacy?.removeItem(storageKey);
		this.#legacyProblem = undefined;
		this.#view.loadProblem = undefined;
	}

	/**
	 * Puts back a snapshot (after a snapshot of the present, so this can be undone too). The
	 * snapshot goes through the import's gate (storage/gate.ts): the loader's rules, read back once
	 * stored, and, given `known`, no reference to what this app lacks.
	 */
	async restoreSnapshot(key: string, known?: KnownIds): Promise<ReplaceResult> {
		const text = key.startsWith(snapshotPrefix) ? await this.storedText(key) : undefined;
		if (text === undefined)
			return { ok: false, message: 'that snapshot is no longer on this device' };
		const result = admitStored(text, known);
		if (!result.ok)
			return {
				ok: false,
				message: `that snapshot cannot be restored (${'newer' in result ? 'it is from a newer version' : result.reason})`
			};
		return this.replace('restore', () => result.data);
	}

	/**
	 * After an unreadable state: keeps every record that can be read on its own, with what was done
	 * since, once the unreadable text is safe in its own record (where the records left out stay).
	 */
	keepReadable(): Promise<KeepReadableResult> {
		return this.#enqueue(async (): Promise<KeepReadableResult> => {
			const problem = this.#view.loadProblem;
			if (problem?.kind !== 'corrupt' || !problem.byRecord)
				return {
					ok: false,
					message:
						problem?.kind === 'corrupt'
							? 'this progress was saved by an older version as one text, which cannot be kept record by record; download it, or start fresh'
							: 'the progress on this device can be read as it is'
				};
			const db = this.#db;
			if (!db)
				return { ok: false, message: this.#view.saveProblem ?? 'the database could not be opened' };
			// the copy first, made again if it was deleted meanwhile (in another tab, say)
			const kept = await this.#stillKept(problem);
			if (!kept.ok) return { ok: false, message: kept.message };
			const meanwhile = this.#view.data;
			// read and written in one transaction: no other tab writes between the two
			const outcome = await db.replaceAll((latest) => {
				const readable = readableStored(latest);
				const data = keptWith(readable.data, meanwhile);
				return { data, value: { data, kept: readable.kept, dropped: readable.dropped } };
			});
			if (!outcome.ok) return { ok: false, message: outcome.message };
			const { data, kept: keptCount, dropped } = outcome.value;
			await this.#replaced(data, outcome.keys);
			return { ok: true, kept: keptCount, dropped };
		});
	}

	/**
	 * After an unreadable state: stores what is on screen instead (empty, or what was done since),
	 * once the unreadable text is safe in its own record. `discardUnkept` allows it when no copy
	 * could be kept, for a learner who downloaded it and chose to let it go.
	 */
	startFresh(discardUnkept: boolean): Promise<SaveResult> {
		return this.#enqueue(async () => {
			const problem = this.#view.loadProblem;
			if (problem?.kind === 'newer')
				return {
					ok: false,
					reason: 'unavailable',
					message: 'a newer version’s progress is never overwritten'
				};
			const db = this.#db;
			if (!db)
				return {
					ok: false,
					reason: 'unavailable',
					message: this.#view.saveProblem ?? 'the database could not be opened'
				};
			if (problem?.kind === 'corrupt') {
				const kept = await this.#stillKept(problem);
				if (!kept.ok && !discardUnkept)
					return { ok: false, reason: 'unavailable', message: kept.message };
			}
			const data = this.#view.data;
			const outcome = await db.replaceAll(() => ({ data, value: undefined }));
			if (!outcome.ok)
				return outcome.reason === 'refused'
					? { ok: false, reason: 'unavailable', message: outcome.message }
					: this.#failed(data, outcome.message, outcome.reason);
			await this.#replaced(data, outcome.keys);
			return { ok: true };
		});
	}

	// ---- snapshots and kept copies ------------------------------------------------------------

	/** the text of a snapshot or a kept copy; undefined for any other key */
	async storedText(key: string): Promise<string | undefined> {
		if (!key.startsWith(snapshotPrefix) && !key.startsWith(corruptPrefix)) return undefined;
		return this.#db?.snapshotText(key);
	}

	/** Deletes a kept copy of an unreadable state (the learner has it, or does not want it). */
	discardCorruptCopy(key: string): Promise<void> {
		return this.#enqueue(async () => {
			if (!key.startsWith(corruptPrefix) || !this.#db) return;
			await this.#db.deleteSnapshots([key]);
			const problem = this.#view.loadProblem;
			if (problem?.kind === 'corrupt' && problem.keptAs === key)
				this.#view.loadProblem = { kind: 'corrupt', reason: problem.reason, raw: problem.raw };
			await this.#listSnapshots();
			this.#options.channel?.post({ kind: 'snapshots', from: this.#options.tabId });
		});
	}

	async #listSnapshots() {
		try {
			this.#records = (await this.#db?.listSnapshots()) ?? [];
		} catch {
			this.#records = [];
		}
		this.#view.snapshots = listSnapshots(this.#records);
		this.#view.corruptCopies = listCorruptCopies(this.#records);
	}

	/** a snapshot of `data` (the same text twice in a row is one snapshot) */
	async #snapshot(reason: SnapshotReason, data: AppData, now: Date): Promise<void> {
		const db = this.#db;
		if (!db || this.readOnly) return;
		const text = toEnvelopeJson(data, now);
		const plan = planSnapshot(this.#records, {
			reason,
			chars: text.length,
			now,
			summary: summaryOf(data, now.toISOString())
		});
		if (!plan.ok) return;
		// a safety net: a snapshot that cannot be taken never stops the learner
		if ((await db.putSnapshot(plan.record, text, plan.evict)).ok) await this.#listSnapshots();
	}

	/**
	 * The unreadable text is in a kept copy now: the one made before, or a new one if that was
	 * deleted meanwhile (in another tab, say), so nothing replaces progress whose copy is gone.
	 */
	async #stillKept(problem: Extract<LoadProblem, { kind: 'corrupt' }>): Promise<SnapshotResult> {
		const kept = await this.#keepCorrupt(problem.raw);
		if (kept.ok && this.#view.loadProblem === problem)
			this.#view.loadProblem = { ...problem, keptAs: kept.key };
		return kept;
	}

	/**
	 * Copies an unreadable state to a record of its own before anything else happens, so no later
	 * step can lose it; the same text is kept once. Snapshots make way for it when space runs out.
	 */
	async #keepCorrupt(raw: string): Promise<SnapshotResult> {
		const db = this.#db;
		if (!db) return { ok: false, message: this.#view.saveProblem ?? 'the database is closed' };
		await this.#listSnapshots();
		for (const copy of listCorruptCopies(this.#records))
			if (sameDump((await db.snapshotText(copy.key)) ?? '', raw))
				return { ok: true, key: copy.key };
		for (;;) {
			const record = corruptRecord(this.#records, raw.length, this.#options.now());
			const put = await db.putSnapshot(record, raw);
			if (put.ok) {
				await this.#listSnapshots();
				return { ok: true, key: record.key };
			}
			if (put.reason !== 'quota' || !(await this.#giveUpSnapshot()))
				return { ok: false, message: put.message };
		}
	}

	/** deletes the snapshot that matters least, to make room for the progress; false when none is left */
	async #giveUpSnapshot(keep: readonly string[] = []): Promise<boolean> {
		const db = this.#db;
		if (!db) return false;
		await this.#listSnapshots();
		const victim = nextToGiveUp(this.#records, keep);
		if (victim === undefined || !(await db.deleteSnapshots([victim]))) return false;
		await this.#listSnapshots();
		this.#options.channel?.post({ kind: 'snapshots', from: this.#options.tabId });
		return true;
	}

	/** a tiny write at once, so a learner hears that saving will not work before answering anything */
	async #probe() {
		const db = this.#db as Database;
		for (;;) {
			const probe = await db.setMeta('openedAt', this.#options.now().toISOString());
			if (probe.ok) return;
			if (probe.reason === 'quota' && (await this.#giveUpSnapshot())) continue;
			if (!this.readOnly) this.#view.saveProblem = probe.message;
			return;
		}
	}

	// ---- the state of before the database -----------------------------------------------------

	/**
	 * Moves what an earlier version stored in localStorage into the database, behind a snapshot
	 * of the text as it was, and removes it from localStorage only once the database reads back
	 * what was written. Runs under a Web Lock, so two tabs opening at once move it once. A state
	 * already in the database is merged with it (an old tab may have written after the move).
	 * Returns the text when it is unreadable or from a newer app: it is then left where it is; or
	 * the data, when the database would not take it (a full disk): it is then shown, and written
	 * once the database takes it.
	 */
	async #fromLegacy(): Promise<
		| Extract<LoadResult, { status: 'corrupt' | 'newer' }>
		| { status: 'unmoved'; data: AppData; reason: 'quota' | 'unavailable'; message: string }
		| undefined
	> {
		const legacy = this.#options.legacy;
		if (!legacy) return undefined;
		await this.#moveLegacySnapshots(legacy);
		const raw = readRaw(legacy);
		if (raw === undefined) return undefined;
		const result = readEnvelope(raw);
		if (result.status !== 'ok') return result;
		const db = this.#db as Database;
		const now = this.#options.now();
		const sameText = async (records: readonly SnapshotRecord[]) => {
			const newest = newestFor(records, 'migration');
			return newest !== undefined && (await db.snapshotText(newest.key)) === raw;
		};
		const alreadyKept = await sameText(await db.listSnapshots());
		const summary = summarizeStored(raw);
		const outcome = await db.replaceAll((latest, records) => {
			const current = readStored(latest);
			if (current.status === 'corrupt') return { refused: current.reason };
			const next = current.status === 'ok' ? mergeData(current.data, result.data) : result.data;
			const plan = alreadyKept
				? undefined
				: planSnapshot(records, {
						reason: 'migration',
						chars: raw.length,
						now,
						always: true,
						...(summary ? { summary } : {})
					});
			return {
				data: next,
				...(plan?.ok ? { snapshot: { record: plan.record, text: raw }, evict: plan.evict } : {}),
				value: next
			};
		});
		if (!outcome.ok)
			return outcome.reason === 'refused'
				? undefined
				: {
						status: 'unmoved',
						data: result.data,
						reason: outcome.reason,
						message: outcome.message
					};
		// verified: the database gives back what was written, so the old copy may go
		const back = readStored(await db.readAll());
		if (back.status === 'ok' && sameValue(back.data, outcome.value) && readRaw(legacy) === raw)
			legacy.removeItem(storageKey);
		this.#options.channel?.post({ kind: 'replaced', from: this.#options.tabId });
		return undefined;
	}

	/** snapshots and kept copies from localStorage move into the database, each verified */
	async #moveLegacySnapshots(legacy: Storage) {
		const db = this.#db as Database;
		const keys: string[] = [];
		try {
			for (let i = 0; i < legacy.length; i++) {
				const key = legacy.key(i);
				if (key?.startsWith(snapshotPrefix) || key?.startsWith(corruptPrefix)) keys.push(key);
			}
		} catch {
			return;
		}
		for (const key of keys) {
			const text = readRaw(legacy, key);
			const record = text === undefined ? undefined : legacyRecord(key, text.length);
			if (text === undefined || record === undefined) continue;
			const summary = record.kind === 'snapshot' ? summarizeStored(text) : undefined;
			const put = await db.putSnapshot(summary ? { ...record, summary } : record, text);
			if (put.ok && (await db.snapshotText(key)) === text) legacy.removeItem(key);
		}
	}

	/** a localStorage state this app must not write over: shown as it was before the database */
	#legacyRefused(result: Extract<LoadResult, { status: 'corrupt' | 'newer' }>) {
		this.#legacyProblem = { raw: result.raw };
		if (result.status === 'newer') {
			if (result.data) this.#view.data = result.data;
			this.#view.loadProblem = { kind: 'newer', version: result.version, raw: result.raw };
			this.#unmarkFirstPaint();
			return;
		}
		const problem: LoadProblem = { kind: 'corrupt', reason: result.reason, raw: result.raw };
		this.#view.loadProblem = problem;
		void this.#enqueue(async () => {
			const kept = await this.#keepCorrupt(result.raw);
			if (kept.ok && this.#view.loadProblem === problem)
				this.#view.loadProblem = { ...problem, keptAs: kept.key };
		});
	}

	// ---- other tabs ---------------------------------------------------------------------------

	#onMessage(message: TabMessage) {
		if (message.from === this.#options.tabId || !isTabMessage(message)) return;
		void this.#enqueue(async () => {
			if (!this.#db) return;
			if (message.kind === 'snapshots') {
				await this.#listSnapshots();
				// space may have been freed: try what could not be stored
				if (this.#unsaved.length > 0 && !this.readOnly) await this.#commit(this.#view.data);
				return;
			}
			if (message.kind === 'replaced' || !(await this.#patch(message))) {
				if (this.#legacyProblem && readRaw(this.#options.legacy) === undefined) {
					// another tab started fresh or imported: the unreadable text is gone from here
					this.#legacyProblem = undefined;
					if (this.#view.loadProblem?.kind === 'corrupt') this.#view.loadProblem = undefined;
				}
				await this.#load();
				await this.#listSnapshots();
			}
			if (this.#unsaved.length > 0 && !this.readOnly) await this.#commit(this.#view.data);
		});
	}

	/** applies another tab's commit to what this tab holds; false when it must read everything */
	async #patch(message: Extract<TabMessage, { kind: 'changed' }>): Promise<boolean> {
		if (this.readOnly) return false;
		const { records, settings } = await (this.#db as Database).readRecords(message.refs);
		const next: AppData = { ...this.#base };
		for (const name of collectionNames) {
			const changes: ChangedRecord[] = [];
			for (const record of records) {
				if (record.store !== name) continue;
				if (record.value === undefined) {
					changes.push({ key: record.key, value: undefined });
					continue;
				}
				// another tab wrote it, perhaps another version of the app: read with the same rules
				const parsed = collectionItems[name].safeParse(record.value);
				if (!parsed.success) return false;
				this.#keys.set(parsed.data, record.key);
				changes.push({ key: record.key, value: parsed.data });
			}
			if (changes.length > 0)
				(next as Record<CollectionName, Item[]>)[name] = patchList(
					next[name] as Item[],
					changes,
					this.#keyOf
				);
		}
		if (message.settings) {
			const parsed = SettingsSchema.safeParse(settings);
			if (!parsed.success) return false;
			next.settings = parsed.data;
			this.#settingsStored = true;
		}
		this.#base = next;
		this.#view.data = this.#replayUnsaved(next);
		return true;
	}
}

/** the localStorage state of an earlier version, read as the app read it then */
function readLegacy(legacy: Storage | undefined): LoadResult | undefined {
	const raw = readRaw(legacy);
	return raw === undefined ? undefined : readEnvelope(raw);
}

/** a message from another tab has the shape this version sends (another version may differ) */
function isTabMessage(message: unknown): message is TabMessage {
	if (message === null || typeof message !== 'object') return false;
	const m = message as Record<string, unknown>;
	if (m.kind === 'replaced' || m.kind === 'snapshots') return typeof m.from === 'string';
	return (
		m.kind === 'changed' &&
		typeof m.settings === 'boolean' &&
		Array.isArray(m.refs) &&
		m.refs.every(
			(r: unknown) =>
				r !== null &&
				typeof r === 'object' &&
				collectionNames.includes((r as { store: CollectionName }).store) &&
				Number.isInteger((r as { key: unknown }).key)
		)
	);
}
