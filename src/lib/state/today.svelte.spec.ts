import { describe, expect, it } from 'vitest';
import type { CardOutline } from '$lib/content/flashcard-items';
import type { TodayMeta } from '$lib/progress/today-meta';
import type { ActiveQuiz, Attempt } from '$lib/model/schema';
import { memoryConnection } from '$lib/browser/test-tabs';
import { applyGrade, createScheduler } from '$lib/srs';
import { AppState } from './app-state.svelte';
import { DueToday } from './due-today.svelte';
import { TodayState } from './today.svelte';

// noon local time: the tests stay inside one learner day (which starts at 04:00)
const noon = new Date(2025, 2, 10, 12, 0, 0);
const clock = () => noon;

const cards: CardOutline[] = [
	{ id: 'card-1', topic: 'shared-addition', difficulty: 'recall' },
	{ id: 'card-2', topic: 'shared-addition', difficulty: 'mechanism' }
];
const meta: TodayMeta = {
	sections: [{ id: 'closing', title: 'Closing' }],
	topics: [{ id: 'shared-addition', title: 'Addition' }],
	questions: [
		{ id: 'q-1', depth: 1, topic: 'shared-addition', section: 'closing' },
		{ id: 'q-2', depth: 1, topic: 'shared-addition', section: 'closing' }
	],
	claims: []
};

const answer: Attempt = {
	id: 'a1',
	questionId: 'q-1',
	setId: 'section-closing',
	sessionId: 'quiz-1',
	answeredAt: new Date(2025, 2, 10, 11, 0, 0).toISOString(),
	response: { type: 'true-false', value: true },
	correct: true
};
const quiz: ActiveQuiz = {
	id: 'quiz-1',
	setId: 'section-closing',
	startedAt: answer.answeredAt,
	questionIds: ['q-1', 'q-2'],
	layouts: [],
	position: 1,
	attempts: [answer]
};

async function today() {
	const app = new AppState(clock);
	await app.connect(memoryConnection());
	await app.update((data) => ({ ...data, attempts: [answer], activeQuizzes: [quiz] }));
	const due = new DueToday(app, { cards, derived: [] }, clock);
	return { app, due, state: new TodayState(app, due, meta, clock) };
}

describe('TodayState', () => {
	it('plans from the stored data and the same count as the badge', async () => {
		const { due, state } = await today();
		expect(state.plan.firstVisit).toBe(false);
		expect(state.plan.due.count).toBe(2);
		expect(due.count).toBe(2);
		expect(state.plan.unfinished.map((q) => q.id)).toEqual(['quiz-1']);
	});

	it('counts a graded card out of the badge and Today alike', async () => {
		const { app, due, state } = await today();
		expect(due.count).toBe(2);
		expect(state.plan.due.count).toBe(2);
		// graded Easy as the review page grades the card it shows: back in days, not today
		const scheduler = createScheduler({ desiredRetention: app.data.settings.desiredRetention });
		await app.update(
			(data) =>
				applyGrade(data, 'card-1', 4, { now: noon, logId: 'r1', durationMs: 5000, scheduler }).data
		);
		expect(due.count).toBe(1);
		expect(state.plan.due.count).toBe(1);
		expect(state.plan.reviewsToday).toBe(1);
	});

	it('counts fewer new cards for a lower daily limit, in the badge and Today alike', async () => {
		const { app, due, state } = await today();
		await app.update((data) => ({ ...data, settings: { ...data.settings, newCardsPerDay: 1 } }));
		expect(due.count).toBe(1);
		expect(state.plan.due.count).toBe(1);
	});

	it('reads the clock again for the wait beside the count, each time the count is redone', async () => {
		const app = new AppState(clock);
		await app.connect(memoryConnection());
		let at = noon.getTime();
		const due = new DueToday(app, { cards, derived: [] }, () => new Date(at));
		expect(due.now.getTime()).toBe(noon.getTime());
		at += 3 * 3_600_000;
		due.refresh();
		expect(due.now.getTime()).toBe(noon.getTime() + 3 * 3_600_000);
	});

	it('discards a quiz left halfway, keeping its answers, and puts it back on undo', async () => {
		const { app, state } = await today();
		await state.discard('quiz-1', 'Quiz me on Closing');
		expect(app.data.activeQuizzes).toEqual([]);
		expect(app.data.attempts).toEqual([answer]);
		expect(state.plan.unfinished).toEqual([]);
		expect(state.message).toEqual({
			text: 'Discarded “Quiz me on Closing”. The answers you gave still count.',
			undo: true
		});
		await state.undoDiscard();
		expect(app.data.activeQuizzes).toEqual([quiz]);
		expect(state.message).toEqual({
			text: 'The quiz is back where you left it.',
			undo: false,
			focusQuiz: 'quiz-1'
		});
	});

	it('says so when the quiz was finished, or put back, in another tab meanwhile', async () => {
		const { app, state } = await today();
		await state.discard('quiz-1', 'Quiz me on Closing');
		const finishedQuiz = {
			id: quiz.id,
			setId: quiz.setId,
			startedAt: quiz.startedAt,
			finishedAt: clock().toISOString(),
			questionIds: quiz.questionIds,
			correct: 1,
			total: 2
		};
		await app.update((data) => ({ ...data, finishedQuizzes: [finishedQuiz] }));
		await state.undoDiscard();
		expect(state.message?.text).toBe('It could not be put back: it was finished in another tab.');

		await app.update((data) => ({ ...data, finishedQuizzes: [], activeQuizzes: [quiz] }));
		await state.discard('quiz-1', 'Quiz me on Closing');
		await app.update((data) => ({ ...data, activeQuizzes: [quiz] }));
		await state.undoDiscard();
		expect(state.message).toEqual({
			text: 'It is back already: another tab put it back.',
			undo: false,
			focusQuiz: 'quiz-1'
		});
	});

	it('leaves a newer quiz of the set where it is on undo, and names it for the focus', async () => {
		const { app, state } = await today();
		await state.discard('quiz-1', 'Quiz me on Closing');
		const newer = { ...quiz, id: 'quiz-2', startedAt: clock().toISOString(), attempts: [] };
		await app.update((data) => ({ ...data, activeQuizzes: [newer] }));
		await state.undoDiscard();
		expect(app.data.activeQuizzes).toEqual([newer]);
		expect(state.message).toEqual({
			text: 'It could not be put back: a newer quiz of the same set is under way.',
			undo: false,
			focusQuiz: 'quiz-2'
		});
	});
});
