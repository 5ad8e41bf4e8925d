import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** WCAG 2.2 AA's rules, and axe's best practices (landmarks, heading order), which Lighthouse runs too */
const axeTags = [...wcagTags, 'best-practice'];

/**
 * the parts of the page axe checks (`include`, default the whole page) and leaves out (`exclude`),
 * and rules left out (`disableRules`) only where another test checks them on the same markup;
 * `onlyRules` runs those rules alone, on a page too long for all of them (the whole card list)
 */
export interface AxeScope {
	include?: string[];
	exclude?: string[];
	disableRules?: string[];
	onlyRules?: string[];
}

interface Fixtures {
	/** CSP violations seen on the page so far; checked to be empty after every test */
	cspViolations: string[];
	/**
	 * runs axe with the WCAG 2.2 AA tags (target-size included) and expects no violation, then
	 * expects the page to fit a phone's screen at 320 and 390 px (expectFitsScreen). `scope` (CSS selectors) limits
	 * it to the part of the page that changed, only where the rest of the page was checked whole
	 * in the same state, or splits one long page in parts checked by separate tests: every
	 * distinct state is checked whole once
	 */
	expectAccessible: (label: string, scope?: AxeScope) => Promise<void>;
}

/** the phone widths every state must fit (issue 14): a small phone and a common one */
export const phoneWidths = [320, 390] as const;

/** whether what the point at the middle of `locator` shows is it, not a bar stuck over it */
export const onTop = (locator: Locator) =>
	locator.evaluate((element) => {
		const { left, top, width, height } = element.getBoundingClientRect();
		const shown = document.elementFromPoint(left + width / 2, top + height / 2);
		return shown !== null && element.contains(shown);
	});

/**
 * Expects the page no wider than the screen at each width (scrollWidth ≤ the viewport's width:
 * nothing scrolls sideways but what scrolls in its own box), then puts the viewport and the
 * scroll position back as they were. On failure it names the elements that stick out.
 * expectAccessible calls it, so every state the suite checks with axe is checked here too.
 */
export async function expectFitsScreen(
	page: Page,
	label: string,
	widths: readonly number[] = phoneWidths
) {
	const original = page.viewportSize();
	if (!original) throw new Error('the page has no viewport');
	const scroll = await page.evaluate(() => [window.scrollX, window.scrollY] as const);
	try {
		for (const width of widths) {
			if (width !== original.width) await page.setViewportSize({ ...original, width });
			const fit = await page.evaluate(() => ({
				scrollWidth: document.documentElement.scrollWidth,
				limit: Math.min(document.documentElement.clientWidth, window.innerWidth)
			}));
			if (fit.scrollWidth <= fit.limit) continue;
			// only on failure: the outermost elements that reach past the right edge, by name
			const wide = await page.evaluate((limit) => {
				const past = (el: Element | null) => !!el && el.getBoundingClientRect().right > limit + 0.5;
				return [...document.body.querySelectorAll('*')]
					.filter(
						(el) => el.getBoundingClientRect().width > 0 && past(el) && !past(el.parentElement)
					)
					.slice(0, 5)
					.map(
						(el) =>
							`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')} (${Math.round(el.getBoundingClientRect().right)} px)`
					);
			}, fit.limit);
			expect(
				fit.scrollWidth,
				`${label}: the page is wider than the screen at ${width} px: ${wide.join(', ')}`
			).toBeLessThanOrEqual(fit.limit);
		}
	} finally {
		await page.setViewportSize(original);
		await page.evaluate(([x, y]) => window.scrollTo(x, y), scroll);
	}
}

export const test = base.extend<Fixtures>({
	cspViolations: [
		async ({ page }, use) => {
			const violations: string[] = [];
			await page.exposeFunction('__reportCspViolation', (text: string) => violations.push(text));
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => {
					const report = (window as unknown as { __reportCspViolation: (t: string) => void })
						.__reportCspViolation;
					report(
						`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} in ${event.sourceFile}:${event.lineNumber}`
					);
				});
			});
			page.on('console', (message) => {
				if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
			});
			await use(violations);
			expect(violations, 'Content-Security-Policy violations').toEqual([]);
		},
		{ auto: true }
	],
	expectAccessible: async ({ page }, use) => {
		await use(async (label: string, scope: AxeScope = {}) => {
			// only the violations are needed: passes and incomplete results with a selector for each
			// of their nodes cost much of axe's time on a long page (all the cards). Legacy mode runs
			// axe.run in the page itself instead of opening a blank page per run to merge the frames'
			// results: the app has no cross-origin frame, and on /cards it is over twice as fast
			// options() replaces every option set before it, withTags' runOnly among them: it comes
			// first. Called after it (from 5 December), axe ran its default rules, which leave
			// target-size out, so no state of the suite was checked for WCAG 2.2's target size
			const builder = new AxeBuilder({ page })
				.options({ resultTypes: ['violations'] })
				.setLegacyMode(true);
			if (scope.onlyRules) builder.withRules(scope.onlyRules);
			else builder.withTags(axeTags);
			for (const selector of scope.include ?? []) builder.include(selector);
			for (const selector of scope.exclude ?? []) builder.exclude(selector);
			if (scope.disableRules) builder.disableRules(scope.disableRules);
			// axe fails whatever target straddles the edge of a bar that stays on screen (the quiz's
			// and review's action bar, the transcript's search bar) as partly hidden: where the page
			// stands after a scroll, not a target's size, and which question's feedback lies there
			// changes from run to run. axe reads the page with those bars in their place in the
			// flow, which a sticky bar holds anyway; focus is kept clear of them by scroll-padding
			await page.evaluate(() => {
				for (const el of document.body.querySelectorAll<HTMLElement>('*'))
					if (getComputedStyle(el).position === 'sticky') {
						el.dataset.axeUnstuck = '';
						el.style.position = 'static';
					}
			});
			const results = await builder.analyze().finally(() =>
				page.evaluate(() => {
					for (const el of document.body.querySelectorAll<HTMLElement>('[data-axe-unstuck]')) {
						el.style.removeProperty('position');
						delete el.dataset.axeUnstuck;
					}
				})
			);
			const summary = results.violations.map(
				(v) =>
					`${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ') + ' ' + n.failureSummary).join(', ')}`
			);
			expect(summary, `axe violations: ${label}`).toEqual([]);
			await expectFitsScreen(page, label);
		});
	}
});

export { expect };

/** Resolves once the app has read storage and is interactive. */
export async function waitForApp(page: Page) {
	await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
}
