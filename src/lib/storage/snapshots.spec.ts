import { describe, expect, it } from 'vitest';
import type { SnapshotRecord } from './database';
import {
	corruptPrefix,
	corruptRecord,
	evictionOrder,
	legacyRecord,
	listCorruptCopies,
	listSnapshots,
	nextToGiveUp,
	planSnapshot,
	rollingSnapshotDue,
	snapshotPolicy,
	snapshotPrefix,
	type SnapshotReason
} from './snapshots';

const at = (minutes: number) => new Date(Date.UTC(2026, 2, 27, 10, minutes));

/** the records after taking each snapshot in turn, as the store does: planned, then made way for */
function take(records: SnapshotRecord[], reason: SnapshotReason, chars: number, minutes: number) {
	const plan = planSnapshot(records, { reason, chars, now: at(minutes) });
	if (!plan.ok) throw new Error(plan.message);
	return [...records.filter((r) => !plan.evict.includes(r.key)), plan.record];
}

describe('planSnapshot', () => {
	it('puts a snapshot under a key that says when and why, with what it holds', () => {
		const summary = { version: 2, answers: 3, quizzes: 1, reviews: 0, cards: 0 };
		expect(planSnapshot([], { reason: 'import', chars: 7, now: at(0), summary })).toEqual({
			ok: true,
			record: {
				key: `${snapshotPrefix}2026-03-27T10:00:00.000Z:import`,
				kind: 'snapshot',
				takenAt: '2026-03-27T10:00:00.000Z',
				reason: 'import',
				chars: 7,
				summary
			},
			evict: []
		});
	});

	it('keeps a few of each kind, newest first, the oldest making way', () => {
		let records: SnapshotRecord[] = [];
		for (let i = 0; i < 5; i++) records = take(records, 'rolling', 10, i);
		for (let i = 0; i < 5; i++) records = take(records, i % 2 ? 'reset' : 'import', 10, 10 + i);
		const kept = listSnapshots(records);
		expect(kept.filter((s) => s.reason === 'rolling').map((s) => s.takenAt)).toEqual([
			at(4).toISOString(),
			at(3).toISOString()
		]);
		expect(kept.filter((s) => s.reason !== 'rolling').map((s) => s.takenAt)).toEqual([
			at(14).toISOString(),
			at(13).toISOString(),
			at(12).toISOString()
		]);
		expect(kept).toHaveLength(snapshotPolicy.rolling + snapshotPolicy.events);
	});

	it('keeps all snapshots within the budget, giving up rolling ones first', () => {
		const third = Math.floor(snapshotPolicy.budgetChars / 3);
		let records = take([], 'import', third, 0);
		records = take(records, 'rolling', third, 1);
		records = take(records, 'reset', third, 2);
		const plan = planSnapshot(records, { reason: 'restore', chars: third, now: at(3) });
		expect(plan.ok && plan.evict).toEqual([records[1]!.key]);
	});

	it('refuses a state larger than the whole budget, and says to download a backup', () => {
		expect(
			planSnapshot([], { reason: 'import', chars: snapshotPolicy.budgetChars + 1, now: at(0) })
		).toEqual({
			ok: false,
			message: 'your progress is too large for a local snapshot; download a backup instead'
		});
	});

	it('takes the one copy of an old format even past the budget, every other snapshot making way', () => {
		const records = take(take([], 'import', 10, 0), 'rolling', 10, 1);
		const plan = planSnapshot(records, {
			reason: 'migration',
			chars: snapshotPolicy.budgetChars + 1,
			now: at(2),
			always: true
		});
		expect(plan.ok && plan.evict.sort()).toEqual(records.map((r) => r.key).sort());
	});

	it('gives two snapshots in one millisecond distinct keys', () => {
		const records = take([], 'import', 10, 0);
		const plan = planSnapshot(records, { reason: 'import', chars: 10, now: at(0) });
		expect(plan.ok && plan.record.takenAt).toBe('2026-03-27T10:00:00.001Z');
	});
});

describe('the order snapshots are given up in', () => {
	it('is rolling ones first, oldest first, never one that is kept', () => {
		let records: SnapshotRecord[] = [];
		records = take(records, 'import', 1, 0);
		records = take(records, 'rolling', 1, 1);
		records = take(records, 'reset', 1, 2);
		records = take(records, 'rolling', 1, 3);
		const order = evictionOrder(listSnapshots(records)).map((s) => s.reason);
		expect(order).toEqual(['rolling', 'rolling', 'import', 'reset']);
		expect(nextToGiveUp(records, [records[1]!.key])).toBe(records[3]!.key);
		expect(nextToGiveUp([])).toBeUndefined();
	});
});

describe('rollingSnapshotDue', () => {
	it('is due with no rolling snapshot, and again once the newest is half an hour old', () => {
		expect(rollingSnapshotDue([], at(0))).toBe(true);
		const records = take([], 'rolling', 1, 0);
		expect(rollingSnapshotDue(records, at(29))).toBe(false);
		expect(rollingSnapshotDue(records, at(30))).toBe(true);
	});
});

describe('kept copies of unreadable states', () => {
	it('are listed apart from snapshots, newest first, each under a key of its own', () => {
		const first = corruptRecord([], 5, at(0));
		const second = corruptRecord([first], 6, at(0));
		expect(first.key).toBe(`${corruptPrefix}2026-03-27T10:00:00.000Z`);
		expect(second.key).toBe(`${corruptPrefix}2026-03-27T10:00:00.001Z`);
		const records = [first, second, ...take([], 'import', 1, 5)];
		expect(listCorruptCopies(records)).toEqual([
			{ key: second.key, keptAt: second.takenAt, chars: 6 },
			{ key: first.key, keptAt: first.takenAt, chars: 5 }
		]);
		expect(listSnapshots(records).map((s) => s.reason)).toEqual(['import']);
	});
});

describe('legacyRecord', () => {
	it('reads what a localStorage key of an earlier version was, and nothing else', () => {
		expect(legacyRecord(`${snapshotPrefix}2026-03-01T00:00:00.000Z:rolling`, 9)).toEqual({
			key: `${snapshotPrefix}2026-03-01T00:00:00.000Z:rolling`,
			kind: 'snapshot',
			takenAt: '2026-03-01T00:00:00.000Z',
			reason: 'rolling',
			chars: 9
		});
		expect(legacyRecord(`${corruptPrefix}2026-03-01T00:00:00.000Z`, 3)).toMatchObject({
			kind: 'corrupt',
			takenAt: '2026-03-01T00:00:00.000Z'
		});
		expect(legacyRecord(`${snapshotPrefix}2026-03-01T00:00:00.000Z:whim`, 1)).toBeUndefined();
		expect(legacyRecord(`${snapshotPrefix}yesterday:import`, 1)).toBeUndefined();
		expect(legacyRecord('biology-study:state', 1)).toBeUndefined();
	});
});
