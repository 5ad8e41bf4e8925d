// small builders of stored data shared by the storage and progress specs; never imported by the app.
import {
	emptyData,
	type ActiveQuiz,
	type AppData,
	type Attempt,
	type CardState,
	type FinishedQuiz,
	type ReviewLogEntry
} from '../model/schema';

/** an answer; override what a test needs */
export function attempt(id: string, overrides: Partial<Attempt> = {}): Attempt {
	return {
		id,
		questionId: 'q-1',
		setId: 'mixed-10',
		sessionId: 's-1',
		answeredAt: '2025-03-10T09:00:00.000Z',
		response: { type: 'true-false', value: true },
		correct: true,
		...overrides
	};
}

/** a finished quiz; override what a test needs */
export function finished(id: string, overrides: Partial<FinishedQuiz> = {}): FinishedQuiz {
	return {
		id,
		setId: 'mixed-10',
		startedAt: '2025-03-10T08:50:00.000Z',
		finishedAt: '2025-03-10T09:00:00.000Z',
		questionIds: ['q-1'],
		correct: 1,
		total: 1,
		...overrides
	};
}

/** a quiz under way, one answer in; override what a test needs */
export function active(id: string, overrides: Partial<ActiveQuiz> = {}): ActiveQuiz {
	return {
		id,
		setId: 'mixed-10',
		startedAt: '2025-03-11T09:00:00.000Z',
		questionIds: ['q-1', 'q-2'],
		layouts: [],
		position: 1,
		attempts: [attempt(`${id}-a1`, { sessionId: id })],
		...overrides
	};
}

/** a card in review, last seen on 10 March 2025; override what a test needs */
export function card(cardId: string, overrides: Partial<CardState> = {}): CardState {
	return {
		cardId,
		due: '2025-03-14T09:00:00.000Z',
		stability: 4,
		difficulty: 5,
		elapsed_days: 0,
		scheduled_days: 4,
		learning_steps: 0,
		reps: 3,
		lapses: 0,
		state: 2,
		last_review: '2025-03-10T09:00:00.000Z',
		suspended: false,
		leech: false,
		...overrides
	};
}

/** a Good grade of a review-state card; override what a test needs */
export function review(id: string, overrides: Partial<ReviewLogEntry> = {}): ReviewLogEntry {
	return {
		id,
		cardId: 'card-1',
		rating: 3,
		reviewedAt: '2025-03-10T09:00:00.000Z',
		state: 2,
		due: '2025-03-10T09:00:00.000Z',
		stability: 4,
		difficulty: 5,
		scheduled_days: 4,
		...overrides
	};
}

/** empty data with the given lists */
export const dataWith = (lists: Partial<AppData>): AppData => ({ ...emptyData(), ...lists });
