import { describe, expect, it } from 'vitest';
import type { CardOutline } from '../content/flashcard-items';
import { emptyData, type ActiveQuiz, type AppData } from '../model/schema';
import { attempt, review } from '../model/test-data';
import { lastAttempts } from '../quiz/sets';
import { bringIntoReview } from '../srs/quiz-misses';
import { dueToday } from '../srs/review-queue';
import { nextDepth, suggestNext, todayPlan } from './today';
import type { TodayMeta } from './today-meta';
import type { UtcOffset } from '../calendar/study-day';

const now = new Date('2025-03-10T12:00:00.000Z');
const at = (day: number, hour = 9) =>
	`2025-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;

const meta: TodayMeta = {
	sections: [
		{ id: 'introduction', title: 'Introduction & Setup' },
		{ id: 'closing', title: 'Closing' }
	],
	topics: [
		{ id: 'rhyme-planning', title: 'Planning in poems' },
		{ id: 'shared-addition', title: 'Addition' }
	],
	questions: [
		{ id: 'intro-1', depth: 1, topic: 'rhyme-planning', section: 'introduction' },
		{ id: 'intro-2', depth: 2, topic: 'rhyme-planning', section: 'introduction' },
		{ id: 'close-1', depth: 1, topic: 'shared-addition', section: 'closing' },
		{ id: 'add-1', depth: 2, topic: 'shared-addition' },
		{ id: 'fc-7', depth: 1, topic: 'shared-addition', section: 'closing' }
	],
	claims: [{ id: 'C07', verdict: 'DISTORTED', questionIds: ['add-1'], factCheckIds: ['fc-7'] }]
};
const cards: CardOutline[] = [
	{ id: 'rhyme-card', topic: 'rhyme-planning', difficulty: 'recall', section: 'introduction' },
	{ id: 'add-card', topic: 'shared-addition', difficulty: 'recall' }
];

/** Today for `data`, at `at` (noon on 10 March UTC by default) in the learner's time zone */
const plan = (data: AppData, at = now, utcOffsetMinutes: UtcOffset = 0) =>
	todayPlan({
		data,
		meta,
		cards,
		due: dueToday({ bankCards: cards, data, now: at }),
		now: at,
		utcOffsetMinutes
	});

const right = (id: string, questionId: string, day = 10) =>
	attempt(id, { questionId, correct: true, answeredAt: at(day) });
const wrong = (id: string, questionId: string, day = 10) =>
	attempt(id, { questionId, correct: false, answeredAt: at(day) });

describe('todayPlan', () => {
	it('sees a first visit: nothing answered, reviewed or started', () => {
		const first = plan(emptyData());
		expect(first.firstVisit).toBe(true);
		expect(first.unfinished).toEqual([]);
		expect(first.repair).toBe(0);
		expect(first.streaks.current).toBe(0);
		// a quiz only opened is no visit either
		const opened: ActiveQuiz = {
			id: 'q1',
			setId: 'section-closing',
			startedAt: at(10),
			questionIds: ['close-1'],
			layouts: [],
			position: 0,
			attempts: []
		};
		expect(plan({ ...emptyData(), activeQuizzes: [opened] }).firstVisit).toBe(true);
		expect(plan({ ...emptyData(), attempts: [wrong('a1', 'close-1')] }).firstVisit).toBe(false);
	});

	it('counts the cards due as the review page does, within today’s limits', () => {
		const data = { ...emptyData(), settings: { ...emptyData().settings, newCardsPerDay: 1 } };
		const { due } = plan(data);
		expect(due.count).toBe(1);
		expect(due.counts).toEqual({ learning: 0, review: 0, new: 1 });
		expect(due.overLimit.new).toBe(1);
		expect(due.missedPastLimit).toBeUndefined();
	});

	it('says when today’s misses bring in new cards past the limit, as the review page does', () => {
		const settings = { ...emptyData().settings, newCardsPerDay: 0 };
		const withQuestions: CardOutline[] = [{ ...cards[0]!, questions: ['intro-1'] }, cards[1]!];
		const { cards: states } = bringIntoReview({ cards: [], cardIds: ['rhyme-card'], now });
		const data = { ...emptyData(), settings, cards: states, attempts: [wrong('a1', 'intro-1')] };
		const { due } = todayPlan({
			data,
			meta,
			cards: withQuestions,
			due: dueToday({ bankCards: withQuestions, data, now }),
			now,
			utcOffsetMinutes: 0
		});
		expect(due.counts.new).toBe(1);
		expect(due.missedPastLimit).toEqual({ missed: 1, limit: 0 });
	});

	it('counts the misconceptions still to repair', () => {
		const fell = attempt('a1', {
			questionId: 'add-1',
			correct: false,
			misconception: 'C07',
			answeredAt: at(9)
		});
		expect(plan({ ...emptyData(), attempts: [fell] }).repair).toBe(1);
		expect(plan({ ...emptyData(), attempts: [fell, right('a2', 'fc-7')] }).repair).toBe(0);
	});

	it('gives the streak and what was done today', () => {
		const data = {
			...emptyData(),
			attempts: [right('a1', 'intro-1', 8), right('a2', 'intro-2', 9), wrong('a3', 'close-1', 10)],
			reviewLog: [
				review('r1', { reviewedAt: at(10, 8) }),
				review('r2', { reviewedAt: at(10, 10) }),
				review('r3', { reviewedAt: at(9, 10) })
			]
		};
		const today = plan(data);
		expect(today.streaks).toEqual({ current: 3, longest: 3 });
		expect(today.reviewsToday).toBe(2);
		expect(today.answersToday).toBe(1);
	});

	it('turns the day at 04:00 in the learner’s time zone, for the streak and for today', () => {
		// in UTC−5, at 03:30 on 10 March: still the study day of 9 March
		const late = new Date('2025-03-10T08:30:00.000Z');
		const data = {
			...emptyData(),
			attempts: [
				// 07:00 on 8 March
				attempt('a1', { questionId: 'intro-1', answeredAt: '2025-03-08T12:00:00.000Z' }),
				// 02:00 on 10 March: 9 March's study day
				attempt('a2', { questionId: 'close-1', answeredAt: '2025-03-10T07:00:00.000Z' })
			],
			reviewLog: [
				// 03:00 on 9 March: 8 March's study day
				review('r1', { reviewedAt: '2025-03-09T08:00:00.000Z' }),
				// 21:00 on 9 March
				review('r2', { reviewedAt: '2025-03-10T02:00:00.000Z' })
			]
		};
		const today = plan(data, late, -300);
		// 8 and 9 March; in UTC it would be 8, 9 and 10 March, with today's review on 9 March
		expect(today.streaks).toEqual({ current: 2, longest: 2 });
		expect(today.answersToday).toBe(1);
		expect(today.reviewsToday).toBe(1);
	});
});

describe('nextDepth', () => {
	const questions = [
		{ id: 'a', depth: 1 as const },
		{ id: 'b', depth: 1 as const },
		{ id: 'c', depth: 2 as const },
		{ id: 'd', depth: 3 as const }
	];

	it('is depth 1 until 80% of its questions were right at their last answer', () => {
		expect(nextDepth(questions, lastAttempts([]))).toBe(1);
		expect(nextDepth(questions, lastAttempts([right('1', 'a')]))).toBe(1);
		expect(nextDepth(questions, lastAttempts([right('1', 'a'), right('2', 'b')]))).toBe(2);
	});

	it('skips a depth the group has no questions at, and is undefined once all are mastered', () => {
		const deep = [
			{ id: 'a', depth: 1 as const },
			{ id: 'd', depth: 3 as const }
		];
		expect(nextDepth(deep, lastAttempts([right('1', 'a')]))).toBe(3);
		expect(nextDepth(deep, lastAttempts([right('1', 'a'), right('2', 'd')]))).toBeUndefined();
	});

	it('takes the last answer: right once, then wrong, is not mastered', () => {
		const one = [{ id: 'a', depth: 1 as const }];
		expect(nextDepth(one, lastAttempts([right('1', 'a', 9), wrong('2', 'a', 10)]))).toBe(1);
	});
});

describe('suggestNext', () => {
	it('suggests the first episode section at depth 1 when nothing is known', () => {
		expect(suggestNext(emptyData(), meta, cards)).toEqual({
			kind: 'section',
			setId: 'section-introduction',
			title: 'Introduction & Setup',
			depth: 1,
			mastery: 0,
			answered: 0,
			questions: 2
		});
	});

	it('moves to the next depth of a group whose first is mastered, and on to the weakest group', () => {
		// the introduction's depth 1 is right; it is still the weakest (tied with its topic, and a
		// section comes first), now at depth 2
		const started = {
			...emptyData(),
			attempts: [right('1', 'intro-1'), right('2', 'close-1'), right('3', 'fc-7')]
		};
		expect(suggestNext(started, meta, cards)).toMatchObject({
			setId: 'section-introduction',
			depth: 2,
			answered: 1
		});
		// once the introduction is all right, addition (its depth-2 question untouched) is the weakest
		const further = {
			...started,
			attempts: [...started.attempts, right('4', 'intro-2')]
		};
		expect(suggestNext(further, meta, cards)).toMatchObject({
			setId: 'topic-shared-addition',
			kind: 'topic',
			depth: 2
		});
	});

	it('suggests a topic from the depth its quiz opens at, not a depth of one question', () => {
		const thin: TodayMeta = {
			sections: [],
			topics: [{ id: 'jailbreak', title: 'Life of a jailbreak' }],
			questions: [
				{ id: 'jb-1', depth: 1, topic: 'jailbreak' },
				...[1, 2, 3, 4, 5].map((n) => ({
					id: `jb-2-${n}`,
					depth: 2 as const,
					topic: 'jailbreak' as const
				}))
			],
			claims: []
		};
		expect(suggestNext(emptyData(), thin, [])).toMatchObject({
			setId: 'topic-jailbreak',
			depth: 2
		});
	});

	it('suggests nothing once every depth of every group is mastered', () => {
		const data = {
			...emptyData(),
			attempts: meta.questions.map((q, i) => right(`${i}`, q.id))
		};
		expect(suggestNext(data, meta, cards)).toBeUndefined();
	});

	it('keeps a streak of 04:10 mornings across the night the clocks go back', () => {
		// New York: EDT (UTC−4) until 06:00 UTC on 1 November 2026, EST (UTC−5) after
		const newYork = (ms: number) => (ms < Date.parse('2026-11-01T06:00:00.000Z') ? -240 : -300);
		// 04:10 EDT on 28 to 31 October: 08:10 UTC, which is 03:10 at EST's offset
		const mornings = ['28', '29', '30', '31'].map((day, i) =>
			review(`r${i}`, { reviewedAt: `2026-10-${day}T08:10:00.000Z` })
		);
		const data = { ...emptyData(), reviewLog: mornings };
		// 04:10 EST on 1 November, nothing done yet today
		const sunday = new Date('2026-11-01T09:10:00.000Z');
		expect(plan(data, sunday, newYork).streaks).toEqual({ current: 4, longest: 4 });
		expect(plan(data, sunday, newYork).reviewsToday).toBe(0);
		// at today's offset alone every morning moved to the day before, and 31 October was lost
		expect(plan(data, sunday, -300).streaks.current).toBe(0);
	});
});
