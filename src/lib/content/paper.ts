// The paper the bank cites, and its sections: one place for the links and titles every item uses.

/** the paper, on the Transformer Circuits Thread */
export const paperUrl = 'https://transformer-circuits.pub/2025/attribution-graphs/biology.html';

/**
 * The only section anchor of the paper page known to exist (paper-facts.md: "#dives-poems"
 * confirmed, every other anchor unverified); other sections link to the page itself.
 */
export const paperAnchors: Readonly<Record<string, string>> = { '4': 'dives-poems' };

/** the paper's top-level section headings, as paper-facts.md names them; subsections take their parent's */
export const paperSectionTitles: Readonly<Record<string, string>> = {
	'1': 'Introduction',
	'2': 'Method overview',
	'3': 'Multi-step reasoning',
	'4': 'Planning in poems',
	'5': 'Multilingual circuits',
	'6': 'Addition',
	'7': 'Medical diagnoses',
	'8': 'Entity recognition and hallucinations',
	'9': 'Refusals',
	'10': 'Life of a jailbreak',
	'11': 'Chain-of-thought faithfulness',
	'12': 'Hidden goals in a misaligned model',
	'13': 'Commonly observed circuit components',
	'14': 'Limitations',
	'15': 'Discussion',
	'16': 'Related work'
};
