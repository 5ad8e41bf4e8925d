// Interaction latency for npm run bench (issue 9), measured in Chromium driven by Playwright:
//   quiz:   press "Check answer" → the feedback painted, then "Next question" → the next question
//           painted, on /quiz/mixed-all (every question type, answered through the page);
//   review: press a grade → the next card's front painted, on /review with a seeded collection
//           (new-card limit 9999, so every card of the bank is available).
// Each interaction is timed inside the page: performance.now() just before `button.click()`, then
// a requestAnimationFrame loop until the DOM shows the new state; the frame in which it first does
// is painted right after that rAF callback, and a message posted from the callback is handled once
// that frame's rendering (style, layout, paint) is done: that is the end of the measurement. It so
// includes the wait for the next frame (up to 16.7 ms at 60 Hz), as a learner sees it.
// Between interactions the page is left to settle (two frames), so no interaction is timed while
// the previous one still renders. The first few interactions (warmUp) are not counted.
// Cold loads (issue 15): a page opened in a fresh browser context (empty cache, no service
// worker), our page and its no-script copy (the floor) one after the other, round after round;
// first and largest contentful paint of both, and for ours when what the learner came for is
// usable (the question, the card, the search box). Also each load's blocking time from a trace:
// Lighthouse's TBT, but from each task's thread time rather than its wall time, so that what the
// rest of this 2-core machine does (Lighthouse itself, the server) does not count as ours.
import { chromium } from '@playwright/test';

export const defaultInteractions = 200;
export const defaultWarmUp = 5;
/** one interaction that takes longer than this is a failure, not a figure */
const timeoutMs = 10_000;
const viewport = { width: 1280, height: 720 };
/** how the figures were taken, written next to them in bench/results.json */
export const method =
	'in the page: performance.now() just before button.click(), to the end of the first frame rendered ' +
	'with the new state (requestAnimationFrame, then a posted message); headless Chromium, ' +
	`${viewport.width}×${viewport.height} viewport, no CPU or network throttling`;

// ---------------------------------------------------------------------------------------------
// figures

/**
 * The nearest-rank percentile: the smallest value that at least p % of the values do not exceed.
 * @param {readonly number[]} values
 * @param {number} p from 0 to 100
 */
export function percentile(values, p) {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
	return /** @type {number} */ (sorted[rank - 1]);
}

/** @param {number} ms */
const tenth = (ms) => Math.round(ms * 10) / 10;

/**
 * p50, p95, min, max and mean of a list of timings, to 0.1 ms.
 * @param {readonly number[]} samples
 */
export function summarize(samples) {
	const sum = samples.reduce((total, value) => total + value, 0);
	return {
		count: samples.length,
		p50Ms: tenth(percentile(samples, 50)),
		p95Ms: tenth(percentile(samples, 95)),
		minMs: tenth(Math.min(...samples)),
		maxMs: tenth(Math.max(...samples)),
		meanMs: tenth(sum / samples.length)
	};
}

/**
 * Adds the timings of two steps interaction by interaction (the p95 of a sum is not the sum of
 * the p95s).
 * @param {readonly number[]} first
 * @param {readonly number[]} second
 */
export function pairwiseSum(first, second) {
	if (first.length !== second.length) throw new Error('pairwiseSum: lists of different lengths');
	return first.map((value, i) => value + /** @type {number} */ (second[i]));
}

/**
 * A seeded stored state for the review: the storage envelope of src/lib/storage (schema.ts,
 * defaults.ts) at version 1, with no progress and daily limits high enough that all the bank's
 * cards are new today. An app with a newer format migrates it on load.
 * @param {Date} now
 */
export function reviewSeed(now) {
	return {
		version: 1,
		savedAt: now.toISOString(),
		data: {
			attempts: [],
			finishedQuizzes: [],
			activeQuizzes: [],
			cards: [],
			reviewLog: [],
			undoStack: [],
			settings: {
				numberKeys: true,
				reviewShortcuts: true,
				askConfidence: false,
				newCardsPerDay: 9999,
				reviewsPerDay: 9999,
				desiredRetention: 0.9,
				readAloud: false
			}
		}
	};
}

// ---------------------------------------------------------------------------------------------
// run in the page (serialised by Playwright: each must be self-contained)

/**
 * Clicks `click`, then resolves with { paintedMs, domMs }: from just before the click to the
 * end of the first frame rendered with `until` matching (and the text `heading` in `headingText`,
 * when given), and to the moment the DOM first matched. `mark` is the element about to be
 * replaced: it is tagged data-bench-old, so `until` can ask for a new one.
 * @param {{ click: string, until: string, mark?: string, heading?: string, headingText?: string, timeoutMs: number }} step
 */
function timeClick({ click, until, mark, heading, headingText, timeoutMs }) {
	return /** @type {Promise<{ paintedMs: number, domMs: number }>} */ (
		new Promise((resolve, reject) => {
			const target = document.querySelector(click);
			if (!(target instanceof HTMLElement)) {
				reject(new Error(`nothing to click: ${click}`));
				return;
			}
			const shown = () =>
				document.querySelector(until) !== null &&
				(heading === undefined ||
					(document.querySelector(heading)?.textContent ?? '').includes(headingText ?? ''));
			/** @type {number | undefined} */
			let domMs;
			const observer = new MutationObserver(() => {
				if (domMs === undefined && shown()) domMs = performance.now() - start;
			});
			observer.observe(document.body, {
				childList: true,
				subtree: true,
				characterData: true,
				attributes: true
			});
			const channel = new MessageChannel();
			const frame = () => {
				if (shown()) {
					// this frame shows it: it renders right after this callback, and the message is
					// handled once it has
					channel.port1.onmessage = () => {
						const paintedMs = performance.now() - start;
						observer.disconnect();
						channel.port1.close();
						resolve({ paintedMs, domMs: domMs ?? paintedMs });
					};
					channel.port2.postMessage(0);
				} else if (performance.now() - start > timeoutMs) {
					observer.disconnect();
					const hint = document.querySelector('.status .hint, [role="alert"]')?.textContent?.trim();
					reject(
						new Error(
							`${until} did not appear within ${timeoutMs} ms${hint ? ` (page says: ${hint})` : ''}`
						)
					);
				} else requestAnimationFrame(frame);
			};
			if (mark) document.querySelector(mark)?.setAttribute('data-bench-old', '');
			const start = performance.now();
			target.click();
			requestAnimationFrame(frame);
		})
	);
}

/** resolves after two frames: whatever the last interaction changed is on screen */
function settle() {
	return new Promise((resolve) =>
		requestAnimationFrame(() => requestAnimationFrame(() => resolve(undefined)))
	);
}

/**
 * Answers the question on screen through its inputs, as a learner would (a wrong answer is as
 * good as a right one here): the first option of a choice, a guess in every text field, a
 * different finding for every matching prompt, the order as shown for an ordering.
 */
function answerQuestion() {
	const question = document.querySelector('.question[data-question-type]');
	if (!(question instanceof HTMLElement)) throw new Error('no question on screen');
	const type = question.dataset.questionType ?? '';
	/** @param {Element} element @param {string} name */
	const fire = (element, name) => element.dispatchEvent(new Event(name, { bubbles: true }));
	switch (type) {
		case 'single':
		case 'multi':
		case 'true-false':
		case 'fact-check': {
			const option = question.querySelector('input[type="radio"], input[type="checkbox"]');
			if (!(option instanceof HTMLInputElement)) throw new Error(`no option in a ${type} question`);
			option.click();
			break;
		}
		case 'typed':
		case 'cloze':
			for (const input of question.querySelectorAll('input[type="text"]')) {
				if (!(input instanceof HTMLInputElement)) continue;
				input.value = 'a guess';
				fire(input, 'input');
			}
			break;
		case 'matching':
			// a radio group per prompt: the i-th prompt takes the i-th finding
			[...question.querySelectorAll('fieldset fieldset')].forEach((group, i) => {
				const radios = group.querySelectorAll('input[type="radio"]');
				const radio = radios[i % radios.length];
				if (radio instanceof HTMLInputElement) radio.click();
			});
			break;
		case 'ordering':
			// the items as shown are already an answer
			break;
		default:
			throw new Error(`a question type this bench does not know: ${type}`);
	}
	return { type, id: question.dataset.questionId ?? '' };
}

/** "Question 3 of 359" → { number: 3, total: 359 } */
function questionPosition() {
	const match = document
		.querySelector('.progress h2')
		?.textContent?.match(/Question (\d+) of (\d+)/);
	return match ? { number: Number(match[1]), total: Number(match[2]) } : undefined;
}

/** the review's counts line, "New 179 · Learning 0 · To review 0" */
function reviewCounts() {
	return document.querySelector('p.counts')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Puts a card on screen when the queue is empty for today ("Study more new cards"). */
function ensureCard() {
	if (document.querySelector('button.show, .grades button')) return true;
	const more = [...document.querySelectorAll('button')].find((b) =>
		/study more new cards/i.test(b.textContent ?? '')
	);
	if (more) more.click();
	return false;
}

/**
 * The paint timings of the page so far, from the browser's own entries: first contentful paint,
 * and the largest contentful paint's latest candidate (final once the page is settled).
 */
function paintTimings() {
	return /** @type {Promise<{ fcpMs: number, lcpMs: number }>} */ (
		new Promise((resolve) => {
			let fcp = NaN;
			let lcp = NaN;
			const observer = new PerformanceObserver((list) => {
				for (const entry of list.getEntries())
					if (entry.entryType === 'largest-contentful-paint') lcp = entry.startTime;
					else if (entry.name === 'first-contentful-paint') fcp = entry.startTime;
			});
			observer.observe({ type: 'paint', buffered: true });
			observer.observe({ type: 'largest-contentful-paint', buffered: true });
			// the entries come once the frame is presented, which can be after the load and two
			// frames (headless, a page without scripts: the floor's came back empty); waited for,
			// 5 s at most, each delivered in a task of its own
			const started = performance.now();
			const check = () => {
				if ((Number.isNaN(fcp) || Number.isNaN(lcp)) && performance.now() - started < 5000)
					return void setTimeout(check, 20);
				observer.disconnect();
				resolve({ fcpMs: fcp, lcpMs: lcp });
			};
			setTimeout(check, 0);
		})
	);
}

/**
 * Run before the page's own scripts: notes when the DOM first holds `selector`, on the same clock
 * as the paint entries (from the navigation's start).
 * @param {string} selector
 */
function watchFor(selector) {
	const target = /** @type {{ usableAt?: number }} */ (/** @type {unknown} */ (window));
	const observer = new MutationObserver(() => {
		if (target.usableAt === undefined && document.querySelector(selector)) {
			target.usableAt = performance.now();
			observer.disconnect();
		}
	});
	observer.observe(document, { childList: true, subtree: true, attributes: true });
}

// ---------------------------------------------------------------------------------------------
// drivers

/**
 * Opens a browser (the bench's Chromium and flags), runs `use` in a fresh context and closes it.
 * @template T
 * @param {{ executablePath?: string, args: string[] }} browserOptions
 * @param {import('@playwright/test').BrowserContextOptions} contextOptions
 * @param {(page: import('@playwright/test').Page, errors: string[]) => Promise<T>} use
 */
async function inPage(browserOptions, contextOptions, use) {
	const browser = await chromium.launch({
		headless: true,
		executablePath: browserOptions.executablePath,
		args: browserOptions.args.filter((flag) => !flag.startsWith('--headless'))
	});
	try {
		const context = await browser.newContext(contextOptions);
		const page = await context.newPage();
		/** @type {string[]} */
		const errors = [];
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		return await use(page, errors);
	} finally {
		await browser.close();
	}
}

// The store marks each commit it makes (`performance.measure('store-commit')` in
// src/lib/browser/idb-database.ts): from the start of the learner's action's transaction to its
// `complete` event, which with `durability: "strict"` is the moment the write is on disk.

/** @param {import('@playwright/test').Page} page */
const clearCommits = (page) => page.evaluate(() => performance.clearMeasures('store-commit'));

/** @param {import('@playwright/test').Page} page */
const commitsOf = (page) =>
	page.evaluate(() =>
		performance.getEntriesByName('store-commit', 'measure').map((entry) => entry.duration)
	);

/** Check answer: in the action bar that stays on screen, outside the question's form (issue 14) */
const checkButton = '.action-bar button[type="submit"]';

const progressEvery = 50;
/** @param {number} done @param {number} total */
const tick = (done, total) => {
	if (done % progressEvery === 0 || done === total) process.stdout.write(` ${done}`);
};

/**
 * Check answer → feedback painted, and Next question → next question painted, over `interactions`
 * questions (after `warmUp` uncounted ones) of the quiz at pageUrl.
 * @param {string} pageUrl a quiz with at least interactions + warmUp questions, e.g. /quiz/mixed-all
 * @param {{ executablePath?: string, args: string[], interactions?: number, warmUp?: number }} options
 */
export async function quizLatency(pageUrl, options) {
	const interactions = options.interactions ?? defaultInteractions;
	const warmUp = options.warmUp ?? defaultWarmUp;
	return inPage(options, { viewport }, async (page, errors) => {
		await page.goto(pageUrl);
		await page.locator(checkButton).waitFor({ timeout: 30_000 });
		const start = await page.evaluate(questionPosition);
		if (!start) throw new Error(`${pageUrl}: no "Question N of M" heading`);
		// the last question's Next leads to the results page: stop before it
		const available = start.total - start.number;
		const counted = Math.min(interactions, available - warmUp);
		if (counted < 1) throw new Error(`${pageUrl}: only ${available} questions, too few to measure`);
		/** @type {number[]} */ const check = [];
		/** @type {number[]} */ const next = [];
		/** @type {number[]} */ const checkDom = [];
		/** @type {number[]} */ const nextDom = [];
		/** @type {Record<string, number>} */ const types = {};
		process.stdout.write(`Quiz latency (${counted} questions):`);
		for (let i = 0; i < warmUp + counted; i++) {
			if (i === warmUp) await clearCommits(page);
			const { type } = await page.evaluate(answerQuestion);
			const position = await page.evaluate(questionPosition);
			await page.evaluate(settle);
			const checked = await page.evaluate(timeClick, {
				click: checkButton,
				until: 'button.next',
				timeoutMs
			});
			await page.evaluate(settle);
			const moved = await page.evaluate(timeClick, {
				click: 'button.next',
				mark: '.question[data-question-id]',
				until: '.question[data-question-id]:not([data-bench-old])',
				heading: '.progress h2',
				headingText: `Question ${(position?.number ?? 0) + 1} of`,
				timeoutMs
			});
			await page.evaluate(settle);
			if (i < warmUp) continue;
			check.push(checked.paintedMs);
			checkDom.push(checked.domMs);
			next.push(moved.paintedMs);
			nextDom.push(moved.domMs);
			types[type] = (types[type] ?? 0) + 1;
			tick(check.length, counted);
		}
		const commits = await commitsOf(page);
		console.log('');
		const total = pairwiseSum(check, next);
		return {
			measured: /** @type {const} */ (true),
			url: pageUrl,
			method,
			interactions: counted,
			warmUp,
			...(counted < interactions ? { note: `only ${counted} questions after the warm-up` } : {}),
			questionTypes: types,
			...summarize(total),
			steps: {
				checkToFeedback: { ...summarize(check), domMs: summarize(checkDom) },
				nextToQuestion: { ...summarize(next), domMs: summarize(nextDom) }
			},
			// each answer stored before its feedback shows: part of checkToFeedback above
			storeCommits: summarize(commits),
			pageErrors: errors,
			samplesMs: { checkToFeedback: check.map(tenth), nextToQuestion: next.map(tenth) }
		};
	});
}

/**
 * Grade → next card's front painted (and Show answer → back painted), over `interactions` cards
 * (after `warmUp` uncounted ones) on the review page at pageUrl, with a seeded collection.
 * Every card is graded `rating` (1 Again: it comes back in learning, so cards never run out).
 * @param {string} pageUrl
 * @param {{ executablePath?: string, args: string[], interactions?: number, warmUp?: number, rating?: 1 | 2 | 3 | 4 }} options
 */
export async function reviewLatency(pageUrl, options) {
	const interactions = options.interactions ?? defaultInteractions;
	const warmUp = options.warmUp ?? defaultWarmUp;
	const rating = options.rating ?? 1;
	// reduced motion: the card turns over with no 0.45 s transition, so a grade never starts while
	// the card is still turning (as it would not for a learner reading the answer)
	const contextOptions = { viewport, reducedMotion: /** @type {const} */ ('reduce') };
	return inPage(options, contextOptions, async (page, errors) => {
		const seed = JSON.stringify(reviewSeed(new Date()));
		// before the app reads storage, and only once: a reload keeps what the session stored
		await page.addInitScript((envelope) => {
			if (localStorage.getItem('biology-study:state') === null)
				localStorage.setItem('biology-study:state', envelope);
		}, seed);
		await page.goto(pageUrl);
		await page.locator('button.show').waitFor({ timeout: 30_000 });
		const countsAtStart = await page.evaluate(reviewCounts);
		/** @type {number[]} */ const grade = [];
		/** @type {number[]} */ const gradeDom = [];
		/** @type {number[]} */ const reveal = [];
		let studyMore = 0;
		process.stdout.write(`Review latency (${interactions} cards):`);
		for (let i = 0; i < warmUp + interactions; i++) {
			if (i === warmUp) await clearCommits(page);
			for (let wait = 0; !(await page.evaluate(ensureCard)); wait++) {
				if (wait === 0) studyMore++;
				if (wait > 50) throw new Error(`${pageUrl}: no card to review after ${i} grades`);
				await page.waitForTimeout(100);
			}
			const shown = await page.evaluate(timeClick, {
				click: 'button.show',
				until: '.grades button',
				timeoutMs
			});
			await page.evaluate(settle);
			const graded = await page.evaluate(timeClick, {
				click: `.grades button.g${rating}`,
				mark: 'section.flip',
				until: 'section.flip:not(.revealed):not([data-bench-old])',
				timeoutMs
			});
			await page.evaluate(settle);
			if (i < warmUp) continue;
			grade.push(graded.paintedMs);
			gradeDom.push(graded.domMs);
			reveal.push(shown.paintedMs);
			tick(grade.length, interactions);
		}
		const commits = await commitsOf(page);
		console.log('');
		return {
			measured: /** @type {const} */ (true),
			url: pageUrl,
			method: `${method}; prefers-reduced-motion: reduce (no card flip)`,
			interactions,
			warmUp,
			rating,
			countsAtStart,
			studyMoreNewPressed: studyMore,
			...summarize(grade),
			domMs: summarize(gradeDom),
			showAnswer: summarize(reveal),
			// each grade stored before the next card shows: part of the figures above
			storeCommits: summarize(commits),
			pageErrors: errors,
			samplesMs: { gradeToNextCard: grade.map(tenth), showAnswerToBack: reveal.map(tenth) }
		};
	});
}

/**
 * @typedef {object} ColdPage
 * @property {string} label
 * @property {string} url our page
 * @property {string} floorUrl the same HTML with every script removed
 * @property {string} usable a selector: what the learner came for, ready to use (ours only)
 */

/**
 * Opens each page cold, ours then its floor, `rounds` times over (so that whatever else the
 * machine is doing weighs on both alike), and gives the medians of each figure with the ratio.
 * @param {readonly ColdPage[]} pages
 * @param {{ executablePath?: string, args: string[], rounds?: number }} options
 */
export async function coldLoads(pages, options) {
	const rounds = options.rounds ?? 5;
	const browser = await chromium.launch({
		headless: true,
		executablePath: options.executablePath,
		args: options.args.filter((flag) => !flag.startsWith('--headless'))
	});
	/** @type {Map<string, { ours: { fcpMs: number, lcpMs: number, usableMs: number, blockingMs: number }[], floor: { fcpMs: number, lcpMs: number, blockingMs: number }[], errors: string[] }>} */
	const samples = new Map(pages.map((page) => [page.label, { ours: [], floor: [], errors: [] }]));
	/**
	 * @param {string} url
	 * @param {string | undefined} usable
	 * @param {string[]} errors
	 */
	const open = async (url, usable, errors) => {
		// a fresh context: no cache, no storage, and no service worker to serve or precache
		const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
		try {
			if (usable) await context.addInitScript(watchFor, usable);
			const page = await context.newPage();
			page.on('pageerror', (error) => errors.push(error.message));
			// the tasks (RunTask) are in the disabled-by-default category only
			await browser.startTracing(page, {
				categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading']
			});
			await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
			if (usable) await page.locator(usable).first().waitFor({ timeout: 30_000 });
			await page.evaluate(settle);
			await page.waitForTimeout(afterLoadMs);
			const trace = JSON.parse((await browser.stopTracing()).toString());
			const paints = await page.evaluate(paintTimings);
			const usableMs = usable
				? await page.evaluate(() => /** @type {{ usableAt?: number }} */ (window).usableAt ?? NaN)
				: NaN;
			return { ...paints, usableMs, blockingMs: blockingFromTrace(trace.traceEvents) };
		} finally {
			await context.close();
		}
	};
	process.stdout.write(`Cold loads (${rounds} rounds):`);
	try {
		for (let round = 1; round <= rounds; round++) {
			for (const page of pages) {
				const entry = samples.get(page.label);
				if (!entry) continue;
				entry.ours.push(await open(page.url, page.usable, entry.errors));
				const { fcpMs, lcpMs, blockingMs } = await open(page.floorUrl, undefined, entry.errors);
				entry.floor.push({ fcpMs, lcpMs, blockingMs });
			}
			process.stdout.write(` ${round}`);
		}
	} finally {
		await browser.close();
	}
	console.log('');
	return {
		measured: /** @type {const} */ (true),
		method:
			'a fresh browser context for each load (empty cache, service workers blocked), ours then the ' +
			`floor, ${rounds} rounds; paint entries of the browser; headless Chromium, ${viewport.width}×${viewport.height}, ` +
			"no CPU or network throttling; blocking: Lighthouse's total blocking time (tasks after the first " +
			`contentful paint, ×${cpuSlowdown}, beyond 50 ms) from each task's thread time in a trace, until ` +
			`${afterLoadMs} ms after the page is usable`,
		rounds,
		pages: pages.map((page) => {
			const entry = samples.get(page.label) ?? { ours: [], floor: [], errors: [] };
			/** @param {readonly number[]} values */
			const mid = (values) => tenth(percentile(values, 50));
			const ours = {
				fcpMs: mid(entry.ours.map((s) => s.fcpMs)),
				lcpMs: mid(entry.ours.map((s) => s.lcpMs)),
				usableMs: mid(entry.ours.map((s) => s.usableMs)),
				blockingMs: mid(entry.ours.map((s) => s.blockingMs))
			};
			const floor = {
				fcpMs: mid(entry.floor.map((s) => s.fcpMs)),
				lcpMs: mid(entry.floor.map((s) => s.lcpMs)),
				blockingMs: mid(entry.floor.map((s) => s.blockingMs))
			};
			return {
				label: page.label,
				url: page.url,
				usable: page.usable,
				ours,
				floor,
				ratio: {
					fcp: ratio(ours.fcpMs, floor.fcpMs),
					lcp: ratio(ours.lcpMs, floor.lcpMs),
					// the floor never becomes more usable than its last paint
					usableToFloorLcp: ratio(ours.usableMs, floor.lcpMs)
				},
				pageErrors: entry.errors,
				samplesMs: { ours: entry.ours, floor: entry.floor }
			};
		})
	};
}

/**
 * ours ÷ floor to two decimals; undefined when the floor is zero or missing
 * @param {number} ours
 * @param {number} floor
 */
export function ratio(ours, floor) {
	return Number.isFinite(ours) && Number.isFinite(floor) && floor > 0
		? Math.round((ours / floor) * 100) / 100
		: undefined;
}

/** Lighthouse's mobile preset: its CPU is taken as 4 times slower than the one measured on */
export const cpuSlowdown = 4;

/**
 * Total blocking time as Lighthouse counts it (every main-thread task after the first contentful
 * paint, slowed `cpuSlowdown` times, beyond 50 ms), from a Chromium trace: each task's thread time
 * (`tdur`), which a busy machine's other processes do not lengthen as they do its wall time.
 * NaN when the trace has no first contentful paint or no tasks of its thread (a trace without the
 * category that records tasks): a figure of 0 must mean no long task, not none recorded.
 * @param {readonly { name: string, ph?: string, pid: number, tid: number, ts: number, dur?: number, tdur?: number }[]} events
 */
export function blockingFromTrace(events) {
	const fcp = events.find((event) => event.name === 'firstContentfulPaint');
	if (!fcp) return NaN;
	const tasks = events.filter(
		(event) =>
			event.name === 'RunTask' && event.ph === 'X' && event.pid === fcp.pid && event.tid === fcp.tid
	);
	if (tasks.length === 0) return NaN;
	let blocking = 0;
	for (const task of tasks) {
		if (task.ts < fcp.ts) continue;
		const ms = (task.tdur ?? task.dur ?? 0) / 1000;
		blocking += Math.max(0, ms * cpuSlowdown - 50);
	}
	return Math.round(blocking);
}

/** what the page does after it is usable (the transcript's notes drawn ahead) counts too */
const afterLoadMs = 1500;

/**
 * A year of daily use in the store: `year.json` (as the app stored it in localStorage) is moved
 * into IndexedDB on the first visit of /progress; then the page is loaded `loads` times, each
 * timed from navigation start to the frame in which its totals show the year's answers (so the
 * store read, the checks and the page's own work). Also the database's size on disk as the
 * browser counts it (`navigator.storage.estimate()`'s IndexedDB part).
 * @param {string} origin
 * @param {{ json: string, chars: number, reviews: number, answers: number }} year
 * @param {{ executablePath?: string, args: string[], loads?: number }} options
 */
export async function yearInStore(origin, year, options) {
	const loads = options.loads ?? 10;
	return inPage(options, { viewport }, async (page, errors) => {
		await page.addInitScript((envelope) => {
			if (sessionStorage.getItem('bench-seeded')) return;
			localStorage.setItem('biology-study:state', envelope);
			sessionStorage.setItem('bench-seeded', 'yes');
		}, year.json);
		const answers = String(year.answers);
		/** navigation start → the frame whose totals say `answers` answers, in ms */
		const totalsShown = async () =>
			/** @type {number} */ (
				await (
					await page.waitForFunction(
						(count) => {
							const totals = [...document.querySelectorAll('.total')].map(
								(el) => el.textContent?.replace(/[^0-9A-Za-z ]/g, '') ?? ''
							);
							return totals.some((text) => text.includes('Answers given') && text.includes(count))
								? performance.now()
								: false;
						},
						answers,
						{ polling: 'raf', timeout: 60_000 }
					)
				).jsonValue()
			);
		await page.goto(`${origin}/progress`);
		const firstVisit = await totalsShown();
		// the old copy leaves localStorage once the database holds it, checked
		await page.waitForFunction(() => localStorage.getItem('biology-study:state') === null, null, {
			timeout: 60_000
		});
		/** @type {number[]} */
		const times = [];
		process.stdout.write(`A year in the store (${loads} loads):`);
		for (let i = 0; i < loads; i++) {
			await page.goto(`${origin}/progress`);
			times.push(await totalsShown());
			tick(i + 1, loads);
		}
		console.log('');
		const estimate = await page.evaluate(async () => {
			const figures = /** @type {StorageEstimate & { usageDetails?: { indexedDB?: number } }} */ (
				await navigator.storage.estimate()
			);
			return { usage: figures.usage, indexedDB: figures.usageDetails?.indexedDB };
		});
		return {
			measured: /** @type {const} */ (true),
			url: `${origin}/progress`,
			method:
				"navigation start to the first frame (requestAnimationFrame polling) in which /progress shows the year's answer count; " +
				`headless Chromium, ${viewport.width}×${viewport.height}, no throttling`,
			year: { answers: year.answers, reviews: year.reviews, localStorageChars: year.chars },
			indexedDbBytes: estimate.indexedDB,
			originUsageBytes: estimate.usage,
			firstVisitWithMoveMs: tenth(firstVisit),
			load: summarize(times),
			pageErrors: errors
		};
	});
}
