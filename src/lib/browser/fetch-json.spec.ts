import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { CardOutlinesPayload, StoredFlashcards } from '$lib/content/flashcard-items';
import { QuizChunk, QuizContext } from '$lib/content/quiz-items';
import { TranscriptAnnotations } from '$lib/transcript/annotations';
import { checkInSlices, fetchJson, sliceMs } from './fetch-json';

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

describe('checkInSlices', () => {
	/** a clock that moves 1 ms each time it is read, and a count of the pauses */
	const slicer = () => {
		let ms = 0;
		const seen = { pauses: 0 };
		return {
			seen,
			pause: async () => {
				seen.pauses++;
			},
			now: () => ms++
		};
	};

	const files = async () => {
		const cards = await import('../../routes/cards-data/cards.json/+server');
		const outlines = await import('../../routes/cards-data/bank.json/+server');
		const quiz = await import('../../routes/quiz-data/[file].json/+server');
		const annotations = await import('../../routes/transcript/annotations.json/+server');
		const body = async (response: Response | Promise<Response>) =>
			(await response).json() as Promise<unknown>;
		const context = await body(quiz.GET({ params: { file: 'context' } } as never));
		const chunks = QuizContext.parse(context).chunks;
		return [
			{ name: 'cards.json', schema: StoredFlashcards, body: await body(cards.GET()) },
			{ name: 'bank.json', schema: CardOutlinesPayload, body: await body(outlines.GET()) },
			{ name: 'context.json', schema: QuizContext, body: context },
			...(await Promise.all(
				chunks.map(async (chunk) => ({
					name: `${chunk}.json`,
					schema: QuizChunk as z.ZodMiniType,
					body: await body(quiz.GET({ params: { file: chunk } } as never))
				}))
			)),
			{
				name: 'annotations.json',
				schema: TranscriptAnnotations,
				body: await body(annotations.GET())
			}
		];
	};

	it('gives what checking the whole gives, for every file the build writes', async () => {
		const all = await files();
		expect(all.length).toBeGreaterThan(10);
		for (const { name, schema, body } of all) {
			const whole = schema.safeParse(body);
			expect(whole.success, name).toBe(true);
			await expect(checkInSlices(schema, body, slicer()), name).resolves.toEqual({
				success: true,
				data: whole.data
			});
		}
	});

	it('lets the page have the thread back between slices of a big file', async () => {
		const cards = (await files()).find((f) => f.name === 'cards.json');
		if (!cards) throw new Error('cards.json');
		const clock = slicer();
		await checkInSlices(cards.schema, cards.body, clock);
		// an item a millisecond: at least one pause for every slice of sliceMs items
		const items = (cards.body as { cards: unknown[]; derived: unknown[] }).cards.length;
		expect(clock.seen.pauses).toBeGreaterThanOrEqual(Math.floor(items / (sliceMs + 1)));
	});

	it('refuses what checking the whole refuses, wherever the fault is', async () => {
		const all = await files();
		const faults: [string, (body: Record<string, unknown>) => void][] = [
			['a list that is not a list', (b) => (b[Object.keys(b).at(-1) as string] = 'cards')],
			['a top-level field gone', (b) => delete b[Object.keys(b)[0] as string]],
			[
				'an item of another type deep in a list',
				(b) => {
					const list = Object.values(b).find((v) => Array.isArray(v) && v.length > 2);
					if (Array.isArray(list)) list[Math.floor(list.length / 2)] = { id: 7 };
				}
			],
			[
				'the last item’s field of another type',
				(b) => {
					const list = Object.values(b).find((v) => Array.isArray(v) && v.length > 0);
					const last = Array.isArray(list) ? list.at(-1) : undefined;
					if (last && typeof last === 'object') Object.assign(last, { id: ['x'] });
				}
			],
			['not an object', (b) => Object.setPrototypeOf(b, Array.prototype)]
		];
		for (const { name, schema, body } of all)
			for (const [fault, apply] of faults) {
				const broken = structuredClone(body) as Record<string, unknown>;
				apply(broken);
				const whole = schema.safeParse(broken);
				const sliced = await checkInSlices(schema, broken, slicer());
				expect(sliced.success, `${name}: ${fault}`).toBe(whole.success);
				if (whole.success)
					expect(sliced, `${name}: ${fault}`).toEqual({ success: true, data: whole.data });
			}
	});

	it('drops keys the schema does not name, as checking the whole does', async () => {
		const body = { file: 'all', items: [1, 2], extra: true };
		await expect(checkInSlices(Shape, body, slicer())).resolves.toEqual({
			success: true,
			data: { file: 'all', items: [1, 2] }
		});
		expect(Shape.parse(body)).toEqual({ file: 'all', items: [1, 2] });
	});

	it('checks a list with a refinement of its own whole, refinement and all', async () => {
		const Short = z.object({ items: z.array(z.number()).check(z.maxLength(2)) });
		await expect(checkInSlices(Short, { items: [1, 2, 3] }, slicer())).resolves.toEqual({
			success: false
		});
		const clock = slicer();
		await expect(checkInSlices(Short, { items: [1, 2] }, clock)).resolves.toEqual({
			success: true,
			data: { items: [1, 2] }
		});
	});
});
