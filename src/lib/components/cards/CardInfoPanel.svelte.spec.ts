import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import type { CardInfo } from '$lib/srs/card-info';
import CardInfoPanel from './CardInfoPanel.svelte';

const now = new Date(2025, 2, 10, 12, 0, 0);

const info = (overrides: Partial<CardInfo> = {}): CardInfo => ({
	grades: [{ id: 'r1', at: new Date(2025, 2, 9, 12).toISOString(), grade: 2, durationMs: 8_000 }],
	reviews: 1,
	lapses: 0,
	stabilityDays: 0.5,
	difficultyShare: 0.25,
	recallChance: 0.954,
	totalMs: 8_000,
	...overrides
});

describe('CardInfoPanel', () => {
	it('gives the figures in words, and each grade with when and how long it took', async () => {
		render(CardInfoPanel, { info: info(), cardId: 'card-1', now });
		await expect.element(page.getByRole('definition').nth(0)).toHaveTextContent('95%');
		await expect.element(page.getByRole('definition').nth(1)).toHaveTextContent('12 hours');
		await expect.element(page.getByRole('definition').nth(2)).toHaveTextContent('25%');
		// never forgotten: nothing said of lapses
		await expect.element(page.getByRole('definition').nth(3)).toHaveTextContent(/^\s*1\s*$/);
		await expect.element(page.getByRole('definition').nth(4)).toHaveTextContent('8 s');
		await expect.element(page.getByRole('row').nth(1)).toHaveTextContent(/yesterday\s*Hard\s*8 s/);
	});

	it('leaves out the time spent when no grade was timed, and marks an untimed grade', async () => {
		const untimed = { id: 'r0', at: new Date(2025, 2, 1, 12).toISOString(), grade: 1 as const };
		render(CardInfoPanel, {
			info: info({ grades: [untimed], totalMs: 0, lapses: 1 }),
			cardId: 'card-1',
			now
		});
		await expect.element(page.getByRole('term').nth(4)).not.toBeInTheDocument();
		await expect
			.element(page.getByRole('definition').nth(3))
			.toHaveTextContent('1, forgotten 1 time');
		await expect.element(page.getByRole('row').nth(1)).toHaveTextContent(/1 Mar 2025\s*Again\s*—/);
	});
});
