/** one point of a line chart: x a time in ms, y a share from 0 to 1 */
export interface LinePoint {
	key: string;
	x: number;
	y: number;
	/** the point's tooltip text, e.g. "10 Mar 2025: 6 of 8 (75%)" */
	title: string;
}

/** one column of a column chart */
export interface Column {
	key: string;
	/** under the column: short, e.g. "12" or "W11" */
	label: string;
	value: number;
	/** above the column, e.g. "90%"; empty for none */
	valueLabel: string;
	/** the column's tooltip text */
	title: string;
}
