// The shape of everything the app stores on the device. zod/mini keeps the validator small,
// since it runs in the browser on every read and on every imported backup.
import * as z from 'zod/mini';
// a fact-check's answer is a claim's verdict: one definition, the content's
import { Verdict } from '../content/schema';

z.config({ jitless: true });

/**
 * the format of the stored text; 2 packs the review log, the answers and the finished quizzes
 * (packed.ts); 3 adds "I don't know" answers (a `skip` response) and the quiz length setting
 */
export const currentVersion = 3;

const isoDate = z.iso.datetime({ offset: true });
const id = z.string().check(z.minLength(1), z.maxLength(200));

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
	/** index of the question on screen */
	position: z.int().check(z.minimum(0)),
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
	correct: z.int().check(z.minimum(0)),
	total: z.int().check(z.minimum(0))
});

/** a flashcard's scheduling state; fields as ts-fsrs names them */
export const CardState = z.object({
	cardId: id,
	due: isoDate,
	stability: z.number(),
	difficulty: z.number(),
	elapsed_days: z.number(),
	scheduled_days: z.number(),
	learning_steps: z.int(),
	reps: z.int().check(z.minimum(0)),
	lapses: z.int().check(z.minimum(0)),
	/** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning */
	state: z.int().check(z.minimum(0), z.maximum(3)),
	last_review: z.optional(isoDate),
	suspended: z.boolean(),
	leech: z.boolean()
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
	stability: z.number(),
	difficulty: z.number(),
	scheduled_days: z.number(),
	/** milliseconds from showing the card to grading it */
	durationMs: z.optional(z.int().check(z.minimum(0)))
});

/** enough to undo a grade exactly: the card as it was, and the log entry the grade added */
export const UndoEntry = z.object({
	cardId: id,
	/** null when the card had never been reviewed (no stored state) */
	previous: z.nullable(CardState),
	logId: id
});

/** how many questions a quiz asks, unless its set has a size of its own */
export const QuizLength = z.union([z.literal(10), z.literal(20), z.literal('all')]);

export const Settings = z.object({
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
	quizLength: QuizLength
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
	finishedQuizzes: FinishedQuiz,
	activeQuizzes: ActiveQuiz,
	cards: CardState,
	reviewLog: ReviewLogEntry,
	undoStack: UndoEntry
} as const;

export const AppData = z.object({
	attempts: z.array(Attempt).check(z.maxLength(collectionLimits.attempts)),
	finishedQuizzes: z.array(FinishedQuiz).check(z.maxLength(collectionLimits.finishedQuizzes)),
	activeQuizzes: z.array(ActiveQuiz).check(z.maxLength(collectionLimits.activeQuizzes)),
	cards: z.array(CardState).check(z.maxLength(collectionLimits.cards)),
	reviewLog: z.array(ReviewLogEntry).check(z.maxLength(collectionLimits.reviewLog)),
	/** most recent last; kept short */
	undoStack: z.array(UndoEntry).check(z.maxLength(collectionLimits.undoStack)),
	settings: Settings
});

export const Envelope = z.object({
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
