import { describe, expect, test } from 'vitest';
import { learnerDayStart } from '$lib/calendar/study-day';
import type { FlashcardItem, FlashcardsPayload } from '$lib/content/flashcard-items';
import { MemoryStorage } from '$lib/storage/memory-storage';
import { storageKey, toEnvelopeJson } from '$lib/storage/store';
import { memoryConnection, storedFor } from '$lib/browser/test-tabs';
import { emptyData, type AppData, type CardState } from '$lib/model/schema';
import { AppState } from './app-state.svelte';
import { CardBrowser, foldText } from './card-browser.svelte';
import { cardsDrawnFirst, cardsDrawnPerTask, openingCards } from '$lib/srs/card-filter';
import { flashcard, flashcardsPayload } from '$lib/srs/test-fixtures';

const now = new Date('2025-03-10T09:00:00.000Z');

const item = (id: string, topic: string, front: string): FlashcardItem => ({
	id,
	topic: topic as FlashcardItem['topic'],
	difficulty: 'recall',
	kind: 'concept',
	front,
	back: `back of ${id}`,
	explanation: `why ${id}`,
	paper: [{ section: '6', title: 'Addition' }],
	evidence: []
});

const payload: FlashcardsPayload = {
	paperUrl: 'https://transformer-circuits.pub/2025/attribution-graphs/biology.html',
	derived: [],
	topics: [
		{ id: 'rhyme-planning', title: 'Planning in poems' },
		{ id: 'shared-addition', title: 'Addition' }
	],
	cards: [
		item('rhyme-1', 'rhyme-planning', 'Which words does the model plan, “rabbit” or habit?'),
		item('add-1', 'shared-addition', 'How does the model add 36+59?'),
		item('add-2', 'shared-addition', 'Can the model explain its own résumé of addition?')
	]
};

const review: CardState = {
	cardId: 'add-1',
	due: '2025-03-14T09:00:00.000Z',
	stability: 4,
	difficulty: 5,
	elapsed_days: 0,
	scheduled_days: 4,
	learning_steps: 0,
	reps: 2,
	lapses: 0,
	state: 2,
	last_review: '2025-03-10T09:00:00.000Z',
	suspended: false,
	leech: false
};

async function open(data: Partial<AppData> = {}, deck: FlashcardsPayload = payload) {
	const storage = new MemoryStorage();
	storage.setItem(storageKey, toEnvelopeJson({ ...emptyData(), ...data }, now));
	const app = new AppState(() => now);
	await app.connect(memoryConnection(storage));
	const fetcher = (async () => new Response(JSON.stringify(deck))) as typeof fetch;
	const browser = new CardBrowser(app, { clock: () => now, fetcher });
	await browser.load();
	return { app, browser, storage };
}

const ids = (browser: CardBrowser) => browser.groups.flatMap((g) => g.rows.map((r) => r.card.id));

describe('CardBrowser', () => {
	test('lists every card by topic, with its state and next due date', async () => {
		const { browser } = await open({ cards: [review] });
		expect(browser.groups.map((g) => g.topic.title)).toEqual(['Planning in poems', 'Addition']);
		const rows = browser.groups[1]!.rows;
		// due at 09:00 UTC on the 14th: it comes on that learner day, from its 04:00
		expect(rows[0]!.status).toMatchObject({
			phase: 'review',
			due: learnerDayStart(new Date('2025-03-14T09:00:00.000Z')).toISOString()
		});
		expect(rows[1]!.status).toMatchObject({ phase: 'new' });
		expect(browser.countText).toBe('3 cards in 2 topics.');
	});

	test('counts the cards made from questions the learner missed apart from the deck’s', async () => {
		const made = item('quiz-add-q1', 'shared-addition', 'Question: how are 36 and 59 added?');
		const deck = { ...payload, derived: [made] };
		// a derived card is in the learner's deck once a miss has given it a state
		const { browser } = await open({ cards: [{ ...review, cardId: 'quiz-add-q1' }] }, deck);
		expect(browser.total).toBe(4);
		expect(browser.countText).toBe(
			'4 cards in 2 topics: the 3 of the deck and 1 card made from questions you missed.'
		);
		expect((await open({}, deck)).browser.countText).toBe('3 cards in 2 topics.');
	});

	test('gives a studied card its record: recall now, stability, difficulty and its grades', async () => {
		const graded = (id: string, rating: number, daysAgo: number) => ({
			id,
			cardId: 'add-1',
			rating,
			reviewedAt: new Date(now.getTime() - daysAgo * 86_400_000).toISOString(),
			state: 2,
			due: review.due,
			stability: 4,
			difficulty: 5,
			scheduled_days: 4,
			durationMs: 5_000
		});
		const fourDaysAgo = { ...review, last_review: '2025-03-06T09:00:00.000Z' };
		const { browser } = await open({
			cards: [fourDaysAgo],
			reviewLog: [graded('r1', 3, 8), graded('r2', 3, 4)]
		});
		const info = browser.infoOf('add-1');
		// four days after its last review, a card of stability 4 is recalled 90% of the time
		expect(info?.recallChance).toBeCloseTo(0.9, 3);
		expect(info).toMatchObject({ reviews: 2, stabilityDays: 4, totalMs: 10_000 });
		// FSRS's difficulty 5 of 1–10, as Anki shows it
		expect(info?.difficultyShare).toBeCloseTo(4 / 9, 6);
		expect(info?.grades.map((g) => g.grade)).toEqual([3, 3]);
		expect(browser.infoOf('add-2')).toBeUndefined();
	});

	test('sorts the whole deck under one heading, and back by topic', async () => {
		const forgotten = { ...review, cardId: 'add-2', lapses: 4 };
		const { browser } = await open({ cards: [review, forgotten] });
		browser.sort = 'forgotten';
		expect(browser.drawnGroups.map((g) => [g.title, g.size])).toEqual([['Most forgotten', 3]]);
		expect(browser.drawnGroups[0]!.rows.map((r) => r.card.id)).toEqual([
			'add-2',
			'add-1',
			'rhyme-1'
		]);
		browser.sort = 'topic';
		expect(browser.drawnGroups.map((g) => g.title)).toEqual(['Planning in poems', 'Addition']);
	});

	test('filters by text, ignoring case, accents and curly quotes', async () => {
		const { browser } = await open();
		browser.query = 'RESUME';
		expect(ids(browser)).toEqual(['add-2']);
		browser.query = '"rabbit"';
		expect(ids(browser)).toEqual(['rhyme-1']);
		browser.query = 'MODEL   36';
		expect(ids(browser)).toEqual(['add-1']);
		expect(browser.countText).toBe('1 card of 3 match.');
		browser.query = 'poems';
		expect(ids(browser)).toEqual(['rhyme-1']);
		// a phrase in quotation marks is found whole, the words in that order
		browser.query = '"add 36+59"';
		expect(ids(browser)).toEqual(['add-1']);
		browser.query = '"36+59 add"';
		expect(ids(browser)).toEqual([]);
		// a sum with spaces finds it written without
		browser.query = '36 + 59';
		expect(ids(browser)).toEqual(['add-1']);
	});

	test('filters by state, and finds states typed in the text filter', async () => {
		const { browser } = await open({ cards: [{ ...review, suspended: true, leech: true }] });
		browser.stateFilter = 'leech';
		expect(ids(browser)).toEqual(['add-1']);
		browser.stateFilter = 'new';
		expect(ids(browser)).toEqual(['rhyme-1', 'add-2']);
		browser.clearFilters();
		browser.query = 'suspended';
		expect(ids(browser)).toEqual(['add-1']);
	});

	test('suspends and unsuspends a card, storing it, and says so', async () => {
		const { browser, storage } = await open({ cards: [review] });
		await browser.toggleSuspended('add-1');
		expect((await storedFor(storage)).cards[0]?.suspended).toBe(true);
		expect(browser.announcement).toMatch(/^Suspended: “How does the model add 36\+59\?”/);
		expect(browser.groups[1]!.rows[0]!.status.suspended).toBe(true);
		await browser.toggleSuspended('add-1');
		expect(browser.groups[1]!.rows[0]!.status.suspended).toBe(false);
		expect(browser.announcement).toMatch(/^Unsuspended/);
	});

	test('keeps a card brought back under the Suspended filter in view until the filters change', async () => {
		const { browser } = await open({ cards: [{ ...review, suspended: true }] });
		browser.stateFilter = 'suspended';
		expect(ids(browser)).toEqual(['add-1']);
		await browser.toggleSuspended('add-1');
		// still there, unsuspended, under the learner's hand
		expect(ids(browser)).toEqual(['add-1']);
		expect(browser.groups[0]!.rows[0]!.status.suspended).toBe(false);
		browser.stateFilter = 'all';
		browser.stateFilter = 'suspended';
		expect(ids(browser)).toEqual([]);
	});

	test('the Buried filter lists the cards buried until a later day, as of when it is chosen', async () => {
		let at = now.getTime();
		const storage = new MemoryStorage();
		const buried = { ...review, buriedUntil: '2025-03-11T04:00:00.000Z' };
		storage.setItem(storageKey, toEnvelopeJson({ ...emptyData(), cards: [buried] }, now));
		const app = new AppState(() => new Date(at));
		await app.connect(memoryConnection(storage));
		const fetcher = (async () => new Response(JSON.stringify(payload))) as typeof fetch;
		const browser = new CardBrowser(app, { clock: () => new Date(at), fetcher });
		await browser.load();
		browser.stateFilter = 'buried';
		expect(ids(browser)).toEqual(['add-1']);
		await browser.unbury('add-1');
		// still there, unburied, under the learner's hand
		expect(ids(browser)).toEqual(['add-1']);
		expect(browser.groups[0]!.rows[0]!.status.buried).toBe(false);
		browser.stateFilter = 'all';
		browser.stateFilter = 'buried';
		expect(ids(browser)).toEqual([]);

		// buried again; the page left open past the bury's end: choosing the filter reads the clock
		await app.update((data) => ({ ...data, cards: [buried] }));
		browser.stateFilter = 'all';
		browser.stateFilter = 'buried';
		expect(ids(browser)).toEqual(['add-1']);
		at = Date.parse('2025-03-11T04:00:00.000Z');
		browser.stateFilter = 'all';
		browser.stateFilter = 'buried';
		expect(ids(browser)).toEqual([]);
	});

	test('suspends a card never studied: it stays new', async () => {
		const { browser } = await open();
		await browser.toggleSuspended('rhyme-1');
		expect(browser.groups[0]!.rows[0]!.status).toMatchObject({ phase: 'new', suspended: true });
	});
});

describe('foldText', () => {
	test('folds case, accents, curly quotes and spaces', async () => {
		expect(foldText('  Résumé  “Rabbit”\n’s ')).toBe('resume "rabbit" \'s');
	});
});

describe('CardBrowser draws a long list a few cards at a time', () => {
	// 12 cards: 7 of the first topic, 5 of the second
	const long = flashcardsPayload([
		...Array.from({ length: 7 }, (_, i) => flashcard(`rhyme-${i}`, 'rhyme-planning')),
		...Array.from({ length: 5 }, (_, i) => flashcard(`add-${i}`, 'shared-addition'))
	]);
	async function openLong() {
		const app = new AppState(() => now);
		await app.connect(memoryConnection(new MemoryStorage()));
		const fetcher = (async () => new Response(JSON.stringify(long))) as typeof fetch;
		const browser = new CardBrowser(app, { clock: () => now, fetcher });
		await browser.load();
		return browser;
	}
	const drawn = (browser: CardBrowser) =>
		browser.drawnGroups.flatMap((g) => g.rows.map((r) => r.card.id));

	test('first the cards the build drew into the page, then more each time, until all are', async () => {
		const browser = await openLong();
		expect(drawn(browser)).toHaveLength(cardsDrawnFirst);
		// the very cards, states and sizes the build drew into the page for a new learner
		expect(browser.drawnGroups).toEqual([openingCards(long, cardsDrawnFirst)?.group]);
		expect(browser.drawnGroups[0]?.size).toBe(7);
		expect(browser.allDrawn).toBe(false);
		let steps = 0;
		while (!browser.allDrawn) {
			browser.drawMore();
			steps++;
		}
		expect(steps).toBe(Math.ceil((12 - cardsDrawnFirst) / cardsDrawnPerTask));
		expect(drawn(browser)).toEqual(ids(browser));
		expect(browser.countText).toBe('12 cards in 2 topics.');
	});

	test('the card the URL points at is drawn at once, with every card above it', async () => {
		const browser = await openLong();
		browser.target = 'add-3';
		expect(drawn(browser).at(-1)).toBe('add-3');
		expect(drawn(browser)).toHaveLength(11);
	});

	test('a filter draws from its own matches, and clearing it goes on drawing the rest', async () => {
		const browser = await openLong();
		browser.query = 'front of add';
		expect(drawn(browser)).toEqual(['add-0', 'add-1', 'add-2', 'add-3']);
		browser.drawMore();
		expect(browser.allDrawn).toBe(true);
		browser.clearFilters();
		expect(browser.allDrawn).toBe(false);
	});
});
