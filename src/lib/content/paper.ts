// The paper the bank cites, its numbered sections, and links to a passage of it: one place for the
// URLs and titles every item uses.
import * as z from 'zod/mini';
import { PaperSectionNumber } from './fields';
import type { PaperEvidence } from './schema';

/** the paper, on the Transformer Circuits Thread */
export const paperUrl = 'https://transformer-circuits.pub/2025/attribution-graphs/biology.html';

export interface PaperSection {
	/** as the paper numbers its headings: "6.1.1" */
	number: string;
	title: string;
}

/** every numbered heading of the paper, in order (its introduction is unnumbered; we call it 1) */
export const paperSections: readonly PaperSection[] = [
	{ number: '1', title: 'Introduction' },
	{ number: '1.1', title: 'A note on our approach and its limitations' },
	{ number: '2', title: 'Method Overview' },
	{ number: '3', title: 'Introductory Example: Multi-step Reasoning' },
	{ number: '3.1', title: 'Validation with Inhibition Experiments' },
	{ number: '3.2', title: 'Swapping Alternative Features' },
	{ number: '4', title: 'Planning in Poems' },
	{ number: '4.1', title: 'Planned Words Features and their Mechanistic Role' },
	{ number: '4.2', title: 'Planning Features Only Matter at the Planning Location' },
	{ number: '4.3', title: 'Planned Words Influence Intermediate Words' },
	{ number: '4.4', title: 'Planned Words Determine Sentence Structure' },
	{ number: '5', title: 'Multilingual Circuits' },
	{ number: '5.1', title: 'Editing the Operation: Antonyms to Synonyms' },
	{ number: '5.2', title: 'Editing the Operand: Small to Hot' },
	{ number: '5.3', title: 'Editing the Output Language' },
	{ number: '5.4', title: 'The French Circuit in More Detail' },
	{ number: '5.5', title: 'How General are Multilingual Features?' },
	{ number: '5.6', title: 'Do Models Think in English?' },
	{ number: '6', title: 'Addition' },
	{ number: '6.1', title: 'Generalization of Addition Features' },
	{ number: '6.1.1', title: 'Generalization to the input context' },
	{ number: '6.1.2', title: 'Flexibility of computational role' },
	{ number: '7', title: 'Medical Diagnoses' },
	{ number: '8', title: 'Entity Recognition and Hallucinations' },
	{ number: '8.1', title: 'Default Refusal Circuits' },
	{ number: '8.2', title: 'An Inhibitory “Known Answer” Circuit' },
	{ number: '8.3', title: 'Case Study of a Natural Hallucination: Academic Papers' },
	{ number: '9', title: 'Refusals' },
	{ number: '9.1', title: 'Attribution Graph and Interventions' },
	{ number: '9.2', title: 'Exploring the Global Weights' },
	{ number: '10', title: 'Life of a Jailbreak' },
	{ number: '10.1', title: 'Baseline behavior' },
	{ number: '10.2', title: 'Why does the model not immediately refuse the request?' },
	{
		number: '10.3',
		title: 'How does the model realize its mistake after the first sentence of its response?'
	},
	{
		number: '10.4',
		title:
			'Why does the model not realize it should refuse the request sooner, after writing “BOMB”?'
	},
	{ number: '10.5', title: 'Summary' },
	{ number: '11', title: 'Chain-of-thought Faithfulness' },
	{ number: '11.1', title: 'Intervention Experiments' },
	{ number: '11.2', title: 'Circuit Mechanisms Predict Model’s Susceptibility to Bias' },
	{ number: '11.3', title: 'Summary' },
	{ number: '12', title: 'Uncovering Hidden Goals in a Misaligned Model' },
	{ number: '12.1', title: 'Designing a Model with Hidden Motivations' },
	{ number: '12.2', title: 'Reward Model Bias Features' },
	{ number: '12.3', title: 'Reward Model Bias Circuits' },
	{ number: '12.3.1', title: 'Example #1: Meta Poems' },
	{ number: '12.3.2', title: 'Example #2: Call 9-1-1' },
	{ number: '12.3.3', title: 'Example #3: Add Chocolate' },
	{ number: '12.4', title: 'Recap' },
	{ number: '13', title: 'Commonly Observed Circuit Components and Structure' },
	{ number: '14', title: 'Limitations' },
	{ number: '14.1', title: 'When Do Our Methods Not Work?' },
	{ number: '15', title: 'Discussion' },
	{ number: '15.1', title: 'What Have We Learned about the Model?' },
	{ number: '15.2', title: 'What Have We Learned about Our Method?' },
	{ number: '15.3', title: 'The Value of Bottom-up Methods' },
	{ number: '15.3.1', title: 'Unexpected Discoveries' },
	{ number: '15.3.2', title: 'Convenience and Speed of Exploration' },
	{ number: '15.3.3', title: 'Going Forward' },
	{ number: '15.4', title: 'Outlook' },
	{ number: '16', title: 'Related Work' }
];

const sectionTitles = new Map(paperSections.map((s) => [s.number, s.title]));

/** the title of § `number`, or undefined for a number the paper does not have */
export const paperSectionTitle = (number: string): string | undefined => sectionTitles.get(number);

/** the paper's top-level headings, by number, for the short "§6 Addition" labels */
export const paperSectionTitles: Readonly<Record<string, string>> = Object.fromEntries(
	paperSections.filter((s) => !s.number.includes('.')).map((s) => [s.number, s.title])
);

/**
 * The only section anchor of the paper page known to exist ("#dives-poems"); other sections are
 * reached by a text fragment of their evidence, or the page itself.
 */
export const paperAnchors: Readonly<Record<string, string>> = { '4': 'dives-poems' };

/**
 * The link to a § of the paper: at its anchor where the page has one (a subsection, at its
 * section's), else the page itself.
 *
 * @example
 * paperSectionHref('4.1') // 'https://…/biology.html#dives-poems'
 * paperSectionHref('15.3') // 'https://…/biology.html'
 */
export function paperSectionHref(section: string, page: string = paperUrl): string {
	const top = section.split('.')[0] ?? section;
	const anchor = paperAnchors[section] ?? (section === top ? undefined : paperAnchors[top]);
	return anchor ? `${page}#${anchor}` : page;
}

// Text Fragments (WICG): these characters have a meaning inside the directive and must be escaped
const fragmentSyntax = /[-&,]/g;

/** one term of a text directive: percent-encoded, with `-`, `&` and `,` escaped too */
export const encodeFragmentTerm = (text: string): string =>
	encodeURIComponent(text).replace(
		fragmentSyntax,
		(c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')
	);

// a word the browser matches as written: letters, digits and plain punctuation only
const plainWord = /^[\p{L}\p{N}'’.,;:!?()“”"%-]+$/u;
const edgeWords = 4;

/**
 * The terms of a text directive that find `passage` on the paper's page: the whole passage when
 * every word is plain, else a start and an end of plain words (`textStart,textEnd`), since the
 * page renders figures, symbols and footnote marks differently from the text they were copied from.
 * The start is taken from the first run of two or more plain words: a lone word ("the", "only")
 * would match its first use on the page and highlight everything from there.
 */
export function fragmentTerms(passage: string): [string] | [string, string] {
	const words = passage.trim().split(/\s+/);
	const plain = words.map((w) => plainWord.test(w));
	if (plain.every(Boolean)) return [words.join(' ')];
	const firstOdd = plain.indexOf(false);
	const lastOdd = plain.lastIndexOf(false);
	const endFrom = Math.min(words.length - 1, Math.max(lastOdd + 1, words.length - edgeWords));
	// the first run of two plain words with room for both before the end term
	const runAt = plain.findIndex((p, i) => p && plain[i + 1] === true && i + 2 <= endFrom);
	let startTo = runAt;
	while (startTo >= 0 && startTo < endFrom && plain[startTo] && startTo - runAt < edgeWords) {
		startTo++;
	}
	const start =
		runAt >= 0
			? words.slice(runAt, startTo)
			: words.slice(0, Math.max(1, Math.min(firstOdd, edgeWords)));
	return [start.join(' '), words.slice(endFrom).join(' ')];
}

/** a link that opens the paper at `passage` and highlights it */
export function paperPassageUrl(passage: string): string {
	return `${paperUrl}#:~:text=${fragmentTerms(passage).map(encodeFragmentTerm).join(',')}`;
}

/** a passage of the paper as the learner sees it: its words, its §, and a link that highlights it */
export const PaperPassage = z.object({
	section: PaperSectionNumber,
	/** the heading of the § it stands in */
	sectionTitle: z.string(),
	/** verbatim, shown as a quote */
	text: z.string().check(z.minLength(1)),
	href: z.string().check(z.minLength(1))
});

export type PaperPassage = z.infer<typeof PaperPassage>;

/** An item's evidence, ready to show: "The paper: “…” (§6.1)" with its text-fragment link. */
export const toPaperPassage = (evidence: PaperEvidence): PaperPassage => ({
	section: evidence.section,
	sectionTitle: paperSectionTitle(evidence.section) ?? '',
	text: evidence.text,
	href: paperPassageUrl(evidence.text)
});

/**
 * Whether one of `passages` stands in § `section` or in one of its subsections, so that a link to
 * the § would repeat the passage's own link.
 *
 * @example
 * quotesSection([{ section: '6.1' }], '6') // true
 * quotesSection([{ section: '6' }], '6.1') // false
 */
export const quotesSection = (
	passages: readonly Pick<PaperPassage, 'section'>[],
	section: string
): boolean => passages.some((p) => p.section === section || p.section.startsWith(`${section}.`));
