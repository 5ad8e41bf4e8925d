import { describe, expect, it } from 'vitest';
import type { Attempt } from '../model/schema';
import { dueQueue } from './queue';
import { bringIntoReview, missedSince, missPriority } from './quiz-misses';
import { cardState, deepFreeze, iso, now, startOfDay } from './test-fixtures';
import { dayMs, hourMs, minuteMs } from './time';

describe('bringIntoReview', () => {
	it('ends the bury of a card a miss brings in: the miss is the reason to study it now', () => {
		const cards = [
			cardState('buried-due', { due: iso(-dayMs), buriedUntil: iso(dayMs) }),
			cardState('buried-later', { due: iso(5 * dayMs), buriedUntil: iso(dayMs) }),
			// a bury that ended at this day's start, and is left in the state until the next write
			cardState('was-buried', { due: iso(-dayMs), buriedUntil: iso(-1) })
		];
		const result = bringIntoReview({
			cards,
			cardIds: ['buried-due', 'buried-later', 'was-buried'],
			now
		});
		expect(result.brought).toEqual(['buried-due', 'buried-later', 'was-buried']);
		expect(result.cards.map((c) => c.buriedUntil)).toEqual([undefined, undefined, undefined]);
		// the learner is told of the buries the miss ended, not of one over already
		expect(result.unburied).toEqual(['buried-due', 'buried-later']);
		expect(result.cards.map((c) => c.due)).toEqual([iso(-dayMs), now.toISOString(), iso(-dayMs)]);
	});

	it('makes a studied card due now, gives a card never studied its first state, and leaves suspended ones', () => {
		const cards = deepFreeze([
			cardState('known', { due: iso(5 * dayMs) }),
			cardState('due-earlier', { due: iso(-dayMs) }),
			cardState('suspended', { due: iso(5 * dayMs), suspended: true })
		]);
		const result = bringIntoReview({
			cards,
			cardIds: ['known', 'due-earlier', 'suspended', 'quiz-never-seen'],
			now
		});
		expect(result.brought).toEqual(['known', 'due-earlier', 'quiz-never-seen']);
		// only the card the learner did not have is added to their flashcards
		expect(result.added).toEqual(['quiz-never-seen']);
		const byId = new Map(result.cards.map((c) => [c.cardId, c]));
		expect(byId.get('known')).toEqual({ ...cards[0], due: now.toISOString() });
		expect(byId.get('due-earlier')).toBe(cards[1]);
		expect(byId.get('suspended')).toBe(cards[2]);
		expect(byId.get('quiz-never-seen')).toMatchObject({
			state: 0,
			due: now.toISOString(),
			reps: 0,
			suspended: false
		});
		expect(result.cards).toHaveLength(4);
	});
});

let n = 0;
const miss = (questionId: string, at: string, extra: Partial<Attempt> = {}): Attempt => ({
	id: `a${++n}`,
	questionId,
	setId: 'section-closing-depth-1',
	sessionId: 's1',
	answeredAt: at,
	response: { type: 'skip' },
	correct: false,
	...extra
});

const cardsOf = (questionId: string) =>
	({ q1: ['card-a', 'card-b'], q2: ['card-c'], q3: ['card-a'], q4: ['card-d'] })[questionId] ?? [];

describe('missPriority', () => {
	it('takes the cards of answers given as sure first, then the other misses, each once', () => {
		const attempts = [
			miss('q1', iso(-3 * minuteMs)),
			miss('q2', iso(-2 * minuteMs), { confidence: 'sure' }),
			miss('q3', iso(-minuteMs)),
			miss('q4', iso(-minuteMs), { correct: true, response: { type: 'true-false', value: true } })
		];
		expect(missPriority({ attempts, cardsOf, states: [] })).toEqual(['card-c', 'card-a', 'card-b']);
	});

	it('lets a card go once it has been reviewed since its miss, and leaves suspended cards out', () => {
		const attempts = [miss('q1', iso(-2 * minuteMs)), miss('q2', iso(-2 * minuteMs))];
		const states = [
			cardState('card-a', { last_review: iso(-minuteMs) }),
			cardState('card-b', { last_review: iso(-3 * minuteMs) }),
			cardState('card-c', { suspended: true })
		];
		expect(missPriority({ attempts, cardsOf, states })).toEqual(['card-b']);
	});
});

describe('missedSince', () => {
	it('gives the cards of the misses since the day began, of those not reviewed since', () => {
		const attempts = [
			miss('q1', iso(-dayMs)),
			miss('q2', iso(-2 * minuteMs), { confidence: 'sure' }),
			miss('q3', iso(-minuteMs))
		];
		const since = new Date(Date.parse(iso(-hourMs)));
		// q2 (sure) and q3 today; q1, yesterday, brought card-b alone
		expect(missedSince({ attempts, cardsOf, states: [], since })).toEqual(['card-c', 'card-a']);
	});
});

describe('dueQueue with the cards of missed questions', () => {
	const bankCards = ['new-1', 'new-2', 'new-3', 'missed-new', 'rev-1', 'missed-rev'].map((id) => ({
		id,
		topic: 'rhyme-planning',
		difficulty: 'recall' as const
	}));
	const states = [
		cardState('rev-1', { due: iso(-2 * dayMs) }),
		cardState('missed-rev', { due: iso(0) })
	];
	const base = {
		bankCards,
		states,
		reviewLog: [],
		now,
		startOfDay,
		priority: ['missed-new', 'missed-rev']
	};

	it('puts them first among their kind', () => {
		const result = dueQueue({ ...base, limits: { newCardsPerDay: 20, reviewsPerDay: 200 } });
		expect(result.queue).toEqual(['missed-rev', 'rev-1', 'missed-new', 'new-1', 'new-2', 'new-3']);
		expect(result.counts).toEqual({ learning: 0, review: 2, new: 4 });
	});

	it('introduces a missed new card whatever the new-card limit, which it uses up first', () => {
		const none = dueQueue({ ...base, limits: { newCardsPerDay: 0, reviewsPerDay: 1 } });
		expect(none.queue).toEqual(['missed-rev', 'missed-new']);
		expect(none.counts).toEqual({ learning: 0, review: 1, new: 1 });
		expect(none.overLimit).toEqual({ review: 1, new: 3 });
		const two = dueQueue({ ...base, limits: { newCardsPerDay: 2, reviewsPerDay: 200 } });
		expect(two.queue.slice(2)).toEqual(['missed-new', 'new-1']);
	});
});
