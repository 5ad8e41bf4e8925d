// The cards due now, as /review would open on them: one count for the badge on Review (every page)
// and for Today on the home page, so the two can never disagree. Loaded after the page is
// interactive; the clock is read here, at the edge, again when the stored data changes, every
// half minute, and when the tab comes back into view.
import type { CardOutline, CardOutlinesPayload } from '$lib/content/flashcard-items';
import { dueToday, type QueueView } from '$lib/srs/review-queue';
import type { AppState } from './app-state.svelte';

/** how often the count is worked out again while the page is open, so a learning card shows up */
export const dueRefreshMs = 30_000;

export class DueToday {
	#app: AppState;
	#clock: () => Date;
	/** goes up to read the clock again */
	#tick = $state(0);
	/** every card of the bank, with its topic and section */
	readonly cards: readonly CardOutline[];
	/** the cards made from quiz questions, in the deck once a miss brought them in */
	readonly #derived: readonly CardOutline[];

	/** when the count was last worked out: read again with the data, each tick and on return */
	#now = $derived.by((): Date => {
		void this.#tick;
		void this.#app.data;
		return this.#clock();
	});
	#view = $derived.by((): QueueView =>
		dueToday({
			bankCards: this.cards,
			derived: this.#derived,
			data: this.#app.data,
			now: this.#now,
			extras: this.#app.todayExtras
		})
	);

	constructor(
		app: AppState,
		{ cards, derived }: CardOutlinesPayload,
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- the clock is read, never observed
		clock: () => Date = () => new Date()
	) {
		this.#app = app;
		this.cards = cards;
		this.#derived = derived;
		this.#clock = clock;
	}

	/** the due queue as /review opens on it: every topic, within today's limits */
	get view(): QueueView {
		return this.#view;
	}

	/** when the count was worked out, for "the next card is due in 4 hours" beside it */
	get now(): Date {
		return this.#now;
	}

	/** how many cards /review would show now; undefined until the stored progress is read */
	get count(): number | undefined {
		return this.#app.loaded ? this.#view.queue.length : undefined;
	}

	/** Reads the clock again. */
	refresh(): void {
		this.#tick++;
	}

	/** Counts again now and then, and when the tab comes back into view; returns the stop. */
	connect(win: Window): () => void {
		const onVisible = () => {
			if (win.document.visibilityState === 'visible') this.refresh();
		};
		win.document.addEventListener('visibilitychange', onVisible);
		const timer = setInterval(() => this.refresh(), dueRefreshMs);
		return () => {
			win.document.removeEventListener('visibilitychange', onVisible);
			clearInterval(timer);
		};
	}
}
