import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { fetchJson } from './fetch-json';

const Shape = z.object({ file: z.literal('all'), items: z.array(z.number()) });

const respond =
	(body: string, status = 200): typeof fetch =>
	async () =>
		new Response(body, { status });

describe('fetchJson', () => {
	it('returns the parsed body of the URL asked for', async () => {
		let asked = '';
		const fetcher: typeof fetch = async (url) => {
			asked = String(url);
			return new Response(JSON.stringify({ file: 'all', items: [1, 2] }));
		};
		await expect(fetchJson('/quiz-data/all.json', Shape, fetcher)).resolves.toEqual({
			file: 'all',
			items: [1, 2]
		});
		expect(asked).toBe('/quiz-data/all.json');
	});

	it('refuses a body of another shape, or one that is not JSON', async () => {
		await expect(fetchJson('/x', Shape, respond('{"file":"other","items":[]}'))).rejects.toThrow(
			/expected form/
		);
		await expect(fetchJson('/x', Shape, respond('<html>'))).rejects.toThrow(/expected form/);
	});

	it('says when the download fails or the server refuses', async () => {
		await expect(fetchJson('/x', Shape, respond('', 404))).rejects.toThrow(/answered 404/);
		const offline: typeof fetch = async () => {
			throw new TypeError('Failed to fetch');
		};
		await expect(fetchJson('/x', Shape, offline)).rejects.toThrow(/connection/);
	});
});
