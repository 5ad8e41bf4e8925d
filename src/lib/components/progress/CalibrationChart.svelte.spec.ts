import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { calibration } from '$lib/progress/calibration';
import CalibrationChart from './CalibrationChart.svelte';

describe('CalibrationChart with no answer rated yet', () => {
	const rows = calibration([]);

	it('asks for a rating at the next answer where the settings already ask', async () => {
		render(CalibrationChart, { rows, asking: true });
		await expect.element(page.getByText(/Before checking an answer, choose Sure/)).toBeVisible();
		await expect.element(page.getByRole('link', { name: 'Settings' })).not.toBeInTheDocument();
	});

	it('points to the setting where it is off', async () => {
		render(CalibrationChart, { rows, asking: false });
		await expect.element(page.getByText(/Turn on “Ask how sure I am/)).toBeVisible();
		await expect.element(page.getByRole('link', { name: 'Settings' })).toBeVisible();
	});
});
