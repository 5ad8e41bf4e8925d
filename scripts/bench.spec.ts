import { expect, test } from 'vitest';
import {
	benchSet,
	beside,
	median,
	onePerRoute,
	parseQueueOutput,
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
});
