// shared by review.e2e.ts and cards.e2e.ts: seeding storage, reading it back, the card bank.
import type { APIRequestContext, Page } from '@playwright/test';
import {
	resolveFlashcards,
	StoredFlashcards,
	type FlashcardsPayload
} from '../../src/lib/content/flashcard-items';
import { emptyData, type AppData, type CardState } from '../../src/lib/model/schema';
import { databaseData } from './stored-state';

export const storageKey = 'biology-study:state';

/** a Monday morning; the learner's day turns over at 04:00 (tests run in UTC) */
export const t0 = new Date('2025-03-10T09:00:00.000Z');
export const minute = 60_000;
export const hour = 60 * minute;
export const day = 24 * hour;

/**
 * Stores `data` before the app loads, once per test: a reload keeps what the page itself saved.
 * Anything not given comes from an empty store.
 */
export async function seed(page: Page, data: Partial<AppData>) {
	const envelope = JSON.stringify({
		version: 1,
		savedAt: new Date(t0.getTime() - hour).toISOString(),
		data: { ...emptyData(), ...data }
	});
	await page.addInitScript(
		([key, json]) => {
			if (sessionStorage.getItem('seeded-by-test')) return;
			localStorage.setItem(key, json);
			sessionStorage.setItem('seeded-by-test', '1');
		},
		[storageKey, envelope] as const
	);
}

/** what the app has stored in its database, read as the app reads it */
export const stored = (page: Page): Promise<AppData> => databaseData(page);

/** the prerendered cards, as the pages fetch them */
export async function bank(request: APIRequestContext): Promise<FlashcardsPayload> {
	const response = await request.get('/cards-data/cards.json');
	return resolveFlashcards(StoredFlashcards.parse(await response.json()));
}

/** settings with overrides */
export const settings = (overrides: Partial<AppData['settings']> = {}): AppData['settings'] => ({
	...emptyData().settings,
	...overrides
});

/** a card in the review state, due at t0, last seen 5 days before */
export const reviewCard = (cardId: string, overrides: Partial<CardState> = {}): CardState => ({
	cardId,
	due: t0.toISOString(),
	stability: 5,
	difficulty: 6,
	elapsed_days: 0,
	scheduled_days: 5,
	learning_steps: 0,
	reps: 6,
	lapses: 0,
	state: 2,
	last_review: new Date(t0.getTime() - 5 * day).toISOString(),
	suspended: false,
	leech: false,
	...overrides
});

/** a relearning card due at t0 that Good sends back to review in exactly 1 day */
export const relearningCard = (cardId: string): CardState =>
	reviewCard(cardId, {
		state: 3,
		stability: 0.9,
		scheduled_days: 0,
		lapses: 1,
		last_review: new Date(t0.getTime() - 10 * minute).toISOString()
	});
