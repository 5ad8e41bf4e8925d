// Where a chart's parts go, in CSS pixels, for the width the chart has and the size of its text.
// The charts draw one SVG unit to a CSS pixel, so their words are as large as the page's, and grow
// with it when a learner enlarges the text (WCAG 1.4.4): the room for each label is worked out
// here, from the labels' measured widths, instead of being a fixed share of a fixed drawing.

/** the width of a label in CSS px, as the browser draws it in the chart's font */
export type TextMeasure = (text: string) => number;

/**
 * Which labels of a row of slots `step` apart can be shown without touching: every `stride`-th,
 * from the first. Each label is centred on its slot and at most `widest` wide.
 *
 * @example
 * labelStride(30, 20) // 2: every other label
 */
export function labelStride(widest: number, step: number, gap = 6): number {
	return step <= 0 ? 1 : Math.max(1, Math.ceil((widest + gap) / step));
}

/** the frame of the line chart of scores */
export interface LineFrame {
	width: number;
	height: number;
	left: number;
	right: number;
	top: number;
	plotWidth: number;
	plotHeight: number;
	/** the baselines of the first and last x labels: the same line when both fit on it */
	startLabelY: number;
	endLabelY: number;
	/** the first label starts at the plot's left unless it is wider than the plot, then at 0 */
	startLabelX: number;
	/** a dot for each point, when there is room between them; else the line alone */
	dots: boolean;
}

/** the radius of a score's dot */
export const dotRadius = 5;

/**
 * The line chart's frame: room on the left for "100%", a plot about a third as tall as wide (and
 * never so short that its five scale labels touch), and under it the first and last dates, on two
 * lines when one cannot hold both.
 *
 * @example
 * lineFrame({ width: 600, fontPx: 14, measure, points: 10, startLabel: '6 Jan 2025', endLabel: '5 Jan 2026' })
 */
export function lineFrame(options: {
	width: number;
	fontPx: number;
	measure: TextMeasure;
	points: number;
	startLabel: string;
	endLabel: string;
}): LineFrame {
	const { width, fontPx, measure, points, startLabel, endLabel } = options;
	const left = measure('100%') + 8;
	const right = dotRadius + 4;
	const top = Math.ceil(fontPx / 2) + dotRadius;
	const plotWidth = Math.max(1, width - left - right);
	const plotHeight = Math.round(Math.max(width * 0.32, fontPx * 1.5 * 4, 120));
	const lineHeight = Math.ceil(fontPx * 1.4);
	const startWidth = measure(startLabel);
	const startLabelX = startWidth > plotWidth ? 0 : left;
	const both = startLabelX + startWidth + 12 + measure(endLabel) <= width - right;
	const startLabelY = top + plotHeight + dotRadius + lineHeight;
	const endLabelY = both || endLabel === startLabel ? startLabelY : startLabelY + lineHeight;
	return {
		width,
		height: endLabelY + Math.ceil(fontPx * 0.4),
		left,
		right,
		top,
		plotWidth,
		plotHeight,
		startLabelX,
		startLabelY,
		endLabelY,
		dots: points <= 1 || plotWidth / (points - 1) >= dotRadius * 3
	};
}

/** how a column chart is drawn in the room it has */
export type ColumnFrame =
	| {
			/** a column a slot, its label under it and its value over it */
			kind: 'columns';
			width: number;
			height: number;
			slot: number;
			/** where the plot's top and its baseline are */
			top: number;
			baseline: number;
			/** every `stride`-th label and value is written; the rest are in the table */
			stride: number;
	  }
	| {
			/** a bar a row, its label before it and its value after it: for a screen too narrow for columns */
			kind: 'rows';
			width: number;
			height: number;
			rowHeight: number;
			/** where the bars start, and the most a bar may be long */
			barStart: number;
			barRoom: number;
	  };

/**
 * The column chart's frame. Its columns share the width, each at most `slot` wide; when a column
 * is too narrow for its label even if only every other one is written, the chart turns into rows,
 * which any width and any size of text can hold.
 *
 * @example
 * columnFrame({ width: 600, fontPx: 14, measure, labels: ['W1', 'W2'], values: ['90%', '95%'], slot: 48 })
 * // { kind: 'columns', width: 96, slot: 48, stride: 1, … }
 */
export function columnFrame(options: {
	width: number;
	fontPx: number;
	measure: TextMeasure;
	labels: readonly string[];
	values: readonly string[];
	slot: number;
}): ColumnFrame {
	const { width, fontPx, measure, labels, values } = options;
	const count = Math.max(1, labels.length);
	const slot = Math.min(options.slot, width / count);
	const widestLabel = Math.max(0, ...labels.map(measure));
	const widestValue = Math.max(0, ...values.map(measure));
	const widest = Math.max(widestLabel, widestValue);
	let stride = labelStride(widest, slot);
	// the first label, wider than its column, is moved in from the edge by half the difference
	// (and the last one too): the next label written must clear it by as much
	while (stride * slot < widest + 6 + Math.max(0, (widest - slot) / 2)) stride++;
	const lineHeight = Math.ceil(fontPx * 1.4);
	if (stride <= 2) {
		const top = lineHeight + 4;
		const plotHeight = Math.round(Math.max(120, fontPx * 8));
		const baseline = top + plotHeight;
		return {
			kind: 'columns',
			width: Math.floor(slot * count),
			height: baseline + lineHeight + Math.ceil(fontPx * 0.4),
			slot,
			top,
			baseline,
			stride
		};
	}
	const rowHeight = Math.max(lineHeight + 8, 24);
	const barStart = widestLabel + 8;
	return {
		kind: 'rows',
		width,
		height: rowHeight * count,
		rowHeight,
		barStart,
		barRoom: Math.max(1, width - barStart - widestValue - 8)
	};
}

/** the names of the study-days grid's rows, Monday first */
export const weekdayNames = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** the study-days grid's frame */
export interface HeatmapFrame {
	width: number;
	height: number;
	/** where the grid starts, right of the weekday names and under the months */
	left: number;
	top: number;
	/** a day's square, and the distance from one square to the next */
	cell: number;
	step: number;
	/**
	 * the months written, each over its first week, where its name fits: the last moved back
	 * from the edge to stay inside the chart ("Jan" over this week)
	 */
	monthLabels: { week: number; x: number }[];
	/** the rows (0 Monday … 6 Sunday) whose weekday is written: every other one, or fewer */
	weekdayRows: number[];
}

/**
 * The study-days grid's frame: the weekday names take their width, the weeks share the rest
 * (a square at most 13 px, as a calendar of contributions draws it), and a month's or a weekday's
 * name is written only where it does not run into the one before.
 *
 * @example
 * heatmapFrame({ width: 358, fontPx: 14, measure, weeks: 26, months: [{ week: 0, label: 'Jul' }] })
 */
export function heatmapFrame(options: {
	width: number;
	fontPx: number;
	measure: TextMeasure;
	weeks: number;
	months: readonly { week: number; label: string }[];
}): HeatmapFrame {
	const { width, fontPx, measure, weeks, months } = options;
	const left = Math.max(...weekdayNames.map(measure)) + 6;
	const step = Math.max(4, Math.min(16, (width - left) / Math.max(1, weeks)));
	const gridRight = left + weeks * step;
	const monthLabels: { week: number; x: number }[] = [];
	let freeFrom = -Infinity;
	for (const { week, label } of months) {
		const x = Math.min(left + week * step, width - measure(label));
		// a name that would run into the one before is left to the table
		if (x < freeFrom || x < left) continue;
		monthLabels.push({ week, x });
		freeFrom = x + measure(label) + 6;
	}
	const rowStride = Math.max(2, Math.ceil((fontPx * 1.1) / step));
	const top = Math.ceil(fontPx * 1.4);
	const cell = step - Math.max(1, Math.round(step * 0.2));
	const weekdayRows = [0, 1, 2, 3, 4, 5, 6].filter((row) => row % rowStride === 0);
	// the last weekday's name, centred on its row, may reach under the grid
	const lastName = top + (weekdayRows.at(-1) ?? 0) * step + cell / 2 + fontPx * 0.65;
	return {
		width: Math.ceil(Math.min(width, Math.max(gridRight, freeFrom - 6))),
		height: Math.ceil(Math.max(top + 7 * step, lastName)),
		left,
		top,
		cell,
		step,
		monthLabels,
		weekdayRows
	};
}

/**
 * Each value's mean with the `span - 1` values before it (fewer at the start): a line through a
 * year of daily scores that shows their trend, where the scores alone zig-zag.
 *
 * @example
 * trailingMeans([1, 0, 1, 0], 2) // [1, 0.5, 0.5, 0.5]
 */
export function trailingMeans(values: readonly number[], span: number): number[] {
	let sum = 0;
	return values.map((value, i) => {
		sum += value - (i >= span ? (values[i - span] as number) : 0);
		return sum / Math.min(i + 1, span);
	});
}
