import { describe, expect, it } from 'vitest';
import { fetchQuizItems, whenLoaded } from './quiz-data';

const item = { question: { id: 'q1', type: 'single' }, paper: [], misconceptions: [] };

const respond = (body: unknown, status = 200): typeof fetch =>
	(async () =>
		new Response(typeof body === 'string' ? body : JSON.stringify(body), {
			status
		})) as typeof fetch;

describe('fetchQuizItems', () => {
	it('returns the items of the file asked for', async () => {
		let asked = '';
		const fetcher = (async (url: string) => {
			asked = url;
			return new Response(JSON.stringify({ file: 'topic-jailbreak', items: [item] }));
		}) as typeof fetch;
		await expect(fetchQuizItems('topic-jailbreak', fetcher)).resolves.toEqual([item]);
		expect(asked).toBe('/quiz-data/topic-jailbreak.json');
	});

	it('refuses another file, a broken item or what is not JSON', async () => {
		await expect(fetchQuizItems('all', respond({ file: 'fact-check', items: [] }))).rejects.toThrow(
			/expected form/
		);
		await expect(
			fetchQuizItems('all', respond({ file: 'all', items: [{ question: { id: 1 } }] }))
		).rejects.toThrow(/expected form/);
		await expect(fetchQuizItems('all', respond('<html>'))).rejects.toThrow(/expected form/);
	});

	it('says when the download fails', async () => {
		await expect(fetchQuizItems('all', respond('', 404))).rejects.toThrow(/HTTP 404/);
		const offline = (async () => {
			throw new TypeError('Failed to fetch');
		}) as typeof fetch;
		await expect(fetchQuizItems('all', offline)).rejects.toThrow(/connection/);
	});
});

describe('whenLoaded', () => {
	it('resolves once the app has read storage', async () => {
		const app = { loaded: false };
		setTimeout(() => (app.loaded = true), 5);
		await expect(whenLoaded(app, 1)).resolves.toBeUndefined();
	});

	it('gives up with a message when storage is never read', async () => {
		await expect(whenLoaded({ loaded: false }, 1, 10)).rejects.toThrow(
			'your saved progress could not be read; reload the page'
		);
	});
});
