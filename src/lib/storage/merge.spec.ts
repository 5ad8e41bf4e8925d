import { describe, expect, it } from 'vitest';
import type { ActiveQuiz } from '../model/schema';
import { mergeData, previewChange } from './merge';
import { attempt, card, dataWith, finished, review } from '../model/test-data';

const active = (id: string, overrides: Partial<ActiveQuiz> = {}): ActiveQuiz => ({
	id,
	setId: 'mixed-10',
	startedAt: '2025-03-10T08:00:00.000Z',
	questionIds: ['q-1', 'q-2'],
	layouts: [],
	position: 0,
	attempts: [],
	...overrides
});

describe('mergeData', () => {
	it('keeps every answer, quiz and review of both sides once, in time order', () => {
		const ours = dataWith({
			attempts: [
				attempt('a1', { answeredAt: '2025-03-10T09:00:00.000Z' }),
				attempt('a2', { answeredAt: '2025-03-12T09:00:00.000Z' })
			],
			finishedQuizzes: [finished('s1')],
			reviewLog: [review('r1', { reviewedAt: '2025-03-12T09:00:00.000Z' })]
		});
		const theirs = dataWith({
			attempts: [
				attempt('a2', { answeredAt: '2025-03-12T09:00:00.000Z' }),
				attempt('a3', { answeredAt: '2025-03-11T09:00:00.000Z' })
			],
			finishedQuizzes: [finished('s1'), finished('s2', { finishedAt: '2025-03-09T09:00:00.000Z' })],
			reviewLog: [
				review('r0', { reviewedAt: '2025-03-01T09:00:00.000Z' }),
				review('r1', { reviewedAt: '2025-03-12T09:00:00.000Z' })
			]
		});
		const merged = mergeData(ours, theirs);
		expect(merged.attempts.map((a) => a.id)).toEqual(['a1', 'a3', 'a2']);
		expect(merged.finishedQuizzes.map((q) => q.id)).toEqual(['s2', 's1']);
		expect(merged.reviewLog.map((r) => r.id)).toEqual(['r0', 'r1']);
	});

	it('keeps the card state that saw the later review, and ours on a tie', () => {
		const ours = dataWith({
			cards: [
				card('c1', { last_review: '2025-03-10T09:00:00.000Z', reps: 3 }),
				card('c2', { reps: 2 })
			]
		});
		const theirs = dataWith({
			cards: [
				card('c1', { last_review: '2025-03-11T09:00:00.000Z', reps: 4 }),
				card('c2', { reps: 2, difficulty: 9 }),
				card('c3')
			]
		});
		const merged = mergeData(ours, theirs);
		expect(merged.cards.map((c) => [c.cardId, c.reps, c.difficulty])).toEqual([
			['c1', 4, 5],
			['c2', 2, 5],
			['c3', 3, 5]
		]);
	});

	it('keeps the copy of a quiz in progress that is further along, and drops one finished on either side', () => {
		const ours = dataWith({ activeQuizzes: [active('q1', { position: 0 }), active('q2')] });
		const theirs = dataWith({
			activeQuizzes: [active('q1', { position: 1, attempts: [attempt('a1')] })],
			finishedQuizzes: [finished('q2')]
		});
		const merged = mergeData(ours, theirs);
		expect(merged.activeQuizzes.map((q) => [q.id, q.position])).toEqual([['q1', 1]]);
	});

	it('keeps the settings and undo history of this device', () => {
		const ours = dataWith({ undoStack: [{ cardId: 'c1', previous: null, logId: 'r1' }] });
		const theirs = dataWith({ settings: { ...ours.settings, askConfidence: true } });
		const merged = mergeData(ours, theirs);
		expect(merged.settings).toBe(ours.settings);
		expect(merged.undoStack).toEqual(ours.undoStack);
	});

	it('drops the undo of a card whose later state came from the backup, so undo cannot wipe it', () => {
		const ours = dataWith({
			cards: [
				card('c1', { last_review: '2025-03-10T09:00:00.000Z', reps: 1 }),
				card('c2', { reps: 1 })
			],
			undoStack: [
				{ cardId: 'c1', previous: null, logId: 'r1' },
				{ cardId: 'c2', previous: null, logId: 'r2' }
			]
		});
		const theirs = dataWith({
			cards: [card('c1', { last_review: '2025-03-12T09:00:00.000Z', reps: 4 })]
		});
		expect(mergeData(ours, theirs).undoStack).toEqual([
			{ cardId: 'c2', previous: null, logId: 'r2' }
		]);
	});

	it('is idempotent: merging the same backup twice changes nothing more', () => {
		const ours = dataWith({ attempts: [attempt('a1')] });
		const theirs = dataWith({
			attempts: [attempt('a2', { answeredAt: '2025-03-11T09:00:00.000Z' })],
			cards: [card('c1')]
		});
		const once = mergeData(ours, theirs);
		expect(mergeData(once, theirs)).toEqual(once);
	});
});

describe('previewChange', () => {
	it('counts what would be added, removed and changed in each list', () => {
		const before = dataWith({ attempts: [attempt('a1'), attempt('a2')], cards: [card('c1')] });
		const after = dataWith({
			attempts: [attempt('a2'), attempt('a3'), attempt('a4')],
			cards: [card('c1', { reps: 9 })],
			settings: { ...before.settings, numberKeys: false }
		});
		const preview = previewChange(before, after);
		expect(preview.rows[0]).toEqual({
			label: 'answers',
			before: 2,
			after: 3,
			added: 2,
			removed: 1,
			changed: 0
		});
		expect(preview.rows[3]).toEqual({
			label: 'flashcards studied',
			before: 1,
			after: 1,
			added: 0,
			removed: 0,
			changed: 1
		});
		expect(preview.settings).toBe('changed');
		expect(preview.unchanged).toBe(false);
	});

	it('shows what an import does to cards suspended or brought in by a miss, never reviewed', () => {
		const suspended = card('c2', { reps: 0, suspended: true });
		const before = dataWith({ cards: [card('c1'), suspended] });
		const after = dataWith({ cards: [card('c1')] });
		const preview = previewChange(before, after);
		expect(preview.rows[3]).toMatchObject({ label: 'flashcards studied', before: 1, after: 1 });
		expect(preview.rows[4]).toEqual({
			label: 'flashcards suspended or added, unstudied',
			before: 1,
			after: 0,
			added: 0,
			removed: 1,
			changed: 0
		});
		expect(preview.unchanged).toBe(false);
	});

	it('says when nothing would change', () => {
		const data = dataWith({ attempts: [attempt('a1')] });
		expect(previewChange(data, structuredClone(data))).toMatchObject({
			unchanged: true,
			settings: 'same'
		});
	});
});
