import { expect, test, vi } from 'vitest';
import {
	benchSet,
	beside,
	median,
	onePerRoute,
	parseQueueOutput,
	printStore,
	ratios,
	withoutScripts
} from './bench.js';

test('the median of an odd count is the middle value, of an even count the mean of the two', () => {
	expect(median([3, 1, 2])).toBe(2);
	expect(median([4, 1, 3, 2])).toBe(2.5);
});

test('the due-queue timings are read from bench-queue.ts output, whatever its spacing', () => {
	const output = [
		'collection: 10000 cards, 6995 with a state, 100000 log entries',
		'dueQueue         median 5.96 ms  p95 8.38 ms  min 2.79 ms  max 15.95 ms  (50 runs)',
		'dueQueue topic   median   1.92 ms  p95   3.39 ms  min   1.77 ms  max   6.26 ms'
	].join('\n');
	expect(parseQueueOutput(output)).toEqual([
		{ label: 'dueQueue', medianMs: 5.96, p95Ms: 8.38, minMs: 2.79, maxMs: 15.95 },
		{ label: 'dueQueue topic', medianMs: 1.92, p95Ms: 3.39, minMs: 1.77, maxMs: 6.26 }
	]);
});

test('the floor is the same page with every script and module preload removed, styles kept', () => {
	const page = [
		'<!doctype html><html><head>',
		'<link href="./_app/immutable/entry/start.js" rel="modulepreload">',
		"<link rel='modulepreload' href='./_app/immutable/chunks/a.js'>",
		'<link href="./_app/immutable/assets/0.css" rel="stylesheet">',
		'<script type="module" src="./x.js"></script>',
		'</head><body><h1>Quiz</h1>',
		'<script>\n\t__sveltekit = { base: "" };\n\tPromise.all([import("./a.js")]);\n</script>',
		'<SCRIPT type="application/json" data-sveltekit-fetched>{"a":1}</SCRIPT>',
		'<p>after</p></body></html>'
	].join('\n');
	const floor = withoutScripts(page);
	expect(floor).not.toMatch(/<script|modulepreload|__sveltekit|import\(/i);
	expect(floor).toContain('<link href="./_app/immutable/assets/0.css" rel="stylesheet">');
	expect(floor).toContain('<h1>Quiz</h1>');
	expect(floor).toContain('<p>after</p>');
});

test('one page stands for every route: of the quiz sets, only those of one set', () => {
	const files = [
		'404.html',
		'index.html',
		'quiz.html',
		'quiz/fact-check.html',
		'quiz/fact-check/results.html',
		`quiz/${benchSet}.html`,
		`quiz/${benchSet}/results.html`,
		'review.html'
	];
	expect(onePerRoute(files)).toEqual([
		'404.html',
		'index.html',
		'quiz.html',
		`quiz/${benchSet}.html`,
		`quiz/${benchSet}/results.html`,
		'review.html'
	]);
});

test('every figure is set beside its floor with the ratio, none where the floor is zero', () => {
	expect(
		ratios(
			{ performance: 90, lcpMs: 2400, tbtMs: 150, cls: 0 },
			{ performance: 100, lcpMs: 900, tbtMs: 0, cls: 0 }
		)
	).toEqual({
		performance: 0.9,
		lcp: 2.67,
		tbt: undefined,
		cls: undefined
	});
	expect(beside(2400, 900, 2.67)).toBe('2400 / 900 (×2.67)');
	expect(beside(150, 0, undefined)).toBe('150 / 0');
	expect(beside(97, undefined, undefined)).toBe('97 / none');
});

test("the store's figures are printed as measured: each commit, the year's size and its loads", () => {
	const summary = (p50Ms: number, p95Ms: number, maxMs: number, count: number) => ({
		count,
		p50Ms,
		p95Ms,
		maxMs,
		minMs: 0,
		meanMs: 0
	});
	const lines: string[] = [];
	const log = vi.spyOn(console, 'log').mockImplementation((line: string) => lines.push(line));
	const quiz = { measured: true, storeCommits: summary(4.2, 9.8, 12, 100) };
	const review = { measured: true, storeCommits: summary(3.1, 7.5, 11, 100) };
	const yearInStore = {
		measured: true,
		year: { answers: 3650, reviews: 18250, localStorageChars: 2_074_897 },
		indexedDbBytes: 3 * 1024 * 1024,
		firstVisitWithMoveMs: 2500,
		load: summary(410, 520, 530, 10)
	};
	// @ts-expect-error: only the fields printStore reads
	printStore({ quiz, review, yearInStore });
	log.mockRestore();
	const text = lines.join('\n');
	expect(text).toContain('an answer stored, before its feedback shows: p50 4.2 ms, p95 9.8 ms');
	expect(text).toContain('a grade stored, before the next card shows: p50 3.1 ms, p95 7.5 ms');
	expect(text).toContain('3,650 answers, 18,250 reviews; 2.07 M characters');
	expect(text).toContain('IndexedDB 3,072 KB on disk');
	expect(text).toContain(
		'first visit with the move 2500 ms; then p50 410 ms, p95 520 ms over 10 loads'
	);
});
