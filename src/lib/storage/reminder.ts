// The home page's backup reminder (issue 17): a backup is the one copy of the progress that
// survives the browser clearing its storage, so when the last one is two weeks old and there has
// been progress since, the home page says so and offers it in one click. Pure: `now` comes in.
import type { AppData } from '../model/schema';

/** how old the last backup may be before the reminder shows */
export const backupReminderDays = 14;
const reminderMs = backupReminderDays * 24 * 60 * 60 * 1000;

export interface BackupReminder {
	/** when the last backup was downloaded; undefined when none ever was */
	lastBackupAt?: string;
	/** when the progress not in a backup began: the last backup, or the first answer or review */
	since: string;
	/** answers given and reviews done since then */
	answers: number;
	reviews: number;
}

/**
 * Whether to remind the learner to download a backup: the last one (or, with none, the first
 * progress) is at least 14 days old, and there has been progress since.
 *
 * @example
 * backupReminder(data, now) // { lastBackupAt: '2026-03-01T…', since: '2026-03-01T…', answers: 35, reviews: 12 }
 * backupReminder(dataBackedUpYesterday, now) // undefined
 */
export function backupReminder(data: AppData, now: Date): BackupReminder | undefined {
	const last = data.settings.lastBackupAt;
	const lastMs = last === undefined ? -Infinity : Date.parse(last);
	// one pass, no spread: a year of use is tens of thousands of entries
	let answers = 0;
	let reviews = 0;
	let first = Infinity;
	for (const { answeredAt } of data.attempts) {
		const at = Date.parse(answeredAt);
		if (at > lastMs) answers++;
		first = Math.min(first, at);
	}
	for (const { reviewedAt } of data.reviewLog) {
		const at = Date.parse(reviewedAt);
		if (at > lastMs) reviews++;
		first = Math.min(first, at);
	}
	if (answers === 0 && reviews === 0) return undefined;
	const sinceMs = last === undefined ? first : lastMs;
	if (now.getTime() - sinceMs < reminderMs) return undefined;
	return {
		...(last === undefined ? {} : { lastBackupAt: last }),
		since: new Date(sinceMs).toISOString(),
		answers,
		reviews
	};
}

/**
 * The data with a backup downloaded at `now` recorded, before the backup is made of it, so the
 * file itself says when it was made.
 *
 * @example
 * backupReminder(withBackupAt(data, now), now) // undefined
 */
export const withBackupAt = (data: AppData, now: Date): AppData => ({
	...data,
	settings: { ...data.settings, lastBackupAt: now.toISOString() }
});
