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
			await expect(checkInSlices(schema, body, slicer()), name).resolves.toStrictEqual({
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
		/** the lists of a file with at least `n` items */
		const listsOf = (b: Record<string, unknown>, n: number) =>
			Object.values(b).filter((v): v is unknown[] => Array.isArray(v) && v.length >= n);
		/** each fault breaks a file, or says it does not apply to it */
		const faults: [string, (body: Record<string, unknown>) => boolean][] = [
			[
				'a top-level field of another type',
				(b) => ((b[Object.keys(b).at(-1)!] = Symbol('x')), true)
			],
			['a top-level field gone', (b) => delete b[Object.keys(b)[0]!]],
			[
				'an item of another shape in a list, in its middle when it has one',
				(b) => {
					const [list] = listsOf(b, 1);
					if (list) list[Math.floor(list.length / 2)] = { id: 7 };
					return list !== undefined;
				}
			],
			[
				'a field of the last item of a list of another type',
				(b) => {
					const last = listsOf(b, 1)
						.map((list) => list.at(-1))
						.find((item) => item !== null && typeof item === 'object');
					if (last) (last as Record<string, unknown>)[Object.keys(last)[0]!] = Symbol('x');
					return last !== undefined;
				}
			]
		];
		const applied = new Map<string, number>();
		for (const { name, schema, body } of all)
			for (const [fault, apply] of faults) {
				const broken = structuredClone(body) as Record<string, unknown>;
				if (!apply(broken)) continue;
				applied.set(fault, (applied.get(fault) ?? 0) + 1);
				expect(schema.safeParse(broken).success, `${name}: ${fault}`).toBe(false);
				await expect(
					checkInSlices(schema, broken, slicer()),
					`${name}: ${fault}`
				).resolves.toStrictEqual({
					success: false
				});
			}
		// every fault was tried on the files with lists: the cards, the outlines and each quiz file
		for (const [fault] of faults)
			expect(applied.get(fault) ?? 0, fault).toBeGreaterThanOrEqual(all.length - 1);
		for (const { name, schema } of all)
			for (const body of [null, [], 'x', 42]) {
				expect(schema.safeParse(body).success).toBe(false);
				await expect(
					checkInSlices(schema, body, slicer()),
					`${name}: ${JSON.stringify(body)}`
				).resolves.toStrictEqual({
					success: false
				});
			}
	});

	it('drops keys the schema does not name, as checking the whole does', async () => {
		const body = { file: 'all', items: [1, 2], extra: true };
		await expect(checkInSlices(Shape, body, slicer())).resolves.toStrictEqual({
			success: true,
			data: { file: 'all', items: [1, 2] }
		});
		expect(Shape.parse(body)).toEqual({ file: 'all', items: [1, 2] });
	});

	it('checks a list with a refinement of its own whole, refinement and all', async () => {
		const Capped = z.object({ items: z.array(z.number()).check(z.maxLength(30)) });
		const numbers = (n: number) => Array.from({ length: n }, (_, i) => i);
		await expect(checkInSlices(Capped, { items: numbers(31) }, slicer())).resolves.toStrictEqual({
			success: false
		});
		const clock = slicer();
		await expect(checkInSlices(Capped, { items: numbers(30) }, clock)).resolves.toStrictEqual({
			success: true,
			data: { items: numbers(30) }
		});
		// checked whole, in one go: thirty items checked apart would have paused
		expect(clock.seen.pauses).toBe(0);
		const Uncapped = z.object({ items: z.array(z.number()) });
		const sliced = slicer();
		await checkInSlices(Uncapped, { items: numbers(30) }, sliced);
		expect(sliced.seen.pauses).toBeGreaterThan(0);
	});
});
