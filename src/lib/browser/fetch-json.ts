// The one edge where JSON the app fetches meets its schema. Every prerendered file (a quiz set's
// questions, the flashcards, the progress page's metadata, the transcript's annotations) comes
// through here, so a stale cache, a truncated download or a file of another shape is told to the
// learner in words instead of breaking a page.
import * as z from 'zod/mini';
import { config } from 'zod/mini';
import { afterThisTask } from './after-this-task';

// by its own name: the build drops unused z.* calls (vite.config.ts)
config({ jitless: true });

/**
 * How long checking may run before it lets the page answer a tap: well under the 50 ms of a long
 * task even on a phone four times slower than the machine that measured it (issue 15).
 */
export const sliceMs = 8;

/** what checking waits for between slices, and the clock it reads */
export interface Slicer {
	pause: () => Promise<void>;
	now: () => number;
}

const browserSlicer: Slicer = {
	// a hidden tab has no tap to answer, and its timers may wait a second each: no pause there
	pause: () =>
		globalThis.document?.visibilityState === 'hidden' ? Promise.resolve() : afterThisTask(),
	now: () => performance.now()
};

/**
 * Fetches `url` and parses its body with `schema`. Throws an Error whose message a learner can read
 * ("the server answered 404", "… is not in the expected form"); never returns unchecked data.
 */
export async function fetchJson<S extends z.ZodMiniType>(
	url: string,
	schema: S,
	fetcher: typeof fetch = fetch,
	slicer: Slicer = browserSlicer
): Promise<z.infer<S>> {
	let response: Response;
	try {
		response = await fetcher(url);
	} catch {
		throw new Error('it could not be downloaded; check the connection');
	}
	if (!response.ok) throw new Error(`the server answered ${response.status}`);
	const body: unknown = await response.json().catch(() => undefined);
	const parsed = await checkInSlices(schema, body, slicer);
	if (!parsed.success) throw new Error('the downloaded file is not in the expected form');
	return parsed.data;
}

/** the shell of an object schema: its lists taken as lists of anything, their items checked apart */
const shells = new WeakMap<
	z.ZodMiniType,
	{ shell: z.ZodMiniType; lists: [string, z.ZodMiniType][] }
>();

function shellOf(schema: z.ZodMiniType) {
	let known = shells.get(schema);
	if (known) return known;
	const def = schema._zod.def;
	const lists: [string, z.ZodMiniType][] = [];
	// only where checking the items apart is exactly what checking the whole does: an object and
	// lists with no refinement of their own
	if (schema instanceof z.ZodMiniObject && !def.checks?.length)
		for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodMiniType>))
			if (field instanceof z.ZodMiniArray && !field._zod.def.checks?.length)
				lists.push([key, field._zod.def.element as z.ZodMiniType]);
	const shell =
		lists.length === 0
			? schema
			: z.extend(
					schema as z.ZodMiniObject,
					Object.fromEntries(lists.map(([key]) => [key, z.array(z.unknown())]))
				);
	known = { shell, lists };
	shells.set(schema, known);
	return known;
}

/**
 * `schema.safeParse(body)`, a slice at a time: an object's lists are checked an item at a time, and
 * the page gets the main thread back whenever a slice has run `sliceMs`. A file of 300 cards was
 * one task of over 100 ms on a slow phone; now a slice is one item over `sliceMs` at most. Other
 * schemas, and lists with refinements of their own, are checked whole.
 */
export async function checkInSlices<S extends z.ZodMiniType>(
	schema: S,
	body: unknown,
	slicer: Slicer = browserSlicer
): Promise<{ success: true; data: z.infer<S> } | { success: false }> {
	const { shell, lists } = shellOf(schema);
	const outer = shell.safeParse(body);
	if (!outer.success) return { success: false };
	if (lists.length === 0) return { success: true, data: outer.data as z.infer<S> };
	const data = outer.data as Record<string, unknown>;
	let sliceStart = slicer.now();
	for (const [key, element] of lists) {
		const items = data[key] as unknown[];
		const checked: unknown[] = [];
		for (const item of items) {
			if (slicer.now() - sliceStart >= sliceMs) {
				await slicer.pause();
				sliceStart = slicer.now();
			}
			const result = element.safeParse(item);
			if (!result.success) return { success: false };
			checked.push(result.data);
		}
		data[key] = checked;
	}
	return { success: true, data: data as z.infer<S> };
}
