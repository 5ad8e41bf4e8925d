import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * the parts of the page axe checks (`include`, default the whole page) and leaves out (`exclude`),
 * and rules left out (`disableRules`) only where another test checks them on the same markup
 */
export interface AxeScope {
	include?: string[];
	exclude?: string[];
	disableRules?: string[];
}

interface Fixtures {
	/** CSP violations seen on the page so far; checked to be empty after every test */
	cspViolations: string[];
	/**
	 * runs axe with the WCAG 2.2 AA tags and expects no violation. `scope` (CSS selectors) limits
	 * it to the part of the page that changed, only where the rest of the page was checked whole
	 * in the same state, or splits one long page in parts checked by separate tests: every
	 * distinct state is checked whole once
	 */
	expectAccessible: (label: string, scope?: AxeScope) => Promise<void>;
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
			const builder = new AxeBuilder({ page })
				.withTags(wcagTags)
				.options({ resultTypes: ['violations'] })
				.setLegacyMode(true);
			for (const selector of scope.include ?? []) builder.include(selector);
			for (const selector of scope.exclude ?? []) builder.exclude(selector);
			if (scope.disableRules) builder.disableRules(scope.disableRules);
			const results = await builder.analyze();
			const summary = results.violations.map(
				(v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
			);
			expect(summary, `axe violations: ${label}`).toEqual([]);
		});
	}
});

export { expect };

/** Resolves once the app has read storage and is interactive. */
export async function waitForApp(page: Page) {
	await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
}
