// The transcript's sticky bars where scrollbars take room, as on many desktops: headless Chromium
// hides them, so this file's browser is started without that (a worker of its own).
import { chromiumFlags } from '../../scripts/find-chromium.js';
import { expect, onTop, test, waitForApp } from './fixtures';

test.use({
	launchOptions: {
		executablePath: process.env.CHROMIUM_PATH || undefined,
		args: chromiumFlags,
		ignoreDefaultArgs: ['--hide-scrollbars']
	}
});

test('with text twice as large, the search bar sticks below the whole jump menu, its scrollbar too', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/transcript');
	await waitForApp(page);
	// as the browser's text size setting does: every rem doubles, and the chips overflow the menu
	await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
	const jump = page.getByRole('navigation', { name: 'Sections of the episode' });
	await expect
		.poll(() => jump.locator('ol').evaluate((ol: HTMLElement) => ol.offsetHeight - ol.clientHeight))
		.toBeGreaterThan(0);
	const search = page.getByRole('searchbox', { name: 'Search the transcript' });
	await search.fill('model');
	await search.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: 'Showing 2 of' })).toBeVisible();
	// what shows at the menu's lower edge, its scrollbar, is the menu, not the search bar
	const lowerEdge = () =>
		jump.evaluate((nav) => {
			const { left, bottom, width } = nav.getBoundingClientRect();
			const shown = document.elementFromPoint(left + width / 2, bottom - 2);
			return shown !== null && nav.contains(shown);
		});
	await expect.poll(lowerEdge).toBe(true);
	// and the match is below both bars
	const match = page.locator('main mark.current');
	await expect.poll(() => onTop(match)).toBe(true);
});
