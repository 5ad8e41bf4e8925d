import type { TextMeasure } from '$lib/progress/chart-layout';

/**
 * Measures labels as `element`'s font at `fontPx` draws them, with a canvas: the glyphs an SVG's
 * text in that element uses, so a chart's layout gives each label the room it takes. Each width is
 * worked out once.
 */
export function textMeasure(element: Element, fontPx: number): TextMeasure {
	const style = getComputedStyle(element);
	const context = document.createElement('canvas').getContext('2d');
	// without a canvas (none of the browsers the app supports), an em a glyph is never too little
	if (!context) return (text) => [...text].length * fontPx;
	context.font = `${style.fontStyle} ${style.fontWeight} ${fontPx}px ${style.fontFamily}`;
	const widths = new Map<string, number>();
	return (text) => {
		let width = widths.get(text);
		if (width === undefined) {
			width = Math.ceil(context.measureText(text).width);
			widths.set(text, width);
		}
		return width;
	};
}
