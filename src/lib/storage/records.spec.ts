// Issue 17: a change writes only what it changed, and names what it expects to find there.
import { describe, expect, it } from 'vitest';
import { attempt, card, dataWith, review } from '../model/test-data';
import { diffData, patchList, sameValue, type KeyOf } from './records';
import type { AppData } from '../model/schema';

/** keys for the items of `data`, as the store knows them once it has read them */
function keyed(data: AppData): KeyOf {
	const keys = new Map<object, number>();
	let key = 100;
	for (const list of [data.attempts, data.cards, data.reviewLog, data.undoStack])
		for (const item of list) keys.set(item, key++);
	return (item) => keys.get(item);
}

describe('diffData', () => {
	it('writes an answer added to many as one add, naming how many of its id were known', () => {
		const base = dataWith({ attempts: Array.from({ length: 500 }, (_, i) => attempt(`a${i}`)) });
		const added = attempt('new');
		const next = { ...base, attempts: [...base.attempts, added] };
		expect(diffData(base, next, keyed(base))).toEqual([
			{ kind: 'add', store: 'attempts', id: 'new', value: added, known: 0 }
		]);
	});

	it('writes a changed card state at its key, with the state it replaces', () => {
		const base = dataWith({ cards: [card('c1'), card('c2')] });
		const keyOf = keyed(base);
		const changed = { ...base.cards[1]!, reps: 4 };
		const next = { ...base, cards: [base.cards[0]!, changed] };
		expect(diffData(base, next, keyOf)).toEqual([
			{ kind: 'put', store: 'cards', key: 101, value: changed, expected: base.cards[1] }
		]);
	});

	it('deletes what a change removed (an undone review), with what it expects to delete', () => {
		const base = dataWith({ reviewLog: [review('r1'), review('r2')] });
		const keyOf = keyed(base);
		const next = { ...base, reviewLog: [base.reviewLog[0]!] };
		expect(diffData(base, next, keyOf)).toEqual([
			{ kind: 'delete', store: 'reviewLog', key: 101, expected: base.reviewLog[1] }
		]);
	});

	it('writes a quiz moved to the end of its list in place, and an item copied unchanged as a put', () => {
		const base = dataWith({ attempts: [attempt('a1'), attempt('a2')] });
		const keyOf = keyed(base);
		const moved = { ...base.attempts[0]! };
		const next = { ...base, attempts: [base.attempts[1]!, moved] };
		expect(diffData(base, next, keyOf)).toEqual([
			{ kind: 'put', store: 'attempts', key: 100, value: moved, expected: base.attempts[0] }
		]);
	});

	it('writes the settings only when they changed, naming a first write', () => {
		const base = dataWith({});
		const keyOf = keyed(base);
		expect(diffData(base, { ...base, settings: { ...base.settings } }, keyOf)).toEqual([]);
		const settings = { ...base.settings, askConfidence: false };
		expect(diffData(base, { ...base, settings }, keyOf)).toEqual([
			{ kind: 'settings', value: settings, expected: base.settings }
		]);
		expect(diffData(base, { ...base, settings }, keyOf, false)).toEqual([
			{ kind: 'settings', value: settings, expected: undefined }
		]);
	});

	it('counts the cards of one id this tab knew, so a second state of one card is caught', () => {
		const base = dataWith({ cards: [card('c1')] });
		const next = { ...base, cards: [...base.cards, card('c1')] };
		expect(diffData(base, next, keyed(base))).toMatchObject([{ kind: 'add', known: 1 }]);
	});

	it('writes nothing for the same data', () => {
		const base = dataWith({ attempts: [attempt('a1')] });
		expect(diffData(base, base, keyed(base))).toEqual([]);
	});
});

describe('patchList', () => {
	const items = [attempt('a'), attempt('b'), attempt('d')];
	const keys = new Map<object, number>(items.map((item, i) => [item, [1, 2, 4][i]!]));
	const keyOf: KeyOf = (item) => keys.get(item);

	it('replaces a changed record in place, and removes a deleted one', () => {
		const changed = attempt('b', { correct: false });
		keys.set(changed, 2);
		expect(
			patchList(
				items,
				[
					{ key: 2, value: changed },
					{ key: 1, value: undefined }
				],
				keyOf
			)
		).toEqual([changed, items[2]]);
	});

	it('places a new record by its key, so both tabs hold one order', () => {
		const c = attempt('c');
		const e = attempt('e');
		keys.set(c, 3);
		keys.set(e, 5);
		expect(
			patchList(
				items,
				[
					{ key: 5, value: e },
					{ key: 3, value: c }
				],
				keyOf
			).map((a) => a.id)
		).toEqual(['a', 'b', 'c', 'd', 'e']);
	});

	it('ignores the deletion of a record it never had', () => {
		expect(patchList(items, [{ key: 9, value: undefined }], keyOf)).toEqual(items);
	});
});

describe('sameValue', () => {
	it('compares stored values deeply, whatever the order of their keys', () => {
		expect(sameValue({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
		expect(sameValue({ a: 1 }, { a: 2 })).toBe(false);
		expect(sameValue([1, 2], [1, 2, 3])).toBe(false);
		expect(sameValue({ a: [1] }, { a: { 0: 1 } })).toBe(false);
		expect(sameValue(undefined, { a: 1 })).toBe(false);
		expect(sameValue(null, null)).toBe(true);
	});

	it('counts a key holding undefined as absent, as JSON and the validator drop it', () => {
		expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
		expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(true);
		expect(sameValue({ a: 1, b: undefined }, { a: 1, c: 2 })).toBe(false);
	});
});
