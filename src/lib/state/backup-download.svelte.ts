// Downloading a backup, from /data or from the home page's reminder (issue 17): the download
// time is recorded in the state first, so the file says when it was made and the reminder waits
// another 14 days. The backup code loads with import() when a backup is asked for.
import type { AppState } from './app-state.svelte';
import { downloadText } from '$lib/browser/download';
import { plural } from '$lib/format/format';
import { backupReminder, withBackupAt, type BackupReminder } from '$lib/storage/reminder';

/**
 * Downloads a backup of what `app` holds now, after recording the time (when the stored state is
 * this app's to write); returns the file's name.
 */
export async function downloadBackup(app: AppState, now: Date): Promise<string> {
	const backup = await import('$lib/storage/backup');
	// a newer or unreadable stored state is never written: the download is then not recorded
	if (!app.readOnly) await app.update((data) => withBackupAt(data, now));
	const name = backup.backupFileName(now);
	downloadText(name, backup.toBackupJson(app.data, now), 'application/json');
	return name;
}

/** The home page's reminder: whether it is due, and its one-click download. */
export class BackupReminderState {
	#app: AppState;
	#now: () => Date;
	/** the clock as the page read it when it opened; a reminder needs no finer tick */
	#opened: Date;
	/** what the last download did, once one was asked for */
	message = $state.raw<string>();

	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- the clock is read, never mutated or observed
	constructor(app: AppState, now: () => Date = () => new Date()) {
		this.#app = app;
		this.#now = now;
		this.#opened = now();
	}

	/** due when the last backup is 14 days old and there has been progress since */
	reminder: BackupReminder | undefined = $derived.by(() =>
		this.#app.loaded && !this.#app.readOnly
			? backupReminder(this.#app.data, this.#opened)
			: undefined
	);

	async download() {
		try {
			const name = await downloadBackup(this.#app, this.#now());
			const { attempts, reviewLog } = this.#app.data;
			this.message = `Downloaded ${name}: ${plural(attempts.length, 'answer')} and ${plural(reviewLog.length, 'review')}. Keep it somewhere other than this browser.`;
		} catch (error) {
			this.message = `The backup could not be made (${error instanceof Error ? error.message : String(error)}). Try again, or use Back up and restore.`;
		}
	}
}
