// The shape of everything the app stores on the device. zod/mini keeps the validator small,
// since it runs in the browser on every read and on every imported backup.
import * as z from 'zod/mini';
import { config } from 'zod/mini';
// a fact-check's answer is a claim's verdict: one definition, the content's
import { Verdict } from '../content/fields';

// by its own name: the build drops unused z.* calls (vite.config.ts)
config({ jitless: true });

/**
 * the format of the stored text; 2 packs the review log, the answers and the finished quizzes
 * (packed.ts); 3 adds "I don't know" answers (a `skip` response) and the quiz length setting
 */
export const currentVersion = 3;

/**
 * A time as ISO 8601 text, from 1970 on: the app never wrote an earlier one, and the packed form
 * (epoch ms) keeps times within what every reader of them handles.
 */
const isoDate = z.iso
	.datetime({ offset: true })
	.check(
		z.refine((value) => Date.parse(value) >= 0, { message: 'must be on or after 1 January 1970' })
	);
const id = z.string().check(z.minLength(1), z.maxLength(200));

/**
 * The bounds of every stored number. Each is wide enough for anything the app itself writes
 * (ts-fsrs keeps stability within 0.001–36,500 days and difficulty within 1–10; a new card has
 * 0 for both) and narrow enough that a value from a hand-edited or hostile file cannot overflow
 * anything that reads or packs it: what the loader accepts always stores and reads back (issue 17).
 */
export const numberBounds = {
	/** days; ts-fsrs's S_MAX, and 0 for a card never reviewed */
	stability: { min: 0, max: 36_500 },
	/** ts-fsrs's 1–10, and 0 for a card never reviewed */
	difficulty: { min: 0, max: 10 },
	/** days; ts-fsrs's longest interval (maximum_interval) */
	scheduledDays: { min: 0, max: 36_500 },
	/** days since the last review: at most the 10,000 years a four-digit ISO year spans */
	elapsedDays: { min: 0, max: 3_652_500 },
	/** the step of the learning or relearning steps a card is on */
	learningSteps: { min: 0, max: 1_000 },
	/** reviews and lapses of one card: more than the whole review log may hold */
	reps: { min: 0, max: 1_000_000 },
	/** questions in one quiz, as `ActiveQuiz.questionIds` allows */
	quizQuestions: { min: 0, max: 1_000 }
} as const;

/** a finite number within `bounds` (zod's number already refuses NaN and ±Infinity) */
const bounded = ({ min, max }: { min: number; max: number }) =>
	z.number().check(z.minimum(min), z.maximum(max));
/** a whole number within `bounds` */
const boundedInt = ({ min, max }: { min: number; max: number }) =>
	z.int().check(z.minimum(min), z.maximum(max));

export const Confidence = z.enum(['sure', 'think', 'guess']);

/** what the learner answered, by question type */
export const Response = z.discriminatedUnion('type', [
	z.object({ type: z.literal('single'), choice: id }),
	z.object({ type: z.literal('multi'), choices: z.array(id).check(z.maxLength(20)) }),
	z.object({ type: z.literal('true-false'), value: z.boolean() }),
	z.object({ type: z.literal('typed'), text: z.string().check(z.maxLength(500)) }),
	z.object({
		type: z.literal('cloze'),
		texts: z.array(z.string().check(z.maxLength(500))).check(z.maxLength(20))
	}),
	z.object({ type: z.literal('ordering'), order: z.array(id).check(z.maxLength(20)) }),
	z.object({
		type: z.literal('matching'),
		matches: z.array(z.object({ left: id, right: id })).check(z.maxLength(20))
	}),
	z.object({ type: z.literal('fact-check'), verdict: Verdict }),
	/** "I don't know": the answer was shown without one given; it counts as a miss (format 3) */
	z.object({ type: z.literal('skip') })
]);

/** one answer to one question */
export const Attempt = z.object({
	id,
	questionId: id,
	setId: id,
	sessionId: id,
	answeredAt: isoDate,
	response: Response,
	correct: z.boolean(),
	/** the learner said "I was right" after a typed answer was graded wrong */
	override: z.optional(z.boolean()),
	confidence: z.optional(Confidence),
	/** the episode claim the chosen wrong option repeats */
	misconception: z.optional(z.string().check(z.maxLength(10)))
});

/** the order in which a session shows a question's options, items or matches */
export const QuestionLayout = z.object({
	questionId: id,
	order: z.array(id).check(z.maxLength(20))
});

/** a quiz being taken: enough to continue exactly where the learner stopped */
export const ActiveQuiz = z.object({
	id,
	setId: id,
	startedAt: isoDate,
	questionIds: z.array(id).check(z.minLength(1), z.maxLength(1000)),
	layouts: z.array(QuestionLayout).check(z.maxLength(1000)),
	/** index of the question on screen; the number of questions once past the last */
	position: boundedInt(numberBounds.quizQuestions),
	/** the attempts of this session, in order; the one at `position` may be there once checked */
	attempts: z.array(Attempt).check(z.maxLength(1000)),
	/** the seed the question order was drawn with (quiz/random.ts); absent in quizzes begun before it */
	seed: z.optional(z.int().check(z.minimum(0), z.maximum(2 ** 32 - 1)))
});

export const FinishedQuiz = z.object({
	id,
	setId: id,
	startedAt: isoDate,
	finishedAt: isoDate,
	questionIds: z.array(id).check(z.maxLength(1000)),
	correct: boundedInt(numberBounds.quizQuestions),
	total: boundedInt(numberBounds.quizQuestions),
	/**
	 * how many questions the quiz had, where "Finish now" ended it before all were answered
	 * (`total` counts those answered): its score is not a whole run's
	 */
	planned: z.optional(boundedInt(numberBounds.quizQuestions))
});

/**
 * A stored quiz as the loader and the importer hold it (issue 17): beyond its fields, a position
 * within its questions and no more right answers than questions. Kept apart from the shapes the
 * quiz engine builds, which stay plain objects.
 */
export const StoredActiveQuiz = ActiveQuiz.check(
	z.refine((quiz) => quiz.position <= quiz.questionIds.length, {
		message: 'must be at most the number of questions in the quiz',
		path: ['position']
	})
);
export const StoredFinishedQuiz = FinishedQuiz.check(
	z.refine((quiz) => quiz.correct <= quiz.total, {
		message: 'must be at most the quiz’s total',
		path: ['correct']
	}),
	z.refine((quiz) => quiz.planned === undefined || quiz.planned > quiz.total, {
		message: 'must be more than the questions answered',
		path: ['planned']
	})
);

/** a flashcard's scheduling state; fields as ts-fsrs names them */
export const CardState = z.object({
	cardId: id,
	due: isoDate,
	stability: bounded(numberBounds.stability),
	difficulty: bounded(numberBounds.difficulty),
	elapsed_days: bounded(numberBounds.elapsedDays),
	scheduled_days: bounded(numberBounds.scheduledDays),
	learning_steps: boundedInt(numberBounds.learningSteps),
	reps: boundedInt(numberBounds.reps),
	lapses: boundedInt(numberBounds.reps),
	/** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning */
	state: z.int().check(z.minimum(0), z.maximum(3)),
	last_review: z.optional(isoDate),
	suspended: z.boolean(),
	leech: z.boolean(),
	/** buried (Anki's Bury): out of every queue until this moment, the next learner day's start */
	buriedUntil: z.optional(isoDate)
});

export const ReviewLogEntry = z.object({
	id,
	cardId: id,
	/** ts-fsrs Rating: 1 again, 2 hard, 3 good, 4 easy */
	rating: z.int().check(z.minimum(1), z.maximum(4)),
	reviewedAt: isoDate,
	/** the card's state before this review */
	state: z.int().check(z.minimum(0), z.maximum(3)),
	due: isoDate,
	stability: bounded(numberBounds.stability),
	difficulty: bounded(numberBounds.difficulty),
	scheduled_days: bounded(numberBounds.scheduledDays),
	/** milliseconds from showing the card to grading it */
	durationMs: z.optional(z.int().check(z.minimum(0)))
});

/**
 * enough to undo a step of review exactly: the card as it was, and the log entry a grade added (a
 * bury's or a suspend's id is made as a log entry's is, and names no entry)
 */
export const UndoEntry = z.object({
	cardId: id,
	/** null when the card had never been reviewed (no stored state) */
	previous: z.nullable(CardState),
	logId: id,
	/** what the step was when it was not a grade: Bury or Suspend on the review page */
	step: z.optional(z.enum(['bury', 'suspend']))
});

/** how many questions a quiz asks, unless its set has a size of its own */
export const QuizLength = z.union([z.literal(10), z.literal(20), z.literal('all')]);

export const Settings = z.object({
	/**
	 * when a backup was last downloaded, for the home page's reminder (storage/reminder.ts); kept
	 * with the settings, which every part of storage carries whole, rather than as a list of its own
	 */
	lastBackupAt: z.optional(isoDate),
	/** number keys pick quiz options */
	numberKeys: z.boolean(),
	/** Space/Enter/1-4 in review */
	reviewShortcuts: z.boolean(),
	/** ask how sure the learner is before checking */
	askConfidence: z.boolean(),
	newCardsPerDay: z.int().check(z.minimum(0), z.maximum(9999)),
	reviewsPerDay: z.int().check(z.minimum(0), z.maximum(9999)),
	desiredRetention: z.number().check(z.minimum(0.7), z.maximum(0.99)),
	readAloud: z.boolean(),
	/** show every claim's verdict on /transcript, even before its fact-check is answered (off: hidden) */
	showAllVerdicts: z.optional(z.boolean()),
	/** questions per quiz (format 3) */
	quizLength: QuizLength,
	/**
	 * cards asked for beyond the day's limits on /review ("Study 10 more new cards today"), for the
	 * learner day that starts at `day` only (srs/review-queue.ts, limitsOn); stored, so a reload
	 * or another tab keeps them, as Anki's custom study does
	 */
	todayExtras: z.optional(
		z.object({
			day: isoDate,
			newCards: z.int().check(z.minimum(0), z.maximum(99_999)),
			reviews: z.int().check(z.minimum(0), z.maximum(99_999))
		})
	)
});

/** the most items each stored list may hold: far beyond years of use, and a bound on hostile files */
export const collectionLimits = {
	attempts: 200_000,
	finishedQuizzes: 50_000,
	activeQuizzes: 100,
	cards: 10_000,
	reviewLog: 500_000,
	undoStack: 50
} as const;

export type CollectionName = keyof typeof collectionLimits;

/** the schema of one item of each stored list, to validate item by item and stop at the first bad one */
export const collectionItems = {
	attempts: Attempt,
	finishedQuizzes: StoredFinishedQuiz,
	activeQuizzes: StoredActiveQuiz,
	cards: CardState,
	reviewLog: ReviewLogEntry,
	undoStack: UndoEntry
} as const;

export const AppData = z.object({
	attempts: z.array(Attempt).check(z.maxLength(collectionLimits.attempts)),
	finishedQuizzes: z.array(StoredFinishedQuiz).check(z.maxLength(collectionLimits.finishedQuizzes)),
	activeQuizzes: z.array(StoredActiveQuiz).check(z.maxLength(collectionLimits.activeQuizzes)),
	cards: z.array(CardState).check(z.maxLength(collectionLimits.cards)),
	reviewLog: z.array(ReviewLogEntry).check(z.maxLength(collectionLimits.reviewLog)),
	/** most recent last; kept short */
	undoStack: z.array(UndoEntry).check(z.maxLength(collectionLimits.undoStack)),
	settings: Settings
});

export const Envelope = z.object({
	/** the app that wrote it: backups say so, the stored state does not */
	app: z.optional(z.string()),
	version: z.int().check(z.minimum(1)),
	savedAt: isoDate,
	data: z.unknown()
});

export type Confidence = z.infer<typeof Confidence>;
export type QuizLength = z.infer<typeof QuizLength>;
export type Response = z.infer<typeof Response>;
export type Attempt = z.infer<typeof Attempt>;
export type QuestionLayout = z.infer<typeof QuestionLayout>;
export type ActiveQuiz = z.infer<typeof ActiveQuiz>;
export type FinishedQuiz = z.infer<typeof FinishedQuiz>;
export type CardState = z.infer<typeof CardState>;
export type ReviewLogEntry = z.infer<typeof ReviewLogEntry>;
export type UndoEntry = z.infer<typeof UndoEntry>;
export type Settings = z.infer<typeof Settings>;
export type AppData = z.infer<typeof AppData>;
export type Envelope = z.infer<typeof Envelope>;

export { defaultSettings, emptyData } from './defaults';
