import { describe, expect, it } from 'vitest';
import {
	columnFrame,
	heatmapFrame,
	labelStride,
	lineFrame,
	trailingMeans,
	type TextMeasure
} from './chart-layout';

/** a font whose every glyph is 0.6 em wide: near enough the app's for the layout's sums */
const measureAt =
	(fontPx: number): TextMeasure =>
	(text) =>
		Math.ceil([...text].length * fontPx * 0.6);

describe('labelStride', () => {
	it('writes every label that fits its slot, and every n-th one that does not', () => {
		expect(labelStride(20, 40)).toBe(1);
		expect(labelStride(30, 20)).toBe(2);
		expect(labelStride(60, 20)).toBe(4);
		expect(labelStride(10, 0)).toBe(1);
	});
});

describe('lineFrame', () => {
	const labels = { startLabel: '6 Jan 2025', endLabel: '5 Jan 2026' };

	it('leaves the scale room for "100%" and gap at any size of text', () => {
		for (const fontPx of [14, 28]) {
			const measure = measureAt(fontPx);
			const frame = lineFrame({ width: 351, fontPx, measure, points: 5, ...labels });
			expect(frame.left).toBeGreaterThanOrEqual(measure('100%') + 6);
			expect(frame.left + frame.plotWidth + frame.right).toBe(351);
			// five scale labels a line apart at least
			expect(frame.plotHeight / 4).toBeGreaterThanOrEqual(fontPx * 1.2);
		}
	});

	it('writes both dates on one line when it holds them, else the last on a line of its own', () => {
		const wide = lineFrame({
			width: 600,
			fontPx: 14,
			measure: measureAt(14),
			points: 5,
			...labels
		});
		expect(wide.endLabelY).toBe(wide.startLabelY);
		const narrow = lineFrame({
			width: 351,
			fontPx: 28,
			measure: measureAt(28),
			points: 5,
			...labels
		});
		expect(narrow.endLabelY).toBeGreaterThanOrEqual(narrow.startLabelY + 28);
		expect(narrow.height).toBeGreaterThan(narrow.endLabelY);
	});

	it('draws dots while they have room, and the line alone for a year of days', () => {
		const measure = measureAt(14);
		expect(lineFrame({ width: 600, fontPx: 14, measure, points: 30, ...labels }).dots).toBe(true);
		expect(lineFrame({ width: 600, fontPx: 14, measure, points: 365, ...labels }).dots).toBe(false);
		expect(lineFrame({ width: 358, fontPx: 14, measure, points: 1, ...labels }).dots).toBe(true);
	});
});

describe('columnFrame', () => {
	const weeks = [
		'W43',
		'W44',
		'W45',
		'W46',
		'W47',
		'W48',
		'W49',
		'W50',
		'W51',
		'W52',
		'W01',
		'W02'
	];
	const shares = weeks.map(() => '100%');

	it('gives each column its slot, and writes every label where each fits its column', () => {
		const frame = columnFrame({
			width: 736,
			fontPx: 14,
			measure: measureAt(14),
			labels: weeks,
			values: shares,
			slot: 48
		});
		expect(frame).toMatchObject({ kind: 'columns', width: 576, slot: 48, stride: 1 });
	});

	it('writes every other label on a phone, where a column is narrower than its label', () => {
		const frame = columnFrame({
			width: 358,
			fontPx: 14,
			measure: measureAt(14),
			labels: weeks,
			values: shares,
			slot: 48
		});
		expect(frame).toMatchObject({ kind: 'columns', stride: 2 });
	});

	it('turns into rows where the first label, moved in from the edge, would run into the third', () => {
		// 12 columns of 29.5 px and values 53 px wide: every other label fits centred on its column,
		// but the first, moved 12 px in to stay inside the chart, would touch the third
		const measure = (text: string) => (text === '100%' ? 53 : 30);
		const frame = columnFrame({
			width: 354,
			fontPx: 21,
			measure,
			labels: weeks,
			values: shares,
			slot: 48
		});
		expect(frame.kind).toBe('rows');
	});

	it('turns into rows when even every other label would not fit, each row holding its words', () => {
		const measure = measureAt(28);
		const frame = columnFrame({
			width: 351,
			fontPx: 28,
			measure,
			labels: weeks,
			values: shares,
			slot: 48
		});
		if (frame.kind !== 'rows') throw new Error(`columns at 28 px: ${JSON.stringify(frame)}`);
		expect(frame.rowHeight).toBeGreaterThanOrEqual(28 * 1.2);
		expect(frame.height).toBe(frame.rowHeight * weeks.length);
		// the longest bar, a gap and the widest value end inside the chart
		expect(frame.barStart).toBeGreaterThanOrEqual(measure('W43') + 6);
		expect(frame.barStart + frame.barRoom + 6 + measure('100%')).toBeLessThanOrEqual(351);
	});
});

describe('heatmapFrame', () => {
	const months = [
		{ week: 0, label: 'Jul' },
		{ week: 3, label: 'Aug' },
		{ week: 7, label: 'Sep' },
		{ week: 12, label: 'Oct' },
		{ week: 16, label: 'Nov' },
		{ week: 20, label: 'Dec' },
		{ week: 25, label: 'Jan' }
	];

	it('fits 26 weeks into a phone, and writes only the months and weekdays that do not touch', () => {
		for (const [width, fontPx] of [
			[358, 14],
			[351, 28],
			[736, 14]
		] as const) {
			const measure = measureAt(fontPx);
			const frame = heatmapFrame({ width, fontPx, measure, weeks: 26, months });
			expect(frame.width).toBeLessThanOrEqual(width);
			expect(frame.left + 26 * frame.step).toBeLessThanOrEqual(width);
			expect(frame.cell).toBeGreaterThan(0);
			expect(frame.cell).toBeLessThan(frame.step);
			const xs = frame.monthLabels.map((m) => m.x);
			for (let i = 1; i < xs.length; i++) {
				const before = months.find((m) => m.week === frame.monthLabels[i - 1]!.week)!.label;
				expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(measure(before));
			}
			// every name inside the chart
			for (const { week, x } of frame.monthLabels) {
				const label = months.find((m) => m.week === week)!.label;
				expect(x + measure(label)).toBeLessThanOrEqual(frame.width);
			}
			for (let i = 1; i < frame.weekdayRows.length; i++)
				expect(
					(frame.weekdayRows[i]! - frame.weekdayRows[i - 1]!) * frame.step
				).toBeGreaterThanOrEqual(fontPx);
		}
	});

	it('writes Monday, Wednesday, Friday and Sunday where the rows are tall enough', () => {
		const frame = heatmapFrame({
			width: 736,
			fontPx: 14,
			measure: measureAt(14),
			weeks: 26,
			months
		});
		expect(frame.weekdayRows).toEqual([0, 2, 4, 6]);
		expect(frame.monthLabels.map((m) => m.week)).toEqual([0, 3, 7, 12, 16, 20, 25]);
	});

	it('moves the last month back from the edge rather than leave it out', () => {
		// 26 weeks fill a 358 px phone: "Jan", over this week, would end past it
		const frame = heatmapFrame({
			width: 358,
			fontPx: 14,
			measure: measureAt(14),
			weeks: 26,
			months
		});
		const jan = frame.monthLabels.find((m) => m.week === 25);
		expect(jan).toBeDefined();
		expect(jan!.x + measureAt(14)('Jan')).toBeLessThanOrEqual(358);
	});
});

describe('trailingMeans', () => {
	it('averages each value with the ones before it, fewer at the start', () => {
		expect(trailingMeans([1, 0, 1, 0], 2)).toEqual([1, 0.5, 0.5, 0.5]);
		expect(trailingMeans([0.5, 1, 0], 7)).toEqual([0.5, 0.75, 0.5]);
		expect(trailingMeans([], 7)).toEqual([]);
	});
});
