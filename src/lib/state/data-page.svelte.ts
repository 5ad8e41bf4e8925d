// The behaviour of /data: export, import with a preview, reset, snapshots, and what to do with a
// stored state the app cannot read. The import and export code is loaded with import() when used,
// so none of it weighs on the first load.
import type { AppState, ReplaceResult } from '$lib/state/app-state.svelte';
import type { StoredSummary } from '$lib/storage/backup';
import type { ExportCard } from '$lib/storage/export-formats';
import { formatCount, plural } from '$lib/format/format';
import type { ChangePreview } from '$lib/storage/merge';
import { emptyData } from '$lib/model/defaults';
import { corruptPrefix } from '$lib/storage/keys';
import type { AppData } from '$lib/model/schema';
import { setTitle, type SetNames } from '$lib/progress/sets';
import type { KnownIds } from '$lib/model/known-ids';
import { downloadText } from '$lib/browser/download';
import { studyDeck } from '$lib/srs/quiz-misses';
import { downloadBackup } from './backup-download.svelte';
import { requestPersistence, storageReport, type StorageReport } from '$lib/browser/persistence';

export interface Message {
	tone: 'done' | 'problem';
	text: string;
	/** a snapshot that undoes what the message reports */
	undo?: { key: string; label: string };
}

export interface ImportPreview {
	/** as the learner's file system named it: shown as text */
	fileName: string;
	savedAt?: string;
	/** the latest moment it records work at, when later than this device's today (a wrong clock, an edit) */
	futureAt?: string;
	/** it says it was saved later than this device's today, though its work is not */
	savedAhead?: boolean;
	migratedFrom?: number;
	data: AppData;
	replace: ChangePreview;
	merge: ChangePreview;
	/** the quiz sets the file has scores for, by title (an unknown id shortened): shown as text */
	sets: string[];
}

export type { SetNames } from '$lib/progress/sets';

export type CardFormat = 'anki' | 'csv' | 'quizlet';

const cardFiles: Record<CardFormat, { name: string; type: string; label: string }> = {
	anki: { name: 'biology-of-an-llm-anki.txt', type: 'text/plain', label: 'Anki' },
	csv: { name: 'biology-of-an-llm-flashcards.csv', type: 'text/csv', label: 'CSV' },
	quizlet: { name: 'biology-of-an-llm-quizlet.txt', type: 'text/plain', label: 'Quizlet' }
};

const dateStamp = (now: Date) => now.toISOString().slice(0, 10);
const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class DataPage {
	#app: AppState;
	#now: () => Date;
	#names: SetNames;
	/** the app's ids, fetched once when first needed; forgotten after a failure, so a retry fetches again */
	#known: Promise<KnownIds> | undefined;

	exportMessage = $state.raw<Message>();
	importMessage = $state.raw<Message>();
	resetMessage = $state.raw<Message>();
	snapshotMessage = $state.raw<Message>();
	problemMessage = $state.raw<Message>();
	keepMessage = $state.raw<Message>();
	/** whether the browser promised to keep the data, and how much it holds; undefined until it says */
	storage = $state.raw<StorageReport>();
	preview = $state.raw<ImportPreview>();
	busy = $state(false);
	confirmingReset = $state(false);

	/** what each snapshot holds, counted when it was taken */
	summaries: Record<string, StoredSummary | undefined> = $derived.by(() =>
		Object.fromEntries(this.#app.snapshots.map((s) => [s.key, s.summary]))
	);

	constructor(
		app: AppState,
		names: SetNames = { topics: [], sections: [] },
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- the clock is read, never mutated or observed
		now: () => Date = () => new Date()
	) {
		this.#app = app;
		this.#names = names;
		this.#now = now;
	}

	/**
	 * Asks the browser how it keeps this site's data: after the page is interactive, and again after
	 * an import, a reset or a restore (a 630 KB backup imported still read "uses 74 KB")
	 */
	async open() {
		this.storage = await storageReport();
	}

	/** Asks the browser to promise to keep the data (a click: some browsers ask the learner). */
	async keepData() {
		const kept = await requestPersistence();
		this.storage = await storageReport();
		this.keepMessage = kept
			? { tone: 'done', text: 'The browser has promised to keep your progress.' }
			: {
					tone: 'problem',
					text: 'The browser did not promise it this time. Download a backup to keep a copy of your own.'
				};
	}

	/** what an import or a restore may refer to (issue 17); throws a message a learner can read */
	#knownIds(): Promise<KnownIds> {
		this.#known ??= import('$lib/browser/known-ids')
			.then(({ fetchKnownIds }) => fetchKnownIds())
			.catch((error: unknown) => {
				this.#known = undefined;
				throw error;
			});
		return this.#known;
	}

	async exportBackup() {
		const now = this.#now();
		const problem = this.#app.loadProblem;
		if (problem?.kind === 'newer') {
			// the newer format is kept whole, for the newer app to import; this one would drop what it does not know
			const name = `biology-of-an-llm-backup-format-${problem.version}-${dateStamp(now)}.json`;
			downloadText(name, problem.raw, 'application/json');
			this.exportMessage = { tone: 'done', text: `Downloaded ${name}, exactly as it is stored.` };
			return;
		}
		// recorded in the state first, for the home page's reminder (issue 17)
		const name = await downloadBackup(this.#app, now);
		const { attempts, reviewLog, finishedQuizzes } = this.#app.data;
		this.exportMessage = {
			tone: 'done',
			text: `Downloaded ${name}: ${plural(attempts.length, 'answer')}, ${plural(finishedQuizzes.length, 'finished quiz', 'finished quizzes')} and ${plural(reviewLog.length, 'review')}.`
		};
	}

	async exportCards(format: CardFormat) {
		const file = cardFiles[format];
		try {
			// the same prerendered, shape-checked cards the review and card pages use
			const [loaded, formats] = await Promise.all([
				import('$lib/browser/flashcard-data').then(({ fetchFlashcards }) => fetchFlashcards()),
				import('$lib/storage/export-formats')
			]);
			if (!loaded.ok) throw new Error(loaded.reason);
			const { payload } = loaded;
			// the learner's deck, as /cards and /review have it: the app's cards and those the misses
			// brought in. The explanation, the episode's words and the paper's go along: what makes
			// a card worth having
			const deck = studyDeck(payload.cards, payload.derived, this.#app.data.cards);
			const cards: ExportCard[] = deck.map((card) => ({
				id: card.id,
				topic: card.topic,
				front: card.front,
				back: card.back,
				explanation: card.explanation,
				...(card.transcript
					? {
							episode: { quote: card.transcript.quote, sectionTitle: card.transcript.sectionTitle }
						}
					: {}),
				paper: card.evidence
			}));
			const text =
				format === 'anki'
					? formats.toAnkiText(cards)
					: format === 'csv'
						? formats.toCsv(cards)
						: formats.toQuizletText(cards);
			downloadText(file.name, text, file.type);
			this.exportMessage = {
				tone: 'done',
				text: `Downloaded ${file.name}: ${plural(cards.length, 'flashcard')} for ${file.label}.`
			};
		} catch (error) {
			this.exportMessage = {
				tone: 'problem',
				text: `The flashcards could not be loaded (${describeError(error)}). Check your connection and try again.`
			};
		}
	}

	/** Reads a chosen file and shows what importing it would change; nothing is stored yet. */
	async chooseFile(file: File) {
		this.preview = undefined;
		this.importMessage = undefined;
		this.busy = true;
		try {
			const backup = await import('$lib/storage/backup');
			// the size is checked before a byte is read
			const size = backup.checkBackupSize(file.size);
			if (!size.ok) {
				this.importMessage = { tone: 'problem', text: size.message };
				return;
			}
			let text: string;
			try {
				text = await file.text();
			} catch (error) {
				this.importMessage = {
					tone: 'problem',
					text: `This file could not be read (${describeError(error)}). Nothing was imported or changed.`
				};
				return;
			}
			let known: KnownIds;
			try {
				known = await this.#knownIds();
			} catch (error) {
				this.importMessage = {
					tone: 'problem',
					text: `The app’s list of questions and flashcards, which an import is checked against, could not be loaded (${describeError(error)}). Nothing was imported or changed. Check your connection and choose the file again.`
				};
				return;
			}
			const parsed = backup.parseBackup(text, known);
			if (!parsed.ok) {
				this.importMessage = { tone: 'problem', text: parsed.message };
				return;
			}
			const { mergeData, previewChange } = await import('$lib/storage/merge');
			const current = this.#app.data;
			const futureAt = backup.futureMoment(parsed.data, this.#now());
			const savedAhead =
				futureAt === undefined &&
				parsed.savedAt !== undefined &&
				backup.isAhead(parsed.savedAt, this.#now());
			this.preview = {
				fileName: file.name,
				...(parsed.savedAt === undefined ? {} : { savedAt: parsed.savedAt }),
				...(futureAt === undefined ? {} : { futureAt }),
				...(savedAhead ? { savedAhead } : {}),
				...(parsed.migratedFrom === undefined ? {} : { migratedFrom: parsed.migratedFrom }),
				data: parsed.data,
				replace: previewChange(current, parsed.data),
				merge: previewChange(current, mergeData(current, parsed.data)),
				// a plain, throwaway set for de-duplication; nothing observes it
				// eslint-disable-next-line svelte/prefer-svelte-reactivity
				sets: [...new Set(parsed.data.finishedQuizzes.map((q) => q.setId))]
					.slice(0, 20)
					.map((id) => setTitle(id, this.#names))
			};
		} finally {
			this.busy = false;
		}
	}

	cancelImport() {
		this.preview = undefined;
		this.importMessage = { tone: 'done', text: 'Import cancelled. Nothing was changed.' };
	}

	async confirmImport(mode: 'replace' | 'merge') {
		const preview = this.preview;
		if (!preview) return;
		const { mergeData } = await import('$lib/storage/merge');
		const incoming = preview.data;
		const result = await this.#app.replace('import', (latest) =>
			mode === 'replace' ? incoming : mergeData(latest, incoming)
		);
		this.preview = undefined;
		this.importMessage = this.#report(
			result,
			mode === 'replace'
				? `Your progress was replaced with ${preview.fileName}.`
				: `${preview.fileName} was merged into your progress.`,
			'Undo this import'
		);
		void this.open();
	}

	askReset() {
		this.confirmingReset = true;
		this.resetMessage = undefined;
	}

	cancelReset() {
		this.confirmingReset = false;
		this.resetMessage = { tone: 'done', text: 'Nothing was reset.' };
	}

	async confirmReset() {
		this.confirmingReset = false;
		// the settings stay; the cards asked for beyond today's limits belonged to the progress reset
		const result = await this.#app.replace('reset', (latest) => {
			const settings = { ...latest.settings };
			delete settings.todayExtras;
			return { ...emptyData(), settings };
		});
		this.resetMessage = this.#report(
			result,
			'All progress was reset. Your settings are kept.',
			'Undo the reset'
		);
		void this.open();
	}

	/** Puts a snapshot back (an undo button, or the snapshot list). */
	async restore(key: string, where: 'import' | 'reset' | 'snapshots') {
		const result: ReplaceResult = await this.#knownIds().then(
			(known) => this.#app.restoreSnapshot(key, known),
			(error: unknown) => ({
				ok: false,
				message: `the app’s list of questions and flashcards, which a snapshot is checked against, could not be loaded (${describeError(error)}); check your connection and try again`
			})
		);
		const message = this.#report(
			result,
			'Your progress is back as it was in that snapshot.',
			'Undo this restore'
		);
		if (where === 'import') this.importMessage = message;
		else if (where === 'reset') this.resetMessage = message;
		else this.snapshotMessage = message;
		void this.open();
	}

	async downloadSnapshot(key: string, takenAt: string) {
		const text = await this.#app.storedText(key);
		if (text === undefined) {
			this.snapshotMessage = {
				tone: 'problem',
				text: 'That snapshot is no longer on this device.'
			};
			return;
		}
		const name = `biology-of-an-llm-snapshot-${takenAt.replaceAll(':', '-')}.json`;
		downloadText(name, text, 'application/json');
		this.snapshotMessage = { tone: 'done', text: `Downloaded ${name}. It imports like a backup.` };
	}

	/**
	 * The unreadable text exactly as it was stored, from memory or from its kept copy, code unit for
	 * code unit (lone surrogates too: storage/unreadable.ts), inside a small JSON wrapper.
	 */
	async downloadUnreadable(key?: string) {
		const problem = this.#app.loadProblem;
		const text = key
			? await this.#app.storedText(key)
			: problem?.kind === 'corrupt'
				? problem.raw
				: undefined;
		if (text === undefined) {
			this.problemMessage = { tone: 'problem', text: 'That copy is no longer on this device.' };
			return;
		}
		const { unreadableFile } = await import('$lib/storage/unreadable');
		const now = this.#now();
		const keptAt = key?.startsWith(corruptPrefix)
			? key.slice(corruptPrefix.length)
			: now.toISOString();
		const name = `biology-of-an-llm-unreadable-${dateStamp(now)}.json`;
		downloadText(name, unreadableFile(text, keptAt), 'application/json');
		this.problemMessage = {
			tone: 'done',
			text: `Downloaded ${name}: its “text” is your progress exactly as it was stored, character for character.`
		};
	}

	async startFresh(discardUnkept = false) {
		const result = await this.#app.startFresh({ discardUnkept });
		this.problemMessage = result.ok
			? {
					tone: 'done',
					text: 'Started fresh: your progress is saved again. The unreadable copy is kept until you delete it.'
				}
			: { tone: 'problem', text: `Could not start fresh: ${result.message}.` };
	}

	/** a keep under way: a second press would only say there is nothing left to keep */
	#keeping = false;

	async keepReadable() {
		if (this.#keeping) return;
		this.#keeping = true;
		const result = await this.#app.keepReadable().finally(() => (this.#keeping = false));
		this.problemMessage = result.ok
			? {
					tone: 'done',
					text:
						result.dropped === 0
							? `Kept all ${plural(result.kept, 'saved item')}: your progress is saved again.`
							: `Kept ${formatCount(result.kept)} of ${plural(result.kept + result.dropped, 'saved item')} (answers, quizzes, flashcards, reviews, settings): your progress is saved again. The ${result.dropped === 1 ? 'one' : formatCount(result.dropped)} that could not be read ${result.dropped === 1 ? 'stays' : 'stay'} in the kept copy until you delete it.`
				}
			: { tone: 'problem', text: `Nothing was changed: ${result.message}.` };
	}

	async discardCopy(key: string) {
		await this.#app.discardCorruptCopy(key);
		this.problemMessage = { tone: 'done', text: 'The kept copy was deleted.' };
	}

	#report(result: ReplaceResult, done: string, undoLabel: string): Message {
		if (!result.ok) return { tone: 'problem', text: `Nothing was changed: ${result.message}.` };
		const parts = [done];
		if (!result.save.ok)
			parts.push(
				`It is on screen but could not be saved: ${result.save.message}. Download a backup to keep it.`
			);
		if (!result.snapshot.ok) {
			parts.push(
				`No snapshot could be taken first (${result.snapshot.message}), so this cannot be undone here.`
			);
			return { tone: result.save.ok ? 'done' : 'problem', text: parts.join(' ') };
		}
		return {
			tone: result.save.ok ? 'done' : 'problem',
			text: parts.join(' '),
			undo: { key: result.snapshot.key, label: undoLabel }
		};
	}
}
