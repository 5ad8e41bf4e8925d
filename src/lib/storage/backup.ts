// The backup file: everything the app stores, in the same versioned envelope as localStorage, so
// a backup, a copy of the stored text and a snapshot all import the same way.
import { studiedCardIds } from '../model/studied';
import { formatCount } from '../format/format';
import { currentVersion, type AppData } from '../model/schema';
import { appName } from './keys';
import { looksLikeBareData } from './migrations';
import { packData } from './packed';
import { maxJsonLength, safeJsonParse } from './safe-json';
import { admitStored } from './gate';
import type { KnownIds } from '../model/known-ids';

/** marks a file as a backup of this app (an envelope without it imports too; another app's is refused) */
export const backupApp = appName;

/** the largest backup file read, in bytes: checked on `file.size` before the file is read */
export const maxBackupBytes = maxJsonLength;

/**
 * The backup of `data`, as the text of a file.
 *
 * @example
 * toBackupJson(data, now) // '{"app":"biology-of-an-llm-study","version":2,"savedAt":"…","data":{"ids":[…],…}}'
 */
export function toBackupJson(data: AppData, now: Date): string {
	return JSON.stringify({
		app: backupApp,
		version: currentVersion,
		savedAt: now.toISOString(),
		data: packData(data)
	});
}

/** a file name with the date, e.g. biology-of-an-llm-backup-2026-03-27.json */
export const backupFileName = (now: Date) =>
	`biology-of-an-llm-backup-${now.toISOString().slice(0, 10)}.json`;

export type ParsedBackup =
	| { ok: true; data: AppData; savedAt?: string; migratedFrom?: number }
	| { ok: false; message: string };

/**
 * Says whether a file may be read at all, from its size alone, before a byte of it is read.
 *
 * @example
 * checkBackupSize(6 * 1024 * 1024) // { ok: false, message: 'This file is larger than 5 MB (6,291,456 bytes); …' }
 */
export function checkBackupSize(bytes: number): { ok: true } | { ok: false; message: string } {
	if (bytes <= maxBackupBytes) return { ok: true };
	return {
		ok: false,
		message: `This file is larger than 5 MB (${formatCount(bytes)} bytes); a backup of this app is at most 5 MB. Nothing was imported or changed.`
	};
}

/**
 * Reads the text of a backup file through the gate (gate.ts): safely parsed (size, depth and list
 * caps, no prototype keys), migrated from older formats, validated with the bounds of every field,
 * read back once stored, and, given the app's `known` ids, checked for references to questions,
 * cards and sets it lacks and for responses of the wrong type. Newer formats are refused, not
 * guessed at; every refusal names the field.
 *
 * @example
 * parseBackup(text, known) // { ok: false, message: 'This file cannot be imported: reviewLog[3].stability: must be at most 36,500 (it is 1e+308). Nothing was imported or changed.' }
 */
export function parseBackup(text: string, known?: KnownIds): ParsedBackup {
	const size = checkBackupSize(text.length);
	if (!size.ok) return size;
	// editors on some systems put a byte-order mark in front
	const result = admitStored(text.startsWith('\uFEFF') ? text.slice(1) : text, known);
	if (result.ok) return result;
	if ('newer' in result)
		return {
			ok: false,
			message: `This backup was made by a newer version of the app (format ${result.newer}); this version reads formats up to ${currentVersion}. Nothing was imported or changed. Open the newest version of the app to import it.`
		};
	return {
		ok: false,
		message: `This file cannot be imported: ${result.reason}. Nothing was imported or changed.`
	};
}

export interface StoredSummary {
	/** the format the text was saved in (0: the bare data of before the envelope) */
	version: number;
	savedAt?: string;
	answers: number;
	quizzes: number;
	reviews: number;
	cards: number;
}

const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);

/** the entries of an unvalidated list that have what counting studied cards reads */
const records = (value: unknown): { cardId: string; reps: number }[] =>
	Array.isArray(value)
		? value.flatMap((entry: unknown) => {
				if (entry === null || typeof entry !== 'object') return [];
				const { cardId, reps } = entry as Record<string, unknown>;
				return typeof cardId === 'string'
					? [{ cardId, reps: typeof reps === 'number' ? reps : 0 }]
					: [];
			})
		: [];

/**
 * What a stored text (a snapshot, a backup) holds, counted without validating it, for lists;
 * undefined when it is not a state of this app at all.
 *
 * @example
 * summarizeStored(raw) // { version: 2, savedAt: '…', answers: 120, quizzes: 12, reviews: 300, cards: 80 }
 */
export function summarizeStored(raw: string): StoredSummary | undefined {
	const parsed = safeJsonParse(raw);
	if (!parsed.ok || parsed.value === null || typeof parsed.value !== 'object') return undefined;
	const value = parsed.value as Record<string, unknown>;
	const bare: boolean = looksLikeBareData(value);
	const data = (bare ? value : value.data) as Record<string, unknown> | undefined;
	const version = bare ? 0 : value.version;
	if (typeof version !== 'number' || data === null || typeof data !== 'object') return undefined;
	return {
		version,
		...(typeof value.savedAt === 'string' ? { savedAt: value.savedAt } : {}),
		answers: count(data.attempts),
		quizzes: count(data.finishedQuizzes),
		reviews: count(data.reviewLog),
		cards: studiedCardIds({ reviewLog: records(data.reviewLog), cards: records(data.cards) }).size
	};
}

/** the furthest a backup's moments may be ahead of this device's clock: another device's clock may run fast */
export const clockSkewMs = 24 * 60 * 60 * 1000;

/** whether a moment is later than `now` by more than a device's clock could be wrong */
export const isAhead = (iso: string, now: Date): boolean =>
	Date.parse(iso) > now.getTime() + clockSkewMs;

/**
 * The latest moment a backup records work at (an answer, a review, a finished quiz) when it is
 * ahead of `now` (isAhead), else undefined. Such work is counted on its own day by study days,
 * streaks and Today: a backup dated 2099 gave a study day in 2099 and "0 answers today" (tester 7).
 * The moment the file was saved is not work: the preview says that apart.
 *
 * @example
 * futureMoment(data, new Date('2026-01-07T09:00:00Z')) // '2099-01-01T00:00:00.000Z'
 */
export function futureMoment(data: AppData, now: Date): string | undefined {
	const moments = [
		...data.attempts.map((a) => a.answeredAt),
		...data.reviewLog.map((r) => r.reviewedAt),
		...data.finishedQuizzes.map((q) => q.finishedAt)
	];
	let latest: string | undefined;
	for (const moment of moments) {
		if (isAhead(moment, now) && (latest === undefined || Date.parse(moment) > Date.parse(latest)))
			latest = moment;
	}
	return latest;
}
