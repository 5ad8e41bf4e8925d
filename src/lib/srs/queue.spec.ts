import { describe, expect, it } from 'vitest';
import type { CardState, ReviewLogEntry } from '../model/schema';
import { dueQueue, forgottenToday, type BankCard, type DueQueueInput } from './queue';
import { at, cardState, deepFreeze, iso, logEntry, now, startOfDay } from './test-fixtures';
import { dayMs, hourMs, minuteMs } from './time';
import { learnerDayStart } from '../calendar/study-day';

const limits = { newCardsPerDay: 20, reviewsPerDay: 200 };

const bank = (...ids: string[]): BankCard[] =>
	ids.map((id) => ({ id, topic: 'rhyme-planning', difficulty: 'recall' }));

function run(overrides: Partial<DueQueueInput>) {
	return dueQueue({
		bankCards: [],
		states: [],
		reviewLog: [],
		now,
		startOfDay,
		limits,
		...overrides
	});
}

const learning = (id: string, dueOffset: number) =>
	cardState(id, { state: 1, due: iso(dueOffset), scheduled_days: 0 });
const relearning = (id: string, dueOffset: number) =>
	cardState(id, { state: 3, due: iso(dueOffset), scheduled_days: 0, lapses: 1 });
const review = (id: string, dueOffset: number) => cardState(id, { due: iso(dueOffset) });

describe('dueQueue', () => {
	it('is empty, with nothing due later, for an empty bank', () => {
		expect(run({})).toStrictEqual({
			queue: [],
			counts: { learning: 0, review: 0, new: 0 },
			overLimit: { review: 0, new: 0 },
			missedNew: 0,
			newPastLimit: 0,
			reviewsPastLimit: 0
		});
	});

	it('puts learning cards due now first, then due reviews, then new cards, each by due time', () => {
		const result = run({
			bankCards: bank('new-1', 'rev-late', 'learn-late', 'rev-early', 'learn-early', 'new-2'),
			states: [
				review('rev-late', -1 * hourMs),
				learning('learn-late', -1 * minuteMs),
				review('rev-early', -3 * dayMs),
				relearning('learn-early', -5 * minuteMs)
			]
		});
		expect(result.queue).toEqual([
			'learn-early',
			'learn-late',
			'rev-early',
			'rev-late',
			'new-1',
			'new-2'
		]);
		expect(result.counts).toEqual({ learning: 2, review: 2, new: 2 });
	});

	it('waits for a learning card due later, and says when it will be due', () => {
		const result = run({
			bankCards: bank('a', 'b'),
			states: [learning('a', 10 * minuteMs), learning('b', 2 * minuteMs)]
		});
		expect(result.queue).toEqual([]);
		expect(result.nextDueAt).toBe(iso(2 * minuteMs));
	});

	it('shows a review card due later today, as Anki does, but not one due tomorrow', () => {
		const result = run({
			bankCards: bank('tonight', 'tomorrow', 'next-week'),
			states: [
				review('tonight', 14 * hourMs), // 23:00 on the same day
				review('tomorrow', 16 * hourMs), // 01:00 the day after
				review('next-week', 7 * dayMs)
			]
		});
		expect(result.queue).toEqual(['tonight']);
		// the next comes when the learner's next day starts (midnight here), not at 01:00
		expect(result.nextDueAt).toBe('2025-03-11T00:00:00.000Z');
	});

	it('says when a review card comes in local time, across a change of the clocks', () => {
		const zone = process.env.TZ;
		process.env.TZ = 'America/New_York';
		try {
			const comes = (nowIso: string, dueIso: string) =>
				run({
					bankCards: bank('later'),
					states: [review('later', Date.parse(dueIso) - now.getTime())],
					now: new Date(nowIso),
					startOfDay: learnerDayStart(new Date(nowIso))
				}).nextDueAt;
			// spring: Saturday 8 March, 20:00 EST; due Monday 10 March 04:30 EDT → Monday 04:00 EDT
			expect(comes('2025-03-09T01:00:00.000Z', '2025-03-10T08:30:00.000Z')).toBe(
				'2025-03-10T08:00:00.000Z'
			);
			// autumn: Sunday 2 November 03:30 EST, still Saturday's learner day (it began 04:00 EDT);
			// due Sunday 10:30 → Sunday 04:00 EST, not 03:00 (24 hours after Saturday 04:00 EDT),
			// which has passed
			expect(comes('2025-11-02T08:30:00.000Z', '2025-11-02T15:30:00.000Z')).toBe(
				'2025-11-02T09:00:00.000Z'
			);
			// due Sunday 03:30 EST, in the 25th hour of Saturday's learner day: it comes with
			// Saturday, seen from the Friday before, and is due on Saturday until its end
			expect(comes('2025-11-01T02:00:00.000Z', '2025-11-02T08:30:00.000Z')).toBe(
				'2025-11-01T08:00:00.000Z'
			);
			const saturdayNight = new Date('2025-11-02T08:10:00.000Z');
			expect(
				run({
					bankCards: bank('late'),
					states: [review('late', Date.parse('2025-11-02T08:30:00.000Z') - now.getTime())],
					now: saturdayNight,
					startOfDay: learnerDayStart(saturdayNight)
				}).queue
			).toEqual(['late']);
			// a zone half an hour off UTC, without a change of the clocks: days of 24 hours
			process.env.TZ = 'Asia/Kolkata';
			expect(
				run({
					bankCards: bank('tomorrow'),
					states: [review('tomorrow', 16 * hourMs)]
				}).nextDueAt
			).toBe('2025-03-11T00:00:00.000Z');
		} finally {
			if (zone === undefined) delete process.env.TZ;
			else process.env.TZ = zone;
		}
	});

	it('says a review card due days ahead comes at the start of its learner day', () => {
		const dayStart = new Date('2025-03-10T04:00:00.000Z');
		const result = run({
			bankCards: bank('later'),
			// due at 10:30 three days on: the learner's day there starts at 04:00
			states: [review('later', 3 * dayMs + 90 * minuteMs)],
			startOfDay: dayStart
		});
		expect(result.queue).toEqual([]);
		expect(result.nextDueAt).toBe('2025-03-13T04:00:00.000Z');
		// a learning card due before then comes first
		const sooner = run({
			bankCards: bank('later', 'step'),
			states: [review('later', 3 * dayMs), learning('step', 10 * minuteMs)],
			startOfDay: dayStart
		});
		expect(sooner.nextDueAt).toBe(iso(10 * minuteMs));
	});

	it('still shows overdue reviews when the start of day given is stale', () => {
		const result = run({
			bankCards: bank('a'),
			states: [review('a', -1 * hourMs)],
			startOfDay: new Date(startOfDay.getTime() - 3 * dayMs)
		});
		expect(result.queue).toEqual(['a']);
	});

	it('orders new cards topic by topic in bank order, easy before hard within a topic', () => {
		const bankCards: BankCard[] = [
			{ id: 'r-transfer', topic: 'rhyme-planning', difficulty: 'transfer' },
			{ id: 'a-mechanism', topic: 'shared-addition', difficulty: 'mechanism' },
			{ id: 'r-recall-1', topic: 'rhyme-planning', difficulty: 'recall' },
			{ id: 'r-mechanism', topic: 'rhyme-planning', difficulty: 'mechanism' },
			{ id: 'a-recall', topic: 'shared-addition', difficulty: 'recall' },
			{ id: 'r-recall-2', topic: 'rhyme-planning', difficulty: 'recall' },
			{ id: 'm-transfer', topic: 'multilingual-circuits', difficulty: 'transfer' }
		];
		expect(run({ bankCards }).queue).toEqual([
			'r-recall-1',
			'r-recall-2',
			'r-mechanism',
			'r-transfer',
			'a-recall',
			'a-mechanism',
			'm-transfer'
		]);
	});

	it('treats a stored card in state 0 as new', () => {
		const result = run({
			bankCards: bank('a', 'b'),
			states: [cardState('b', { state: 0, reps: 0 })]
		});
		expect(result.queue).toEqual(['a', 'b']);
		expect(result.counts.new).toBe(2);
	});

	it('never shows a suspended card, nor waits for one', () => {
		const suspended = { suspended: true };
		const result = run({
			bankCards: bank('l', 'r', 'n', 'later', 'ok'),
			states: [
				{ ...learning('l', -minuteMs), ...suspended },
				{ ...review('r', -dayMs), ...suspended },
				cardState('n', { state: 0, ...suspended }),
				{ ...learning('later', 5 * minuteMs), ...suspended }
			]
		});
		expect(result.queue).toEqual(['ok']);
		expect(result.nextDueAt).toBeUndefined();
	});

	it('leaves a buried card out until the moment it is buried to, then takes it as it was', () => {
		const buried = { buriedUntil: iso(hourMs) };
		const states = [
			{ ...review('r', -dayMs), ...buried },
			cardState('n', { state: 0, ...buried }),
			{ ...learning('l', -minuteMs), ...buried }
		];
		const bankCards = bank('r', 'n', 'l', 'ok');
		expect(run({ bankCards, states }).queue).toEqual(['ok']);
		const back = run({ bankCards, states, now: at(hourMs) });
		expect(back.queue).toEqual(expect.arrayContaining(['r', 'n', 'l', 'ok']));
	});

	it('says when a buried card comes back, as the next card due, and does not learn it ahead', () => {
		const states = [{ ...learning('l', -minuteMs), buriedUntil: iso(hourMs) }];
		const result = run({ bankCards: bank('l'), states });
		expect(result.queue).toEqual([]);
		expect(result.nextDueAt).toBe(iso(hourMs));
		// a pass 20 minutes ahead, the bury judged now: still out
		const ahead = run({ bankCards: bank('l'), states, now: at(hourMs + minuteMs), buriedAt: now });
		expect(ahead.queue).toEqual([]);
	});

	it('counts new cards introduced since the start of the day against the new-card limit', () => {
		const reviewLog = [
			logEntry('1', { cardId: 'seen-1', state: 0, reviewedAt: iso(-2 * hourMs) }),
			// the same card again after an Again: still one card introduced
			logEntry('2', { cardId: 'seen-1', state: 0, reviewedAt: iso(-1 * hourMs) }),
			logEntry('3', { cardId: 'seen-2', state: 0, reviewedAt: iso(-3 * hourMs) }),
			// yesterday's do not count
			logEntry('4', { cardId: 'old', state: 0, reviewedAt: iso(-10 * hourMs) })
		];
		const result = run({
			bankCards: bank('a', 'b', 'c', 'd', 'e'),
			reviewLog,
			limits: { newCardsPerDay: 5, reviewsPerDay: 100 }
		});
		expect(result.queue).toEqual(['a', 'b', 'c']);
		expect(result.counts.new).toBe(3);
		expect(result.overLimit.new).toBe(2);
	});

	it('says how far the new cards of missed questions take the day past its new-card limit', () => {
		const reviewLog = [
			logEntry('1', { cardId: 'seen-1', state: 0, reviewedAt: iso(-2 * hourMs) }),
			logEntry('2', { cardId: 'seen-2', state: 0, reviewedAt: iso(-1 * hourMs) })
		];
		const input = {
			bankCards: bank('missed', 'a', 'b'),
			reviewLog,
			limits: { newCardsPerDay: 2, reviewsPerDay: 100 }
		};
		// 2 introduced today, and the card of a missed question on top: 1 past the limit of 2
		const past = run({ ...input, priority: ['missed'] });
		expect(past.queue).toEqual(['missed']);
		expect(past.overLimit.new).toBe(2);
		expect(past.newPastLimit).toBe(1);
		// within the limit, nothing is past it
		expect(run({ ...input, limits: { newCardsPerDay: 4, reviewsPerDay: 100 } }).newPastLimit).toBe(
			0
		);
	});

	it('holds the new cards of earlier misses to the limit, first of the new cards; today’s come whatever it', () => {
		const input = {
			bankCards: bank('old-1', 'old-2', 'today', 'a', 'b'),
			priority: ['old-1', 'old-2', 'today'],
			pastLimit: ['today']
		};
		// a limit of 3: today's miss on top, then the earlier ones, then the others
		const three = run({ ...input, limits: { newCardsPerDay: 3, reviewsPerDay: 100 } });
		expect(three.queue).toEqual(['today', 'old-1', 'old-2']);
		expect(three.counts.new).toBe(3);
		expect(three.overLimit.new).toBe(2);
		expect(three.newPastLimit).toBe(0);
		// a limit of 1: today's miss takes it
		const one = run({ ...input, limits: { newCardsPerDay: 1, reviewsPerDay: 100 } });
		expect(one.queue).toEqual(['today']);
		expect(one.overLimit.new).toBe(4);
		// a limit of 0: today's miss still comes, past it; no earlier one does
		const none = run({ ...input, limits: { newCardsPerDay: 0, reviewsPerDay: 100 } });
		expect(none.queue).toEqual(['today']);
		expect(none.counts.new).toBe(1);
		expect(none.newPastLimit).toBe(1);
		// which the review page says: of the new cards, the one of today's miss
		expect(none.missedNew).toBe(1);
		expect(three.missedNew).toBe(1);
		// without the list, every card of a miss comes whatever the limit, as before it
		expect(
			run({ ...input, pastLimit: undefined, limits: { newCardsPerDay: 0, reviewsPerDay: 100 } })
				.queue
		).toEqual(['old-1', 'old-2', 'today']);
	});

	it('counts reviews done since the start of the day against the review limit, not learning', () => {
		const reviewLog = [
			logEntry('1', { state: 2, reviewedAt: iso(-1 * hourMs) }),
			logEntry('2', { state: 2, reviewedAt: iso(-2 * hourMs) }),
			logEntry('3', { state: 1, reviewedAt: iso(-2 * hourMs) }),
			logEntry('4', { state: 3, reviewedAt: iso(-2 * hourMs) }),
			logEntry('5', { state: 2, reviewedAt: iso(-20 * hourMs) })
		];
		const result = run({
			bankCards: bank('r1', 'r2', 'r3', 'r4', 'l1', 'l2'),
			states: [
				review('r1', -4 * dayMs),
				review('r2', -3 * dayMs),
				review('r3', -2 * dayMs),
				review('r4', -1 * dayMs),
				learning('l1', -minuteMs),
				relearning('l2', 0)
			],
			reviewLog,
			limits: { newCardsPerDay: 0, reviewsPerDay: 3 }
		});
		expect(result.queue).toEqual(['l1', 'l2', 'r1']);
		expect(result.counts).toEqual({ learning: 2, review: 1, new: 0 });
		expect(result.overLimit.review).toBe(3);
	});

	it('shows no new card and no review once the limits are used up', () => {
		const result = run({
			bankCards: bank('n', 'r'),
			states: [review('r', -dayMs)],
			reviewLog: [logEntry('1', { state: 2, reviewedAt: iso(-minuteMs) })],
			limits: { newCardsPerDay: 0, reviewsPerDay: 1 }
		});
		expect(result.queue).toEqual([]);
		expect(result.overLimit).toEqual({ review: 1, new: 1 });
	});

	it('keeps to one topic when asked, while the limits count every topic', () => {
		const bankCards: BankCard[] = [
			{ id: 'r-1', topic: 'rhyme-planning', difficulty: 'recall' },
			{ id: 'a-1', topic: 'shared-addition', difficulty: 'recall' },
			{ id: 'a-2', topic: 'shared-addition', difficulty: 'recall' },
			{ id: 'a-3', topic: 'shared-addition', difficulty: 'mechanism' },
			{ id: 'a-rev', topic: 'shared-addition', difficulty: 'mechanism' },
			{ id: 'r-rev', topic: 'rhyme-planning', difficulty: 'mechanism' }
		];
		const result = run({
			bankCards,
			states: [review('a-rev', -dayMs), review('r-rev', -dayMs)],
			reviewLog: [logEntry('1', { cardId: 'r-0', state: 0, reviewedAt: iso(-hourMs) })],
			limits: { newCardsPerDay: 3, reviewsPerDay: 10 },
			topic: 'shared-addition'
		});
		expect(result.queue).toEqual(['a-rev', 'a-1', 'a-2']);
	});

	it('ignores stored cards no longer in the bank', () => {
		const result = run({
			bankCards: bank('a'),
			states: [review('gone', -dayMs), learning('gone-too', 5 * minuteMs)]
		});
		expect(result.queue).toEqual(['a']);
		expect(result.nextDueAt).toBeUndefined();
	});

	it('reads dates stored with a UTC offset by the instant they name', () => {
		const result = run({
			bankCards: bank('a', 'b', 'n'),
			states: [
				// 08:59 UTC, due; 09:01 UTC, not yet
				{ ...learning('a', 0), due: '2025-03-10T10:59:00.000+02:00' },
				{ ...learning('b', 0), due: '2025-03-10T11:01:00+02:00' }
			],
			reviewLog: [
				// 23:30 UTC the day before: not today
				logEntry('1', { cardId: 'x', state: 0, reviewedAt: '2025-03-10T01:30:00+02:00' }),
				// 00:30 UTC: today
				logEntry('2', { cardId: 'y', state: 0, reviewedAt: '2025-03-09T23:30:00-01:00' })
			],
			limits: { newCardsPerDay: 2, reviewsPerDay: 10 }
		});
		expect(result.queue).toEqual(['a', 'n']);
		expect(result.nextDueAt).toBe('2025-03-10T09:01:00.000Z');
	});

	it('leaves its input untouched', () => {
		const input = deepFreeze({
			bankCards: bank('a', 'b'),
			states: [review('a', -dayMs)],
			reviewLog: [logEntry('1')],
			now,
			startOfDay,
			limits
		});
		expect(dueQueue(input).queue).toEqual(['a', 'b']);
	});

	it('queues 10,000 cards against 100,000 log entries within the daily limits', () => {
		const topics = ['attribution-graphs', 'rhyme-planning', 'shared-addition', 'refusals'];
		const difficulties = ['recall', 'mechanism', 'transfer'] as const;
		const bankCards: BankCard[] = [];
		const states: CardState[] = [];
		for (let i = 0; i < 10_000; i++) {
			const id = `card-${i}`;
			bankCards.push({ id, topic: topics[i % 4]!, difficulty: difficulties[i % 3]! });
			if (i % 5 === 0) continue; // a fifth never seen
			const state = i % 7 === 0 ? 1 : 2;
			const due = iso(((i * 7919) % 40_000) * minuteMs - 20 * dayMs);
			states.push(cardState(id, { state, due }));
		}
		const reviewLog: ReviewLogEntry[] = [];
		for (let i = 0; i < 100_000; i++) {
			reviewLog.push(
				logEntry(`log-${i}`, {
					cardId: `card-${i % 10_000}`,
					state: i % 4,
					reviewedAt: iso(-((100_000 - i) * 7) * minuteMs)
				})
			);
		}
		const input = { bankCards, states, reviewLog, now, startOfDay, limits };
		// speed is measured by scripts/bench-queue.ts; here, that a large collection still queues correctly
		const { queue, counts } = dueQueue(input);
		expect(queue.length).toBe(counts.learning + counts.review + counts.new);
		expect(new Set(queue).size).toBe(queue.length);
		expect(counts.new).toBeLessThanOrEqual(limits.newCardsPerDay);
		expect(counts.review).toBeLessThanOrEqual(limits.reviewsPerDay);
	});
});

describe('forgottenToday', () => {
	const states = [
		cardState('a'),
		cardState('b'),
		cardState('c'),
		cardState('s', { suspended: true })
	];

	it('lists the cards graded Again today, each once, in the order they were forgotten', () => {
		const reviewLog = [
			logEntry('0', { cardId: 'c', rating: 1, reviewedAt: iso(-20 * hourMs) }),
			logEntry('1', { cardId: 'b', rating: 1, reviewedAt: iso(-3 * hourMs) }),
			logEntry('2', { cardId: 'a', rating: 3, reviewedAt: iso(-2 * hourMs) }),
			logEntry('3', { cardId: 'a', rating: 1, reviewedAt: iso(-1 * hourMs) }),
			logEntry('4', { cardId: 'b', rating: 1, reviewedAt: iso(-30 * minuteMs), state: 3 }),
			logEntry('5', { cardId: 'c', rating: 2, reviewedAt: iso(-minuteMs) })
		];
		expect(forgottenToday({ reviewLog, states, startOfDay })).toEqual(['b', 'a']);
	});

	it('leaves out suspended cards and cards with no stored state', () => {
		const reviewLog = [
			logEntry('1', { cardId: 's', rating: 1 }),
			logEntry('2', { cardId: 'undone', rating: 1 })
		];
		expect(forgottenToday({ reviewLog, states, startOfDay })).toEqual([]);
	});

	it('leaves out a card buried today, and takes one whose bury ended this morning', () => {
		const reviewLog = [
			logEntry('1', { cardId: 'a', rating: 1 }),
			logEntry('2', { cardId: 'b', rating: 1 })
		];
		const buried = [
			cardState('a', { buriedUntil: new Date(startOfDay.getTime() + dayMs).toISOString() }),
			cardState('b', { buriedUntil: startOfDay.toISOString() })
		];
		expect(forgottenToday({ reviewLog, states: buried, startOfDay })).toEqual(['b']);
	});
});
