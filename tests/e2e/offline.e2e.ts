// Issue 8: offline and installable. Each test serves the build on a port of its own, so it can stop
// the server: with the browser set offline too, only the service worker's cache is left.
// Playwright's context.setOffline() does not reach a service worker's own fetches
// (microsoft/playwright#2311), so a test that only set it could pass with a worker that still
// used the network.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { claims, questions, transcript } from '../../src/lib/content';
import { locateQuote } from '../../src/lib/content/transcript';
import { emptyData, type AppData } from '../../src/lib/model/schema';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, waitForApp } from './fixtures';
import { freePort, startServer } from '../../scripts/serve-build.js';
import { readStored } from '../../src/lib/storage/database';
import { readDatabase } from './stored-state';

const storageKey = 'biology-study:state';

// the other browser tests block service workers (playwright.config.ts); these are its tests
test.use({ serviceWorkers: 'allow' });

/** Opens the app once, online, and waits until the service worker has cached it and controls the page. */
async function firstVisit(page: Page, origin: string) {
	await page.goto(`${origin}/`);
	await waitForApp(page);
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** what the app has stored in its database, read as the app reads it */
async function stored(page: Page) {
	const state = await readDatabase(page);
	const read = state && readStored(state);
	return read?.status === 'ok' ? read.data : undefined;
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

test('the manifest names the app, its colours, its start and its icons, and every icon is there', async ({
	request
}) => {
	const manifest = await (await request.get('/manifest.webmanifest')).json();
	expect(manifest).toMatchObject({
		name: expect.stringContaining('Study companion'),
		short_name: expect.any(String),
		start_url: '/',
		display: 'standalone',
		theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
		background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i)
	});
	const icons = manifest.icons as { src: string; sizes: string; type: string; purpose: string }[];
	for (const size of ['192x192', '512x512'])
		for (const purpose of ['any', 'maskable'])
			expect(
				icons.some((i) => i.sizes === size && i.purpose === purpose),
				`${size} ${purpose}`
			).toBe(true);
	for (const icon of icons) {
		const response = await request.get(icon.src);
		expect(response.ok(), icon.src).toBe(true);
		expect(response.headers()['content-type'], icon.src).toBe(icon.type);
		if (icon.type !== 'image/png') continue;
		// the PNG header holds the width and height, which must be what the manifest says
		const png = await response.body();
		expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
	}
	const home = await (await request.get('/')).text();
	expect(home).toContain('rel="manifest"');
	expect(home).toMatch(/<meta name="theme-color"/);
});

test('with the service worker in control, every page loads with no CSP violation', async ({
	page
}) => {
	// the fixture fails the test on any Content-Security-Policy violation
	await firstVisit(page, '');
	for (const path of ['/', '/quiz', '/review', '/progress', '/transcript', '/data', '/settings']) {
		await page.goto(path);
		await waitForApp(page);
		expect(await page.evaluate(() => navigator.serviceWorker.controller?.state), path).toBe(
			'activated'
		);
	}
	// the worker sends /review/ to /review, as the server does, rather than serve the page there
	await page.goto('/review/');
	await waitForApp(page);
	await expect(page).toHaveURL(/\/review$/);
	await expect(page.getByRole('button', { name: /^Show answer/ })).toBeVisible();
});

/** a quiz of two true/false questions from one section */
function offlineQuiz() {
	const trueFalse = questions.filter((q) => q.type === 'true-false' && q.sources.transcript);
	const section = trueFalse[0]?.sources.transcript?.section;
	const quizQuestions = trueFalse
		.filter((q) => q.sources.transcript?.section === section)
		.slice(0, 2);
	if (quizQuestions.length < 2 || !section) throw new Error('too few true/false questions');
	const first = quizQuestions[0] as (typeof quizQuestions)[number] & { answer: boolean };
	return { setId: `section-${section}`, quizQuestions, first };
}

/** Stores `data` (over an empty store) before the app first loads, once: a reload keeps what the app saved. */
async function seedOffline(page: Page, data: Partial<AppData>) {
	await page.addInitScript(
		({ key, value }) => {
			if (sessionStorage.getItem('offline-seeded')) return;
			localStorage.setItem(key, value);
			sessionStorage.setItem('offline-seeded', 'yes');
		},
		{
			key: storageKey,
			value: JSON.stringify({
				version: 1,
				savedAt: new Date().toISOString(),
				data: { ...emptyData(), ...data } satisfies AppData
			})
		}
	);
}

/**
 * Visits the app once on a server of its own, then stops the server and sets the browser offline,
 * and checks that nothing answers at the app's address any more. Returns the app's origin.
 */
async function visitThenGoOffline(page: Page, context: BrowserContext): Promise<string> {
	const server = await startServer();
	const { origin } = server;
	try {
		await firstVisit(page, origin);
	} finally {
		await server.stop();
	}
	await context.setOffline(true);
	// truly offline: nothing answers at the app's address any more
	const probe = await page.evaluate(
		(url) =>
			fetch(url, { cache: 'no-store' }).then(
				() => 'answered',
				() => 'failed'
			),
		`${origin}/not-cached-${Date.now()}`
	);
	expect(probe).toBe('failed');
	return origin;
}

test('after a first visit, the home page works with no connection, and its link to the transcript too', async ({
	page,
	context
}) => {
	const origin = await visitThenGoOffline(page, context);

	// the home page, loaded afresh
	await page.goto(`${origin}/`);
	await waitForApp(page);
	await expect(page.getByRole('heading', { level: 1, name: /Study/ })).toBeVisible();

	// the transcript, through the header's link (the router fetches the page's data and scripts)
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Transcript' })
		.click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'The episode transcript' })
	).toBeVisible();

	// an address with a trailing slash or .html is sent to the page's own, where its files are found
	for (const alias of ['/review/', '/cards.html', '/quiz/section-closing/']) {
		await page.goto(`${origin}${alias}?topic=x`);
		await waitForApp(page);
		await expect(page).toHaveURL(`${origin}${alias.replace(/\/$|\.html$/, '')}?topic=x`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	}
});

test('after a first visit, the transcript loads afresh at a passage with no connection, and a fact-check opens', async ({
	page,
	context,
	expectAccessible
}) => {
	const origin = await visitThenGoOffline(page, context);
	const claim = claims[5];
	if (!claim) throw new Error('no claims');
	const passage = locateQuote(transcript, claim.quote, claim.section)?.paragraphId;
	// loaded afresh at a passage: marked, and its fact-check (a JSON file) opens
	await page.goto(`${origin}/transcript#${passage}`);
	await waitForApp(page);
	await expect(page.getByRole('group', { name: 'Linked passage' })).toBeFocused();
	const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	// the verdicts are hidden until their fact-check is answered: the learner shows them all
	await page.getByRole('checkbox', { name: 'Show all verdicts' }).check();
	const marker = page
		.locator(`#${passage}`)
		.getByRole('button', { name: new RegExp(escape(claim.summary)) });
	await marker.click();
	await expect(marker).toHaveAttribute('aria-expanded', 'true');
	await expect(page.getByText(claim.paperSays)).toBeVisible();
	await expectAccessible('offline transcript');
});

test('after a first visit, a quiz question is answered with no connection, and the answer is kept', async ({
	page,
	context
}) => {
	// the quiz seeded on its first question
	const { setId, quizQuestions, first } = offlineQuiz();
	await seedOffline(page, {
		activeQuizzes: [
			{
				id: 'offline-quiz',
				setId,
				startedAt: new Date().toISOString(),
				questionIds: quizQuestions.map((q) => q.id),
				layouts: quizQuestions.map((q) => ({ questionId: q.id, order: ['true', 'false'] })),
				position: 0,
				attempts: []
			}
		]
	});
	const origin = await visitThenGoOffline(page, context);

	// the quiz: answer the first question, offline. A set's page is not cached as a file of its own:
	// the worker answers with the fallback page, which renders it in the browser (issue 15)
	const quizPage = await page.goto(`${origin}/quiz/${setId}`);
	expect(quizPage?.status()).toBe(200);
	await waitForApp(page);
	await page.getByRole('radio', { name: first.answer ? /^true/i : /^false/i }).check();
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.getByRole('status').filter({ hasText: /Correct|Incorrect/ })).toContainText(
		'Correct'
	);
	// kept: stored at once, and still there after a reload, which is offline too
	await page.reload();
	await waitForApp(page);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const afterQuiz = await stored(page);
	expect(afterQuiz?.attempts.map((a) => [a.questionId, a.correct])).toEqual([[first.id, true]]);

	// the set's results page, loaded afresh offline, is rendered the same way
	const results = await page.goto(`${origin}/quiz/${setId}/results`);
	expect(results?.status()).toBe(200);
	await waitForApp(page);
	await expect(page.getByRole('heading', { level: 1, name: /^Results/ })).toBeVisible();
});

test('after a first visit, a card is reviewed with no connection and the grade is kept beside an earlier answer; a missing page is the app’s own', async ({
	page,
	context
}) => {
	// an answer given before, which the review must keep (as the quiz test leaves it)
	const { setId, first } = offlineQuiz();
	await seedOffline(page, {
		attempts: [
			{
				id: 'offline-answer',
				questionId: first.id,
				setId,
				sessionId: 'offline-quiz',
				answeredAt: new Date().toISOString(),
				response: { type: 'true-false', value: first.answer },
				correct: true
			}
		]
	});
	const origin = await visitThenGoOffline(page, context);

	// a review session: show the first card, grade it Good
	await page.goto(`${origin}/review`);
	await waitForApp(page);
	const showAnswer = page.getByRole('button', { name: /^Show answer/ });
	await expect(showAnswer, 'the review session starts offline').toBeVisible({ timeout: 10_000 });
	await showAnswer.click();
	await page.getByRole('button', { name: /^Good/ }).click();
	await expect.poll(async () => (await stored(page))?.reviewLog.length).toBe(1);
	await page.reload();
	await waitForApp(page);
	await expect(page.getByRole('button', { name: /^Show answer/ })).toBeVisible();
	const afterReview = await stored(page);
	expect(afterReview?.reviewLog).toHaveLength(1);
	expect(afterReview?.attempts).toHaveLength(1);

	// a page that does not exist: the app's own "not found" page, from the cache too
	const missing = await page.goto(`${origin}/no-such-page`);
	expect(missing?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test('a new version installs in the background and takes over only when the user reloads', async ({
	page,
	expectAccessible
}) => {
	const port = await freePort();
	// a copy of the build, whose service worker the test can change as a new release would
	const dir = mkdtempSync(join(tmpdir(), 'study-build-'));
	try {
		cpSync('build', dir, { recursive: true });
		let server = await startServer({ root: dir, port });
		const origin = server.origin;
		await firstVisit(page, origin);
		const [oldCache] = await cacheNames(page);
		expect(oldCache).toMatch(/^study-companion-/);
		await expect(page.getByRole('status').filter({ hasText: 'new version' })).toHaveCount(0);

		// release a new version: a rebuild changes the service worker's version, as here
		await server.stop();
		const { version } = JSON.parse(readFileSync(join(dir, '_app/version.json'), 'utf8')) as {
			version: string;
		};
		const worker = join(dir, 'service-worker.js');
		writeFileSync(worker, readFileSync(worker, 'utf8').replaceAll(version, `${version}-next`));
		server = await startServer({ root: dir, port });
		try {
			// the browser looks for a new version when a page is loaded; the old one still serves it
			await page.reload();
			await waitForApp(page);
			await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
			const notice = page
				.getByRole('status')
				.filter({ hasText: 'A new version of the app is ready' });
			await expect(notice).toBeVisible();
			expect(await cacheNames(page)).toContain(oldCache);
			await expectAccessible('new version notice');

			// the page reloads itself under the new version, whose cache replaced the old one
			const reloaded = page.waitForEvent('load');
			await notice.getByRole('button', { name: 'Reload' }).click();
			await reloaded;
			await waitForApp(page);
			await expect.poll(() => cacheNames(page)).toEqual([`study-companion-${version}-next`]);
			await expect(page.getByRole('status').filter({ hasText: 'new version' })).toHaveCount(0);
			expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe(
				'activated'
			);
		} finally {
			await server.stop();
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
