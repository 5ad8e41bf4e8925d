// Today on the home page: the plan of progress/today.ts over the learner's data, and the one thing
// it changes, discarding a quiz left halfway (with undo). The clock is read here, at the edge.
import { discardQuiz, restoreQuiz } from '$lib/quiz/unfinished';
import { todayPlan, type TodayPlan } from '$lib/progress/today';
import type { TodayMeta } from '$lib/progress/today-meta';
import { localOffsetAt } from '$lib/calendar/study-day';
import type { ActiveQuiz } from '$lib/model/schema';
import type { AppState } from './app-state.svelte';
import type { DueToday } from './due-today.svelte';

export interface TodayMessage {
	text: string;
	/** the discarded quiz can still be put back */
	undo: boolean;
	/**
	 * the quiz whose Continue takes the focus, as Undo had it: the one put back, or the newer quiz
	 * of its set that kept it from coming back
	 */
	focusQuiz?: string;
}

/** why an Undo could not put a quiz back: another tab put it back, or finished it, or began another */
function notBackText(alreadyBack: boolean, finished: boolean): string {
	if (alreadyBack) return 'It is back already: another tab put it back.';
	if (finished) return 'It could not be put back: it was finished in another tab.';
	return 'It could not be put back: a newer quiz of the same set is under way.';
}

export class TodayState {
	#app: AppState;
	#due: DueToday;
	#meta: TodayMeta;
	#clock: () => Date;
	#discarded: ActiveQuiz | undefined;

	/** what the last discard or undo did, for the status line */
	message = $state.raw<TodayMessage | undefined>();

	#plan = $derived.by((): TodayPlan => {
		const now = this.#clock();
		return todayPlan({
			data: this.#app.data,
			meta: this.#meta,
			cards: this.#due.cards,
			due: this.#due.view,
			now,
			// each instant's own offset: work done before a change of the clocks keeps its study day
			utcOffsetMinutes: localOffsetAt
		});
	});

	constructor(
		app: AppState,
		due: DueToday,
		meta: TodayMeta,
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- the clock is read, never observed
		clock: () => Date = () => new Date()
	) {
		this.#app = app;
		this.#due = due;
		this.#meta = meta;
		this.#clock = clock;
	}

	get plan(): TodayPlan {
		return this.#plan;
	}

	/**
	 * Takes a quiz left halfway out of the list (its answers stay counted); undo puts it back. The
	 * message shows once the change is stored.
	 */
	async discard(quizId: string, title: string): Promise<void> {
		let removed: ActiveQuiz | undefined;
		await this.#app.update((data) => {
			const result = discardQuiz(data, quizId);
			removed = result.quiz;
			return result.data;
		});
		if (!removed) return;
		this.#discarded = removed;
		this.message = {
			text: `Discarded “${title}”. The answers you gave still count.`,
			undo: true
		};
	}

	/** Puts the last discarded quiz back, unless a quiz of its set was started since. */
	async undoDiscard(): Promise<void> {
		const quiz = this.#discarded;
		if (!quiz) return;
		this.#discarded = undefined;
		let restored = false;
		let underWay: string | undefined;
		let finished = false;
		await this.#app.update((data) => {
			const result = restoreQuiz(data, quiz);
			restored = result.restored;
			underWay = data.activeQuizzes.find((q) => q.setId === quiz.setId)?.id;
			finished = data.finishedQuizzes.some((q) => q.id === quiz.id);
			return result.data;
		});
		this.message = restored
			? { text: 'The quiz is back where you left it.', undo: false, focusQuiz: quiz.id }
			: { text: notBackText(underWay === quiz.id, finished), undo: false, focusQuiz: underWay };
	}
}
