// the one module that talks to ts-fsrs: scheduling in, stored shapes out.
import {
	createEmptyCard,
	fsrs,
	State,
	StrategyMode,
	type AbstractScheduler,
	type Card,
	type IPreview
} from 'ts-fsrs';
import type { CardState, ReviewLogEntry } from '../model/schema';
import { toCardState, toFsrsCard } from './card';
import { formatInterval } from './format-interval';
import { isLeechLapse } from './leech';
import { assertValidDate, dayMs } from './time';
import { fromStudyTime, toStudyTime, type UtcOffset } from '../calendar/study-day';

/** an answer button: 1 Again, 2 Hard, 3 Good, 4 Easy (the values of ts-fsrs `Rating`) */
export type Grade = 1 | 2 | 3 | 4;

/** the four grades, in button order */
export const grades: readonly Grade[] = [1, 2, 3, 4];

/** the button names Anki uses */
export const gradeNames = {
	1: 'Again',
	2: 'Hard',
	3: 'Good',
	4: 'Easy'
} as const satisfies Record<Grade, string>;

export interface SchedulerOptions {
	/**
	 * share of due reviews the learner should still remember (Settings.desiredRetention)
	 * @default 0.9
	 */
	desiredRetention?: number;
	/**
	 * spread long intervals a little so cards learnt together do not stay together, as Anki does;
	 * seeded by the card and its review count, as Anki seeds it, so a card's buttons show the same
	 * intervals however often and whenever it is shown; tests turn it off
	 * @default true
	 */
	enableFuzz?: boolean;
	/**
	 * the learner's time zone (localOffsetAt in the browser): the days between two reviews are then
	 * their study days (04:00 to 04:00 local), as Anki counts them, not UTC dates, which ts-fsrs
	 * counts (two reviews at 15:50 and 16:10 in Los Angeles were a day apart to it, an hour apart
	 * to the learner); and a review card is due a whole number of study days on, across a change
	 * of the clocks too. Without it, ts-fsrs's own days
	 */
	utcOffset?: UtcOffset;
}

/** what one answer button would do */
export interface GradePreview {
	rating: Grade;
	/** when the card would be due next, ISO */
	due: string;
	/** from `now` to `due` */
	intervalMs: number;
	/** the label for the button, e.g. "10m", "4d", "1.2y" */
	label: string;
}

/** Again, Hard, Good, Easy, in that order */
export type GradePreviews = readonly [GradePreview, GradePreview, GradePreview, GradePreview];

export interface GradeOptions {
	now: Date;
	/** id of the review-log entry this grade adds; unique across the log */
	logId: string;
	/** from showing the card to grading it; rounded, and never below 0 */
	durationMs?: number;
}

export interface GradeResult {
	card: CardState;
	log: ReviewLogEntry;
	/** this grade made the card a leech: it is now suspended, tell the learner */
	leech: boolean;
}

export interface Scheduler {
	readonly desiredRetention: number;
	readonly enableFuzz: boolean;
	/** see {@link createScheduler} */
	previewGrades(state: CardState, now: Date): GradePreviews;
	/** see {@link createScheduler} */
	gradeCard(state: CardState, rating: Grade, options: GradeOptions): GradeResult;
	/** see {@link createScheduler} */
	recallChance(state: CardState, now: Date): number | undefined;
}

function assertGrade(rating: number): asserts rating is Grade {
	if (rating !== 1 && rating !== 2 && rating !== 3 && rating !== 4) {
		throw new RangeError(`a grade is 1 (Again) to 4 (Easy), not ${rating}`);
	}
}

/**
 * A never-reviewed card, due `now`, as it would be stored.
 *
 * @example
 * const state = newCardState('rhyme-planning-1', now);
 * state.state; // 0 (new)
 */
export function newCardState(cardId: string, now: Date): CardState {
	assertValidDate(now, 'now');
	return toCardState(cardId, createEmptyCard(now), { suspended: false, leech: false });
}

/**
 * Builds the scheduler: one ts-fsrs instance, with Anki's learning steps (1m, 10m) and
 * relearning step (10m), and the learner's desired retention.
 *
 * - `previewGrades(state, now)`: what each of Again, Hard, Good and Easy would do, for the labels
 *   on the answer buttons.
 * - `gradeCard(state, rating, { now, logId, durationMs })`: the card after the grade, the log entry
 *   to append, and whether the grade made the card a leech (at 8 lapses, then 12, 16…, like
 *   Anki), in which case the card comes back suspended.
 * - `recallChance(state, now)`: the chance, 0 to 1, that the learner recalls the card at `now`
 *   (FSRS's retrievability, from its stability and the time since its last review, hours
 *   included); `undefined` for a card never reviewed or with no last review stored.
 *
 * Both are pure: the same card, grade and `now` give the same result, fuzz included.
 *
 * @example
 * const scheduler = createScheduler({ desiredRetention: settings.desiredRetention });
 * const state = newCardState('rhyme-planning-1', now);
 * scheduler.previewGrades(state, now).map((p) => p.label); // ['1m', '6m', '10m', '8d']
 * const { card, log, leech } = scheduler.gradeCard(state, 3, { now, logId: 'r1' });
 */
export function createScheduler(options: SchedulerOptions = {}): Scheduler {
	const desiredRetention = options.desiredRetention ?? 0.9;
	const enableFuzz = options.enableFuzz ?? true;
	// ts-fsrs checks the retention is within (0, 1] and throws otherwise
	const f = fsrs({ request_retention: desiredRetention, enable_fuzz: enableFuzz }).useStrategy(
		StrategyMode.SEED,
		// ts-fsrs's own seed has the review time in it: the buttons' intervals changed from one
		// showing of a card to the next, a minute apart
		function (this: AbstractScheduler) {
			return `${String(Reflect.get(this.current, 'cardId'))}:${this.current.reps}`;
		}
	);
	const { utcOffset } = options;
	/** an instant as ts-fsrs is given it: on the study-day clock, when the time zone is known */
	const toFsrsTime = (date: Date): Date =>
		utcOffset === undefined ? date : new Date(toStudyTime(date.getTime(), utcOffset));
	const fromFsrsTime = (date: Date): Date =>
		utcOffset === undefined ? date : new Date(fromStudyTime(date.getTime(), utcOffset));

	/** the card as ts-fsrs takes it, with its id for the seed, its times on ts-fsrs's clock */
	const fsrsCard = (state: CardState): Card & { cardId: string } => {
		const card = { ...toFsrsCard(state), cardId: state.cardId };
		card.due = toFsrsTime(card.due);
		if (card.last_review) card.last_review = toFsrsTime(card.last_review);
		return card;
	};

	/**
	 * What each grade does, as ts-fsrs works it out, with one rule of Anki's: a card in its
	 * learning steps that both Good and Easy would take out of them gets a longer interval with
	 * Easy than with Good, by a day at least (ts-fsrs works each grade out alone, and both came
	 * to 1 day)
	 */
	function outcomes(state: CardState, realNow: Date): IPreview {
		const now = toFsrsTime(realNow);
		const preview = f.repeat(fsrsCard(state), now);
		const good = preview[3].card;
		const easy = preview[4].card;
		const learning = state.state !== State.Review;
		if (
			learning &&
			good.state === State.Review &&
			easy.state === State.Review &&
			easy.scheduled_days <= good.scheduled_days
		) {
			easy.scheduled_days = good.scheduled_days + 1;
			easy.due = new Date(now.getTime() + easy.scheduled_days * 86_400_000);
		}
		// back from ts-fsrs's clock to the instants they stand for
		if (utcOffset !== undefined) {
			for (const grade of grades) {
				const { card, log } = preview[grade];
				// a learning step is minutes from now, whatever the clocks do; whole days go by the
				// study-day clock. The review itself is now, and the log's due the card's last review
				// (or due date), as ts-fsrs logs it
				card.due =
					card.scheduled_days === 0
						? new Date(realNow.getTime() + (card.due.getTime() - now.getTime()))
						: fromFsrsTime(card.due);
				card.last_review = realNow;
				log.review = realNow;
				log.due = new Date(state.last_review ?? state.due);
			}
		}
		return preview;
	}

	function previewGrades(state: CardState, now: Date): GradePreviews {
		assertValidDate(now, 'now');
		const preview = outcomes(state, now);
		const at = (rating: Grade): GradePreview => {
			const due = preview[rating].card.due;
			const intervalMs = due.getTime() - now.getTime();
			// whole days as days: "1d" on the night the clocks go forward, 23 hours long
			const days = preview[rating].card.scheduled_days;
			const label = formatInterval(days > 0 ? days * dayMs : intervalMs);
			return { rating, due: due.toISOString(), intervalMs, label };
		};
		return [at(1), at(2), at(3), at(4)];
	}

	function gradeCard(state: CardState, rating: Grade, options: GradeOptions): GradeResult {
		assertValidDate(options.now, 'now');
		assertGrade(rating);
		const { card, log } = outcomes(state, options.now)[rating];
		const leech = isLeechLapse(state.lapses, card.lapses);
		const next = toCardState(state.cardId, card, {
			suspended: state.suspended || leech,
			leech: state.leech || leech
		});
		// passed through as ts-fsrs logs them, so the log can go back into its rollback/reschedule:
		// state, stability, difficulty and scheduled_days as they were before the grade, and `due`
		// the previous review (the due date, for a card never reviewed)
		const entry: ReviewLogEntry = {
			id: options.logId,
			cardId: state.cardId,
			rating,
			reviewedAt: log.review.toISOString(),
			state: log.state,
			due: log.due.toISOString(),
			stability: log.stability,
			difficulty: log.difficulty,
			scheduled_days: log.scheduled_days
		};
		if (options.durationMs !== undefined && Number.isFinite(options.durationMs)) {
			entry.durationMs = Math.max(0, Math.round(options.durationMs));
		}
		return { card: next, log: entry, leech };
	}

	function recallChance(state: CardState, now: Date): number | undefined {
		assertValidDate(now, 'now');
		if (state.state === State.New || state.last_review === undefined) return undefined;
		// the hours count: ts-fsrs's get_retrievability rounds the time since the review down to
		// whole days, and gave 100% for a card forgotten an hour before
		const days = Math.max(0, (now.getTime() - Date.parse(state.last_review)) / dayMs);
		return f.forgetting_curve(days, state.stability);
	}

	return { desiredRetention, enableFuzz, previewGrades, gradeCard, recallChance };
}
