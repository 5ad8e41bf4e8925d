// Helpers for the storage, data and progress browser tests (issues 7 and 17): seed what is stored
// before the app loads (in localStorage, as an earlier version stored it: the app moves it into
// its database), read back everything stored, and build realistic progress from the bank's ids.
import type { Page } from '@playwright/test';
import type { QuestionType } from '../../src/lib/content/schema';
import type { KnownIds } from '../../src/lib/model/known-ids';
import type { ProgressMeta } from '../../src/lib/progress/meta';
import type {
	AppData,
	Attempt,
	CardState,
	FinishedQuiz,
	ReviewLogEntry,
	Response
} from '../../src/lib/model/schema';
import { expect } from './fixtures';
import type { SnapshotRecord } from '../../src/lib/storage/database';
import { currentVersion, databaseData, dumpDatabase, envelopeText } from './stored-state';

// the app's own keys and defaults, so a seed can never drift from what the app stores
export {
	corruptPrefix,
	progressMarkerKey,
	quizLengthMarkerKey,
	quizzesBegunMarkerKey,
	snapshotPrefix,
	storageKey
} from '../../src/lib/storage/keys';
export { defaultSettings, emptyData } from '../../src/lib/model/defaults';
import { storageKey } from '../../src/lib/storage/keys';
import { defaultSettings, emptyData } from '../../src/lib/model/defaults';

/**
 * A stored text of `data`: in the current format (packed) unless `version` says otherwise, so a
 * seeded state is not migrated (and snapshotted) on load; `envelope(data, 1)` for format 1.
 */
export const envelope = (
	data: unknown,
	version = currentVersion,
	savedAt = '2026-03-27T09:00:00.000Z'
) => envelopeText(data, version, savedAt);

/** Stores `raw` under the app's key before the app first loads, once per tab: a reload keeps what the app saved. */
export async function seedRaw(page: Page, raw: string) {
	await page.addInitScript(
		({ key, value }) => {
			if (sessionStorage.getItem('storage-seeded')) return;
			localStorage.setItem(key, value);
			sessionStorage.setItem('storage-seeded', 'yes');
		},
		{ key: storageKey, value: raw }
	);
}

/**
 * Everything the app's origin has stored: localStorage, and every record of the database
 * (snapshots and kept copies included), for tests that prove nothing changed.
 */
export async function allStored(page: Page) {
	const local = await page.evaluate(() => {
		const items: Record<string, string> = {};
		for (let i = 0; i < localStorage.length; i++) {
			const key = localStorage.key(i);
			if (key !== null) items[key] = localStorage.getItem(key) ?? '';
		}
		return items;
	});
	return { local, database: await dumpDatabase(page) };
}

/** the snapshots and kept copies in the app's database, each with its text, oldest first */
export async function storedSnapshots(page: Page) {
	const dump = await dumpDatabase(page);
	const texts = new Map((dump.snapshotTexts ?? []).map(([key, text]) => [key, text as string]));
	return (dump.snapshots ?? [])
		.map(([, record]) => record as SnapshotRecord)
		.sort((a, b) => a.takenAt.localeCompare(b.takenAt))
		.map((record) => ({ ...record, text: texts.get(record.key) }));
}

/** the state an earlier version of the app kept in localStorage, if it is still there */
export const storedRaw = (page: Page) =>
	page.evaluate((key) => localStorage.getItem(key), storageKey);

/** the data in the app's database, read as the app reads it */
export const storedData = (page: Page): Promise<AppData> => databaseData(page);

/** the bank's metadata, as the progress page fetches it */
export async function fetchMeta(page: Page): Promise<ProgressMeta> {
	const response = await page.request.get('/progress/meta.json');
	expect(response.ok()).toBe(true);
	return (await response.json()) as ProgressMeta;
}

const at = (day: number, hour = 9) =>
	`2026-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;

/**
 * Progress over the week before 27 March 2026 (the tests' clock), with every part of the page
 * fed: quizzes on three days (three of the addition questions right at the last try), confidence
 * given, a distortion fallen for and then answered right, another still standing, and flashcard
 * reviews with a lapse.
 */
export function sampleData(meta: ProgressMeta): AppData {
	const topic = (id: string) => {
		const found = meta.topics.find((t) => t.id === id);
		if (!found) throw new Error(`no topic ${id}`);
		return found;
	};
	const addition = topic('shared-addition');
	const rhyme = topic('rhyme-planning');
	const [fixedClaim, openClaim] = meta.claims.filter((c) => c.questionIds.length > 0);
	if (!fixedClaim || !openClaim) throw new Error('the bank has claims repeated by options');
	let n = 0;
	const attempt = (
		questionId: string,
		setId: string,
		answeredAt: string,
		correct: boolean,
		extra: Partial<Attempt> = {}
	): Attempt => ({
		id: `attempt-${++n}`,
		questionId,
		setId,
		sessionId: `session-${setId}-${answeredAt.slice(0, 10)}`,
		answeredAt,
		response: { type: 'true-false', value: correct },
		correct,
		...extra
	});
	const attempts: Attempt[] = [
		...addition.questionIds.slice(0, 4).map((id, i) =>
			attempt(id, 'topic-shared-addition', at(24, 9), i < 2, {
				confidence: i < 3 ? 'sure' : 'guess'
			})
		),
		...addition.questionIds
			.slice(0, 4)
			.map((id, i) =>
				attempt(id, 'topic-shared-addition', at(25, 9), i < 3, { confidence: 'think' })
			),
		attempt(fixedClaim.questionIds[0]!, 'mixed-10', at(25, 10), false, {
			misconception: fixedClaim.id
		}),
		attempt(fixedClaim.questionIds[0]!, 'mixed-10', at(26, 10), true),
		attempt(openClaim.questionIds[0]!, 'mixed-10', at(26, 11), false, {
			misconception: openClaim.id
		}),
		...rhyme.questionIds.slice(0, 2).map((id) => attempt(id, 'mixed-10', at(26, 11), true))
	];
	const finished = (setId: string, day: number, correct: number, total: number): FinishedQuiz => ({
		id: `quiz-${setId}-${day}`,
		setId,
		startedAt: at(day, 8),
		finishedAt: at(day, 9),
		questionIds: [],
		correct,
		total
	});
	const finishedQuizzes = [
		finished('topic-shared-addition', 24, 2, 4),
		finished('topic-shared-addition', 25, 3, 4),
		finished('mixed-10', 26, 3, 5)
	];
	const card = (cardId: string, due: string, state: number): CardState => ({
		cardId,
		due,
		stability: 3,
		difficulty: 5,
		elapsed_days: 1,
		scheduled_days: 2,
		learning_steps: 0,
		reps: 3,
		lapses: state === 3 ? 1 : 0,
		state,
		last_review: at(26, 12),
		suspended: false,
		leech: false
	});
	const [cardA, cardB] = rhyme.cardIds;
	if (!cardA || !cardB) throw new Error('rhyme planning has two cards');
	const cards = [card(cardA, at(28, 12), 2), card(cardB, at(27, 12), 3)];
	const review = (
		id: string,
		cardId: string,
		reviewedAt: string,
		rating: number,
		state: number
	): ReviewLogEntry => ({
		id,
		cardId,
		rating,
		reviewedAt,
		state,
		due: reviewedAt,
		stability: 3,
		difficulty: 5,
		scheduled_days: 2,
		durationMs: 8000
	});
	const reviewLog = [
		review('review-1', cardA, at(23, 12), 3, 0),
		review('review-2', cardB, at(23, 12), 3, 0),
		review('review-3', cardA, at(26, 12), 3, 2),
		review('review-4', cardB, at(26, 12), 1, 2)
	];
	return {
		...emptyData(),
		attempts,
		finishedQuizzes,
		cards,
		reviewLog,
		settings: { ...defaultSettings, askConfidence: true }
	};
}

/** the app's ids (/data/known-ids.json): what an import or a restore is checked against */
export async function fetchKnownIds(page: Page): Promise<KnownIds> {
	const response = await page.request.get('/data/known-ids.json');
	expect(response.ok()).toBe(true);
	return (await response.json()) as KnownIds;
}

/** the smallest response of each question type the schema takes */
const responseOf = (type: QuestionType, correct: boolean): Response => {
	switch (type) {
		case 'single':
			return { type, choice: 'a' };
		case 'multi':
			return { type, choices: [] };
		case 'true-false':
			return { type, value: correct };
		case 'typed':
			return { type, text: '' };
		case 'cloze':
			return { type, texts: [] };
		case 'ordering':
			return { type, order: [] };
		case 'matching':
			return { type, matches: [] };
		case 'fact-check':
			// not SUPPORTED: a wrong one would count as falling for a distortion the data does not name
			return { type, verdict: 'OPINION' };
	}
};

/**
 * `data` with every answer's response of its question's type. sampleData answers every question
 * with a true-false response, which the pages never read, but an import or a restore checks each
 * answer against its question (issue 17) and refuses a response of another type.
 */
export function withFittingResponses(data: AppData, ids: KnownIds): AppData {
	const fit = (attempt: Attempt): Attempt => {
		const type = ids.questions[attempt.questionId];
		if (!type) throw new Error(`no question ${attempt.questionId} in the app`);
		return { ...attempt, response: responseOf(type, attempt.correct) };
	};
	return { ...data, attempts: data.attempts.map(fit) };
}

/** sampleData as an import takes it: its answers' responses of their questions' types */
export const sampleImportable = async (page: Page) =>
	withFittingResponses(sampleData(await fetchMeta(page)), await fetchKnownIds(page));

/** a backup file for setInputFiles */
export const backupFile = (name: string, text: string) => ({
	name,
	mimeType: 'application/json',
	buffer: Buffer.from(text, 'utf8')
});

/** while this localStorage key is set, every database write fails as a full disk makes it fail */
export const fullFlag = 'e2e:storage-full';

/**
 * Makes the app's storage full from the first page load of this tab, until freeStorage. Chromium's
 * own quota cannot be filled or lowered from a test (its quota is a share of the disk, and CDP's
 * Storage.overrideQuotaForOrigin had no effect in Chromium 156), so each write to IndexedDB throws
 * the QuotaExceededError a full disk gives, from the IDBObjectStore methods the app writes with.
 */
export async function fillStorage(page: Page) {
	await page.addInitScript((flag) => {
		if (!sessionStorage.getItem('storage-filled')) {
			localStorage.setItem(flag, 'yes');
			sessionStorage.setItem('storage-filled', 'yes');
		}
		for (const method of ['add', 'put'] as const) {
			const native = IDBObjectStore.prototype[method];
			IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown]) {
				if (localStorage.getItem(flag) === 'yes')
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				return native.apply(this, args);
			} as typeof native;
		}
	}, fullFlag);
}

/** space freed, as by another tab or app: the database takes writes again */
export const freeStorage = (page: Page) =>
	page.evaluate((flag) => localStorage.removeItem(flag), fullFlag);
