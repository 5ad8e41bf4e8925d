// The review page's behaviour: which card is on screen, showing its back, grading, undoing, the
// session summary. The clock and the random source are read here, at the edge, and passed into
// the srs engine; every grade goes through app.update, so a reload loses nothing graded.
import type {
	FlashcardItem,
	FlashcardsPayload,
	FlashcardTopic
} from '$lib/content/flashcard-items';
import {
	applyGrade,
	cardsByQuestion,
	createScheduler,
	forgottenToday,
	gradeNames,
	lastStepSince,
	missedSince,
	missPriority,
	newCardState,
	nextUndoStep,
	setAsideInReview,
	setBuried,
	setSuspended,
	stillSetAside,
	studyDeck,
	undoLastStep,
	type BankCard,
	type DailyLimits,
	type Grade,
	type GradePreviews,
	type UndoResult,
	type UndoStepKind
} from '$lib/srs';
import { laterDayStart, learnerDayStart, localOffsetAt } from '$lib/calendar/study-day';
import { createLogId } from '$lib/srs/log-id';
import type { AppState } from './app-state.svelte';
import { fetchFlashcards } from '$lib/browser/flashcard-data';
import {
	distinctCount,
	indexBy,
	limitsOn,
	noExtras,
	reviewQueue,
	type QueueView,
	type ReviewMode
} from '$lib/srs/review-queue';
import { describeWait, plural, quoted, quotedId } from '$lib/format/format';
import {
	reviewKeyAction,
	type ReviewKey,
	type ReviewKeyAction,
	type ReviewKeyContext
} from '$lib/browser/keys';

export { learnAheadMs, type QueueView, type ReviewMode } from '$lib/srs/review-queue';

/** answer times are capped at this, as Anki's "maximum answer seconds", so a break is not counted */
export const maxAnswerMs = 60_000;
/** "study more new cards" raises today's new-card limit by this, as Anki's custom study does */
export const extraNewStep = 10;
/** "review more" raises today's review limit by this */
export const extraReviewStep = 50;
/** while nothing is on screen, the queue is looked at again this often, so a learning card shows up */
export const refreshMs = 30_000;

/** an episode section a review can be limited to */
export interface EpisodeSectionChoice {
	id: string;
	title: string;
}

export interface SessionGrade {
	logId: string;
	cardId: string;
	rating: Grade;
	durationMs: number;
}

export interface SessionSummary {
	/** grades given in this session */
	reviews: number;
	/** distinct cards graded */
	cards: number;
	byGrade: Record<Grade, number>;
	/** summed answer times (each capped at maxAnswerMs) */
	timeMs: number;
}

export interface ReviewSessionOptions {
	/** @default () => new Date() */
	clock?: () => Date;
	/** @default Math.random */
	random?: () => number;
	/** @default globalThis.fetch */
	fetcher?: typeof fetch;
}

const noGrades = (): Record<Grade, number> => ({ 1: 0, 2: 0, 3: 0, 4: 0 });

/** a card suspended or buried here, and the id of that step on the undo stack */
/** a card as the page showed it: its id, and its stored state's reviews then */
interface CardOnScreen {
	id: string;
	version: string;
}

interface SetAside {
	card: FlashcardItem;
	logId: string;
	how: 'suspended' | 'buried';
}

/** what Undo takes back next, which its button names */
export type UndoStep = UndoStepKind;

export class ReviewSession {
	#app: AppState;
	#clock: () => Date;
	#random: () => number;
	#fetcher: typeof fetch | undefined;
	#timer: ReturnType<typeof setInterval> | undefined;

	/** 'loading' until the cards are fetched */
	status = $state<'loading' | 'ready' | 'failed'>('loading');
	loadProblem = $state.raw<string | undefined>();
	/** the last message for the role="status" region */
	announcement = $state('');
	/** the card the last grade made a leech: the page tells the learner until dismissed */
	leech = $state.raw<FlashcardItem | undefined>();

	#payload = $state.raw<FlashcardsPayload | undefined>();
	#requestedTopic = $state.raw<string | undefined>();
	#topic = $state.raw<string | undefined>();
	#requestedSection = $state.raw<string | undefined>();
	/** the episode section whose cards are under review (from the transcript's "Review this section's cards") */
	#section = $state.raw<string | undefined>();
	#mode = $state<ReviewMode>('due');
	#now: Date;
	/** shown instead of the queue's first card: the card whose grade was just undone */
	#pinned = $state.raw<string | undefined>();
	/**
	 * the card whose back is shown, as it was stored then: another card put on screen by another
	 * tab's grade is not, nor the same card once another tab has graded it
	 */
	#revealedOf = $state.raw<CardOnScreen | undefined>();
	/**
	 * the card the last step here suspended or buried, which the notice offers to bring back: until
	 * the next step
	 */
	#setAside = $state.raw<SetAside | undefined>();
	/** goes up each time a card is put on screen, so the page re-creates the card unflipped */
	#shown = $state(0);
	#shownAt = 0;
	#moveFocus = $state(false);
	#grades = $state.raw<SessionGrade[]>([]);
	#forgottenDone = $state.raw<readonly string[]>([]);
	/**
	 * the learner's steps (show, grade, undo), one after another: a grade shows the next card once
	 * it is on disk, and a key pressed meanwhile acts after it, on that card, as if the page had
	 * been waiting for it
	 */
	#steps: Promise<void> = Promise.resolve();
	/** steps asked for and not yet done */
	#pending = 0;

	/** the bank's cards, and those made from quiz questions that a miss brought in */
	#deck = $derived.by(() =>
		studyDeck(this.#payload?.cards ?? [], this.#payload?.derived ?? [], this.#app.data.cards)
	);
	#items = $derived(indexBy(this.#deck, (card) => card.id));
	#bankCards = $derived<BankCard[]>(
		this.#deck
			.filter((card) => this.#section === undefined || card.transcript?.section === this.#section)
			.map(({ id, topic, difficulty }) => ({ id, topic, difficulty }))
	);
	#cardsOfQuestion = $derived.by(() =>
		cardsByQuestion([...(this.#payload?.cards ?? []), ...(this.#payload?.derived ?? [])])
	);
	#misses = $derived.by(() => ({
		attempts: this.#app.data.attempts,
		cardsOf: (questionId: string) => this.#cardsOfQuestion.get(questionId) ?? [],
		states: this.#app.data.cards
	}));
	/** the cards of missed quiz questions, first in review: those of answers given as "sure" first */
	#priority = $derived.by(() => missPriority(this.#misses));
	/** those of today's misses: they come whatever the new-card limit */
	#pastLimit = $derived.by(() => missedSince({ ...this.#misses, since: this.#startOfDay }));
	/** the episode sections cards quote, in episode order */
	#sections = $derived.by((): EpisodeSectionChoice[] => {
		// episode order: the order of the paragraphs the cards quote
		const passages = (this.#payload?.cards ?? [])
			.flatMap((card) => (card.transcript ? [card.transcript] : []))
			.sort((a, b) => Number(a.paragraphId.slice(2)) - Number(b.paragraphId.slice(2)));
		return passages
			.filter((source, i) => passages.findIndex((other) => other.section === source.section) === i)
			.map((source) => ({ id: source.section, title: source.sectionTitle }));
	});
	#startOfDay = $derived.by(() => learnerDayStart(this.#now));
	#scheduler = $derived.by(() =>
		createScheduler({
			desiredRetention: this.#app.data.settings.desiredRetention,
			// days between reviews are the learner's study days, as Anki counts them
			utcOffset: localOffsetAt
		})
	);
	#limits = $derived.by((): DailyLimits => this.#limitsOn(this.#startOfDay));
	#forgotten = $derived.by(() =>
		forgottenToday({
			reviewLog: this.#app.data.reviewLog,
			states: this.#app.data.cards,
			startOfDay: this.#startOfDay
		}).filter((id) => this.#inScope(id))
	);
	#view = $derived.by((): QueueView => this.#computeQueue());
	/**
	 * when the queue was last looked at while a card stayed on screen: its counts take in the
	 * cards that fell due since (refresh), the card on screen does not change
	 */
	#countedAt = $state.raw<Date | undefined>();
	#countedView = $derived.by((): QueueView => {
		const at = this.#countedAt;
		// with no card on screen (another tab graded it) the page shows the queue it acts on
		return at !== undefined && at > this.#now && this.#current !== undefined
			? this.#computeQueue(at)
			: this.#view;
	});
	/**
	 * the card the page put on screen: it stays while it is in the queue, though another tab's
	 * change (a card unsuspended on /cards) brings a card before it, as Anki keeps the card shown
	 */
	#onScreen = $state.raw<CardOnScreen | undefined>();
	#stateById = $derived.by(() => indexBy(this.#app.data.cards, (card) => card.cardId));
	/**
	 * the card put on screen, while it is in the queue and no other tab has graded it (a card in
	 * learning stays in the queue after a grade, and was graded twice, once in each tab)
	 */
	#kept = $derived.by((): string | undefined => {
		const shown = this.#onScreen;
		return shown !== undefined && this.#view.queue.includes(shown.id) && this.#unchanged(shown)
			? shown.id
			: undefined;
	});
	/**
	 * the card this tab's undo or Unbury/Unsuspend put back on screen, while no other tab has
	 * graded, undone, suspended or buried it since: it may be out of the queue (a new card past the
	 * day's limit), so the queue cannot tell
	 */
	#pinnedKept = $derived.by((): string | undefined => {
		const id = this.#pinned;
		const shown = this.#onScreen;
		if (id === undefined || shown?.id !== id || !this.#unchanged(shown)) return undefined;
		const state = this.#stateById.get(id);
		if (state?.suspended) return undefined;
		const buriedUntil = state?.buriedUntil;
		return buriedUntil !== undefined && Date.parse(buriedUntil) > this.#now.getTime()
			? undefined
			: id;
	});
	#current = $derived.by((): FlashcardItem | undefined => {
		const id = this.#pinnedKept ?? this.#kept ?? this.#view.queue[0];
		return id === undefined ? undefined : this.#items.get(id);
	});
	#previews = $derived.by((): GradePreviews | undefined => {
		const card = this.#current;
		if (card === undefined) return undefined;
		const state = this.#stateById.get(card.id) ?? newCardState(card.id, this.#now);
		return this.#scheduler.previewGrades(state, this.#now);
	});

	constructor(app: AppState, options: ReviewSessionOptions = {}) {
		this.#app = app;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- the clock is read, never observed
		this.#clock = options.clock ?? (() => new Date());
		this.#random = options.random ?? Math.random;
		this.#fetcher = options.fetcher;
		this.#now = $state.raw(this.#clock());
	}

	/** the cards are loaded and the stored progress read: the page can show the queue */
	get ready(): boolean {
		return this.status === 'ready' && this.#app.loaded;
	}
	get topics(): FlashcardTopic[] {
		return this.#payload?.topics ?? [];
	}
	get paperUrl(): string {
		return this.#payload?.paperUrl ?? '';
	}
	/** the episode sections a review can be limited to */
	get sections(): EpisodeSectionChoice[] {
		return this.#sections;
	}
	/** the episode section under review, or undefined for the whole episode */
	get section(): string | undefined {
		return this.#section;
	}
	get sectionTitle(): string | undefined {
		return this.#sections.find((s) => s.id === this.#section)?.title;
	}
	/** the topic under review, or undefined for all topics */
	get topic(): string | undefined {
		return this.#topic;
	}
	/**
	 * an address that asks for a topic or a section there is none of (/review?topic=nope): the
	 * page says what it shows instead, rather than silently show everything
	 */
	get addressProblem(): string | undefined {
		if (this.#payload === undefined) return undefined;
		const topic = this.#requestedTopic;
		const section = this.#requestedSection;
		if (topic && this.#validTopic(topic) === undefined)
			return `There is no topic ${quotedId(topic)}: these are the cards of every topic.`;
		if (section && this.#validSection(section) === undefined)
			return `There is no episode section ${quotedId(section)}: these are the cards of the whole episode.`;
		return undefined;
	}
	get topicTitle(): string | undefined {
		return this.topics.find((t) => t.id === this.#topic)?.title;
	}
	get mode(): ReviewMode {
		return this.#mode;
	}
	get now(): Date {
		return this.#now;
	}
	/** the queue as the page counts it: as of the last look, whatever card is on screen */
	get queue(): QueueView {
		return this.#countedView;
	}
	get current(): FlashcardItem | undefined {
		return this.#current;
	}
	/**
	 * the card on screen is one a missed quiz question brought in, not reviewed since the miss:
	 * why it comes first (and, for a miss of today, past the day's limit of new cards)
	 */
	get currentFromMiss(): boolean {
		return this.#current !== undefined && this.#priority.includes(this.#current.id);
	}
	get revealed(): boolean {
		const revealed = this.#revealedOf;
		return revealed !== undefined && revealed.id === this.#current?.id && this.#unchanged(revealed);
	}
	/**
	 * the card this page put on screen has been reviewed or set aside in another tab since, and
	 * another is shown in its place: said, so the learner knows why the card changed
	 */
	get replacedElsewhere(): boolean {
		const shown = this.#onScreen;
		return (
			shown !== undefined &&
			this.#current !== undefined &&
			this.#pinnedKept === undefined &&
			this.#kept === undefined
		);
	}
	/** what each grade would do to the card on screen, for the labels on the buttons */
	get previews(): GradePreviews | undefined {
		return this.#previews;
	}
	/** changes each time a card is put on screen */
	get shown(): number {
		return this.#shown;
	}
	/** the last change came from the learner (a key or a button), so focus should follow it */
	get moveFocus(): boolean {
		return this.#moveFocus;
	}
	get shortcuts(): boolean {
		return this.#app.data.settings.reviewShortcuts;
	}
	/** cards graded Again today that can be reviewed again, in the current topic */
	get forgottenCount(): number {
		return this.#forgotten.length;
	}
	/**
	 * the card the last step here suspended, which the notice offers to bring back: until the next
	 * step, and only while it is still suspended (another tab may have brought it back)
	 */
	get suspended(): FlashcardItem | undefined {
		const aside = this.#setAside;
		return aside?.how === 'suspended' && this.#stillAside(aside) ? aside.card : undefined;
	}
	/**
	 * the card the last step here buried, which the notice offers to bring back: until the next
	 * step, and only while it is still buried
	 */
	get buried(): FlashcardItem | undefined {
		const aside = this.#setAside;
		return aside?.how === 'buried' && this.#stillAside(aside) ? aside.card : undefined;
	}

	/** the card is still suspended, or buried (another tab, /cards or the clock may have ended it) */
	#stillAside({ card, how }: SetAside): boolean {
		// the clock as the queue last read it: with a card on screen, that is not `now`
		const at = this.#countedAt ?? this.#now;
		return stillSetAside(
			this.#stateById.get(card.id),
			how === 'suspended' ? 'suspend' : 'bury',
			at
		);
	}

	/** the learner day as of the clock's last reading: a card left on screen overnight keeps `now` */
	#undoDayStart(): Date {
		const at = this.#countedAt ?? this.#now;
		return at === this.#now ? this.#startOfDay : learnerDayStart(at);
	}

	/**
	 * what Undo takes back next, the newest step on the stored undo stack still in force (grades,
	 * and buries and suspends made here): its button names it. `undefined` when there is none
	 */
	get undoStep(): UndoStep | undefined {
		return nextUndoStep(this.#app.data, this.#countedAt ?? this.#now)?.kind;
	}

	/**
	 * a step of this learner day is there to take back (an earlier day's is not, as Anki's undo ends
	 * with its session): a grade, a bury or a suspend, stored, so after a reload too
	 */
	get canUndo(): boolean {
		if (this.#app.readOnly) return false;
		return lastStepSince(this.#app.data, this.#undoDayStart(), this.#countedAt ?? this.#now);
	}
	/** this page's grades, oldest first */
	get grades(): readonly SessionGrade[] {
		return this.#grades;
	}
	get summary(): SessionSummary {
		const byGrade = noGrades();
		let timeMs = 0;
		for (const grade of this.#grades) {
			byGrade[grade.rating]++;
			timeMs += grade.durationMs;
		}
		return {
			reviews: this.#grades.length,
			cards: distinctCount(this.#grades.map((g) => g.cardId)),
			byGrade,
			timeMs
		};
	}
	/** Fetches the cards, then puts the first one on screen. */
	async load(topic?: string, section?: string): Promise<void> {
		this.#requestedTopic = topic;
		this.#requestedSection = section;
		this.status = 'loading';
		const result = await fetchFlashcards(this.#fetcher);
		if (!result.ok) {
			this.loadProblem = result.reason;
			this.status = 'failed';
			return;
		}
		// the first card is chosen from the stored progress, not from none: chosen before it was read,
		// a new card stayed on screen before the due ones, and its state's arrival read as another
		// tab's grade (tester 8)
		await this.#app.whenLoaded.catch(() => undefined);
		this.#payload = result.payload;
		this.loadProblem = undefined;
		this.status = 'ready';
		this.#topic = this.#validTopic(this.#requestedTopic);
		this.#section = this.#validSection(this.#requestedSection);
		this.#putOnScreen(false);
	}

	/**
	 * Reviews the cards quoting one episode section (or the whole episode, with undefined); an id
	 * that is not a section means the whole episode. Returns the section now in use.
	 */
	setSection(section: string | undefined): string | undefined {
		this.#requestedSection = section;
		if (this.#payload === undefined) return undefined;
		const next = this.#validSection(section);
		if (next !== this.#section) {
			this.#section = next;
			this.#pinned = undefined;
			this.#putOnScreen(false);
			this.announcement =
				next === undefined
					? 'Reviewing cards from the whole episode.'
					: `Reviewing cards from ${this.sectionTitle}.`;
		}
		return next;
	}

	/**
	 * Reviews one topic (or all, with undefined); an id that is not a topic means all topics.
	 * Returns the topic now in use.
	 */
	setTopic(topic: string | undefined): string | undefined {
		this.#requestedTopic = topic;
		if (this.#payload === undefined) return undefined;
		const next = this.#validTopic(topic);
		if (next !== this.#topic) {
			this.#topic = next;
			this.#pinned = undefined;
			this.#putOnScreen(false);
			this.announcement =
				next === undefined ? 'Reviewing all topics.' : `Reviewing ${this.topicTitle}.`;
		}
		return next;
	}

	#serial(step: () => void | Promise<void>): Promise<void> {
		this.#pending++;
		const result = this.#steps.then(step).finally(() => this.#pending--);
		this.#steps = result.catch(() => undefined);
		return result;
	}

	/**
	 * A key pressed on the review page: acts on it if it is a review shortcut, and says whether it
	 * was (the page then keeps the browser from acting on it too). While a grade is being stored,
	 * a key that can be a shortcut waits for it and is read on what the grade puts on screen, as
	 * if the page had been waiting for it: "3" then Space shows the next card's answer.
	 */
	key(press: ReviewKey): boolean {
		const context = (): ReviewKeyContext => ({
			enabled: this.shortcuts,
			hasCard: this.#current !== undefined,
			revealed: this.revealed,
			canUndo: this.canUndo
		});
		// the card on screen as the key goes down: a second @ must not suspend the card after it
		const shown = this.#current?.id;
		if (this.#pending === 0) {
			const action = reviewKeyAction(press, context());
			if (action) void this.#serial(() => this.#act(action, shown));
			return action !== undefined;
		}
		// once the step is done, focus is on what it put on screen, not where the key was pressed
		const later = { ...press, target: press.target === 'text' ? press.target : 'other' } as const;
		const any = { enabled: this.shortcuts, hasCard: true, canUndo: true };
		const possible =
			reviewKeyAction(later, { ...any, revealed: false }) ??
			reviewKeyAction(later, { ...any, revealed: true });
		if (!possible) return false;
		void this.#serial(() => {
			const action = reviewKeyAction(later, context());
			return action ? this.#act(action, shown) : undefined;
		});
		return true;
	}

	/** `shown`: the card on screen when the key was pressed */
	#act(action: ReviewKeyAction, shown?: string): void | Promise<void> {
		if (action.kind === 'reveal') return this.#reveal();
		// a step before this one set aside the card pressed on: pressed twice, not for the next card
		if (action.kind === 'suspend' || action.kind === 'bury')
			return shown !== undefined && (this.buried?.id === shown || this.suspended?.id === shown)
				? undefined
				: action.kind === 'suspend'
					? this.#suspend()
					: this.#bury();
		return action.kind === 'grade' ? this.#grade(action.rating) : this.#undo();
	}

	/** Shows the back of the card on screen (after any grade still being stored). */
	reveal(): Promise<void> {
		return this.#serial(() => this.#reveal());
	}

	#reveal() {
		if (this.#current === undefined || this.revealed) return;
		// the card put in place of one another tab took is the card on screen from now on: a later
		// change of the queue's order must not swap it, its back shown, for another
		if (this.#pinnedKept === undefined && this.#kept === undefined)
			this.#onScreen = this.#seen(this.#current.id);
		this.#revealedOf = this.#seen(this.#current.id);
		this.#moveFocus = true;
	}

	/**
	 * Grades the card on screen, stores the grade, and puts the next card on screen once the
	 * grade is on disk.
	 */
	grade(rating: Grade): Promise<void> {
		return this.#serial(() => this.#grade(rating));
	}

	async #grade(rating: Grade): Promise<void> {
		const card = this.#current;
		if (card === undefined || !this.revealed) return;
		const answeredAt = this.#clock();
		const logId = createLogId(answeredAt, this.#random);
		const durationMs = Math.min(maxAnswerMs, Math.max(0, answeredAt.getTime() - this.#shownAt));
		// scheduled from the moment the buttons' intervals were worked out: the days since the last
		// review count, so another moment could give another interval than the one shown
		const now = this.#now;
		const scheduler = this.#scheduler;
		let leech = false;
		await this.#app.update((data) => {
			const result = applyGrade(data, card.id, rating, { now, logId, durationMs, scheduler });
			leech = result.leech;
			return result.data;
		});
		this.#grades = [...this.#grades, { logId, cardId: card.id, rating, durationMs }];
		this.#setAside = undefined;
		if (this.#mode === 'forgotten') this.#forgottenDone = [...this.#forgottenDone, card.id];
		this.#pinned = undefined;
		this.#putOnScreen(true);

		const name = gradeNames[rating];
		if (leech) {
			this.leech = card;
			this.announcement = `${name}. You have now forgotten this card 8 times or more: it is tagged as a leech and suspended. Its explanation and sources are linked above.`;
			return;
		}
		const due = this.#stateById.get(card.id)?.due;
		const back =
			due === undefined
				? ''
				: ` It comes back in ${describeWait(Date.parse(due) - now.getTime())}.`;
		this.announcement = `${name}.${back} ${this.#remainingText()}`;
	}

	/**
	 * Undoes the last step, and each time again the one before: a suspend or a bury made here (the
	 * card comes back), or a grade (stored, so it works after a reload); the card is shown again
	 * once the undo is on disk.
	 */
	undo(): Promise<void> {
		return this.#serial(() => this.#undo());
	}

	async #undo(): Promise<void> {
		// the clock read again: a tab left open since the evening is now the next learner day
		this.refresh();
		if (!this.canUndo) return;
		const at = this.#countedAt ?? this.#now;
		let undone: UndoResult | undefined;
		await this.#app.update((data) => {
			const result = undoLastStep(data, at);
			if (result === undefined) return data;
			undone = result;
			return result.data;
		});
		if (undone === undefined) return;
		const { cardId, logId, step } = undone;
		this.#grades = this.#grades.filter((g) => g.logId !== logId);
		this.#setAside = undefined;
		if (this.#forgottenDone.includes(cardId)) {
			this.#forgottenDone = this.#forgottenDone.filter((id) => id !== cardId);
		}
		if (this.leech?.id === cardId) this.leech = undefined;
		this.#pinned = this.#items.has(cardId) ? cardId : undefined;
		this.#putOnScreen(true);
		// named: the last step may have been taken in another tab, on another card than this one's
		const front = this.#items.get(cardId)?.front;
		const card = this.#pinned && front ? quoted(front) : undefined;
		this.announcement =
			step === 'bury'
				? `Unburied ${card ?? 'a card'}: it is back in today’s reviews${card ? ', and on screen' : ''}.`
				: step === 'suspend'
					? `Unsuspended ${card ?? 'a card'}: it is back in your reviews${card ? ', and on screen' : ''}.`
					: card
						? `Last grade undone: ${card} is back as it was before.`
						: 'Last grade undone.';
	}

	/**
	 * Suspends the card on screen, as Anki's reviewer does: it leaves every queue until it is
	 * unsuspended, here or on /cards, and the next card comes once that is on disk.
	 */
	suspendCurrent(): Promise<void> {
		// the card pressed on: a second press, stored after the first, finds another card on screen
		const shown = this.#current?.id;
		return this.#serial(() => this.#suspend(shown));
	}

	/** Brings back the card the notice names as just suspended, and puts it on screen again. */
	unsuspendLast(): Promise<void> {
		return this.#serial(() => this.#unsuspend());
	}

	/**
	 * Buries the card on screen until tomorrow, as Anki's reviewer does: it leaves today's queues
	 * and comes back at the next learner day's start by itself; the next card comes once that is on
	 * disk.
	 */
	buryCurrent(): Promise<void> {
		const shown = this.#current?.id;
		return this.#serial(() => this.#bury(shown));
	}

	/** Brings back the card the notice names as just buried, and puts it on screen again. */
	unburyLast(): Promise<void> {
		return this.#serial(() => this.#unbury());
	}

	#suspend(cardId?: string): Promise<void> {
		return this.#setAsideCurrent('suspended', cardId);
	}

	#bury(cardId?: string): Promise<void> {
		return this.#setAsideCurrent('buried', cardId);
	}

	/**
	 * Suspends or buries the card on screen (`cardId` the one that was when asked, if any), as a
	 * step on the undo stack, and puts the next card on screen
	 */
	async #setAsideCurrent(how: 'suspended' | 'buried', cardId?: string): Promise<void> {
		const card = this.#current;
		if (card === undefined || (cardId !== undefined && card.id !== cardId)) return;
		const now = this.#clock();
		const logId = createLogId(now, this.#random);
		await this.#app.update((data) =>
			setAsideInReview(data, card.id, how === 'suspended' ? 'suspend' : 'bury', {
				now,
				logId,
				until: laterDayStart(learnerDayStart(now), 1).toISOString()
			})
		);
		this.#setAside = { card, logId, how };
		this.#pinned = undefined;
		this.#putOnScreen(true);
		this.announcement =
			how === 'suspended'
				? `Suspended ${quoted(card.front)}: it will not come up in reviews until you unsuspend it. ${this.#remainingText()}`
				: `Buried ${quoted(card.front)} until tomorrow. ${this.#remainingText()}`;
	}

	#unsuspend(): Promise<void> {
		return this.suspended ? this.#bringBack(this.#setAside) : Promise.resolve();
	}

	#unbury(): Promise<void> {
		return this.buried ? this.#bringBack(this.#setAside) : Promise.resolve();
	}

	/**
	 * Brings back the card the notice names, and puts it on screen again: by undoing its step, while
	 * that is the step Undo takes back this learner day, so its earlier grades can be undone after
	 * it; otherwise (another tab stepped since, the day has ended) as /cards would, which takes the
	 * card's steps off the stack. Decided on the stored data the change is made to, so another tab's
	 * step between the press and the write is not undone in its place
	 */
	async #bringBack(aside: SetAside | undefined): Promise<void> {
		if (aside === undefined) return;
		const { card } = aside;
		const now = this.#clock();
		const dayStart = learnerDayStart(now);
		await this.#app.update((data) => {
			const next = nextUndoStep(data, now);
			if (
				next !== undefined &&
				next.atMs >= dayStart.getTime() &&
				data.undoStack[next.index]?.logId === aside.logId
			)
				return undoLastStep(data, now)?.data ?? data;
			return aside.how === 'suspended'
				? setSuspended(data, card.id, false, now)
				: setBuried(data, card.id, undefined, now);
		});
		this.#setAside = undefined;
		this.#pinned = card.id;
		this.#putOnScreen(true);
		this.announcement =
			aside.how === 'suspended'
				? `Unsuspended ${quoted(card.front)}: it is back in your reviews, and on screen.`
				: `Unburied ${quoted(card.front)}: it is back in today’s reviews, and on screen.`;
	}

	/** Reviews the cards graded Again today, each once. */
	reviewForgotten(): void {
		this.#mode = 'forgotten';
		this.#forgottenDone = [];
		this.#pinned = undefined;
		this.#putOnScreen(true);
		this.announcement = `Reviewing the ${plural(this.#forgotten.length, 'card')} you forgot today.`;
	}

	/** Back to the cards that are due. */
	reviewDue(): void {
		this.#mode = 'due';
		this.#pinned = undefined;
		this.#putOnScreen(true);
		this.announcement = 'Reviewing the cards that are due.';
	}

	/**
	 * Raises today's new-card limit, as Anki's custom study "increase today's new card limit": by
	 * the cards it offers, and by the new cards of missed questions already past the limit, which
	 * would otherwise take their places.
	 */
	/** a raise being stored: a second press meanwhile would add the same cards again */
	#raising = false;

	async studyMoreNew(): Promise<void> {
		if (this.#raising) return;
		const { overLimit, newPastLimit } = this.#view;
		await this.#raiseLimit(
			'newCards',
			Math.min(extraNewStep, Math.max(1, overLimit.new)) + newPastLimit
		);
		this.announcement = `Studying more new cards today. ${this.#remainingText()}`;
	}

	/** Raises today's review limit, by the cards it offers and by the reviews already past it. */
	async reviewMore(): Promise<void> {
		if (this.#raising) return;
		const { overLimit, reviewsPastLimit } = this.#view;
		await this.#raiseLimit(
			'reviews',
			Math.min(extraReviewStep, Math.max(1, overLimit.review)) + reviewsPastLimit
		);
		this.announcement = `Reviewing more cards today. ${this.#remainingText()}`;
	}

	dismissLeech(): void {
		this.leech = undefined;
	}

	/**
	 * Reads the clock again, so a card that fell due since is counted, and, when no card is on
	 * screen, shown. A card on screen stays there until it is graded: the counts and what follows it
	 * change, it does not (as in Anki).
	 */
	refresh(): void {
		if (this.#current !== undefined) {
			// the card on screen, and the intervals its buttons show, stay as they were read
			this.#countedAt = this.#clock();
			return;
		}
		this.#now = this.#clock();
		this.#countedAt = undefined;
		if (this.#current !== undefined) this.#putOnScreen(false);
	}

	/** Looks at the queue again now and then, and when the tab comes back into view. */
	connect(win: Window): () => void {
		const onVisible = () => {
			if (win.document.visibilityState === 'visible') this.refresh();
		};
		win.document.addEventListener('visibilitychange', onVisible);
		this.#timer = setInterval(() => this.refresh(), refreshMs);
		return () => {
			win.document.removeEventListener('visibilitychange', onVisible);
			clearInterval(this.#timer);
		};
	}

	#validTopic(topic: string | undefined): string | undefined {
		return this.topics.some((t) => t.id === topic) ? topic : undefined;
	}

	#validSection(section: string | undefined): string | undefined {
		return this.#sections.some((s) => s.id === section) ? section : undefined;
	}

	#inScope(cardId: string): boolean {
		const card = this.#items.get(cardId);
		return (
			card !== undefined &&
			(this.#topic === undefined || card.topic === this.#topic) &&
			(this.#section === undefined || card.transcript?.section === this.#section)
		);
	}

	/** a card as it is stored now: its reviews and its last, which a grade or undo anywhere changes */
	#seen(id: string): CardOnScreen {
		const state = this.#stateById.get(id);
		// a card never studied is as new with the first state a quiz miss gives it: no review yet
		return { id, version: `${state?.reps ?? 0}|${state?.last_review ?? ''}` };
	}

	#unchanged(card: CardOnScreen): boolean {
		return this.#seen(card.id).version === card.version;
	}

	#putOnScreen(byLearner: boolean): void {
		this.#now = this.#clock();
		this.#countedAt = undefined;
		// the queue's first card as of now, which stays until the learner's next step
		this.#onScreen = undefined;
		const id = this.#current?.id;
		this.#onScreen = id === undefined ? undefined : this.#seen(id);
		this.#shownAt = this.#now.getTime();
		this.#revealedOf = undefined;
		this.#shown++;
		this.#moveFocus = byLearner;
	}

	/** raises today's limit, stored with the settings (a reload keeps it), then shows the next card */
	async #raiseLimit(kind: 'newCards' | 'reviews', by: number): Promise<void> {
		// the day it is now, not the day the page last looked at (a page left open over 04:00)
		const day = learnerDayStart(this.#clock()).toISOString();
		this.#raising = true;
		try {
			await this.#app.update((data) => {
				const extras = data.settings.todayExtras;
				const base = extras?.day === day ? extras : { ...noExtras, day };
				return {
					...data,
					settings: { ...data.settings, todayExtras: { ...base, [kind]: base[kind] + by } }
				};
			});
		} finally {
			this.#raising = false;
		}
		this.#mode = 'due';
		this.#pinned = undefined;
		this.#putOnScreen(true);
	}

	#remainingText(): string {
		const left = this.#countedView.queue.length;
		return left === 0 ? 'Nothing else is due now.' : `${plural(left, 'card')} to go.`;
	}

	/** today's limits, with the extra cards asked for on that learner day */
	#limitsOn(startOfDay: Date): DailyLimits {
		return limitsOn(this.#app.data.settings, this.#app.todayExtras, startOfDay);
	}

	#computeQueue(now = this.#now): QueueView {
		const startOfDay = now === this.#now ? this.#startOfDay : learnerDayStart(now);
		return reviewQueue({
			mode: this.#mode,
			bankCards: this.#bankCards,
			states: this.#app.data.cards,
			reviewLog: this.#app.data.reviewLog,
			now,
			startOfDay,
			limits: now === this.#now ? this.#limits : this.#limitsOn(startOfDay),
			topic: this.#topic,
			priority: this.#priority,
			pastLimit:
				now === this.#now ? this.#pastLimit : missedSince({ ...this.#misses, since: startOfDay }),
			forgotten: this.#mode === 'forgotten' ? this.#forgotten : [],
			forgottenDone: this.#forgottenDone
		});
	}
}
