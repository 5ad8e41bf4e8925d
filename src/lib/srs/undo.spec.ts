import { describe, expect, it } from 'vitest';
import { AppData, emptyData } from '../model/schema';
import { createScheduler, newCardState } from './scheduler';
import { cardState, deepFreeze, iso, logEntry, now } from './test-fixtures';
import { minuteMs } from './time';
import { createLogId } from './log-id';
import { bringIntoReview } from './quiz-misses';
import {
	applyGrade,
	lastStepSince,
	nextUndoStep,
	setAsideInReview,
	setBuried,
	setSuspended,
	undoLastStep,
	undoLimit
} from './undo';

const scheduler = createScheduler({ enableFuzz: false });
const options = { now, logId: 'log-new', durationMs: 3000, scheduler };

function withCards(...cards: ReturnType<typeof cardState>[]): AppData {
	return { ...emptyData(), cards, reviewLog: [logEntry('log-old', { cardId: 'b' })] };
}

describe('lastStepSince', () => {
	it('is true for a grade given since the day began, false for one before it or none', () => {
		const graded = applyGrade(withCards(), 'a', 3, options).data;
		expect(lastStepSince(graded, new Date(now.getTime() - 60_000), now)).toBe(true);
		expect(lastStepSince(graded, now, now)).toBe(true);
		expect(lastStepSince(graded, new Date(now.getTime() + 60_000), now)).toBe(false);
		expect(lastStepSince(withCards(), new Date(0), now)).toBe(false);
	});

	it('is false when the grade’s log entry is gone (another tab undid it)', () => {
		const graded = applyGrade(withCards(), 'a', 3, options).data;
		expect(lastStepSince({ ...graded, reviewLog: [] }, new Date(0), now)).toBe(false);
	});

	it('dates a bury or a suspend by its step’s id, made when it was', () => {
		const suspended = setAsideInReview(withCards(cardState('a')), 'a', 'suspend', {
			now,
			logId: createLogId(now, () => 0.5)
		});
		expect(lastStepSince(suspended, now, now)).toBe(true);
		expect(lastStepSince(suspended, new Date(now.getTime() + 1), now)).toBe(false);
	});
});

describe('applyGrade', () => {
	it('adds a state, a log entry and an undo entry for a card seen for the first time', () => {
		const data = deepFreeze(withCards(cardState('b')));
		const { data: next, leech } = applyGrade(data, 'a', 3, options);
		expect(leech).toBe(false);
		expect(next.cards.map((c) => c.cardId)).toEqual(['b', 'a']);
		expect(next.cards[1]).toMatchObject({ state: 1, due: iso(10 * minuteMs), reps: 1 });
		expect(next.reviewLog.map((l) => l.id)).toEqual(['log-old', 'log-new']);
		expect(next.reviewLog[1]).toMatchObject({ cardId: 'a', rating: 3, state: 0 });
		expect(next.reviewLog[1]?.durationMs).toBe(3000);
		expect(next.undoStack).toEqual([{ cardId: 'a', previous: null, logId: 'log-new' }]);
		expect(AppData.safeParse(next).success).toBe(true);
	});

	it('replaces a known card’s state in place and remembers the old one', () => {
		const old = cardState('a');
		const data = deepFreeze(withCards(old, cardState('b')));
		const { data: next } = applyGrade(data, 'a', 1, options);
		expect(next.cards.map((c) => c.cardId)).toEqual(['a', 'b']);
		expect(next.cards[0]).toMatchObject({ state: 3, lapses: 1 });
		expect(next.undoStack).toEqual([{ cardId: 'a', previous: old, logId: 'log-new' }]);
	});

	it('keeps the settings and everything else it does not own', () => {
		const data = { ...withCards(), settings: { ...emptyData().settings, newCardsPerDay: 7 } };
		const { data: next } = applyGrade(data, 'a', 3, options);
		expect(next.settings).toBe(data.settings);
		expect(next.attempts).toBe(data.attempts);
	});

	it(`keeps only the last ${undoLimit} grades undoable`, () => {
		let data = withCards();
		for (let i = 0; i < undoLimit + 5; i++) {
			data = applyGrade(data, `card-${i}`, 3, { ...options, logId: `log-${i}` }).data;
		}
		expect(data.undoStack).toHaveLength(undoLimit);
		expect(data.undoStack[0]?.logId).toBe('log-5');
		expect(data.undoStack.at(-1)?.logId).toBe(`log-${undoLimit + 4}`);
		expect(AppData.safeParse(data).success).toBe(true);
	});

	it('reports a leech and stores it suspended', () => {
		const data = withCards(cardState('a', { lapses: 7 }));
		const { data: next, leech } = applyGrade(data, 'a', 1, options);
		expect(leech).toBe(true);
		expect(next.cards[0]).toMatchObject({ lapses: 8, leech: true, suspended: true });
	});
});

describe('undoLastStep', () => {
	it('has nothing to undo in fresh data', () => {
		expect(undoLastStep(emptyData(), now)).toBeUndefined();
	});

	it('removes the state of a card whose first grade is undone', () => {
		const data = deepFreeze(withCards(cardState('b')));
		const graded = applyGrade(data, 'a', 3, options).data;
		const undone = undoLastStep(graded, now);
		expect(undone?.cardId).toBe('a');
		expect(undone?.data).toStrictEqual(data);
	});

	it('gives back exactly the data before several grades, one undo at a time', () => {
		const data = deepFreeze(withCards(cardState('a'), cardState('b', { lapses: 7 })));
		let next = data;
		const steps = [
			['a', 1],
			['b', 1],
			['c', 3],
			['a', 3]
		] as const;
		steps.forEach(([cardId, rating], i) => {
			next = applyGrade(next, cardId, rating, { ...options, logId: `l${i}` }).data;
		});
		const order: string[] = [];
		for (let undone = undoLastStep(next, now); undone; undone = undoLastStep(next, now)) {
			order.push(undone.cardId);
			next = undone.data;
		}
		expect(order).toEqual(['a', 'c', 'b', 'a']);
		expect(next).toStrictEqual(data);
	});

	it('lifts the suspension a leech grade put on the card', () => {
		const data = withCards(cardState('a', { lapses: 7 }));
		const graded = applyGrade(data, 'a', 1, options).data;
		expect(undoLastStep(graded, now)?.data.cards[0]).toStrictEqual(data.cards[0]);
	});

	it('removes its own log entry even when others were added after it', () => {
		const graded = applyGrade(withCards(cardState('a')), 'a', 3, options).data;
		const later = { ...graded, reviewLog: [...graded.reviewLog, logEntry('imported')] };
		const undone = undoLastStep(later, now);
		expect(undone?.data.reviewLog.map((l) => l.id)).toEqual(['log-old', 'imported']);
	});
});

describe('setBuried', () => {
	const until = '2025-03-11T04:00:00.000Z';

	it('buries a known card until a moment, and takes its grades off the undo stack', () => {
		const data = deepFreeze({
			...withCards(cardState('a'), cardState('b')),
			undoStack: [{ cardId: 'b', previous: null, logId: 'log-1' }]
		});
		const next = setBuried(data, 'b', until, now);
		expect(next.cards[1]).toStrictEqual({ ...cardState('b'), buriedUntil: until });
		expect(next.cards[0]).toBe(data.cards[0]);
		expect(next.undoStack).toEqual([]);
	});

	it('gives a card never reviewed a new state to carry the date, and brings a card back', () => {
		const buried = setBuried(withCards(), 'fresh', until, now);
		expect(buried.cards).toStrictEqual([{ ...newCardState('fresh', now), buriedUntil: until }]);
		const back = setBuried(buried, 'fresh', undefined, now);
		expect(back.cards).toStrictEqual([newCardState('fresh', now)]);
	});

	it('returns the data itself when nothing changes', () => {
		const data = withCards(cardState('a'));
		expect(setBuried(data, 'a', undefined, now)).toBe(data);
	});
});

describe('setSuspended', () => {
	it('suspends a known card and leaves the rest of its state alone', () => {
		const data = deepFreeze(withCards(cardState('a'), cardState('b')));
		const next = setSuspended(data, 'b', true, now);
		expect(next.cards[1]).toStrictEqual({ ...cardState('b'), suspended: true });
		expect(next.cards[0]).toBe(data.cards[0]);
	});

	it('gives a card never reviewed a new state to carry the flag', () => {
		const next = setSuspended(withCards(), 'fresh', true, now);
		expect(next.cards).toStrictEqual([{ ...newCardState('fresh', now), suspended: true }]);
	});

	it('keeps the leech flag when a leech is unsuspended, as Anki keeps the tag', () => {
		const data = withCards(cardState('a', { leech: true, suspended: true, lapses: 8 }));
		expect(setSuspended(data, 'a', false, now).cards[0]).toMatchObject({
			suspended: false,
			leech: true
		});
	});

	it('returns the same data when nothing changes', () => {
		const data = withCards(cardState('a'));
		expect(setSuspended(data, 'a', false, now)).toBe(data);
		expect(setSuspended(data, 'unknown', false, now)).toBe(data);
	});

	it('drops the card’s undo entries, so undoing an older grade cannot revert the choice', () => {
		let data = withCards(cardState('a'), cardState('b'));
		data = applyGrade(data, 'a', 3, { ...options, logId: 'l1' }).data;
		data = applyGrade(data, 'b', 3, { ...options, logId: 'l2' }).data;
		const next = setSuspended(data, 'a', true, now);
		expect(next.undoStack.map((u) => u.cardId)).toEqual(['b']);
		expect(undoLastStep(next, now)?.data.cards[0]?.suspended).toBe(true);
	});
});

describe('setAsideInReview, and Undo over it', () => {
	const until = '2025-03-11T04:00:00.000Z';
	const step = (at: Date, random = 0.5) => createLogId(at, () => random);

	it('puts the card’s state before a bury on the stack, over its grades, which stay', () => {
		let data = withCards(cardState('a'), cardState('b'));
		data = applyGrade(data, 'a', 3, { ...options, logId: 'l1' }).data;
		const graded = deepFreeze(data);
		const logId = step(now);
		const buried = setAsideInReview(graded, 'a', 'bury', { now, logId, until });
		expect(buried.cards[0]?.buriedUntil).toBe(until);
		expect(buried.undoStack).toEqual([
			...graded.undoStack,
			{ cardId: 'a', previous: graded.cards[0], logId, step: 'bury' }
		]);
		expect(AppData.safeParse(buried).success).toBe(true);
		expect(nextUndoStep(buried, now)?.kind).toBe('bury');

		// Undo takes the bury back first, exactly, then the grade under it
		const unburied = undoLastStep(buried, now);
		expect(unburied?.step).toBe('bury');
		expect(unburied?.data).toStrictEqual(graded);
		expect(undoLastStep(unburied!.data, now)?.step).toBe('grade');
	});

	it('steps back through buries, suspends and grades, newest first, to the data before them', () => {
		const data = deepFreeze(withCards(cardState('a'), cardState('b')));
		let next: AppData = data;
		next = setAsideInReview(next, 'a', 'bury', { now, logId: step(now, 0.1), until });
		next = applyGrade(next, 'b', 3, { ...options, logId: 'l1' }).data;
		next = setAsideInReview(next, 'b', 'suspend', { now, logId: step(now, 0.2) });
		next = setAsideInReview(next, 'fresh', 'bury', { now, logId: step(now, 0.3), until });
		const order: string[] = [];
		for (let undone = undoLastStep(next, now); undone; undone = undoLastStep(next, now)) {
			order.push(`${undone.step} ${undone.cardId}`);
			next = undone.data;
		}
		expect(order).toEqual(['bury fresh', 'suspend b', 'grade b', 'bury a']);
		expect(next).toStrictEqual(data);
	});

	it('passes over a bury ended since (the next day, /cards, a missed question), and drops it', () => {
		let data = withCards(cardState('a'), cardState('b'));
		data = applyGrade(data, 'b', 3, { ...options, logId: 'l1' }).data;
		const buried = setAsideInReview(data, 'a', 'bury', { now, logId: step(now), until });
		const afterIt = new Date(Date.parse(until));
		expect(nextUndoStep(buried, afterIt)?.kind).toBe('grade');
		const undone = undoLastStep(buried, afterIt);
		expect(undone).toMatchObject({ step: 'grade', cardId: 'b' });
		expect(undone?.data.undoStack).toEqual([]);
		// a missed quiz question that brought the card into review ended the bury: the same
		const ended = {
			...buried,
			cards: bringIntoReview({ cards: buried.cards, cardIds: ['a'], now }).cards
		};
		expect(ended.cards[0]?.buriedUntil).toBeUndefined();
		expect(undoLastStep(ended, now)).toMatchObject({ step: 'grade', cardId: 'b' });
	});

	it('leaves the data itself when the card is already set aside, and keeps the stack to undoLimit', () => {
		const suspended = withCards(cardState('a', { suspended: true }));
		expect(setAsideInReview(suspended, 'a', 'suspend', { now, logId: step(now) })).toBe(suspended);
		let data = withCards();
		for (let i = 0; i < undoLimit + 3; i++)
			data = setAsideInReview(data, `c${i}`, 'suspend', { now, logId: step(now, i / 100) });
		expect(data.undoStack).toHaveLength(undoLimit);
		expect(data.undoStack.at(-1)?.cardId).toBe(`c${undoLimit + 2}`);
	});
});
