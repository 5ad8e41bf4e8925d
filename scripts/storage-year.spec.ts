import { describe, expect, test } from 'vitest';
import { readEnvelope } from '../src/lib/storage/store';
import { simulateYear } from './storage-year';

describe('a year of daily reviews in storage (issue 6)', () => {
	test('200 cards, 50 reviews a day: the stored state reads back identical and stays under the 5 MB cap', { timeout: 60_000 }, () => {
		const year = simulateYear();
		expect(year.reviews).toBe(365 * 50);
		const read = readEnvelope(year.json);
		expect(read.status).toBe('ok');
		expect(read.status === 'ok' && read.data).toEqual(year.data);
		// the figure in the README; fails loudly if the format grows past what the app can read back
		console.log(`a year of reviews: ${year.chars} characters, ${(year.shareOfReadCap * 100).toFixed(0)}% of the 5 MB cap`);
		expect(year.shareOfReadCap).toBeLessThan(0.95);
	});
});
