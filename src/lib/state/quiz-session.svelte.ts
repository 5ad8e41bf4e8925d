// The quiz being taken on /quiz/[set]: the pure session of $lib/quiz/session wrapped in runes.
// From the first answer on, every step is written through to storage at once (the quiz in
// `activeQuizzes`, each answer in `attempts`), so a reload, a closed tab or a rotated phone
// resumes on the same question with the same score; merely opening a quiz stores nothing. A miss
// brings the question's flashcards into today's review in the same write. The clock, the dice and
// new ids are read here, at the edge, never in the engine.
import type { QuizItem } from '$lib/content/quiz-items';
import { retrySetId } from '$lib/quiz/catalogue';
import { initialDraft, pickByNumber, readiness } from '$lib/quiz/draft';
import { gradeResponse, type Grade } from '$lib/quiz/grade';
import {
	checkAnswer,
	currentAttempt,
	currentQuestionId,
	finishNow,
	finishQuiz,
	layoutOf,
	nextQuestion,
	overrideAttempt,
	undoOverride,
	withoutOverride,
	scoreOf,
	startQuiz,
	type CheckedAnswer
} from '$lib/quiz/session';
import { newSeed, seededRandom } from '$lib/quiz/random';
import { isFinished } from '$lib/quiz/under-way';
import { openingQuestionId, questionIdsForSet } from '$lib/quiz/sets';
import { claimLinksOf } from '$lib/quiz/repair';
import { bringIntoReview } from '$lib/srs/quiz-misses';
import { fitStoredQuiz, responseFits } from '$lib/quiz/stored-quiz';
import type {
	ActiveQuiz,
	AppData,
	Attempt,
	Confidence,
	FinishedQuiz,
	QuizLength,
	Response
} from '$lib/model/schema';
import type { CardRef } from '$lib/content/quiz-items';
import type { AppState } from './app-state.svelte';
import { tabDraftKeeper, type DraftKeeper } from '$lib/browser/quiz-draft';

/** the edge's sources of time, chance and identity; tests pass fixed ones */
export interface QuizEdge {
	now: () => Date;
	random: () => number;
	newId: () => string;
	/** where the answer on screen is kept until it is checked, across a reload; none in most tests */
	drafts?: DraftKeeper;
}

/** the browser's: `crypto.randomUUID` where the page is a secure context, else enough randomness */
export const browserEdge: QuizEdge = {
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp, never mutated or observed
	now: () => new Date(),
	random: Math.random,
	newId: () =>
		typeof crypto !== 'undefined' && 'randomUUID' in crypto
			? crypto.randomUUID()
			: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`,
	drafts: tabDraftKeeper
};

/** the storage schema caps the list; the oldest quizzes left unfinished make room */
const maxActiveQuizzes = 100;

/** `quiz` stored as the one active quiz of its set, replacing any other of that set */
function withActive(data: AppData, quiz: ActiveQuiz): AppData {
	const others = data.activeQuizzes.filter((q) => q.id !== quiz.id && q.setId !== quiz.setId);
	return { ...data, activeQuizzes: [...others, quiz].slice(-maxActiveQuizzes) };
}

/**
 * The stored copy of `quiz` when another tab has taken it further than this one (or finished it):
 * this tab must follow it rather than write its older copy over it.
 */
function aheadElsewhere(data: AppData, quiz: ActiveQuiz): ActiveQuiz | 'finished' | undefined {
	if (data.finishedQuizzes.some((q) => q.id === quiz.id)) return 'finished';
	const stored = data.activeQuizzes.find((q) => q.id === quiz.id);
	if (stored && (stored.position > quiz.position || stored.attempts.length > quiz.attempts.length))
		return stored;
	return undefined;
}

const finishedElsewhere =
	'This quiz was finished in another tab: its results are on the results page.';
const movedElsewhere = 'This quiz went on in another tab: here is where it is now.';

/**
 * The quiz of the same set another tab began since this one opened a quiz it has not stored yet
 * (both began on the same opening question): this tab follows it rather than replace it.
 */
function begunElsewhere(data: AppData, quiz: ActiveQuiz): ActiveQuiz | undefined {
	return data.activeQuizzes.findLast((q) => q.setId === quiz.setId && q.id !== quiz.id);
}

/** the unfinished quiz of a set (or of one of `also`), if it can still be asked from these items */
function storedQuiz(
	data: AppData,
	setIds: readonly string[],
	items: ReadonlyMap<string, QuizItem>
): ActiveQuiz | undefined {
	const quiz = data.activeQuizzes.findLast((q) => setIds.includes(q.setId));
	// a question that left the bank since cannot be shown, and a quiz past its end has nothing
	// left to ask: either is replaced by a fresh one
	return quiz && !isFinished(quiz) && quiz.questionIds.every((id) => items.has(id))
		? quiz
		: undefined;
}

export type OpenResult =
	/** `dropped`: stored answers of this quiz left out, as they did not fit their question (issue 17) */
	| { kind: 'open'; session: QuizSession; dropped?: number }
	/** the set has no questions for this learner now (no mistakes, nothing to repair, no retry pending) */
	| { kind: 'empty' };

export interface OpenOptions {
	/**
	 * questions per quiz
	 * @default the learner's setting (Settings.quizLength)
	 */
	length?: QuizLength;
	/**
	 * sets whose unfinished quiz is continued here too: a quiz begun before depths existed, on its
	 * set's first depth
	 */
	alsoResume?: readonly string[];
}

/**
 * Resumes the unfinished quiz of `setId`, or begins one. A new quiz is not stored until its first
 * answer: merely opening a quiz leaves nothing unfinished behind. Its first question is the set's
 * opening question, the same each time until the set has been finished once (a retake draws it
 * like the rest), and the order of the rest is drawn from a new seed, stored with the quiz. A retry is never begun here: the results page begins it with the
 * questions to retry.
 */
export function openQuiz(
	app: AppState,
	setId: string,
	items: readonly QuizItem[],
	edge: QuizEdge = browserEdge,
	{ length = app.data.settings.quizLength, alsoResume = [] }: OpenOptions = {}
): OpenResult {
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a fixed lookup table, never changed
	const byId = new Map(items.map((item) => [item.question.id, item]));
	const stored = storedQuiz(app.data, [setId, ...alsoResume], byId);
	if (stored) {
		// what storage holds may not fit the questions (an old import, an update): left out, never thrown on
		const fitted = fitStoredQuiz(stored, (id) => byId.get(id)?.question, edge.random);
		if (fitted.quiz === stored)
			return { kind: 'open', session: new QuizSession(app, byId, stored, edge, true) };
		// a plain lookup, never observed
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const dropped = new Set(fitted.droppedAnswers.map((a) => a.id));
		void app.update((data) => ({
			...withActive(data, fitted.quiz),
			attempts: data.attempts.filter((a) => a.sessionId !== stored.id || !dropped.has(a.id))
		}));
		return {
			kind: 'open',
			session: new QuizSession(app, byId, fitted.quiz, edge, true),
			...(dropped.size > 0 ? { dropped: dropped.size } : {})
		};
	}
	if (setId === retrySetId) return { kind: 'empty' };
	const seed = newSeed(edge.random);
	const random = seededRandom(seed);
	const questions = items.map((item) => item.question);
	const ids = questionIdsForSet(setId, {
		questions,
		attempts: app.data.attempts,
		random,
		length,
		claims: claimLinksOf(items),
		// as the page's first paint knows it (setsBegun): it shows a loading line, not the opening
		retake: app.data.finishedQuizzes.some((q) => q.setId === setId || alsoResume.includes(q.setId))
	});
	if (ids.length === 0) return { kind: 'empty' };
	const quiz = startQuiz({
		id: edge.newId(),
		setId,
		questions: ids.map((id) => (byId.get(id) as QuizItem).question),
		now: edge.now(),
		random,
		seed,
		// the set's opening question, laid out as the page's HTML already shows it (issue 15)
		fixedOpening: ids[0] === openingQuestionId(setId, questions)
	});
	return { kind: 'open', session: new QuizSession(app, byId, quiz, edge, false) };
}

/**
 * Starts a quiz of just the given questions (those missed), as the one retry in progress; the
 * page at /quiz/retry then takes it.
 */
export function startRetry(
	app: AppState,
	items: readonly QuizItem[],
	edge: QuizEdge = browserEdge
) {
	const quiz = startQuiz({
		id: edge.newId(),
		setId: retrySetId,
		questions: items.map((item) => item.question),
		now: edge.now(),
		random: edge.random
	});
	return app.update((data) => withActive(data, quiz));
}

export class QuizSession {
	#app: AppState;
	#items: ReadonlyMap<string, QuizItem>;
	#edge: QuizEdge;
	#quiz = $state.raw<ActiveQuiz>() as ActiveQuiz;
	/** whether the quiz is in storage: from its first answer on */
	#stored = $state(false);

	/** the answer being put together for the question on screen */
	draft = $state.raw<Response | undefined>();
	/** how sure the learner says they are, when the settings ask */
	confidence = $state.raw<Confidence | undefined>();
	/** why the last Check did nothing, e.g. "Type an answer first." */
	hint = $state('');
	/** the checked answer, a miss, and the cards it brought back from a bury (said in its feedback) */
	/**
	 * what the answer just checked, a miss, did to its cards: which were new to the learner, which
	 * were buried. Not stored: after a reload the feedback names the cards without saying so
	 */
	#brought = $state.raw<
		{ attempt: Attempt; added: readonly string[]; unburied: readonly string[] } | undefined
	>();
	/**
	 * the learner's steps (check, skip, next, override, finish now), one after another: a step
	 * shows its result once it is on disk, and a key pressed meanwhile acts after it, on what it
	 * put on screen, as if the page had been waiting for it
	 */
	#steps: Promise<unknown> = Promise.resolve();
	/** steps asked for and not yet done */
	#pending = 0;

	constructor(
		app: AppState,
		items: ReadonlyMap<string, QuizItem>,
		quiz: ActiveQuiz,
		edge: QuizEdge = browserEdge,
		stored = true
	) {
		this.#app = app;
		this.#items = items;
		this.#edge = edge;
		this.#quiz = quiz;
		this.#stored = stored;
		this.#resetDraft();
	}

	/** whether anything of this quiz is stored yet: only once an answer is */
	get stored(): boolean {
		return this.#stored;
	}

	get quiz(): ActiveQuiz {
		return this.#quiz;
	}

	/** the question on screen with its sources; undefined once the quiz is over */
	get item(): QuizItem | undefined {
		const id = currentQuestionId(this.#quiz);
		return id === undefined ? undefined : this.#items.get(id);
	}

	/** the order its options, items or findings are shown in */
	get layout(): string[] | undefined {
		const id = currentQuestionId(this.#quiz);
		return id === undefined ? undefined : layoutOf(this.#quiz, id);
	}

	/** the answer checked for the question on screen, once it is */
	get attempt(): Attempt | undefined {
		return currentAttempt(this.#quiz);
	}

	get checked(): boolean {
		return this.attempt !== undefined;
	}

	/** 1-based, for "Question 3 of 10" */
	get number(): number {
		return Math.min(this.#quiz.position + 1, this.total);
	}

	get total(): number {
		return this.#quiz.questionIds.length;
	}

	get isLast(): boolean {
		return this.#quiz.position >= this.total - 1;
	}

	get score() {
		return scoreOf(this.#quiz);
	}

	/** "Finish now" can end the quiz: something was answered, and questions are left */
	get canFinishNow(): boolean {
		return this.score.answered > 0 && !isFinished(this.#quiz);
	}

	/**
	 * the flashcards the checked answer, a miss, brought into today's review (suspended cards stay
	 * out); none after a right answer
	 */
	get addedCards(): CardRef[] {
		const attempt = this.attempt;
		const item = this.item;
		if (!attempt || attempt.correct || !item) return [];
		const suspended = this.#app.data.cards.filter((card) => card.suspended);
		return item.cards.filter((card) => !suspended.some((state) => state.cardId === card.id));
	}

	/** what the checked answer's miss did to its cards, when this page stored it */
	#broughtByThis(): { added: readonly string[]; unburied: readonly string[] } | undefined {
		const brought = this.#brought;
		const attempt = this.attempt;
		if (brought === undefined || attempt === undefined) return undefined;
		// the same answer, read back from the store: another object, the same moment and question
		return brought.attempt.questionId === attempt.questionId &&
			brought.attempt.answeredAt === attempt.answeredAt
			? brought
			: undefined;
	}

	/**
	 * those of the cards the miss brought in that the learner did not have before it; undefined
	 * when not known (the page was reloaded since the answer)
	 */
	get newCards(): CardRef[] | undefined {
		const added = this.#broughtByThis()?.added;
		return added && this.addedCards.filter((card) => added.includes(card.id));
	}

	/** those of the added cards that were buried until tomorrow: the miss ended their bury */
	get unburiedCards(): CardRef[] {
		const unburied = this.#broughtByThis()?.unburied ?? [];
		return this.addedCards.filter((card) => unburied.includes(card.id));
	}

	/** how the checked answer fared, worked out again from the stored answer after a reload */
	grade: Grade | undefined = $derived.by(() => {
		const attempt = this.attempt;
		const item = this.item;
		// an answer that does not fit its question is never graded (grading would throw): openQuiz
		// leaves such answers out, and this holds for one another tab stores later too
		if (!attempt || !item || !responseFits(item.question, attempt.response)) return undefined;
		return gradeResponse(
			item.question,
			attempt.response,
			item.claim ? { verdict: item.claim.verdict } : {}
		);
	});

	setDraft(response: Response | undefined) {
		if (this.checked || this.busy) return;
		this.draft = response;
		this.hint = '';
		this.#keepDraft();
	}

	/**
	 * the answer on screen, kept until it is checked, for a quiz that a reload resumes (a stored
	 * one: a new one's first screen has the first paint's own way, QuizTaker's `keep`)
	 */
	#keepDraft() {
		const id = currentQuestionId(this.#quiz);
		this.#edge.drafts?.save(
			this.#stored && !this.checked && id !== undefined && this.draft !== undefined
				? { quizId: this.#quiz.id, questionId: id, response: this.draft }
				: undefined
		);
	}

	/** the answer kept for the question on screen before the page was loaded, where it fits */
	#keptDraft(): Response | undefined {
		const item = this.item;
		const kept = this.#stored ? this.#edge.drafts?.load() : undefined;
		if (!item || !kept || kept.quizId !== this.#quiz.id) return undefined;
		if (kept.questionId !== item.question.id) return undefined;
		return responseFits(item.question, kept.response) ? kept.response : undefined;
	}

	setConfidence(confidence: Confidence | undefined) {
		if (!this.checked && !this.busy) this.confidence = confidence;
	}

	/** Picks option `n` (1-based, as shown) by number key; false when it means nothing here. */
	pick(n: number): boolean {
		const item = this.item;
		if (!item || this.checked || this.busy) return false;
		const response = pickByNumber(item.question, this.layout, this.draft, n);
		if (!response) return false;
		this.setDraft(response);
		return true;
	}

	/** a step is being stored: a key pressed now acts after it, and the answer cannot change */
	get busy(): boolean {
		return this.#pending > 0;
	}

	#serial<T>(step: () => Promise<T>): Promise<T> {
		this.#pending++;
		const result = this.#steps.then(step).finally(() => this.#pending--);
		this.#steps = result.catch(() => undefined);
		return result;
	}

	/**
	 * Grades the answer and stores it, with how sure the learner said they were (passed here, for
	 * one tap that answers both, or chosen before); resolves once it is stored (the feedback shows
	 * then), to false (with a hint) when there is nothing to check yet or it was already checked.
	 */
	check(confidence?: Confidence): Promise<boolean> {
		return this.#serial(() => this.#check(confidence));
	}

	/**
	 * Enter: checks the answer, or moves on once it is checked. Which one is decided when it
	 * runs, after any step still being stored, as the page would have decided after it.
	 */
	enter(): Promise<
		{ step: 'check'; ok: boolean } | { step: 'next'; finished: FinishedQuiz | undefined }
	> {
		return this.#serial(async () =>
			this.checked
				? { step: 'next' as const, finished: await this.#next() }
				: { step: 'check' as const, ok: await this.#check() }
		);
	}

	async #check(confidence?: Confidence): Promise<boolean> {
		const item = this.item;
		if (!item || this.checked) return false;
		if (confidence !== undefined) this.confidence = confidence;
		const ready = readiness(item.question, this.draft, this.layout);
		if (!ready.ready || !this.draft) {
			this.hint = ready.ready ? '' : ready.hint;
			// a tap on "Sure" with no answer yet says nothing about the answer chosen next
			if (confidence !== undefined) this.confidence = undefined;
			return false;
		}
		const askConfidence = this.#app.data.settings.askConfidence;
		const now = this.#edge.now();
		return this.#record(
			now,
			checkAnswer(this.#quiz, {
				question: item.question,
				response: this.draft,
				now,
				attemptId: this.#edge.newId(),
				...(askConfidence && this.confidence ? { confidence: this.confidence } : {}),
				...(item.claim ? { verdict: item.claim.verdict } : {})
			})
		);
	}

	/**
	 * "I don't know": shows the right answer and its feedback, and stores a skip, which counts as a
	 * miss; resolves once it is stored, to false when the question was already checked.
	 */
	skip(): Promise<boolean> {
		return this.#serial(() => this.#skip());
	}

	async #skip(): Promise<boolean> {
		const item = this.item;
		if (!item || this.checked) return false;
		this.draft = undefined;
		this.confidence = undefined;
		const now = this.#edge.now();
		return this.#record(
			now,
			checkAnswer(this.#quiz, {
				question: item.question,
				response: { type: 'skip' },
				now,
				attemptId: this.#edge.newId(),
				...(item.claim ? { verdict: item.claim.verdict } : {})
			})
		);
	}

	/**
	 * Stores a checked answer: the quiz (stored from its first answer on), the attempt, and for a
	 * miss, the question's flashcards brought into today's review. Follows another tab instead
	 * when it took this quiz further, or began this set's quiz since.
	 */
	async #record(now: Date, { quiz, attempt }: CheckedAnswer): Promise<boolean> {
		const before = this.#quiz;
		const stored = this.#stored;
		const cardIds = attempt.correct ? [] : (this.item?.cards.map((card) => card.id) ?? []);
		let elsewhere: ActiveQuiz | 'finished' | undefined;
		let unburied: string[] = [];
		let added: string[] = [];
		await this.#app.update((data) => {
			elsewhere = stored ? aheadElsewhere(data, before) : begunElsewhere(data, before);
			if (elsewhere) return data;
			const brought = bringIntoReview({ cards: data.cards, cardIds, now });
			unburied = brought.unburied;
			added = brought.added;
			const cards = cardIds.length > 0 ? brought.cards : data.cards;
			return { ...withActive(data, quiz), attempts: [...data.attempts, attempt], cards };
		});
		if (elsewhere) {
			this.#follow(elsewhere);
			return false;
		}
		this.#quiz = quiz;
		this.#stored = true;
		this.#brought = cardIds.length > 0 ? { attempt, added, unburied } : undefined;
		this.hint = '';
		// checked: the answer is in the quiz now, and nothing is kept for a reload
		this.#keepDraft();
		return true;
	}

	/** Shows the quiz where another tab took it, instead of answering its question a second time. */
	#follow(elsewhere: ActiveQuiz | 'finished') {
		if (elsewhere === 'finished') {
			this.hint = finishedElsewhere;
			return;
		}
		this.#quiz = elsewhere;
		this.#stored = true;
		this.#resetDraft();
		this.hint = movedElsewhere;
	}

	/** "I was right": counts a typed or cloze answer graded wrong as right, marked as an override. */
	override(): Promise<void> {
		return this.#serial(async () => {
			const attempt = this.attempt;
			if (!attempt || attempt.correct) return;
			const quiz = overrideAttempt(this.#quiz, attempt.id);
			await this.#app.update((data) => {
				const attempts = data.attempts.map((a) =>
					a.id === attempt.id ? { ...a, correct: true, override: true } : a
				);
				// the answer is marked either way; the quiz itself only where no other tab took it further
				return aheadElsewhere(data, quiz)
					? { ...data, attempts }
					: { ...withActive(data, quiz), attempts };
			});
			this.#quiz = quiz;
		});
	}

	/** Takes back "I was right" on the question on screen: its answer counts as wrong again. */
	undoOverride(): Promise<void> {
		return this.#serial(async () => {
			const attempt = this.attempt;
			if (!attempt?.override) return;
			const quiz = undoOverride(this.#quiz, attempt.id);
			await this.#app.update((data) => {
				const attempts = data.attempts.map((a) => (a.id === attempt.id ? withoutOverride(a) : a));
				return aheadElsewhere(data, quiz)
					? { ...data, attempts }
					: { ...withActive(data, quiz), attempts };
			});
			this.#quiz = quiz;
		});
	}

	/**
	 * Moves on to the next question once the move is stored; after the last one, finishes the
	 * quiz, stores its score and resolves to the finished record. Only a checked question is
	 * left behind: a second press that arrives after the move does nothing.
	 */
	next(): Promise<FinishedQuiz | undefined> {
		return this.#serial(() => this.#next());
	}

	async #next(): Promise<FinishedQuiz | undefined> {
		if (!this.checked) return undefined;
		const before = this.#quiz;
		const moved = nextQuestion(before);
		let elsewhere: ActiveQuiz | 'finished' | undefined;
		if (isFinished(moved)) {
			const finished = finishQuiz(moved, this.#edge.now());
			await this.#app.update((data) => {
				elsewhere = aheadElsewhere(data, before);
				// finished in another tab already: its record stands, and is not added twice
				if (elsewhere === 'finished') return data;
				return {
					...data,
					activeQuizzes: data.activeQuizzes.filter((q) => q.id !== moved.id),
					finishedQuizzes: [...data.finishedQuizzes, finished]
				};
			});
			this.#quiz = moved;
			return elsewhere === 'finished'
				? this.#app.data.finishedQuizzes.find((q) => q.id === moved.id)
				: finished;
		}
		await this.#app.update((data) => {
			elsewhere = aheadElsewhere(data, before);
			return elsewhere ? data : withActive(data, moved);
		});
		if (elsewhere) {
			this.#follow(elsewhere);
			return undefined;
		}
		this.#quiz = moved;
		this.#resetDraft();
		return undefined;
	}

	/**
	 * "Finish now": ends the quiz with results for what was answered, stores them, and returns the
	 * finished record once they are stored; undefined when nothing was answered yet.
	 */
	finishNow(): Promise<FinishedQuiz | undefined> {
		return this.#serial(() => this.#finishNow());
	}

	async #finishNow(): Promise<FinishedQuiz | undefined> {
		const before = this.#quiz;
		if (!this.canFinishNow) return undefined;
		const now = this.#edge.now();
		let elsewhere: ActiveQuiz | 'finished' | undefined;
		let finished: FinishedQuiz | undefined;
		await this.#app.update((data) => {
			elsewhere = aheadElsewhere(data, before);
			// finished in another tab already: its record stands, and is not added twice
			if (elsewhere === 'finished') return data;
			// taken further in another tab: its answers are the quiz's
			finished = finishNow(elsewhere ?? before, now);
			if (!finished) return data;
			return {
				...data,
				activeQuizzes: data.activeQuizzes.filter((q) => q.id !== before.id),
				finishedQuizzes: [...data.finishedQuizzes, finished]
			};
		});
		this.#quiz = { ...before, position: before.questionIds.length };
		return elsewhere === 'finished'
			? this.#app.data.finishedQuizzes.find((q) => q.id === before.id)
			: finished;
	}

	#resetDraft() {
		const item = this.item;
		const attempt = this.attempt;
		this.draft = attempt
			? attempt.response
			: item
				? (this.#keptDraft() ?? initialDraft(item.question, this.layout))
				: undefined;
		this.confidence = attempt?.confidence;
		this.hint = '';
		this.#keepDraft();
	}
}
