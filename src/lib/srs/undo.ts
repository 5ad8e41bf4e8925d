// grading, undoing and suspending, as whole-AppData updates: data in, new data out.
import type { AppData, CardState, UndoEntry } from '../model/schema';
import { newCardState, type Grade, type Scheduler } from './scheduler';

/** how many grades can be undone, as the storage schema allows */
export const undoLimit = 50;

export interface ApplyGradeOptions {
	now: Date;
	/** id of the new review-log entry; unique across the log */
	logId: string;
	durationMs?: number;
	scheduler: Scheduler;
}

export interface ApplyGradeResult {
	data: AppData;
	/** the grade made the card a leech, and suspended it: tell the learner */
	leech: boolean;
}

/** `cards` with `card` in place of the card with its id, or added at the end */
function withCard(cards: readonly CardState[], card: CardState): CardState[] {
	const index = cards.findIndex((c) => c.cardId === card.cardId);
	if (index === -1) return [...cards, card];
	const next = [...cards];
	next[index] = card;
	return next;
}

/**
 * Grades a card and returns the new data: the card's state replaced (or added, for a card seen for
 * the first time), the log entry appended, and an undo entry pushed (the oldest dropped past 50).
 * The input is left untouched.
 *
 * @example
 * const { data: next, leech } = applyGrade(data, 'rhyme-planning-1', 3, {
 * 	now, // read at the edge, in the review session's state class
 * 	logId: crypto.randomUUID(),
 * 	durationMs: 5300,
 * 	scheduler
 * });
 * if (leech) announce('This card keeps slipping: it is suspended until you rework it.');
 */
export function applyGrade(
	data: AppData,
	cardId: string,
	rating: Grade,
	options: ApplyGradeOptions
): ApplyGradeResult {
	const { now, logId, durationMs, scheduler } = options;
	const previous = data.cards.find((c) => c.cardId === cardId);
	const graded = scheduler.gradeCard(previous ?? newCardState(cardId, now), rating, {
		now,
		logId,
		durationMs
	});
	const undo: UndoEntry = { cardId, previous: previous ?? null, logId };
	return {
		data: {
			...data,
			cards: withCard(data.cards, graded.card),
			reviewLog: [...data.reviewLog, graded.log],
			undoStack: [...data.undoStack, undo].slice(-undoLimit)
		},
		leech: graded.leech
	};
}

export interface UndoResult {
	data: AppData;
	/** the card whose grade was undone: show it again */
	cardId: string;
}

/**
 * Whether the most recent grade on the undo stack was given since `startOfDay` (the learner day's
 * start): the grade Undo offers to take back. One given on an earlier day is left alone, as Anki
 * offers no undo once its session is over: a learner back the next morning pressing Ctrl+Z took
 * back the evening's last grade, on a card not due.
 *
 * @example
 * lastGradeSince(data, learnerDayStart(now)) // true right after a grade
 */
export function lastGradeSince(data: AppData, startOfDay: Date): boolean {
	const last = data.undoStack.at(-1);
	if (last === undefined) return false;
	for (let i = data.reviewLog.length - 1; i >= 0; i--) {
		const entry = data.reviewLog[i];
		if (entry?.id === last.logId) return Date.parse(entry.reviewedAt) >= startOfDay.getTime();
	}
	return false;
}

/**
 * Undoes the most recent grade still on the undo stack: the card gets back exactly the state it
 * had (or loses its state, if that grade was its first), and the grade's log entry is removed.
 * `undefined` when there is nothing to undo.
 *
 * @example
 * const undone = undoLastGrade(data);
 * if (undone) { data = undone.data; show(undone.cardId); }
 */
export function undoLastGrade(data: AppData): UndoResult | undefined {
	const last = data.undoStack.at(-1);
	if (last === undefined) return undefined;
	const cards =
		last.previous === null
			? data.cards.filter((c) => c.cardId !== last.cardId)
			: withCard(data.cards, last.previous);
	// the entry is almost always the last one: look from the end
	let logIndex = -1;
	for (let i = data.reviewLog.length - 1; i >= 0; i--) {
		if (data.reviewLog[i]?.id === last.logId) {
			logIndex = i;
			break;
		}
	}
	const reviewLog =
		logIndex === -1
			? data.reviewLog
			: [...data.reviewLog.slice(0, logIndex), ...data.reviewLog.slice(logIndex + 1)];
	return {
		data: { ...data, cards, reviewLog, undoStack: data.undoStack.slice(0, -1) },
		cardId: last.cardId
	};
}

/**
 * Suspends a card (it leaves every queue) or brings it back. A card never reviewed gets a new
 * state, due `now`, to carry the flag. Unsuspending keeps `leech: true`, as Anki keeps the tag.
 *
 * The card's entries leave the undo stack: undoing an earlier grade would otherwise silently
 * revert this choice. Returns `data` itself when nothing changes.
 *
 * @example
 * data = setSuspended(data, 'rhyme-planning-1', false, now);
 */
export function setSuspended(
	data: AppData,
	cardId: string,
	suspended: boolean,
	now: Date
): AppData {
	const current = data.cards.find((c) => c.cardId === cardId);
	if ((current?.suspended ?? false) === suspended) return data;
	const base = current ?? newCardState(cardId, now);
	return {
		...data,
		cards: withCard(data.cards, { ...base, suspended }),
		undoStack: data.undoStack.filter((entry) => entry.cardId !== cardId)
	};
}

/**
 * Buries a card until `until` (the next learner day's start), as Anki's Bury: it leaves today's
 * queues and comes back by itself; `undefined` brings it back now. A card never reviewed gets a new
 * state, due `now`, to carry the date. Its entries leave the undo stack, as a suspend's do.
 * Returns `data` itself when nothing changes.
 *
 * @example
 * data = setBuried(data, 'rhyme-planning-1', '2025-03-12T04:00:00.000Z', now);
 */
export function setBuried(
	data: AppData,
	cardId: string,
	until: string | undefined,
	now: Date
): AppData {
	const current = data.cards.find((c) => c.cardId === cardId);
	if (current?.buriedUntil === until) return data;
	const base = { ...(current ?? newCardState(cardId, now)) };
	if (until === undefined) delete base.buriedUntil;
	else base.buriedUntil = until;
	return {
		...data,
		cards: withCard(data.cards, base),
		undoStack: data.undoStack.filter((entry) => entry.cardId !== cardId)
	};
}

/**
 * The undo stack with `steps` put back where they stood among the others, by the time their log
 * ids begin with (createLogId), keeping the newest `undoLimit`: for a card suspended or buried
 * and brought back by the review's notice or Undo, whose grades the set-aside had taken off the
 * stack.
 *
 * @example
 * data = { ...setSuspended(data, id, false, now), undoStack: withUndoSteps(data.undoStack, taken) };
 */
export function withUndoSteps(
	stack: readonly UndoEntry[],
	steps: readonly UndoEntry[]
): UndoEntry[] {
	const merged = [...stack];
	for (const step of steps) {
		if (merged.some((entry) => entry.logId === step.logId)) continue;
		const later = merged.findIndex((entry) => entry.logId > step.logId);
		merged.splice(later === -1 ? merged.length : later, 0, step);
	}
	return merged.slice(-undoLimit);
}
