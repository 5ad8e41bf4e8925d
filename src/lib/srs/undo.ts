// grading, undoing and suspending, as whole-AppData updates: data in, new data out.
import type { AppData, CardState, UndoEntry } from '../model/schema';
import { logIdTime } from './log-id';
import { newCardState, type Grade, type Scheduler } from './scheduler';

/** how many steps (grades, buries, suspends) can be undone, as the storage schema allows */
export const undoLimit = 50;

/** what an undo step did: the button that takes it back names it */
export type UndoStepKind = 'grade' | 'bury' | 'suspend';

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
	/** the card whose step was undone: show it again */
	cardId: string;
	/** what the step undone was */
	step: UndoStepKind;
	/** its id on the stack (a grade's, its log entry's) */
	logId: string;
}

/**
 * Whether a card's bury or suspend is still in force at `now`: one ended since (the next learner
 * day, /cards, another tab, a missed quiz question) has nothing left to take back.
 *
 * @example
 * stillSetAside(state, 'bury', now) // false from the next learner day's start
 */
export function stillSetAside(
	state: CardState | undefined,
	step: 'bury' | 'suspend',
	now: Date
): boolean {
	if (step === 'suspend') return state?.suspended === true;
	const until = state?.buriedUntil;
	return until !== undefined && Date.parse(until) > now.getTime();
}

/**
 * The step Undo takes back at `now`: the newest on the stack, passing over a bury or a suspend
 * ended since. `undefined` when there is none.
 *
 * @example
 * nextUndoStep(data, now)?.kind // 'bury', right after Bury
 */
export function nextUndoStep(
	data: AppData,
	now: Date
): { index: number; kind: UndoStepKind; atMs: number } | undefined {
	for (let index = data.undoStack.length - 1; index >= 0; index--) {
		const entry = data.undoStack[index]!;
		if (entry.step === undefined) {
			const log = data.reviewLog.findLast((e) => e.id === entry.logId);
			// a grade whose log entry is gone (a merge, an older version) has nothing to go by
			return log ? { index, kind: 'grade', atMs: Date.parse(log.reviewedAt) } : undefined;
		}
		const state = data.cards.find((c) => c.cardId === entry.cardId);
		if (stillSetAside(state, entry.step, now))
			return { index, kind: entry.step, atMs: logIdTime(entry.logId) };
	}
	return undefined;
}

/**
 * Whether the step Undo would take back was made since `startOfDay` (the learner day's start).
 * One made on an earlier day is left alone, as Anki offers no undo once its session is over: a
 * learner back the next morning pressing Ctrl+Z took back the evening's last grade, on a card not
 * due.
 *
 * @example
 * lastStepSince(data, learnerDayStart(now), now) // true right after a grade or a bury
 */
export function lastStepSince(data: AppData, startOfDay: Date, now: Date): boolean {
	const next = nextUndoStep(data, now);
	return next !== undefined && next.atMs >= startOfDay.getTime();
}

/**
 * Undoes the step Undo takes back at `now` (nextUndoStep): the card gets back exactly the state it
 * had (or loses its state, if that step was its first), and a grade's log entry is removed. The
 * buries and suspends ended since, which it passed over, leave the stack too. `undefined` when
 * there is nothing to undo.
 *
 * @example
 * const undone = undoLastStep(data, now);
 * if (undone) { data = undone.data; show(undone.cardId); }
 */
export function undoLastStep(data: AppData, now: Date): UndoResult | undefined {
	const next = nextUndoStep(data, now);
	const last = next && data.undoStack[next.index];
	if (next === undefined || last === undefined) return undefined;
	const cards =
		last.previous === null
			? data.cards.filter((c) => c.cardId !== last.cardId)
			: withCard(data.cards, last.previous);
	// the entry is almost always the last one: look from the end
	let logIndex = -1;
	if (last.step === undefined)
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
		data: { ...data, cards, reviewLog, undoStack: data.undoStack.slice(0, next.index) },
		cardId: last.cardId,
		step: next.kind,
		logId: last.logId
	};
}

export interface SetAsideOptions {
	now: Date;
	/** the step's id on the undo stack, made as a log entry's is (createLogId) */
	logId: string;
	/** for a bury: when the card comes back, the next learner day's start */
	until?: string;
}

/**
 * Buries or suspends a card from the review page, as a step Undo takes back as it does a grade:
 * the card's state before it goes on the undo stack. Unlike a change made elsewhere (setSuspended,
 * setBuried, which take the card's steps off the stack), the card's earlier grades stay on it:
 * this step comes off first, and they find the card as they left it. Returns `data` itself when
 * nothing changes.
 *
 * @example
 * data = setAsideInReview(data, id, 'bury', { now, logId, until: laterDayStart(learnerDayStart(now), 1).toISOString() });
 */
export function setAsideInReview(
	data: AppData,
	cardId: string,
	step: 'bury' | 'suspend',
	{ now, logId, until }: SetAsideOptions
): AppData {
	const next =
		step === 'suspend'
			? setSuspended(data, cardId, true, now)
			: setBuried(data, cardId, until, now);
	if (next === data) return data;
	const previous = data.cards.find((c) => c.cardId === cardId) ?? null;
	const entry: UndoEntry = { cardId, previous, logId, step };
	return { ...next, undoStack: [...data.undoStack, entry].slice(-undoLimit) };
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
