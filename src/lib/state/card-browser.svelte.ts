// The card list's behaviour: every card by topic with its status, a text filter, a state filter,
// and suspending. The clock is read here, at the edge; changes go through app.update.
import type { FlashcardsPayload } from '$lib/content/flashcard-items';
import { setBuried, setSuspended, studyDeck } from '$lib/srs';
import type { AppState } from './app-state.svelte';
import {
	cardsDrawnFirst,
	cardsDrawnPerTask,
	deckCountText,
	filterCards,
	firstRows,
	searchTexts,
	type CardGroup,
	type DrawnGroup,
	type StateFilter,
	type TopicGroup
} from '$lib/srs/card-filter';
import { sortGroups, type CardSort } from '$lib/srs/card-sort';
import { fetchFlashcards } from '$lib/browser/flashcard-data';
import { indexBy } from '$lib/srs/review-queue';
import { cardInfo, type CardInfo } from '$lib/srs/card-info';
import { createScheduler, type Scheduler } from '$lib/srs/scheduler';
import { plural, quoted } from '$lib/format/format';

export { foldText } from '$lib/srs/card-filter';

export interface CardBrowserOptions {
	/** @default () => new Date() */
	clock?: () => Date;
	/** @default globalThis.fetch */
	fetcher?: typeof fetch;
}

export class CardBrowser {
	#app: AppState;
	#clock: () => Date;
	#fetcher: typeof fetch | undefined;
	/** for a card's chance of recall: made when a Card info is first opened */
	#scheduler: Scheduler | undefined;

	status = $state<'loading' | 'ready' | 'failed'>('loading');
	loadProblem = $state.raw<string | undefined>();
	#query = $state('');
	#stateFilter = $state<StateFilter>('all');
	/** the list's order: by topic, or the whole deck by due date, lapses, difficulty or last study */
	sort = $state<CardSort>('topic');
	/** the card the URL points at (/cards#id): its explanation opens and it gets focus */
	target = $state.raw<string | undefined>();
	announcement = $state('');

	#fetched = $state.raw<FlashcardsPayload | undefined>();
	/** the learner's deck: the bank's cards and those made from quiz questions a miss brought in */
	#payload = $derived.by((): FlashcardsPayload | undefined => {
		const fetched = this.#fetched;
		if (fetched === undefined) return undefined;
		return { ...fetched, cards: studyDeck(fetched.cards, fetched.derived, this.#app.data.cards) };
	});
	#now: Date;
	#texts = $derived(this.#payload === undefined ? undefined : searchTexts(this.#payload));
	#states = $derived.by(() => indexBy(this.#app.data.cards, (c) => c.cardId));
	/** the cards suspended or brought back since the filters last changed: they stay in view */
	#keep = $state.raw<ReadonlySet<string>>();
	#groups = $derived.by((): TopicGroup[] => {
		if (this.#payload === undefined || this.#texts === undefined) return [];
		return filterCards({
			payload: this.#payload,
			states: this.#app.data.cards,
			texts: this.#texts,
			query: this.query,
			stateFilter: this.stateFilter,
			now: this.#now,
			...(this.#keep ? { keep: this.#keep } : {})
		});
	});

	/** the groups in the order chosen */
	#listed = $derived.by((): CardGroup[] =>
		sortGroups(this.#groups, this.sort, this.#app.data.cards)
	);

	/** how many of the cards that pass the filters are drawn: a few more each task (drawMore) */
	#drawn = $state(cardsDrawnFirst);
	/** the card the URL points at, counted from the top of the list: drawn at once, with those above it */
	#targetRow = $derived.by(() => {
		let row = 0;
		for (const group of this.#listed) {
			const at = group.rows.findIndex((r) => r.card.id === this.target);
			if (at >= 0) return row + at + 1;
			row += group.rows.length;
		}
		return 0;
	});

	constructor(app: AppState, options: CardBrowserOptions = {}) {
		this.#app = app;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- the clock is read, never observed
		this.#clock = options.clock ?? (() => new Date());
		this.#fetcher = options.fetcher;
		this.#now = $state.raw(this.#clock());
	}

	/** the text filter, as typed */
	get query(): string {
		return this.#query;
	}
	set query(query: string) {
		this.#query = query;
		this.#keep = undefined;
		// a list left open overnight: a card buried until 04:00 is no longer, and the filter says so
		this.#now = this.#clock();
	}
	get stateFilter(): StateFilter {
		return this.#stateFilter;
	}
	set stateFilter(filter: StateFilter) {
		this.#stateFilter = filter;
		this.#keep = undefined;
		this.#now = this.#clock();
	}

	get ready(): boolean {
		return this.status === 'ready' && this.#app.loaded;
	}
	get paperUrl(): string {
		return this.#payload?.paperUrl ?? '';
	}
	get now(): Date {
		return this.#now;
	}
	/** the topics with cards that pass the filters, each with those cards, in bank order */
	get groups(): TopicGroup[] {
		return this.#groups;
	}
	/** the groups as far as they are drawn so far (the card the URL points at always is) */
	get drawnGroups(): DrawnGroup[] {
		return firstRows(this.#listed, Math.max(this.#drawn, this.#targetRow));
	}
	/** whether every card that passes the filters is drawn */
	get allDrawn(): boolean {
		return this.#drawn >= this.shownCount;
	}
	/** Draws a few more cards: called once a task until allDrawn. */
	drawMore(): void {
		this.#drawn += cardsDrawnPerTask;
	}
	get total(): number {
		return this.#payload?.cards.length ?? 0;
	}
	get shownCount(): number {
		return this.#groups.reduce((sum, g) => sum + g.rows.length, 0);
	}
	get filtered(): boolean {
		return this.query.trim() !== '' || this.stateFilter !== 'all';
	}
	/** what the list shows, in words, for the status region */
	get countText(): string {
		if (!this.filtered)
			return deckCountText(
				this.total,
				this.#groups.length,
				this.total - (this.#fetched?.cards.length ?? this.total)
			);
		return `${plural(this.shownCount, 'card')} of ${this.total} match.`;
	}

	async load(): Promise<void> {
		this.status = 'loading';
		const result = await fetchFlashcards(this.#fetcher);
		if (!result.ok) {
			this.loadProblem = result.reason;
			this.status = 'failed';
			return;
		}
		this.#fetched = result.payload;
		this.#now = this.#clock();
		this.loadProblem = undefined;
		this.status = 'ready';
	}

	/** Suspends a card (it leaves every review queue) or brings it back; says so once it is stored. */
	async toggleSuspended(cardId: string): Promise<void> {
		const card = this.#payload?.cards.find((c) => c.id === cardId);
		if (card === undefined) return;
		const suspend = !(this.#states.get(cardId)?.suspended ?? false);
		// it stays where it is, and keeps the focus, until the filters change
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a new set each time, never changed
		this.#keep = new Set([...(this.#keep ?? []), cardId]);
		const now = this.#clock();
		this.#now = now;
		await this.#app.update((data) => setSuspended(data, cardId, suspend, now));
		this.announcement = suspend
			? `Suspended: ${quoted(card.front)}. It will not come up in reviews until you unsuspend it.`
			: `Unsuspended: ${quoted(card.front)}. It is back in your reviews.`;
	}

	/** Brings back a card buried until tomorrow from review: it is in today's reviews again. */
	async unbury(cardId: string): Promise<void> {
		const card = this.#payload?.cards.find((c) => c.id === cardId);
		if (card === undefined) return;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a new set each time, never changed
		this.#keep = new Set([...(this.#keep ?? []), cardId]);
		const now = this.#clock();
		this.#now = now;
		await this.#app.update((data) => setBuried(data, cardId, undefined, now));
		this.announcement = `Unburied: ${quoted(card.front)}. It is back in today’s reviews.`;
	}

	/**
	 * A studied card's record, for its Card info: `undefined` for a card never graded. Its chance
	 * of recall is at the time the list last read the clock, as its "next due" is.
	 */
	infoOf(cardId: string): CardInfo | undefined {
		const state = this.#states.get(cardId);
		if (state === undefined) return undefined;
		// the chance of recall does not depend on the desired retention
		this.#scheduler ??= createScheduler();
		const chance = this.#scheduler.recallChance(state, this.#now);
		return cardInfo(state, this.#app.data.reviewLog, chance);
	}

	clearFilters(): void {
		this.query = '';
		this.stateFilter = 'all';
	}
}
