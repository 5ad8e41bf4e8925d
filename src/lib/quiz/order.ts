// The order of a quiz's questions (issue 13): a sample that keeps question types mixed, arranged
// so that no two questions of one type follow each other wherever the questions allow it. A run
// of one type (8 single choices, then 7 true/false, then 16 fact-checks) tires a learner and
// lets the format, not the content, carry the answer.
import { shuffle } from './shuffle';

/** the field order works with: a question's type */
export interface HasType {
	type: string;
}

function countTypes(items: readonly HasType[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const item of items) counts.set(item.type, (counts.get(item.type) ?? 0) + 1);
	return counts;
}

/**
 * Whether `n` items with these counts per type can stand in a row with no two alike side by
 * side, the first not of type `after`: no type may fill more than every other place, and the
 * type of `after` not the first of them.
 */
function canAlternate(counts: ReadonlyMap<string, number>, n: number, after?: string): boolean {
	const everyOther = Math.ceil(n / 2);
	for (const [type, count] of counts) {
		if (count > everyOther) return false;
		if (type === after && count > n - everyOther) return false;
	}
	return true;
}

/** a value in [0, n) from the random source, safe against a source that returns 1 */
function pick(n: number, random: () => number): number {
	return Math.min(n - 1, Math.max(0, Math.floor(random() * n)));
}

/** `total` split into `parts` sizes as equal as can be, the larger ones at random places */
function evenSplit(total: number, parts: number, random: () => number): number[] {
	const base = Math.floor(total / parts);
	const larger = new Set(shuffle([...Array(parts).keys()], random).slice(0, total % parts));
	return [...Array(parts).keys()].map((i) => base + (larger.has(i) ? 1 : 0));
}

/**
 * Puts items in an order in which no two of one type are side by side (nor the first one beside
 * `after`, the type of the question asked before them), when their types allow it: then any such
 * order may come out, drawn with `random`. When they do not (one type fills more than every
 * other place, as in a set of fact-checks only), that type comes in runs as short and as even as
 * can be, each run split by one question of another type: so fact-checks come at most two in a
 * row wherever the questions allow that.
 *
 * @example
 * arrange([single1, single2, typed1, multi1], seededRandom(1)).map((q) => q.type)
 * // e.g. ['single', 'typed', 'single', 'multi']
 * arrange(sixFactChecksAndTwoOthers, random).map((q) => q.type)
 * // e.g. ['fact-check', 'fact-check', 'single', 'fact-check', 'fact-check', 'typed', 'fact-check', 'fact-check']
 */
export function arrange<T extends HasType>(
	items: readonly T[],
	random: () => number,
	after?: string
): T[] {
	const counts = countTypes(items);
	if (canAlternate(counts, items.length, after)) return alternate(items, counts, random, after);
	return inRuns(items, counts, random, after);
}

/** every type apart: at each place, a type that leaves the rest still arrangeable */
function alternate<T extends HasType>(
	items: readonly T[],
	counts: Map<string, number>,
	random: () => number,
	after?: string
): T[] {
	const queues = new Map<string, T[]>();
	for (const item of shuffle(items, random)) {
		const queue = queues.get(item.type) ?? [];
		queue.push(item);
		queues.set(item.type, queue);
	}
	const result: T[] = [];
	let last = after;
	for (let left = items.length; left > 0; left--) {
		const fits = [...counts.entries()].filter(([type, count]) => {
			if (count === 0 || type === last) return false;
			counts.set(type, count - 1);
			const ok = canAlternate(counts, left - 1, type);
			counts.set(type, count);
			return ok;
		});
		// weighted by how many are left, as if drawing one of the items that may come here
		let at = pick(
			fits.reduce((sum, [, count]) => sum + count, 0),
			random
		);
		const [type] = fits.find(([, count]) => (at -= count) < 0) ?? (fits[0] as [string, number]);
		counts.set(type, (counts.get(type) ?? 0) - 1);
		result.push((queues.get(type) as T[]).pop() as T);
		last = type;
	}
	return result;
}

/** one type too many to keep apart: its items in even runs, one other item between runs */
function inRuns<T extends HasType>(
	items: readonly T[],
	counts: ReadonlyMap<string, number>,
	random: () => number,
	after?: string
): T[] {
	// the type that cannot be kept apart: the most numerous (on a tie, the one asked just before)
	let crowded = '';
	let most = -1;
	for (const [type, count] of counts) {
		if (count > most || (count === most && type === after)) [crowded, most] = [type, count];
	}
	const runs = shuffle(
		items.filter((item) => item.type === crowded),
		random
	);
	const others = arrange(
		items.filter((item) => item.type !== crowded),
		random
	);
	// one run more than there are other items to split them; the question asked before, of the
	// same type, counts as part of the first run
	const carried = after === crowded ? 1 : 0;
	const sizes = evenSplit(runs.length + carried, others.length + 1, random);
	sizes[0] = (sizes[0] as number) - carried;
	const result: T[] = [];
	for (const [i, size] of sizes.entries()) {
		result.push(...runs.splice(0, size));
		const other = others[i];
		if (other) result.push(other);
	}
	return result;
}

/**
 * Draws `size` of `pool` at random for a quiz of mixed types: no type takes more than half of
 * the places while the pool has others to fill them (the types of `chosen`, already in the
 * quiz, count too). A pool smaller than `size` is taken whole. The order of the result is the
 * draw's: {@link arrange} puts it in quiz order.
 *
 * @example
 * sampleMixed(sectionQuestions, 9, seededRandom(7), [opener]) // 9 questions, at most 5 of a type with the opener
 */
export function sampleMixed<T extends HasType>(
	pool: readonly T[],
	size: number,
	random: () => number,
	chosen: readonly HasType[] = []
): T[] {
	const drawn = shuffle(pool, random);
	if (drawn.length <= size) return drawn;
	const cap = Math.max(1, Math.floor((size + chosen.length) / 2));
	const counts = countTypes(chosen);
	const taken: T[] = [];
	const passedOver: T[] = [];
	for (const item of drawn) {
		if (taken.length === size) break;
		const count = counts.get(item.type) ?? 0;
		if (count >= cap) {
			passedOver.push(item);
			continue;
		}
		counts.set(item.type, count + 1);
		taken.push(item);
	}
	// too few of other types: the places left go to those passed over, in the draw's order
	return [...taken, ...passedOver.slice(0, size - taken.length)];
}

/**
 * How many times two items of one type stand side by side, counting `after` before the first.
 *
 * @example
 * sameTypeNeighbours([{ type: 'single' }, { type: 'single' }, { type: 'typed' }]) // 1
 */
export function sameTypeNeighbours(items: readonly HasType[], after?: string): number {
	let pairs = 0;
	let last = after;
	for (const item of items) {
		if (item.type === last) pairs++;
		last = item.type;
	}
	return pairs;
}

/**
 * The longest run of one type, e.g. of fact-checks in a row.
 *
 * @example
 * longestRun(questions, 'fact-check') // 2
 */
export function longestRun(items: readonly HasType[], type: string): number {
	let longest = 0;
	let run = 0;
	for (const item of items) {
		run = item.type === type ? run + 1 : 0;
		longest = Math.max(longest, run);
	}
	return longest;
}
