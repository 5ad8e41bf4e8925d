import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import type { Column } from '$lib/progress/chart-types';
import ColumnChart from './ColumnChart.svelte';

const weeks: Column[] = ['W43', 'W44', 'W45', 'W46', 'W47', 'W48', 'W49', 'W50'].map(
	(label, i) => ({
		key: label,
		label,
		value: 0.9 + i / 100,
		valueLabel: `${90 + i}%`,
		title: `${label}: ${90 + i}%`
	})
);

/** the chart in a box `width` px wide whose text is `fontPx` */
function renderIn(width: number, fontPx: number) {
	const box = document.createElement('div');
	box.style.width = `${width}px`;
	// the size a chart's words take (the app's stylesheet, with its variables, is not loaded here)
	box.style.setProperty('--text-sm', `${fontPx}px`);
	box.className = 'chart-test';
	document.body.append(box);
	return render(
		ColumnChart,
		{ columns: weeks, max: 1, captionId: 'c', summaryId: 's', columnWidth: 48 },
		{ baseElement: box }
	);
}

afterEach(() => {
	for (const box of document.querySelectorAll('.chart-test')) box.remove();
});

describe('ColumnChart', () => {
	it('draws a column a week, each labelled, where its labels fit', async () => {
		const { container } = renderIn(600, 14);
		await expect.element(page.getByRole('img')).toHaveClass(/columns/);
		const labels = [...container.querySelectorAll('text.label')].map((t) => t.textContent);
		expect(labels).toEqual(weeks.map((w) => w.label));
	});

	it('turns into a row a week, every label and value written, where large text leaves no room', async () => {
		const { container } = renderIn(200, 28);
		await expect.element(page.getByRole('img')).toHaveClass(/rows/);
		expect([...container.querySelectorAll('text.label')].map((t) => t.textContent)).toEqual(
			weeks.map((w) => w.label)
		);
		expect([...container.querySelectorAll('text.value')].map((t) => t.textContent)).toEqual(
			weeks.map((w) => w.valueLabel)
		);
		const chart = container.querySelector('svg')!.getBoundingClientRect();
		for (const text of container.querySelectorAll('text')) {
			const box = text.getBoundingClientRect();
			expect(box.right, text.textContent ?? '').toBeLessThanOrEqual(chart.right + 1);
			expect(box.left, text.textContent ?? '').toBeGreaterThanOrEqual(chart.left - 1);
		}
	});
});
