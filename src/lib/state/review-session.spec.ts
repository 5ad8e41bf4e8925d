import { describe, expect, test } from 'vitest';
import type { FlashcardsPayload } from '$lib/content/flashcard-items';
import type { SectionId } from '$lib/content/schema';
import { memoryConnection, storedFor, tabHub } from '$lib/browser/test-tabs';
import { MemoryStorage } from '$lib/storage/memory-storage';
import { storageKey, toEnvelopeJson } from '$lib/storage/store';
import { emptyData, type AppData, type CardState } from '$lib/model/schema';
import { learnerDayStart } from '$lib/calendar/study-day';
import { bringIntoReview } from '$lib/srs/quiz-misses';
import { setBuried, setSuspended } from '$lib/srs/undo';
import { flashcard, flashcardsPayload, localNoon } from '$lib/srs/test-fixtures';
import { AppState } from './app-state.svelte';
import { DueToday } from './due-today.svelte';
import { learnAheadMs, maxAnswerMs, ReviewSession } from './review-session.svelte';

const minute = 60_000;
const day = 24 * 60 * minute;
// the day of these tests starts at 04:00 local time; 12:00 local keeps every test inside one day
const start = localNoon;

const payload = flashcardsPayload([
	flashcard('rhyme-hard', 'rhyme-planning', 'transfer'),
	flashcard('rhyme-easy', 'rhyme-planning'),
	flashcard('add-1', 'shared-addition'),
	flashcard('add-2', 'shared-addition')
]);

const fetcher = (async () => new Response(JSON.stringify(payload))) as typeof fetch;

/** a clock the test moves by hand */
function testClock(at = start) {
	let now = at;
	return {
		clock: () => new Date(now),
		advance: (ms: number) => {
			now += ms;
		},
		set: (ms: number) => {
			now = ms;
		}
	};
}

function seeded(data: Partial<AppData>): MemoryStorage {
	const storage = new MemoryStorage();
	storage.setItem(storageKey, toEnvelopeJson({ ...emptyData(), ...data }, new Date(start)));
	return storage;
}

async function open(
	storage = new MemoryStorage(),
	time = testClock(),
	topic?: string,
	cards: typeof fetch = fetcher,
	/** shared with another tab opened on the same storage */
	hub?: ReturnType<typeof tabHub>
) {
	const app = new AppState(time.clock);
	await app.connect({
		...memoryConnection(storage),
		...(hub ? { channel: hub.channel() } : {})
	});
	const session = new ReviewSession(app, { clock: time.clock, random: () => 0.5, fetcher: cards });
	await session.load(topic);
	return { app, session, storage, time };
}

/** two tabs of /review on the same stored cards, no new cards today: each sees the other's grades */
async function twoTabs(cards: CardState[]) {
	const hub = tabHub();
	const storage = seeded({ cards, settings: { ...emptyData().settings, newCardsPerDay: 0 } });
	const mine = await open(storage, testClock(), undefined, fetcher, hub);
	const other = await open(storage, testClock(), undefined, fetcher, hub);
	return { mine, other };
}

/** what the app stored in its database */
const stored = (storage: MemoryStorage): Promise<AppData> => storedFor(storage);

/** a relearning card that Good sends back to review in 1 day */
const relearning = (cardId: string): CardState => ({
	cardId,
	due: new Date(start).toISOString(),
	stability: 0.9,
	difficulty: 6,
	elapsed_days: 0,
	scheduled_days: 0,
	learning_steps: 0,
	reps: 5,
	lapses: 1,
	state: 3,
	last_review: new Date(start - 10 * minute).toISOString(),
	suspended: false,
	leech: false
});

describe('ReviewSession and missed quiz questions', () => {
	/** add-2 teaches question q-add; a card made from question q-made joins a deck once missed */
	const withQuestions: FlashcardsPayload = flashcardsPayload(
		payload.cards.map((c) => (c.id === 'add-2' ? { ...c, questions: ['q-add'] } : c)),
		[{ ...flashcard('quiz-q-made', 'shared-addition'), questions: ['q-made'] }]
	);
	const serving = (async () => new Response(JSON.stringify(withQuestions))) as typeof fetch;
	const missed = (questionId: string, minutesAgo: number, confidence?: 'sure') => ({
		id: `miss-${questionId}`,
		questionId,
		setId: 'mixed-10',
		sessionId: 's1',
		answeredAt: new Date(start - minutesAgo * minute).toISOString(),
		response: { type: 'skip' as const },
		correct: false,
		...(confidence ? { confidence } : {})
	});

	test('takes the cards of missed questions first, those answered as sure first of all', async () => {
		const storage = seeded({
			attempts: [missed('q-add', 5), missed('q-made', 2, 'sure')],
			cards: [{ ...relearning('quiz-q-made'), state: 0, reps: 0, lapses: 0 }]
		});
		const { session } = await open(storage, testClock(), undefined, serving);
		expect(session.queue.queue.slice(0, 2)).toEqual(['quiz-q-made', 'add-2']);
		expect(session.current?.front).toBe('front of quiz-q-made');
	});

	test('“Study more new cards” gives as many as it says, after the cards of misses went past the limit', async () => {
		const storage = seeded({
			attempts: [missed('q-add', 5), missed('q-made', 2)],
			cards: [{ ...relearning('quiz-q-made'), state: 0, reps: 0, lapses: 0 }],
			settings: { ...emptyData().settings, newCardsPerDay: 1 }
		});
		const { session } = await open(storage, testClock(), undefined, serving);
		// the two cards of missed questions come whatever the limit of 1
		expect(session.queue.queue).toEqual(['add-2', 'quiz-q-made']);
		for (let i = 0; i < 2; i++) {
			await session.reveal();
			await session.grade(4);
		}
		expect(session.current).toBeUndefined();
		expect(session.queue.overLimit.new).toBe(3);
		await session.studyMoreNew();
		// all three offered, not two: the miss past the limit does not take a place
		expect(session.queue.counts.new).toBe(3);
	});

	test('leaves a card made from a question out of the deck until a miss brings it in', async () => {
		const { session } = await open(new MemoryStorage(), testClock(), undefined, serving);
		expect(session.queue.queue).not.toContain('quiz-q-made');
		expect(session.queue.queue).toEqual(['rhyme-easy', 'rhyme-hard', 'add-1', 'add-2']);
	});
});

describe('ReviewSession', () => {
	test('shows new cards topic by topic, easy before hard, once the cards are loaded', async () => {
		const { session } = await open();
		expect(session.ready).toBe(true);
		expect(session.current?.id).toBe('rhyme-easy');
		expect(session.queue.queue).toEqual(['rhyme-easy', 'rhyme-hard', 'add-1', 'add-2']);
		expect(session.queue.counts).toEqual({ learning: 0, review: 0, new: 4 });
	});

	test('labels each grade button with the interval it would give', async () => {
		const { session } = await open();
		// Easy's interval is fuzzed, as in Anki
		expect(session.previews?.map((p) => p.label)).toEqual([
			'1m',
			'6m',
			'10m',
			expect.stringMatching(/^\d+d$/)
		]);
	});

	test('gives exactly the interval its button showed, however long the learner took to grade', async () => {
		// a review card with a long interval, which depends on the days since its last review
		const reviewCard: CardState = {
			...relearning('add-1'),
			state: 2,
			stability: 40,
			scheduled_days: 30,
			lapses: 0,
			last_review: new Date(start - 30 * day).toISOString()
		};
		const time = testClock();
		const { session, storage } = await open(seeded({ cards: [reviewCard] }), time);
		expect(session.current?.id).toBe('add-1');
		const shown = session.previews?.find((p) => p.rating === 4)?.due;
		await session.reveal();
		time.advance(7_000);
		await session.grade(4);
		expect((await stored(storage)).cards.find((c) => c.cardId === 'add-1')?.due).toBe(shown);
	});

	test('grades only once the back is shown, and stores the grade with its answer time', async () => {
		const { app, session, storage, time } = await open();
		await session.grade(3);
		expect(app.data.reviewLog).toHaveLength(0);
		await session.reveal();
		expect(session.revealed).toBe(true);
		time.advance(4_200);
		await session.grade(3);
		const data = await stored(storage);
		expect(data.reviewLog).toHaveLength(1);
		expect(data.reviewLog[0]).toMatchObject({ cardId: 'rhyme-easy', rating: 3, durationMs: 4_200 });
		expect(data.reviewLog[0]?.id).toHaveLength(12);
		expect(data.cards.find((c) => c.cardId === 'rhyme-easy')?.state).toBe(1);
		expect(session.current?.id).toBe('rhyme-hard');
		expect(session.revealed).toBe(false);
		// the card graded comes back within the learn-ahead limit: it is one of those to go
		expect(session.announcement).toMatch(/^Good\. It comes back in 10 minutes\. 4 cards to go\.$/);
		expect(session.queue.counts.learning).toBe(1);
	});

	test('caps an answer time at a minute, as Anki does', async () => {
		const { session, storage, time } = await open();
		await session.reveal();
		time.advance(10 * minute);
		await session.grade(3);
		expect((await stored(storage)).reviewLog[0]?.durationMs).toBe(maxAnswerMs);
	});

	test('brings learning cards back early when nothing else is due, within the learn-ahead limit', async () => {
		const { session, storage } = await open(
			seeded({ settings: { ...emptyData().settings, newCardsPerDay: 1 } })
		);
		await session.reveal();
		await session.grade(3); // new → learning, due in 10 minutes
		expect(session.current?.id).toBe('rhyme-easy');
		expect(session.queue.counts.learning).toBe(1);
		await session.reveal();
		await session.grade(3); // graduates to review, due in days
		expect(session.current).toBeUndefined();
		expect(session.queue.overLimit.new).toBe(3);
		const due = (await stored(storage)).cards[0]?.due ?? '';
		// a review card comes when the learner day of its due time starts
		expect(session.queue.nextDueAt).toBe(learnerDayStart(new Date(due)).toISOString());
		expect(learnAheadMs).toBe(20 * minute);
	});

	test('does not learn ahead a card due later than the limit', async () => {
		const { session } = await open(
			seeded({ settings: { ...emptyData().settings, newCardsPerDay: 1 } })
		);
		await session.reveal();
		await session.grade(1); // Again: due in 1 minute, comes back
		expect(session.current?.id).toBe('rhyme-easy');
		await session.reveal();
		await session.grade(3); // Good at the first step: 10 minutes, still within 20
		expect(session.current?.id).toBe('rhyme-easy');
	});

	test('the summary counts reviews, cards, each grade and the time spent', async () => {
		const { session, time } = await open();
		for (const rating of [1, 3, 4] as const) {
			await session.reveal();
			time.advance(5_000);
			await session.grade(rating);
		}
		expect(session.summary).toEqual({
			reviews: 3,
			cards: 3,
			byGrade: { 1: 0 + 1, 2: 0, 3: 1, 4: 1 },
			timeMs: 15_000
		});
	});

	test('undo restores the exact previous state, removes the log entry and shows the card again', async () => {
		const before = relearning('add-1');
		const storage = seeded({ cards: [before] });
		const { session } = await open(storage);
		expect(session.current?.id).toBe('add-1');
		await session.reveal();
		await session.grade(3);
		expect((await stored(storage)).cards[0]).not.toEqual(before);
		await session.undo();
		const data = await stored(storage);
		expect(data.cards).toEqual([before]);
		expect(data.reviewLog).toEqual([]);
		expect(data.undoStack).toEqual([]);
		expect(session.current?.id).toBe('add-1');
		expect(session.revealed).toBe(false);
		expect(session.summary.reviews).toBe(0);
		expect(session.canUndo).toBe(false);
	});

	test('undo shows the undone card first even when the queue would start elsewhere', async () => {
		const { session, storage } = await open();
		await session.reveal();
		await session.grade(4); // rhyme-easy → review in days
		await session.reveal();
		await session.grade(4); // rhyme-hard
		await session.undo();
		expect(session.current?.id).toBe('rhyme-hard');
		expect((await stored(storage)).cards.map((c) => c.cardId)).toEqual(['rhyme-easy']);
	});

	test('suspends the card on screen, shows the next, and brings it back on Unsuspend', async () => {
		const { session, storage } = await open();
		const first = session.current!;
		await session.suspendCurrent();
		expect((await stored(storage)).cards).toMatchObject([{ cardId: first.id, suspended: true }]);
		expect(session.current?.id).not.toBe(first.id);
		expect(session.suspended?.id).toBe(first.id);
		expect(session.announcement).toMatch(/^Suspended “.+”: it will not come up in reviews/);

		await session.unsuspendLast();
		// a card never studied: as it was before, with no stored state
		expect((await stored(storage)).cards).toEqual([]);
		expect(session.current?.id).toBe(first.id);
		expect(session.revealed).toBe(false);
		expect(session.suspended).toBeUndefined();
	});

	test('buries the card on screen until tomorrow, shows the next, and brings it back on Unbury', async () => {
		const { session, storage } = await open();
		const first = session.current!;
		await session.buryCurrent();
		// until the next learner day's start, 04:00 local
		expect((await stored(storage)).cards).toMatchObject([
			{ cardId: first.id, suspended: false, buriedUntil: new Date(2025, 2, 11, 4).toISOString() }
		]);
		expect(session.current?.id).not.toBe(first.id);
		expect(session.buried?.id).toBe(first.id);
		expect(session.announcement).toMatch(/^Buried “.+” until tomorrow\./);

		await session.unburyLast();
		const back = (await stored(storage)).cards.find((c) => c.cardId === first.id);
		expect(back?.buriedUntil).toBeUndefined();
		expect(session.current?.id).toBe(first.id);
		expect(session.buried).toBeUndefined();
		expect(session.announcement).toMatch(/^Unburied “.+”: it is back in today’s reviews/);
	});

	test('a buried card stays out of every queue for the rest of the day, and is back the next', async () => {
		const { session, time } = await open();
		const first = session.current!.id;
		await session.buryCurrent();
		const left = () => [...session.queue.queue];
		expect(left()).not.toContain(first);
		time.set(new Date(2025, 2, 11, 3, 59).getTime());
		session.refresh();
		expect(left()).not.toContain(first);
		time.set(new Date(2025, 2, 11, 4, 0).getTime());
		session.refresh();
		expect(left()).toContain(first);
		// the notice of the bury is gone with it
		expect(session.buried).toBeUndefined();
	});

	test('- buries a card that came back the next morning, on a page left open since', async () => {
		const storage = seeded({
			cards: [relearning('add-1')],
			settings: { ...emptyData().settings, newCardsPerDay: 0 }
		});
		const { session, time } = await open(storage);
		await session.buryCurrent();
		expect(session.current).toBeUndefined();
		time.set(new Date(2025, 2, 11, 8, 0).getTime());
		session.refresh();
		expect(session.current?.id).toBe('add-1');
		const minus = {
			key: '-',
			ctrlKey: false,
			metaKey: false,
			altKey: false,
			shiftKey: false,
			repeat: false,
			target: 'other'
		} as const;
		expect(session.key(minus)).toBe(true);
		await session.reveal(); // after the step the key asked for
		expect((await stored(storage)).cards[0]?.buriedUntil).toBe(
			new Date(2025, 2, 12, 4).toISOString()
		);
		expect(session.current).toBeUndefined();
	});

	test('Undo takes back a bury, and a grade takes its notice away', async () => {
		const { session, storage } = await open();
		const buried = session.current!.id;
		await session.buryCurrent();
		expect(session.canUndo).toBe(true);
		expect(session.undoStep).toBe('bury');
		await session.undo();
		expect((await stored(storage)).cards.find((c) => c.cardId === buried)?.buriedUntil).toBe(
			undefined
		);
		expect(session.current?.id).toBe(buried);
		expect(session.undoStep).toBeUndefined();
		expect(session.canUndo).toBe(false);
		await session.buryCurrent();
		await session.reveal();
		await session.grade(3);
		expect(session.buried).toBeUndefined();
	});

	test('Undo steps back through each bury and grade, newest first, and names each', async () => {
		const { session, storage } = await open();
		const buriedAt = (id: string) =>
			stored(storage).then((data) => data.cards.find((c) => c.cardId === id)?.buriedUntil);
		const first = session.current!.id;
		await session.buryCurrent();
		const second = session.current!.id;
		await session.buryCurrent();
		const graded = session.current!.id;
		await session.reveal();
		await session.grade(3);
		expect(session.undoStep).toBe('grade');

		await session.undo();
		expect((await stored(storage)).reviewLog).toHaveLength(0);
		expect(session.current?.id).toBe(graded);
		expect(session.undoStep).toBe('bury');
		await session.undo();
		expect(await buriedAt(second)).toBeUndefined();
		expect(await buriedAt(first)).toBeDefined();
		expect(session.current?.id).toBe(second);
		expect(session.announcement).toMatch(/^Unburied “.+”/);
		expect(session.undoStep).toBe('bury');
		expect(session.canUndo).toBe(true);
		await session.undo();
		expect(await buriedAt(first)).toBeUndefined();
		expect(session.current?.id).toBe(first);
		expect(session.canUndo).toBe(false);
	});

	test('Undo passes over a bury that has ended since, to the step before it', async () => {
		const { app, session, storage } = await open();
		const graded = session.current!.id;
		await session.reveal();
		await session.grade(3);
		const buried = session.current!.id;
		await session.buryCurrent();
		// /cards, or another tab, unburies it
		await app.update((data) => setBuried(data, buried, undefined, new Date(start)));
		expect(session.undoStep).toBe('grade');
		await session.undo();
		expect((await stored(storage)).reviewLog).toHaveLength(0);
		expect(session.current?.id).toBe(graded);
	});

	test('the next learner day, a suspend of the night before is not offered for undo, as a grade is not', async () => {
		const time = testClock(new Date(2025, 2, 11, 3, 50).getTime());
		const { session, storage } = await open(new MemoryStorage(), time);
		const suspended = session.current!.id;
		await session.suspendCurrent();
		expect(session.canUndo).toBe(true);
		time.set(new Date(2025, 2, 11, 4, 5).getTime());
		session.refresh();
		expect(session.canUndo).toBe(false);
		await session.undo();
		expect((await stored(storage)).cards.find((c) => c.cardId === suspended)?.suspended).toBe(true);
	});

	test('a reload keeps every step for Undo, buries and suspends as grades, newest first', async () => {
		const storage = new MemoryStorage();
		const first = await open(storage);
		const graded = first.session.current!.id;
		await first.session.reveal();
		await first.session.grade(3);
		const buried = first.session.current!.id;
		await first.session.buryCurrent();
		const suspended = first.session.current!.id;
		await first.session.suspendCurrent();

		const { session } = await open(storage);
		expect(session.undoStep).toBe('suspend');
		await session.undo();
		expect(session.current?.id).toBe(suspended);
		expect(session.undoStep).toBe('bury');
		await session.undo();
		expect(session.current?.id).toBe(buried);
		expect(session.undoStep).toBe('grade');
		await session.undo();
		expect(session.current?.id).toBe(graded);
		expect(session.canUndo).toBe(false);
		expect(await stored(storage)).toMatchObject({ cards: [], reviewLog: [], undoStack: [] });
	});

	test('the notice’s Unsuspend still brings the card back after the day’s end, which ends Undo', async () => {
		const time = testClock(new Date(2025, 2, 11, 3, 50).getTime());
		const { session, storage } = await open(new MemoryStorage(), time);
		const suspended = session.current!.id;
		await session.suspendCurrent();
		time.set(new Date(2025, 2, 11, 4, 5).getTime());
		session.refresh();
		expect(session.canUndo).toBe(false);
		expect(session.suspended?.id).toBe(suspended);
		await session.unsuspendLast();
		const card = (await stored(storage)).cards.find((c) => c.cardId === suspended);
		expect(card?.suspended).toBe(false);
		expect(session.current?.id).toBe(suspended);
	});

	test('a card graded, buried, then brought back by Undo can have its grade undone next', async () => {
		const before = relearning('add-1');
		const settings = { ...emptyData().settings, newCardsPerDay: 0 };
		const { session, storage } = await open(seeded({ cards: [before], settings }));
		await session.reveal();
		await session.grade(1); // back in 10 minutes: with nothing else due, on screen at once
		await session.buryCurrent();
		// the bury is a step over the grade, which stays under it
		expect((await stored(storage)).undoStack.map((e) => e.step ?? 'grade')).toEqual([
			'grade',
			'bury'
		]);
		await session.undo();
		expect(session.current?.id).toBe('add-1');
		expect(session.undoStep).toBe('grade');
		await session.undo();
		expect((await stored(storage)).cards).toEqual([before]);
		expect(session.canUndo).toBe(false);
	});

	test('Undo (Ctrl+Z) takes back a suspend first, then the grade before it, as Anki does', async () => {
		const { session, storage } = await open();
		const graded = session.current!.id;
		await session.reveal();
		await session.grade(3);
		const suspended = session.current!.id;
		await session.suspendCurrent();
		expect(session.canUndo).toBe(true);
		await session.undo();
		expect((await stored(storage)).cards.map((c) => c.cardId)).toEqual([graded]);
		expect(session.current?.id).toBe(suspended);
		expect(session.announcement).toMatch(/^Unsuspended “.+”: it is back in your reviews/);
		// the grade before it is still there to take back, and is the next undo
		expect((await stored(storage)).reviewLog).toHaveLength(1);
		await session.undo();
		expect((await stored(storage)).reviewLog).toHaveLength(0);
		expect(session.current?.id).toBe(graded);
	});

	test('with nothing graded today, Undo is offered for a suspend alone', async () => {
		const { session } = await open();
		expect(session.canUndo).toBe(false);
		await session.suspendCurrent();
		expect(session.canUndo).toBe(true);
		await session.undo();
		expect(session.suspended).toBeUndefined();
		expect(session.canUndo).toBe(false);
	});

	test('a grade after a suspend no longer offers to bring the suspended card back', async () => {
		const { session, storage } = await open();
		const first = session.current!.id;
		await session.suspendCurrent();
		await session.reveal();
		await session.grade(3);
		expect(session.suspended).toBeUndefined();
		await session.unsuspendLast();
		expect((await stored(storage)).cards.find((c) => c.cardId === first)?.suspended).toBe(true);
	});

	test('a second press of Suspend, stored after the first, leaves the next card alone', async () => {
		const { session, storage } = await open();
		const first = session.current!.id;
		await Promise.all([session.suspendCurrent(), session.suspendCurrent()]);
		const suspended = (await stored(storage)).cards.filter((c) => c.suspended).map((c) => c.cardId);
		expect(suspended).toEqual([first]);
		expect(session.suspended?.id).toBe(first);
	});

	test('a second @ pressed while the first suspend is stored leaves the next card alone', async () => {
		const { session, storage } = await open();
		const first = session.current!.id;
		const at = {
			key: '@',
			ctrlKey: false,
			metaKey: false,
			altKey: false,
			shiftKey: true,
			repeat: false,
			target: 'other'
		} as const;
		expect(session.key(at)).toBe(true);
		expect(session.key(at)).toBe(true);
		await session.reveal(); // after the steps asked for before it
		const suspended = (await stored(storage)).cards.filter((c) => c.suspended).map((c) => c.cardId);
		expect(suspended).toEqual([first]);
	});

	test('the notice’s Unsuspend, once another tab has stepped since, brings the card back as /cards would', async () => {
		const before = relearning('add-1');
		const settings = { ...emptyData().settings, newCardsPerDay: 0 };
		const hub = tabHub();
		const storage = seeded({ cards: [before], settings });
		const mine = await open(storage, testClock(), undefined, fetcher, hub);
		const other = await open(storage, testClock(), undefined, fetcher, hub);
		await mine.session.reveal();
		await mine.session.grade(1);
		await mine.session.suspendCurrent();
		// another tab unsuspends it on /cards (its steps leave the stack), grades and suspends it again
		await expect.poll(() => other.app.data.cards[0]?.suspended).toBe(true);
		const later = { ...relearning('add-1'), reps: 7, suspended: true };
		await other.app.update((data) => ({
			...data,
			cards: [later],
			reviewLog: [
				...data.reviewLog,
				{ ...data.reviewLog[0]!, id: 'zzzzzzzzzzzz', rating: 3 as const }
			],
			undoStack: []
		}));
		await expect.poll(() => mine.app.data.reviewLog.length).toBe(2);
		expect(mine.session.suspended?.id).toBe('add-1');
		await mine.session.unsuspendLast();
		const data = await stored(storage);
		// the other tab's state, unsuspended: not this tab's older one
		expect(data.cards).toEqual([{ ...later, suspended: false }]);
		expect(data.undoStack).toEqual([]);
	});

	test('brought back from the notice, a card’s grades can be undone again', async () => {
		const before = relearning('add-1');
		const settings = { ...emptyData().settings, newCardsPerDay: 0 };
		const { session, storage } = await open(seeded({ cards: [before], settings }));
		await session.reveal();
		await session.grade(1); // back in 10 minutes: with nothing else due, on screen at once
		expect(session.current?.id).toBe('add-1');
		await session.suspendCurrent();
		expect((await stored(storage)).undoStack.map((e) => e.step ?? 'grade')).toEqual([
			'grade',
			'suspend'
		]);
		await session.unsuspendLast();
		expect((await stored(storage)).undoStack.map((e) => e.step ?? 'grade')).toEqual(['grade']);
		await session.undo();
		expect((await stored(storage)).cards).toEqual([before]);
	});

	test('the Unsuspend offer goes once another tab has brought the card back', async () => {
		const hub = tabHub();
		const storage = seeded({});
		const mine = await open(storage, testClock(), undefined, fetcher, hub);
		const other = await open(storage, testClock(), undefined, fetcher, hub);
		const card = mine.session.current!;
		await mine.session.suspendCurrent();
		expect(mine.session.suspended?.id).toBe(card.id);
		await expect.poll(() => other.app.data.cards.length).toBe(1);
		await other.app.update((data) => ({
			...data,
			cards: data.cards.map((c) => (c.cardId === card.id ? { ...c, suspended: false } : c))
		}));
		await expect.poll(() => mine.session.suspended).toBeUndefined();
	});

	test('a grade survives a reload, and can still be undone after it', async () => {
		const storage = new MemoryStorage();
		const first = await open(storage);
		await first.session.reveal();
		await first.session.grade(4);
		const again = await open(storage);
		expect(again.app.data.reviewLog).toHaveLength(1);
		expect(again.session.current?.id).toBe('rhyme-hard');
		expect(again.session.canUndo).toBe(true);
		await again.session.undo();
		expect((await stored(storage)).reviewLog).toHaveLength(0);
		expect(again.session.current?.id).toBe('rhyme-easy');
	});

	test('the next learner day, the evening’s last grade is not offered for undo', async () => {
		const storage = new MemoryStorage();
		const evening = testClock(start + 8 * 60 * 60_000);
		const first = await open(storage, evening);
		await first.session.reveal();
		await first.session.grade(4);
		expect(first.session.canUndo).toBe(true);
		// back after 04:00 the next morning
		const morning = await open(storage, testClock(start + day));
		expect(morning.session.canUndo).toBe(false);
		await morning.session.undo();
		expect((await stored(storage)).reviewLog).toHaveLength(1);
	});

	test('in a tab left open overnight, the evening’s last grade is not taken back the next morning', async () => {
		const storage = new MemoryStorage();
		const time = testClock(start + 8 * 60 * 60_000);
		const { session } = await open(storage, time);
		await session.reveal();
		await session.grade(4);
		expect(session.current).toBeDefined();
		expect(session.canUndo).toBe(true);
		// the next card stays on screen all night; Ctrl+Z the next morning, before any refresh
		time.advance(12 * 60 * 60_000);
		await session.undo();
		expect((await stored(storage)).reviewLog).toHaveLength(1);
		expect(session.canUndo).toBe(false);
	});

	test('a card forgotten for the eighth time becomes a leech: suspended, and the learner is told', async () => {
		const lapsing: CardState = {
			...relearning('add-2'),
			state: 2,
			lapses: 7,
			stability: 5,
			scheduled_days: 5,
			last_review: new Date(start - 5 * day).toISOString()
		};
		const storage = seeded({
			cards: [lapsing],
			settings: { ...emptyData().settings, newCardsPerDay: 0 }
		});
		const { session } = await open(storage);
		expect(session.current?.id).toBe('add-2');
		await session.reveal();
		await session.grade(1);
		const after = (await stored(storage)).cards[0];
		expect(after).toMatchObject({ lapses: 8, suspended: true, leech: true });
		expect(session.leech?.id).toBe('add-2');
		expect(session.announcement).toMatch(/leech and suspended/);
		expect(session.current).toBeUndefined();
		await session.undo();
		expect(session.leech).toBeUndefined();
		expect((await stored(storage)).cards[0]).toEqual(lapsing);
	});

	test('keeps to the daily new-card limit, and can study more new cards today', async () => {
		const storage = seeded({ settings: { ...emptyData().settings, newCardsPerDay: 2 } });
		const { session } = await open(storage);
		for (let i = 0; i < 2; i++) {
			await session.reveal();
			await session.grade(4);
		}
		expect(session.current).toBeUndefined();
		expect(session.queue.overLimit.new).toBe(2);
		await session.studyMoreNew();
		expect(session.queue.counts.new).toBe(2);
		expect(session.current?.id).toBe('add-1');
	});

	test('a second press of Study more while the first is being stored adds nothing more', async () => {
		const storage = seeded({ settings: { ...emptyData().settings, newCardsPerDay: 2 } });
		const { app, session } = await open(storage);
		for (let i = 0; i < 2; i++) {
			await session.reveal();
			await session.grade(4);
		}
		await Promise.all([session.studyMoreNew(), session.studyMoreNew()]);
		expect(app.todayExtras.newCards).toBe(2);
	});

	test('cards asked for beyond the limit are counted by the badge and Today too, as /review shows them', async () => {
		const storage = seeded({ settings: { ...emptyData().settings, newCardsPerDay: 2 } });
		const { app, session, time } = await open(storage);
		const outlines = payload.cards.map(({ id, topic, difficulty }) => ({ id, topic, difficulty }));
		const badge = new DueToday(app, { cards: outlines, derived: [] }, time.clock);
		for (let i = 0; i < 2; i++) {
			await session.reveal();
			await session.grade(4);
		}
		expect(badge.count).toBe(0);
		await session.studyMoreNew();
		expect(session.queue.queue).toHaveLength(2);
		expect(badge.count).toBe(2);
	});

	/** three review cards due, and a limit of one review a day (no new cards) */
	const threeDueReviewsOneADay = () => {
		const due = (cardId: string): CardState => ({
			...relearning(cardId),
			state: 2,
			stability: 3,
			scheduled_days: 3
		});
		return seeded({
			cards: [due('add-1'), due('add-2'), due('rhyme-easy')],
			settings: { ...emptyData().settings, reviewsPerDay: 1, newCardsPerDay: 0 }
		});
	};

	test('keeps to the daily review limit, and can review more today', async () => {
		const storage = threeDueReviewsOneADay();
		const { session } = await open(storage);
		expect(session.queue.counts.review).toBe(1);
		await session.reveal();
		await session.grade(3);
		expect(session.current).toBeUndefined();
		expect(session.queue.overLimit.review).toBe(2);
		await session.reviewMore();
		expect(session.queue.counts.review).toBe(2);
	});

	test('“Review more” gives the cards it offers when today’s reviews already ran past the limit', async () => {
		const storage = threeDueReviewsOneADay();
		const { app, session } = await open(storage);
		await session.reveal();
		await session.grade(3);
		// the limit lowered in Settings after one review: one past it
		await app.update((data) => ({ ...data, settings: { ...data.settings, reviewsPerDay: 0 } }));
		expect(session.queue.overLimit.review).toBe(2);
		await session.reviewMore();
		expect(session.queue.counts.review).toBe(2);
	});

	test('reviews one topic, and says so when an address asks for a topic that does not exist', async () => {
		const { session } = await open(undefined, undefined, 'shared-addition');
		expect(session.topic).toBe('shared-addition');
		expect(session.addressProblem).toBeUndefined();
		expect(session.queue.queue).toEqual(['add-1', 'add-2']);
		expect(session.setTopic('no-such-topic')).toBeUndefined();
		expect(session.queue.queue).toHaveLength(4);
		expect(session.addressProblem).toBe(
			'There is no topic “no-such-topic”: these are the cards of every topic.'
		);
		expect(session.setTopic('rhyme-planning')).toBe('rhyme-planning');
		expect(session.current?.id).toBe('rhyme-easy');
		expect(session.topicTitle).toBe('Planning in poems');
	});

	test('reviews the cards quoting one episode section, listed in episode order', async () => {
		const quoting = (
			id: string,
			section: SectionId,
			sectionTitle: string,
			paragraphId: string
		) => ({
			...payload.cards.find((c) => c.id === id)!,
			transcript: { section, sectionTitle, quote: 'a verbatim quote', paragraphId }
		});
		const withSections: FlashcardsPayload = {
			...payload,
			cards: [
				quoting('rhyme-hard', 'key-concepts-2', 'Key Concepts Part 2', 'p-40'),
				quoting('rhyme-easy', 'introduction', 'Introduction & Setup', 'p-3'),
				quoting('add-1', 'key-concepts-2', 'Key Concepts Part 2', 'p-41'),
				payload.cards.find((c) => c.id === 'add-2')!
			]
		};
		const app = new AppState(testClock().clock);
		await app.connect(memoryConnection());
		const session = new ReviewSession(app, {
			clock: testClock().clock,
			fetcher: (async () => new Response(JSON.stringify(withSections))) as typeof fetch
		});
		await session.load(undefined, 'key-concepts-2');
		expect(session.sections.map((s) => s.id)).toEqual(['introduction', 'key-concepts-2']);
		expect(session.section).toBe('key-concepts-2');
		expect(session.sectionTitle).toBe('Key Concepts Part 2');
		expect(session.queue.queue).toEqual(['rhyme-hard', 'add-1']);
		expect(session.setSection('closing')).toBeUndefined();
		expect(session.queue.queue).toHaveLength(4);
		expect(session.setSection('introduction')).toBe('introduction');
		expect(session.queue.queue).toEqual(['rhyme-easy']);
	});

	test('reviews what was forgotten today, each card once', async () => {
		const { session } = await open();
		await session.reveal();
		await session.grade(1); // rhyme-easy forgotten
		await session.reveal();
		await session.grade(4); // rhyme-hard
		expect(session.forgottenCount).toBe(1);
		session.reviewForgotten();
		expect(session.mode).toBe('forgotten');
		expect(session.queue.queue).toEqual(['rhyme-easy']);
		await session.reveal();
		await session.grade(3);
		expect(session.current).toBeUndefined();
		session.reviewDue();
		expect(session.mode).toBe('due');
		expect(session.current).toBeDefined();
	});

	test('a card graded Good comes back on the day it is due, and not before', async () => {
		const storage = seeded({
			cards: [relearning('add-1')],
			settings: { ...emptyData().settings, newCardsPerDay: 0 }
		});
		const { session, time } = await open(storage);
		expect(session.previews?.[2].label).toBe('1d');
		await session.reveal();
		await session.grade(3);
		expect(session.current).toBeUndefined();
		// later that evening, then in the small hours before the day turns over at 04:00
		time.set(new Date(2025, 2, 10, 23, 0).getTime());
		session.refresh();
		expect(session.current).toBeUndefined();
		time.set(new Date(2025, 2, 11, 3, 59).getTime());
		session.refresh();
		expect(session.current).toBeUndefined();
		time.set(new Date(2025, 2, 11, 12, 0).getTime());
		session.refresh();
		expect(session.current?.id).toBe('add-1');
	});

	test('a card that falls due while another is on screen is counted at once, and the one on screen stays', async () => {
		const storage = seeded({
			cards: [
				relearning('add-1'),
				{ ...relearning('add-2'), due: new Date(start + 60 * minute).toISOString() }
			],
			settings: { ...emptyData().settings, newCardsPerDay: 0 }
		});
		const { session, time } = await open(storage);
		expect(session.current?.id).toBe('add-1');
		expect(session.queue.queue).toEqual(['add-1']);
		await session.reveal();
		const labels = session.previews?.map((preview) => preview.label);
		// an hour on, the page looks again (as connect's timer does): add-2 is due now
		time.advance(61 * minute);
		session.refresh();
		expect(session.queue.queue).toEqual(['add-1', 'add-2']);
		expect(session.current?.id).toBe('add-1');
		expect(session.revealed).toBe(true);
		// the intervals on the buttons are the ones read when the card came
		expect(session.previews?.map((preview) => preview.label)).toEqual(labels);
		await session.grade(3);
		expect(session.current?.id).toBe('add-2');
	});

	test('after a look while a card is on screen, a grade in another tab still moves this one on', async () => {
		const { mine, other } = await twoTabs([relearning('add-1'), relearning('add-2')]);
		expect(mine.session.current?.id).toBe('add-1');
		mine.time.advance(minute);
		mine.session.refresh();
		await other.session.reveal();
		await other.session.grade(3);
		await expect.poll(() => mine.session.current?.id).toBe('add-2');
		expect(mine.session.queue.queue).toEqual(['add-2']);
	});

	test('the card on screen stays when another tab unsuspends a card that comes before it', async () => {
		const earlier = { ...relearning('add-2'), due: new Date(start - 60 * minute).toISOString() };
		const { mine, other } = await twoTabs([relearning('add-1'), { ...earlier, suspended: true }]);
		expect(mine.session.current?.id).toBe('add-1');
		await mine.session.reveal();
		await other.app.update((data) => setSuspended(data, 'add-2', false, new Date(start)));
		await expect.poll(() => mine.session.queue.queue).toEqual(['add-2', 'add-1']);
		// the card and its shown back stay, as in Anki, until the learner grades it
		expect(mine.session.current?.id).toBe('add-1');
		expect(mine.session.revealed).toBe(true);
		await mine.session.grade(3);
		expect(mine.session.current?.id).toBe('add-2');
	});

	test('a card another tab’s grade puts on screen shows its front, not the back shown before', async () => {
		const { mine, other } = await twoTabs([relearning('add-1'), relearning('add-2')]);
		await mine.session.reveal();
		expect(mine.session.revealed).toBe(true);
		await other.session.reveal();
		await other.session.grade(3);
		await expect.poll(() => mine.session.current?.id).toBe('add-2');
		expect(mine.session.revealed).toBe(false);
		// and it is not graded unseen: a grade waits for its back to be shown
		await mine.session.grade(3);
		expect(mine.session.current?.id).toBe('add-2');
	});

	test('a card another tab grades leaves the screen though a learning step keeps it in the queue, and is not graded twice', async () => {
		const { mine, other } = await twoTabs([relearning('add-1'), relearning('add-2')]);
		await mine.session.reveal();
		expect(mine.session.replacedElsewhere).toBe(false);
		await other.session.reveal();
		await other.session.grade(1);
		// Again: add-1 is due again in minutes, still in the queue, after add-2
		await expect.poll(() => mine.session.current?.id).toBe('add-2');
		expect(mine.session.queue.queue).toContain('add-1');
		expect(mine.session.replacedElsewhere).toBe(true);
		expect(mine.session.revealed).toBe(false);
		await mine.session.reveal();
		await mine.session.grade(3);
		expect(mine.session.replacedElsewhere).toBe(false);
		const reviews = (await stored(mine.storage)).reviewLog.map((r) => r.cardId);
		expect(reviews.toSorted()).toEqual(['add-1', 'add-2']);
	});

	test('chooses the first card from the stored progress, though the cards came before it was read', async () => {
		const storage = seeded({ cards: [relearning('add-1')] });
		const time = testClock();
		const app = new AppState(time.clock);
		const session = new ReviewSession(app, { clock: time.clock, random: () => 0.5, fetcher });
		const loading = session.load();
		await app.connect(memoryConnection(storage));
		await loading;
		// the card due, not a new card chosen from no progress at all; and nothing said of another tab
		expect(session.current?.id).toBe('add-1');
		expect(session.replacedElsewhere).toBe(false);
	});

	test('a card this tab’s undo put back leaves the screen once another tab grades it', async () => {
		const { mine, other } = await twoTabs([relearning('add-1'), relearning('add-2')]);
		await mine.session.reveal();
		await mine.session.grade(3);
		expect(mine.session.current?.id).toBe('add-2');
		await mine.session.undo();
		expect(mine.session.current?.id).toBe('add-1');
		await expect.poll(() => other.session.current?.id).toBe('add-1');
		await other.session.reveal();
		await other.session.grade(3);
		// not graded a second time here: the pinned card gives way, and the page says why
		await expect.poll(() => mine.session.current?.id).toBe('add-2');
		expect(mine.session.replacedElsewhere).toBe(true);
		expect(mine.session.revealed).toBe(false);
	});

	test('a new card on screen stays, its back shown, when a quiz miss in another tab adds it', async () => {
		const hub = tabHub();
		const storage = new MemoryStorage();
		const mine = await open(storage, testClock(), undefined, fetcher, hub);
		const other = await open(storage, testClock(), undefined, fetcher, hub);
		expect(mine.session.current?.id).toBe('rhyme-easy');
		await mine.session.reveal();
		// the other tab's miss gives the card its first state: no review, so nothing to give way to
		await other.app.update((data) => ({
			...data,
			cards: bringIntoReview({ cards: data.cards, cardIds: ['rhyme-easy'], now: new Date(start) })
				.cards
		}));
		await expect.poll(() => mine.app.data.cards.length).toBe(1);
		expect(mine.session.current?.id).toBe('rhyme-easy');
		expect(mine.session.revealed).toBe(true);
		expect(mine.session.replacedElsewhere).toBe(false);
	});

	test('the same card, graded in another tab and still first in the queue, comes back with its front', async () => {
		const { mine, other } = await twoTabs([relearning('add-1')]);
		await mine.session.reveal();
		await other.session.reveal();
		await other.session.grade(1);
		await expect.poll(() => mine.session.replacedElsewhere).toBe(true);
		expect(mine.session.current?.id).toBe('add-1');
		// its back, shown before the other tab's grade, is not: a grade waits for it to be shown again
		expect(mine.session.revealed).toBe(false);
		await mine.session.grade(3);
		expect((await stored(mine.storage)).reviewLog).toHaveLength(1);
		await mine.session.reveal();
		await mine.session.grade(3);
		expect((await stored(mine.storage)).reviewLog).toHaveLength(2);
	});

	test('with no card left on screen after another tab’s grade, the counts are those of the page', async () => {
		const { mine, other } = await twoTabs([
			relearning('add-1'),
			{ ...relearning('add-2'), due: new Date(start + 60 * minute).toISOString() }
		]);
		// this tab looks again once add-2 is due, with add-1 still on screen; the other grades add-1
		mine.time.advance(61 * minute);
		mine.session.refresh();
		expect(mine.session.queue.queue).toEqual(['add-1', 'add-2']);
		await other.session.reveal();
		await other.session.grade(3);
		await expect.poll(() => mine.session.queue.queue).toEqual([]);
		expect(mine.session.current).toBeUndefined();
		// the next look puts add-2 on screen
		mine.session.refresh();
		expect(mine.session.current?.id).toBe('add-2');
		expect(mine.session.queue.queue).toEqual(['add-2']);
	});

	test('takes the desired retention from the settings', async () => {
		const low = await open(
			seeded({
				cards: [{ ...relearning('add-1'), state: 2, stability: 10 }],
				settings: { ...emptyData().settings, newCardsPerDay: 0, desiredRetention: 0.8 }
			})
		);
		const high = await open(
			seeded({
				cards: [{ ...relearning('add-1'), state: 2, stability: 10 }],
				settings: { ...emptyData().settings, newCardsPerDay: 0, desiredRetention: 0.97 }
			})
		);
		const good = (s: ReviewSession) => s.previews?.[2].intervalMs ?? 0;
		expect(good(low.session)).toBeGreaterThan(good(high.session));
	});

	test('says so when the cards cannot be loaded', async () => {
		const app = new AppState();
		await app.connect(memoryConnection());
		const failing = (async () => new Response('nope', { status: 404 })) as typeof fetch;
		const session = new ReviewSession(app, { fetcher: failing });
		await session.load();
		expect(session.status).toBe('failed');
		expect(session.loadProblem).toMatch(/404/);
		expect(session.ready).toBe(false);
	});
});
