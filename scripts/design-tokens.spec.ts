// Issue 14: components take every colour, type size, space, radius and shadow from the design
// tokens in src/app.css, so the app keeps one scale and dark mode stays one set of values. This
// reads every component's <style> (and the stylesheets beside them) and names each declaration
// that uses a literal instead.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const tokensFile = 'src/app.css';

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return files(path);
		return /\.(svelte|css)$/.test(entry.name) ? [path] : [];
	});
}

/** the CSS of a file: its <style> blocks, or the whole of a .css file */
function cssOf(path: string): string {
	const text = readFileSync(path, 'utf8');
	if (path.endsWith('.css')) return text;
	return [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
}

const literalColour =
	/#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(|\b(?:white|black|red|green|blue|gray|grey|yellow|orange|purple|pink|silver)\b/i;
/** a length other than 0 written in rem or px: it belongs in a token */
const literalLength = /(?<![\w.])(?!0(?:rem|px)\b)\d*\.?\d+(?:rem|px)\b/;

const spaceProperty =
	/^(?:margin|padding)(?:-(?:top|right|bottom|left|block|inline)(?:-(?:start|end))?)?$|^(?:gap|row-gap|column-gap)$/;
const colourProperty =
	/^(?:color|background(?:-color)?|border(?:-(?:top|right|bottom|left))?(?:-color)?|outline(?:-color)?|fill|stroke|accent-color|caret-color|text-decoration(?:-color)?|box-shadow)$/;

/** what is wrong with one declaration, if anything */
export function tokenProblem(property: string, value: string): string | undefined {
	if (colourProperty.test(property) && literalColour.test(value))
		return 'a literal colour: use a colour token (--text, --muted, --accent, …)';
	if (
		property === 'font-size' &&
		!/^(?:var\(--text-[\w-]+\)|inherit|[\d.]+em|[\d.]+%)$/.test(value)
	)
		return 'a literal font size: use --text-xs … --text-2xl (or em, relative to the parent)';
	if (spaceProperty.test(property) && literalLength.test(value))
		return 'a literal space: use --space-0 … --space-16';
	if (property === 'border-radius' && literalLength.test(value))
		return 'a literal radius: use --radius-sm, --radius, --radius-lg or --radius-full';
	if (
		property === 'box-shadow' &&
		value !== 'none' &&
		!/^var\(--(?:shadow-[\w-]+|ring|edge-[\w-]+)\)(?:,\s*var\(--(?:shadow-[\w-]+|ring|edge-[\w-]+)\))*$/.test(
			value
		)
	)
		return 'a literal shadow: use --shadow-1, --shadow-2, --shadow-up, --ring or --edge-right/--edge-wrong';
	return undefined;
}

function problemsIn(path: string): string[] {
	const css = cssOf(path).replace(/\/\*[\s\S]*?\*\//g, '');
	return [...css.matchAll(/(?:^|[;{\s])([a-z-]+)\s*:\s*([^;{}]+?)\s*(?:;|\})/g)].flatMap(
		([, property, value]) => {
			const problem = tokenProblem(property!, value!.replace(/\s*!important$/, ''));
			return problem ? [`${path}: ${property}: ${value} (${problem})`] : [];
		}
	);
}

describe('design tokens', () => {
	it('no component or page style uses a literal colour, type size, space, radius or shadow', () => {
		const problems = files('src')
			.filter((path) => path !== tokensFile)
			.flatMap(problemsIn);
		expect(problems).toEqual([]);
	});

	it('catches each kind of literal, and lets tokens, zero and relative sizes through', () => {
		expect(tokenProblem('color', '#fff')).toMatch(/colour/);
		expect(tokenProblem('background', 'rgb(0 0 0 / 0.5)')).toMatch(/colour/);
		expect(tokenProblem('border', '1px solid white')).toMatch(/colour/);
		expect(tokenProblem('font-size', '0.9rem')).toMatch(/font size/);
		expect(tokenProblem('font-size', '12px')).toMatch(/font size/);
		expect(tokenProblem('padding', '0.5rem var(--space-2)')).toMatch(/space/);
		expect(tokenProblem('margin-top', '-2px')).toMatch(/space/);
		expect(tokenProblem('gap', '1rem')).toMatch(/space/);
		expect(tokenProblem('border-radius', '4px')).toMatch(/radius/);
		expect(tokenProblem('box-shadow', '0 1px 2px var(--border)')).toMatch(/shadow/);

		expect(tokenProblem('color', 'var(--muted)')).toBeUndefined();
		expect(tokenProblem('font-size', 'var(--text-sm)')).toBeUndefined();
		expect(tokenProblem('font-size', '0.85em')).toBeUndefined();
		expect(tokenProblem('padding', '0 var(--space-2)')).toBeUndefined();
		expect(tokenProblem('margin', 'calc(-1 * var(--space-4)) auto 0')).toBeUndefined();
		expect(tokenProblem('border-radius', 'var(--radius-full)')).toBeUndefined();
		expect(tokenProblem('box-shadow', 'none')).toBeUndefined();
		expect(tokenProblem('box-shadow', 'var(--ring), var(--shadow-1)')).toBeUndefined();
		expect(tokenProblem('width', '12rem')).toBeUndefined();
	});
});
