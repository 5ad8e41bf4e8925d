// Issue 17: the browser is asked to keep the data once there is real progress (the first review
// here), and /data says whether it promised, how much the site uses of what it may, and what to
// do when it has not. The browser's answer is set by an init script: headless Chromium decides
// from site engagement, which a test cannot build up.
import type { Page } from '@playwright/test';
import { expect, test, waitForApp } from './fixtures';
import { databaseData, readDatabase } from './stored-state';

/** navigator.storage as a browser that grants (or refuses) persistence, counting the requests */
async function browserThat(page: Page, grants: boolean) {
	await page.addInitScript((grants) => {
		const storage = navigator.storage;
		const granted = () => sessionStorage.getItem('e2e:persisted') === 'yes';
		storage.persisted = async () => granted();
		storage.persist = async () => {
			sessionStorage.setItem(
				'e2e:persist-asked',
				String(Number(sessionStorage.getItem('e2e:persist-asked') ?? 0) + 1)
			);
			if (grants) sessionStorage.setItem('e2e:persisted', 'yes');
			return granted();
		};
		storage.estimate = async () => ({ usage: 2_500_000, quota: 300_000_000 });
	}, grants);
}

const timesAsked = (page: Page) =>
	page.evaluate(() => Number(sessionStorage.getItem('e2e:persist-asked') ?? 0));

const keeping = (page: Page) =>
	page.getByRole('region', { name: 'Keeping your progress on this device' });

/** grades one new card Good: the first real progress */
async function reviewOneCard(page: Page) {
	await page.goto('/review');
	await waitForApp(page);
	await page.getByRole('button', { name: /^Show answer/ }).click();
	await page.getByRole('button', { name: /^Good/ }).click();
	await expect.poll(async () => (await databaseData(page)).reviewLog.length).toBe(1);
}

test('the browser is asked to keep the data after the first review, once, and /data says it promised', async ({
	page,
	expectAccessible
}) => {
	await browserThat(page, true);
	await page.goto('/settings');
	await waitForApp(page);
	// a setting changed is no progress yet: nothing is asked
	await page.getByRole('checkbox', { name: 'Keys in quizzes' }).uncheck();
	await expect.poll(async () => (await readDatabase(page))?.settings).toBeDefined();
	expect(await timesAsked(page)).toBe(0);
	await reviewOneCard(page);
	await expect.poll(() => timesAsked(page)).toBe(1);
	await page.goto('/data');
	await waitForApp(page);
	await expect(keeping(page)).toContainText('The browser has promised to keep your progress.');
	await expect(keeping(page)).toContainText('This site uses 2.5 MB of the 300 MB');
	await expect(keeping(page).getByRole('button')).toHaveCount(0);
	await expectAccessible('data page, kept');
	expect(await timesAsked(page)).toBe(1);
});

test('when the browser has not promised, /data says so, with advice and a button to ask again', async ({
	page,
	expectAccessible
}) => {
	await browserThat(page, false);
	await reviewOneCard(page);
	await expect.poll(() => timesAsked(page)).toBe(1);
	await page.goto('/data');
	await waitForApp(page);
	await expect(keeping(page)).toContainText('The browser has not promised to keep your progress.');
	await expect(keeping(page)).toContainText('download a backup now and then');
	await expect(keeping(page)).toContainText('This site uses 2.5 MB of the 300 MB');
	await expectAccessible('data page, not kept');
	await keeping(page).getByRole('button', { name: 'Ask the browser to keep it' }).click();
	await expect(keeping(page).getByRole('status')).toContainText(
		'The browser did not promise it this time.'
	);
	expect(await timesAsked(page)).toBe(2);
});
