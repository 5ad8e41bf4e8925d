// The one way a page loads code (and data) after it is interactive, so none of it weighs on the
// first load: a value that arrives later, with one failure behaviour everywhere (a message that
// says what happened and a Retry), never an endless "Loading…". The storage notice is the one
// exception: when its words cannot come, the layout says what they would have (+layout.svelte).
import { afterThisTask } from '$lib/browser/after-this-task';

/** what went wrong, in words a learner can act on */
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Whether a load failed for code that could not be downloaded, from its message as Chromium,
 * Firefox and Safari word it (each says "module"; a failed fetch() of data does not). Some
 * browsers (Chromium 150 among them) keep such a failure for the page's lifetime: the same
 * import() fails again at once, however good the connection, until the page is loaded again.
 *
 * @example
 * isFailedImport('Failed to fetch dynamically imported module: https://…/a.js') // true
 * isFailedImport('Failed to fetch') // false: data, which a retry fetches again
 */
export const isFailedImport = (problem = '') => /module/i.test(problem);

export class Lazy<T> {
	#loader: () => Promise<T>;
	#pending: Promise<void> | undefined;
	/** what was loaded, once it has arrived */
	value = $state.raw<T>();
	/** why it could not be loaded, until a retry succeeds */
	problem = $state<string>();

	/** `loader` fetches the value (an import(), a fetch); it is called on load() and on retry() */
	constructor(loader: () => Promise<T>) {
		this.#loader = loader;
	}

	/** Loads the value once; later calls wait for the same load. Never rejects. */
	load(): Promise<void> {
		this.#pending ??= this.#run();
		return this.#pending;
	}

	/** Tries again after a failure. */
	retry(): Promise<void> {
		if (this.value !== undefined) return Promise.resolve();
		this.problem = undefined;
		this.#pending = this.#run();
		return this.#pending;
	}

	async #run() {
		try {
			// a lazy load is asked for as the page hydrates; Vite's import() helper then adds a
			// preload link for every module it needs, and the module runs once it arrives: none of
			// that in hydration's task, which would be one too long for a slow phone (issue 15)
			await afterThisTask();
			const value = await this.#loader();
			// what arrived is drawn in a task after the one that ran its code: a module's evaluation
			// (with the store's zod schemas, the first time any page needs them) and the drawing of
			// its component would make one task too long for a slow phone
			await afterThisTask();
			this.value = value;
			this.problem = undefined;
		} catch (error) {
			this.problem = describe(error);
		}
	}
}

/** A lazily imported component: `new Lazy(lazyComponent(() => import('./X.svelte')))` */
export const lazyComponent =
	<C>(importer: () => Promise<{ default: C }>) =>
	async (): Promise<C> =>
		(await importer()).default;
