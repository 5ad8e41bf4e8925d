import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { forecastDays, forecastHorizonDays } from '$lib/progress/forecast';
import CardStats from './CardStats.svelte';

/** 7 December 2026 */
const today = Date.UTC(2026, 11, 7) / 86_400_000;

/** a year's forecast with the given cards on the given days after today */
function year(cardsOn: Record<number, number>) {
	const counts = Array.from({ length: forecastHorizonDays }, (_, i) => cardsOn[i] ?? 0);
	return forecastDays(counts, today);
}

describe('CardStats: the forecast over the range the learner chooses', () => {
	it('shows the next 14 days first, and each longer range when chosen, in words and as a chart', async () => {
		render(CardStats, { forecast: year({ 0: 20, 1: 12, 20: 40, 100: 7 }), retention: [] });
		const range = page.getByRole('combobox', { name: 'Cards coming back in the next' });
		await expect.element(range).toHaveValue('14-days');
		await expect
			.element(page.getByRole('img', { name: 'Studied cards coming back, next 14 days' }))
			.toBeVisible();
		await expect
			.element(
				page.getByText(
					'32 studied cards come back in the next 14 days: 20 today (overdue ones included), 12 tomorrow, about 2.3 a day. New cards are not counted here.'
				)
			)
			.toBeVisible();

		// over 30 days the axis names the new month on its first day
		await range.selectOptions('30-days');
		await expect
			.element(page.getByRole('img', { name: 'Studied cards coming back, next 30 days' }))
			.toBeVisible();
		expect(
			page
				.getByRole('img', { name: /next 30 days/ })
				.element()
				.textContent?.includes('1 Jan')
		).toBe(true);

		await range.selectOptions('3-months');
		await expect
			.element(page.getByRole('img', { name: 'Studied cards coming back, next 3 months, by week' }))
			.toBeVisible();
		await expect
			.element(
				page.getByText(
					'72 studied cards come back in the next 3 months (to 7 Mar 2027): 20 today (overdue ones included), 12 tomorrow, about 6 a week. New cards are not counted here.'
				)
			)
			.toBeVisible();
		// the table names each week by its days
		await page.getByText('Show as a table').click();
		const rows = page.getByRole('table').getByRole('row');
		await expect.element(rows.nth(1)).toHaveTextContent('7–13 Dec 202632');
		await expect.element(rows.nth(3)).toHaveTextContent('21–27 Dec 202640');
		await expect.element(rows.nth(4)).toHaveTextContent('28 Dec 2026 – 3 Jan 20270');
		expect(rows.all()).toHaveLength(14);

		await range.selectOptions('12-months');
		await expect
			.element(
				page.getByText(
					/^79 studied cards come back in the next 12 months \(to 30 Nov 2027\): .*, about 2 a week\./
				)
			)
			.toBeVisible();
		await expect.element(rows.nth(1)).toHaveTextContent('7–31 Dec 202672');
		await expect.element(rows.nth(4)).toHaveTextContent('1–31 Mar 20277');
	});

	it('says when the next card comes back when the range chosen has none', async () => {
		render(CardStats, { forecast: year({ 40: 3 }), retention: [] });
		await expect
			.element(
				page.getByText(
					'No studied cards come back in the next 14 days; the next comes back on 16 Jan 2027. New cards are not counted here.'
				)
			)
			.toBeVisible();
		await expect.element(page.getByRole('img', { name: /coming back/ })).not.toBeInTheDocument();
		await page
			.getByRole('combobox', { name: 'Cards coming back in the next' })
			.selectOptions('3-months');
		await expect.element(page.getByRole('img', { name: /next 3 months/ })).toBeVisible();
	});

	it('is a sentence alone when no card comes back in the next year', async () => {
		render(CardStats, { forecast: year({}), retention: [] });
		await expect
			.element(
				page.getByText(
					'No studied cards come back in the next 12 months (new cards are not counted here).'
				)
			)
			.toBeVisible();
		await expect.element(page.getByRole('combobox')).not.toBeInTheDocument();
	});
});
