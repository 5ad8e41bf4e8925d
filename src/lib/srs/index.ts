// the spaced-repetition engine: import from '.'.
export { toCardState, toFsrsCard, type CardFlags } from './card';
export { formatInterval } from './format-interval';
export { isLeechLapse, leechThreshold } from './leech';
export {
	dueQueue,
	forgottenToday,
	type BankCard,
	type CardDifficulty,
	type DailyLimits,
	type DueQueue,
	type DueQueueInput,
	type ForgottenTodayInput
} from './queue';
export {
	bringIntoReview,
	cardsByQuestion,
	missedSince,
	missPriority,
	studyDeck,
	type BringIntoReviewInput,
	type BroughtIntoReview,
	type MissPriorityInput
} from './quiz-misses';
export {
	createScheduler,
	gradeNames,
	grades,
	newCardState,
	type Grade,
	type GradeOptions,
	type GradePreview,
	type GradePreviews,
	type GradeResult,
	type Scheduler,
	type SchedulerOptions
} from './scheduler';
export {
	dueForecast,
	trueRetentionByWeek,
	type RetentionOptions,
	type WeekRetention
} from './stats';
export {
	applyGrade,
	setBuried,
	setSuspended,
	setAsideInReview,
	stillSetAside,
	nextUndoStep,
	lastStepSince,
	undoLastStep,
	undoLimit,
	type ApplyGradeOptions,
	type ApplyGradeResult,
	type SetAsideOptions,
	type UndoResult,
	type UndoStepKind
} from './undo';
