// The data as the database holds it (issue 17): settings as one record, and each list of AppData
// as a store of records, one per item, so an answer is one small write and not a rewrite of
// everything. This module is the pure part: what a change writes (diffData), how another tab's
// writes are applied to what this tab holds (patchList), and equality of stored values. The
// database itself is reached through the Database interface (database.ts).
import {
	collectionLimits,
	type AppData,
	type CollectionName,
	type Settings
} from '../model/schema';

/** the lists of AppData, each a store of its own */
export const collectionNames = Object.keys(collectionLimits) as CollectionName[];

/** the field that names an item: two items with one name are one thing (one card's state) */
export const idField = {
	attempts: 'id',
	finishedQuizzes: 'id',
	activeQuizzes: 'id',
	cards: 'cardId',
	reviewLog: 'id',
	undoStack: 'logId'
} as const satisfies Record<CollectionName, string>;

/**
 * The stores where a second item of one name would be wrong (a card with two states, a quiz
 * finished twice): adding one first checks that no other tab added it meanwhile. Answers and
 * reviews have ids nobody else makes, and skip the check.
 */
export const namedStores: readonly CollectionName[] = [
	'cards',
	'finishedQuizzes',
	'activeQuizzes',
	'undoStack'
];

export type Item = AppData[CollectionName][number];

export const itemId = (store: CollectionName, item: Item): string =>
	String((item as unknown as Record<string, unknown>)[idField[store]]);

/**
 * One write of a commit. `put` and `delete` name the record by its database key and carry the
 * value this tab last saw there (`expected`): the commit goes through only if the record still
 * holds it, so a record another tab changed meanwhile is never overwritten blind.
 */
export type StoreOp =
	| {
			kind: 'add';
			store: CollectionName;
			id: string;
			value: Item;
			/** how many records of this name this tab knew of (checked in `namedStores`) */
			known: number;
	  }
	| { kind: 'put'; store: CollectionName; key: number; value: Item; expected: Item }
	| { kind: 'delete'; store: CollectionName; key: number; expected: Item }
	/** `expected` undefined: no settings record was stored yet */
	| { kind: 'settings'; value: Settings; expected: Settings | undefined };

/** the database key of an item this tab read or wrote; undefined for one it made itself */
export type KeyOf = (item: object) => number | undefined;

const countIds = (store: CollectionName, items: readonly Item[], id: string) =>
	items.reduce((n, item) => (itemId(store, item) === id ? n + 1 : n), 0);

/**
 * The writes that turn the list `before` into `after`. Items are compared by identity: a change
 * builds new lists but keeps the items it does not touch, so an answer added to 18,000 is one
 * `add`. A new item that takes the place of a removed one of the same name is a `put` at its
 * key (the record keeps its place); other removed items are deleted.
 */
function diffList(
	store: CollectionName,
	before: readonly Item[],
	after: readonly Item[],
	keyOf: KeyOf
): StoreOp[] {
	if (before === after) return [];
	const add = (value: Item): StoreOp => {
		const id = itemId(store, value);
		return { kind: 'add', store, id, value, known: countIds(store, before, id) };
	};
	// the common case: the same items, and some more at the end
	let same = 0;
	while (same < before.length && same < after.length && before[same] === after[same]) same++;
	if (same === before.length) return after.slice(same).map(add);

	const kept = new Set(after);
	const removed = new Map<string, Item[]>();
	for (const item of before) {
		if (kept.has(item)) continue;
		const id = itemId(store, item);
		removed.set(id, [...(removed.get(id) ?? []), item]);
	}
	const was = new Set(before);
	const ops: StoreOp[] = [];
	for (const item of after) {
		if (was.has(item)) continue;
		const replaced = removed.get(itemId(store, item))?.shift();
		const key = replaced === undefined ? undefined : keyOf(replaced);
		if (replaced !== undefined && key !== undefined)
			ops.push({ kind: 'put', store, key, value: item, expected: replaced });
		else ops.push(add(item));
	}
	for (const items of removed.values())
		for (const item of items) {
			const key = keyOf(item);
			if (key !== undefined) ops.push({ kind: 'delete', store, key, expected: item });
		}
	return ops;
}

/**
 * What to write so that the database, holding `base`, holds `next`.
 *
 * @example
 * diffData(base, { ...base, attempts: [...base.attempts, answer] }, keyOf)
 * // [{ kind: 'add', store: 'attempts', id: answer.id, value: answer, known: 0 }]
 */
export function diffData(
	base: AppData,
	next: AppData,
	keyOf: KeyOf,
	settingsStored = true
): StoreOp[] {
	const ops = collectionNames.flatMap((store) =>
		diffList(store, base[store] as Item[], next[store] as Item[], keyOf)
	);
	if (base.settings !== next.settings && !sameValue(base.settings, next.settings))
		ops.push({
			kind: 'settings',
			value: next.settings,
			expected: settingsStored ? base.settings : undefined
		});
	return ops;
}

/** a record another tab wrote: its new value, or undefined once it was deleted */
export interface ChangedRecord {
	key: number;
	value: Item | undefined;
}

/**
 * `list` with the records another tab changed: each replaced in place, removed, or (a new key)
 * placed after every record with a smaller key, so both tabs hold their lists in one order.
 */
export function patchList<T extends Item>(
	list: readonly T[],
	changes: readonly ChangedRecord[],
	keyOf: KeyOf
): T[] {
	const result = [...list];
	for (const { key, value } of changes) {
		const at = result.findIndex((item) => keyOf(item) === key);
		if (at >= 0) {
			if (value === undefined) result.splice(at, 1);
			else result[at] = value as T;
			continue;
		}
		if (value === undefined) continue;
		let place = result.length;
		while (place > 0 && (keyOf(result[place - 1] as T) ?? -1) > key) place--;
		result.splice(place, 0, value as T);
	}
	return result;
}

/**
 * Deep equality of stored values (plain objects, arrays, strings, numbers, booleans, null): the
 * order of an object's keys does not count, and a key holding undefined counts as absent.
 */
export function sameValue(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	if (Array.isArray(a) && Array.isArray(b))
		return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
	const left = a as Record<string, unknown>;
	const right = b as Record<string, unknown>;
	const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
	const leftKeys = keys(left);
	return (
		leftKeys.length === keys(right).length &&
		leftKeys.every((k) => Object.hasOwn(right, k) && sameValue(left[k], right[k]))
	);
}
