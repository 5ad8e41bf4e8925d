// What a new learner starts with. Kept apart from schema.ts so that a page can hold an empty
// state on its first load without the validator, which loads only when storage is read.
import type { AppData, Settings } from './schema';

export const defaultSettings: Settings = {
	numberKeys: true,
	reviewShortcuts: true,
	askConfidence: true,
	newCardsPerDay: 20,
	reviewsPerDay: 200,
	desiredRetention: 0.9,
	readAloud: false,
	quizLength: 10
};

export const emptyData = (): AppData => ({
	attempts: [],
	finishedQuizzes: [],
	activeQuizzes: [],
	cards: [],
	reviewLog: [],
	undoStack: [],
	settings: { ...defaultSettings }
});
