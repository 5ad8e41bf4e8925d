// Merging a backup into the progress on this device, and describing what an import would change.
import { studiedCardIds } from '../model/studied';
import type { ActiveQuiz, AppData, CardState } from '../model/schema';
import { collectionLimits } from '../model/schema';

/** One copy of each item, by key: those of `current` first (they win), then the new ones of `incoming`. */
function unionBy<T>(current: readonly T[], incoming: readonly T[], key: (item: T) => string): T[] {
	const seen = new Set(current.map(key));
	return [...current, ...incoming.filter((item) => !seen.has(key(item)))];
}

/** a stable sort by an ISO date field, so equal times keep the order they were logged in */
const byTime = <T>(items: T[], time: (item: T) => string): T[] =>
	items
		.map((item, index) => ({ item, index, ms: Date.parse(time(item)) }))
		.sort((a, b) => a.ms - b.ms || a.index - b.index)
		.map(({ item }) => item);

const reviewedMs = (card: CardState) =>
	card.last_review === undefined ? Number.NEGATIVE_INFINITY : Date.parse(card.last_review);

/** of two states of one card, the one that has seen the later review (more reviews on a tie; ours on a full tie) */
function laterCard(ours: CardState, theirs: CardState): CardState {
	if (reviewedMs(theirs) !== reviewedMs(ours))
		return reviewedMs(theirs) > reviewedMs(ours) ? theirs : ours;
	return theirs.reps > ours.reps ? theirs : ours;
}

/** of two copies of one quiz in progress, the one further along */
function furtherQuiz(ours: ActiveQuiz, theirs: ActiveQuiz): ActiveQuiz {
	if (theirs.attempts.length !== ours.attempts.length)
		return theirs.attempts.length > ours.attempts.length ? theirs : ours;
	return theirs.position > ours.position ? theirs : ours;
}

/**
 * Merges a backup into the progress on this device, losing no answer and no review: answers,
 * finished quizzes and reviews are joined by id; a card keeps the state that saw its latest
 * review; a quiz in progress keeps the copy further along, and is dropped when either side
 * finished it. Settings and the undo history stay those of this device.
 *
 * @example
 * mergeData(onThisDevice, fromBackup).attempts.length // answers of both, each once
 */
export function mergeData(current: AppData, incoming: AppData): AppData {
	const finishedQuizzes = byTime(
		unionBy(current.finishedQuizzes, incoming.finishedQuizzes, (q) => q.id),
		(q) => q.finishedAt
	);
	const finished = new Set(finishedQuizzes.map((q) => q.id));

	const active = new Map(current.activeQuizzes.map((q) => [q.id, q]));
	for (const quiz of incoming.activeQuizzes) {
		const ours = active.get(quiz.id);
		active.set(quiz.id, ours ? furtherQuiz(ours, quiz) : quiz);
	}
	const activeQuizzes = byTime(
		[...active.values()].filter((q) => !finished.has(q.id)),
		(q) => q.startedAt
	).slice(-collectionLimits.activeQuizzes);

	const cards = new Map(current.cards.map((c) => [c.cardId, c]));
	for (const card of incoming.cards) {
		const ours = cards.get(card.cardId);
		cards.set(card.cardId, ours ? laterCard(ours, card) : card);
	}

	return {
		attempts: byTime(
			unionBy(current.attempts, incoming.attempts, (a) => a.id),
			(a) => a.answeredAt
		),
		finishedQuizzes,
		activeQuizzes,
		cards: [...cards.values()],
		reviewLog: byTime(
			unionBy(current.reviewLog, incoming.reviewLog, (r) => r.id),
			(r) => r.reviewedAt
		),
		// an undo entry restores this device's earlier state of a card: it only still applies where
		// the merge kept this device's state, not where the backup's later reviews won
		undoStack: current.undoStack.filter(
			(entry) => cards.get(entry.cardId) === current.cards.find((c) => c.cardId === entry.cardId)
		),
		settings: current.settings
	};
}

export interface ChangeRow {
	/** what the row counts, in words: "answers", "reviews" */
	label: string;
	before: number;
	after: number;
	/** items in the result that were not there before */
	added: number;
	/** items there before that the result no longer has */
	removed: number;
	/** items in both whose content differs */
	changed: number;
}

export interface ChangePreview {
	rows: ChangeRow[];
	settings: 'same' | 'changed';
	/** nothing at all would change */
	unchanged: boolean;
}

function compare<T>(
	label: string,
	before: readonly T[],
	after: readonly T[],
	key: (item: T) => string
): ChangeRow {
	const old = new Map(before.map((item) => [key(item), JSON.stringify(item)]));
	const next = new Map(after.map((item) => [key(item), JSON.stringify(item)]));
	let added = 0;
	let changed = 0;
	for (const [id, text] of next) {
		const was = old.get(id);
		if (was === undefined) added++;
		else if (was !== text) changed++;
	}
	let removed = 0;
	for (const id of old.keys()) if (!next.has(id)) removed++;
	return { label, before: before.length, after: after.length, added, removed, changed };
}

/**
 * the states of the cards studied, as every page counts them (model/studied), or of the others:
 * cards suspended or brought in by a miss, never reviewed, whose states an import changes too
 */
const cardStates = (data: AppData, studied: boolean) => {
	const ids = studiedCardIds(data);
	return data.cards.filter((c) => ids.has(c.cardId) === studied);
};

/**
 * What replacing `current` with `next` changes, list by list, for the preview before an import.
 *
 * @example
 * previewChange(current, mergeData(current, backup)).rows[0]
 * // { label: 'answers', before: 40, after: 52, added: 12, removed: 0, changed: 0 }
 */
export function previewChange(current: AppData, next: AppData): ChangePreview {
	const rows = [
		compare('answers', current.attempts, next.attempts, (a) => a.id),
		compare('finished quizzes', current.finishedQuizzes, next.finishedQuizzes, (q) => q.id),
		compare('quizzes in progress', current.activeQuizzes, next.activeQuizzes, (q) => q.id),
		compare(
			'flashcards studied',
			cardStates(current, true),
			cardStates(next, true),
			(c) => c.cardId
		),
		compare(
			'flashcards suspended or added, unstudied',
			cardStates(current, false),
			cardStates(next, false),
			(c) => c.cardId
		),
		compare('flashcard reviews', current.reviewLog, next.reviewLog, (r) => r.id)
	];
	const settings =
		JSON.stringify(current.settings) === JSON.stringify(next.settings) ? 'same' : 'changed';
	const unchanged =
		settings === 'same' && rows.every((r) => r.added === 0 && r.removed === 0 && r.changed === 0);
	return { rows, settings, unchanged };
}
