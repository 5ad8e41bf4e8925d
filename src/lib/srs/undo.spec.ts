import { describe, expect, it } from 'vitest';
import { AppData, emptyData } from '../model/schema';
import { createScheduler, newCardState } from './scheduler';
import { cardState, deepFreeze, iso, logEntry, now } from './test-fixtures';
import { minuteMs } from './time';
import {
	applyGrade,
	lastGradeSince,
	setBuried,
	setSuspended,
	undoLastGrade,
	undoLimit,
	withUndoSteps
} from './undo';

const scheduler = createScheduler({ enableFuzz: false });
const options = { now, logId: 'log-new', durationMs: 3000, scheduler };

function withCards(...cards: ReturnType<typeof cardState>[]): AppData {
	return { ...emptyData(), cards, reviewLog: [logEntry('log-old', { cardId: 'b' })] };
}

describe('lastGradeSince', () => {
	it('is true for a grade given since the day began, false for one before it or none', () => {
		const graded = applyGrade(withCards(), 'a', 3, options).data;
		expect(lastGradeSince(graded, new Date(now.getTime() - 60_000))).toBe(true);
		expect(lastGradeSince(graded, now)).toBe(true);
		expect(lastGradeSince(graded, new Date(now.getTime() + 60_000))).toBe(false);
		expect(lastGradeSince(withCards(), new Date(0))).toBe(false);
	});

	it('is false when the grade’s log entry is gone (another tab undid it)', () => {
		const graded = applyGrade(withCards(), 'a', 3, options).data;
		expect(lastGradeSince({ ...graded, reviewLog: [] }, new Date(0))).toBe(false);
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

describe('undoLastGrade', () => {
	it('has nothing to undo in fresh data', () => {
		expect(undoLastGrade(emptyData())).toBeUndefined();
	});

	it('removes the state of a card whose first grade is undone', () => {
		const data = deepFreeze(withCards(cardState('b')));
		const graded = applyGrade(data, 'a', 3, options).data;
		const undone = undoLastGrade(graded);
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
		for (let undone = undoLastGrade(next); undone; undone = undoLastGrade(next)) {
			order.push(undone.cardId);
			next = undone.data;
		}
		expect(order).toEqual(['a', 'c', 'b', 'a']);
		expect(next).toStrictEqual(data);
	});

	it('lifts the suspension a leech grade put on the card', () => {
		const data = withCards(cardState('a', { lapses: 7 }));
		const graded = applyGrade(data, 'a', 1, options).data;
		expect(undoLastGrade(graded)?.data.cards[0]).toStrictEqual(data.cards[0]);
	});

	it('removes its own log entry even when others were added after it', () => {
		const graded = applyGrade(withCards(cardState('a')), 'a', 3, options).data;
		const later = { ...graded, reviewLog: [...graded.reviewLog, logEntry('imported')] };
		const undone = undoLastGrade(later);
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
		expect(undoLastGrade(next)?.data.cards[0]?.suspended).toBe(true);
	});
});

describe('withUndoSteps', () => {
	const step = (logId: string, cardId = 'a') => ({ cardId, previous: null, logId });

	it('puts steps back where they stood among the others, by the time in their log ids', () => {
		const stack = [step('m1000000aaaa', 'b'), step('m3000000aaaa', 'b')];
		const taken = [step('m0500000aaaa'), step('m2000000aaaa')];
		expect(withUndoSteps(stack, taken).map((s) => s.logId)).toEqual([
			'm0500000aaaa',
			'm1000000aaaa',
			'm2000000aaaa',
			'm3000000aaaa'
		]);
	});

	it('adds no step twice, and keeps the newest undoLimit', () => {
		const stack = Array.from({ length: undoLimit }, (_, i) =>
			step(`m${String(i + 10).padStart(7, '0')}aaaa`, 'b')
		);
		const merged = withUndoSteps(stack, [stack[3]!, step('z0000000aaaa')]);
		expect(merged).toHaveLength(undoLimit);
		expect(merged.at(-1)?.logId).toBe('z0000000aaaa');
		expect(new Set(merged.map((s) => s.logId)).size).toBe(undoLimit);
	});
});
