// The transcript page's behaviour (issue 8): the passage a link arrives at, search within the
// episode, the fact-check markers, the learner's mastery of each quoted passage and the walk
// through the weak ones. Methods that move the reader return the id of the element to show; the
// components scroll to it and move focus, so this class never touches the DOM.
import {
	findMatches,
	minQueryLength,
	segment,
	type SearchMatch,
	type TextSegment
} from '$lib/transcript/search';
import { fetchJson } from '$lib/browser/fetch-json';
import { TranscriptAnnotations, type PassageClaim } from '$lib/transcript/annotations';
import {
	countMastery,
	masteryByPassage,
	weakPassages,
	type Mastery,
	type PassageStanding
} from '$lib/progress/passage-mastery';
import type { Attempt } from '$lib/model/schema';

export interface TranscriptParagraph {
	id: string;
	section: string;
	text: string;
}

export interface TranscriptStateOptions {
	paragraphs: readonly TranscriptParagraph[];
	/** section id → its title, for announcements */
	sectionTitles: Readonly<Record<string, string>>;
	/** the learner's attempts, read reactively (the app state's) */
	attempts: () => readonly Attempt[];
	/** whether storage has been read: before then there is no mastery to show */
	loaded: () => boolean;
	/** the learner's choice to see every verdict before answering its fact-check (remembered) */
	showAllVerdicts?: () => boolean;
	/** stores that choice */
	onShowAllVerdicts?: (show: boolean) => void;
}

export const masteryLabels: Record<Mastery, string> = {
	mastered: 'Mastered',
	shaky: 'Shaky',
	missed: 'Missed',
	untested: 'Not tested yet'
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** what the page says of a link to a passage it does not have */
const missingLinkText = (id: string) =>
	`This transcript has no passage “${id}”: the link may be from an older version of the app. The episode starts below.`;

export class TranscriptState {
	#paragraphs: readonly TranscriptParagraph[];
	#order: string[];
	/** paragraph id → section id */
	#sectionOf: Readonly<Record<string, string>>;
	#sectionTitles: Readonly<Record<string, string>>;
	#attempts: () => readonly Attempt[];
	#loaded: () => boolean;
	#showAll: () => boolean;
	#onShowAll: (show: boolean) => void;
	/** the questions the learner has answered, right or wrong */
	#answered: ReadonlySet<string>;

	/** claims and quoting questions, fetched after the page is interactive */
	annotations = $state.raw<TranscriptAnnotations | undefined>();
	/** why the annotations could not be fetched */
	annotationsProblem = $state.raw<string | undefined>();
	/** the passage a link (#p-N) arrived at */
	linked = $state<string | undefined>();
	/** a link to a passage this transcript does not have (#p-99999, from an older version, say) */
	missingLink = $state<string | undefined>();
	/** what the page says of it */
	get missingLinkMessage(): string | undefined {
		return this.missingLink === undefined ? undefined : missingLinkText(this.missingLink);
	}
	/** the last message for screen readers about where the reader was taken */
	announcement = $state('');
	/** the sections drawn live (isLive) */
	#live = $state.raw<readonly string[]>([]);
	/** every section is being drawn, a few passages a task (drawAhead) */
	#ahead = $state(false);
	/** ids of the claims whose "what the paper says" is open */
	openClaims = $state.raw<readonly string[]>([]);

	query = $state('');
	#matchIndex = $state(0);
	matches: SearchMatch[];
	/** paragraph id → its matches and the index of the first among all */
	#matchesByParagraph: Readonly<Record<string, { first: number; matches: SearchMatch[] }>>;

	/** each quoted passage's standing; undefined until storage and the annotations are both in */
	standings: Map<string, PassageStanding> | undefined;
	/** the missed and shaky passages, in episode order */
	weak: string[];
	counts: Record<Mastery, number> | undefined;

	/** the weak passages as they were when the walk started, so answers elsewhere do not reshuffle it */
	#walk = $state.raw<string[] | undefined>();
	#walkIndex = $state(0);

	constructor({
		paragraphs,
		sectionTitles,
		attempts,
		loaded,
		showAllVerdicts = () => false,
		onShowAllVerdicts = () => {}
	}: TranscriptStateOptions) {
		this.#showAll = showAllVerdicts;
		this.#onShowAll = onShowAllVerdicts;
		this.#paragraphs = paragraphs;
		this.#order = paragraphs.map((p) => p.id);
		this.#sectionOf = Object.fromEntries(paragraphs.map((p) => [p.id, p.section]));
		this.#sectionTitles = sectionTitles;
		this.#attempts = attempts;
		this.#loaded = loaded;
		// derived here, after the fields they read are set
		this.matches = $derived(findMatches(this.#paragraphs, this.query));
		this.#matchesByParagraph = $derived.by(() => {
			const grouped: Record<string, { first: number; matches: SearchMatch[] }> = {};
			this.matches.forEach((match, index) => {
				const group = grouped[match.paragraphId];
				if (group) group.matches.push(match);
				else grouped[match.paragraphId] = { first: index, matches: [match] };
			});
			return grouped;
		});
		this.standings = $derived(
			this.annotations && this.#loaded()
				? masteryByPassage(this.annotations.questions, this.#attempts())
				: undefined
		);
		this.weak = $derived(this.standings ? weakPassages(this.#order, this.standings) : []);
		this.#answered = $derived(
			// a plain lookup table, replaced whole when the attempts change
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			new Set(this.#loaded() ? this.#attempts().map((a) => a.questionId) : [])
		);
		this.counts = $derived(this.standings ? countMastery(this.standings) : undefined);
	}

	#loading: Promise<void> | undefined;

	/**
	 * Fetches the claims and the passage → questions map (prerendered, cached for offline use).
	 * Never rejects: a failure is kept in `annotationsProblem`.
	 */
	loadAnnotations(fetcher: typeof fetch, url = '/transcript/annotations.json'): Promise<void> {
		this.#loading ??= this.#fetchAnnotations(fetcher, url);
		return this.#loading;
	}

	/** resolves once the annotations are in, or have failed; at once if they were never asked for */
	settled(): Promise<void> {
		return this.#loading ?? Promise.resolve();
	}

	async #fetchAnnotations(fetcher: typeof fetch, url: string) {
		try {
			this.annotations = await fetchJson(url, TranscriptAnnotations, fetcher);
			this.annotationsProblem = undefined;
		} catch (error) {
			this.annotationsProblem = error instanceof Error ? error.message : String(error);
		}
	}

	// ——— arriving at a passage ———

	/** whether `id` names a section of the episode (its heading), not a passage */
	isSection(id: string): boolean {
		return Object.hasOwn(this.#sectionTitles, id);
	}

	/**
	 * Follows a URL hash: a passage (#p-N) becomes the linked passage, a section (#key-concepts-1)
	 * is announced. Returns the id of the element to show, or undefined for an unknown hash.
	 */
	followHash(hash: string): string | undefined {
		let id: string;
		try {
			id = decodeURIComponent(hash.replace(/^#/, ''));
		} catch {
			return undefined;
		}
		this.missingLink = undefined;
		if (Object.hasOwn(this.#sectionOf, id)) {
			this.linked = id;
			const where = `in ${this.#sectionTitle(id)}. ${this.#standingText(id)}`;
			this.announcement = `Linked passage, ${where}`.trim();
			return this.#showing(id, this.#sectionOf[id]);
		}
		if (this.isSection(id)) {
			this.linked = undefined;
			this.announcement = `Section: ${this.#sectionTitles[id]}`;
			return this.#showing(id, id);
		}
		// a passage's address this transcript lacks: said, rather than a page that silently opens at its start
		if (/^p-\d+$/.test(id)) {
			this.linked = undefined;
			this.missingLink = id;
			this.announcement = missingLinkText(id);
		}
		return undefined;
	}

	/** the label above a passage that is being pointed at, if it is */
	markOf(paragraphId: string): string | undefined {
		if (this.walking === paragraphId && this.#walk) {
			const standing = this.standings?.get(paragraphId);
			const how = standing ? `: ${masteryLabels[standing.mastery].toLowerCase()}` : '';
			return `Re-reading ${this.#walkIndex + 1} of ${this.#walk.length}${how}`;
		}
		return this.linked === paragraphId ? 'Linked passage' : undefined;
	}

	// ——— which sections are drawn live ———

	/**
	 * Whether the section is live: drawn at once with its marks and notes (isDrawn says when the
	 * page draws it at all). A section goes live, for good, when the reader opens it (makeLive) or
	 * when a method here returns an element in it to show: it is drawn live before it is shown, so
	 * the element shown and focused is the one that stays.
	 */
	isLive(sectionId: string): boolean {
		return this.#live.includes(sectionId);
	}

	/** Draws a section live from now on. Ignores what is not a section. */
	makeLive(sectionId: string | undefined) {
		if (
			sectionId !== undefined &&
			Object.hasOwn(this.#sectionTitles, sectionId) &&
			!this.#live.includes(sectionId)
		)
			this.#live = [...this.#live, sectionId];
	}

	/**
	 * Whether the page draws the section's passages live, with their marks and notes, rather than
	 * as the plain text it hydrates (cheaply): all at once when it is live; a few a task when it is
	 * only drawn ahead (LivePassages), which no one sees in a folded section. Drawing all 102
	 * passages live as the tools arrived was one task of over 100 ms at 4× CPU.
	 */
	isDrawn(sectionId: string): boolean {
		return this.#ahead || this.isLive(sectionId);
	}

	/**
	 * Draws every section from now on, the folded ones a few passages a task: called once the
	 * page is idle, so that in the end the whole page is live (find in page meets the passages
	 * it will keep, every search mark is drawn) without one long task on the way.
	 */
	drawAhead() {
		this.#ahead = true;
	}

	/** `id`, an element to show, once its section is live */
	#showing(id: string, sectionId: string | undefined): string {
		this.makeLive(sectionId);
		return id;
	}

	// ——— the fact-check ———

	claimsOf(paragraphId: string): PassageClaim[] {
		return this.annotations?.claims[paragraphId] ?? [];
	}

	/** every verdict is shown, answered or not */
	get showAllVerdicts(): boolean {
		return this.#showAll();
	}

	/** Shows every verdict, or hides again those whose fact-check is not answered; remembered. */
	setShowAllVerdicts(show: boolean) {
		this.#onShowAll(show);
		this.announcement = show
			? 'Every verdict is shown.'
			: 'Verdicts are hidden until you answer their fact-check.';
	}

	/**
	 * Whether a claim's verdict may be shown: once the learner has answered its fact-check (so
	 * reading the transcript never gives the quiz away), or when they chose to see every verdict.
	 * Hidden until storage is read.
	 */
	verdictShown(claim: PassageClaim): boolean {
		return this.#showAll() || claim.factCheckIds.some((id) => this.#answered.has(id));
	}

	isOpen(claimId: string) {
		return this.openClaims.includes(claimId);
	}

	toggleClaim(claimId: string) {
		this.openClaims = this.isOpen(claimId)
			? this.openClaims.filter((id) => id !== claimId)
			: [...this.openClaims, claimId];
	}

	// ——— mastery ———

	/** whether any question quotes the passage */
	isQuoted(paragraphId: string) {
		return this.annotations ? Object.hasOwn(this.annotations.questions, paragraphId) : false;
	}

	/** the mastery of every quoted passage is known */
	get ready() {
		return this.standings !== undefined;
	}

	/** how many passages the questions quote */
	get quotedCount() {
		return this.annotations ? Object.keys(this.annotations.questions).length : 0;
	}

	// ——— re-reading the weak passages ———

	/** the passage the walk is on, if a walk is under way */
	get walking(): string | undefined {
		return this.#walk?.[this.#walkIndex];
	}

	get walkPosition() {
		return { index: this.#walkIndex, total: this.#walk?.length ?? 0 };
	}

	/** Starts at the first weak passage; returns its id, or undefined when there is none. */
	startWalk(): string | undefined {
		if (this.weak.length === 0) return undefined;
		this.#walk = [...this.weak];
		return this.#goTo(0);
	}

	nextWeak(): string | undefined {
		return this.#walk ? this.#goTo(this.#walkIndex + 1) : undefined;
	}

	previousWeak(): string | undefined {
		return this.#walk ? this.#goTo(this.#walkIndex - 1) : undefined;
	}

	stopWalk() {
		const total = this.#walk?.length ?? 0;
		this.#walk = undefined;
		this.#walkIndex = 0;
		this.announcement = `Stopped re-reading. ${plural(total, 'weak passage')} in all.`;
	}

	#goTo(index: number): string | undefined {
		const walk = this.#walk;
		if (!walk || index < 0 || index >= walk.length) return undefined;
		this.#walkIndex = index;
		const id = walk[index] as string;
		const where = `in ${this.#sectionTitle(id)}. ${this.#standingText(id)}`;
		this.announcement = `Weak passage ${index + 1} of ${walk.length}, ${where}`;
		return this.#showing(id, this.#sectionOf[id]);
	}

	// ——— search ———

	setQuery(query: string) {
		this.query = query;
		this.#matchIndex = 0;
		// the first match is shown, as a browser's find does
		this.makeLive(this.#sectionOf[this.matches[0]?.paragraphId ?? '']);
	}

	/** the index of the current match among all, or -1 when there is none */
	get currentMatch() {
		return this.matches.length === 0 ? -1 : Math.min(this.#matchIndex, this.matches.length - 1);
	}

	/** the paragraph's text cut at its matches; undefined when it has none */
	segmentsOf(paragraphId: string, text: string): TextSegment[] | undefined {
		const group = this.#matchesByParagraph[paragraphId];
		return group ? segment(text, group.matches, group.first) : undefined;
	}

	/** Moves to the next match (after the last, back to the first); returns the mark's element id. */
	nextMatch(): string | undefined {
		return this.#toMatch(this.currentMatch + 1);
	}

	previousMatch(): string | undefined {
		return this.#toMatch(this.currentMatch - 1);
	}

	#toMatch(index: number): string | undefined {
		const count = this.matches.length;
		if (count === 0) return undefined;
		this.#matchIndex = (index + count) % count;
		const match = this.matches[this.#matchIndex] as SearchMatch;
		return this.#showing(matchElementId(this.#matchIndex), this.#sectionOf[match.paragraphId]);
	}

	/** what the search status says: how many matches, which one is current and where */
	get searchStatus(): string {
		const query = this.query.trim();
		if (query === '') return '';
		if (this.matches.length === 0)
			return query.length < minQueryLength
				? `Type at least ${minQueryLength} letters to search.`
				: `No matches for “${query}”.`;
		const count = this.matches.length;
		const current = this.matches[this.currentMatch] as SearchMatch;
		const where = this.#sectionTitle(current.paragraphId);
		return `${plural(count, 'match', 'matches')} for “${query}”. Showing ${this.currentMatch + 1} of ${count}, in ${where}.`;
	}

	#sectionTitle(paragraphId: string) {
		return this.#sectionTitles[this.#sectionOf[paragraphId] ?? ''] ?? 'the episode';
	}

	#standingText(paragraphId: string) {
		const standing = this.standings?.get(paragraphId);
		return standing ? `Your mastery: ${masteryLabels[standing.mastery]}.` : '';
	}
}

/** the id of a search match's `<mark>` element */
export const matchElementId = (index: number) => `match-${index + 1}`;
