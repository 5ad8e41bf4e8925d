// The transcript page's interactive layer, loaded after the page is interactive so the episode
// text (server-rendered) costs the first load no more script than it must: search, fact-check
// markers, mastery and the re-reading walk, and the passages that show them (LivePassages; until
// it draws a section, TranscriptState.isDrawn, its passages are plain text the page renders itself).
import { TranscriptState } from '$lib/state/transcript.svelte';
import type { Attempt } from '$lib/model/schema';
import LivePassages from '$lib/components/transcript/LivePassages.svelte';
import TranscriptTools from '$lib/components/transcript/TranscriptTools.svelte';

export interface CompanionOptions {
	sections: readonly {
		id: string;
		title: string;
		paragraphs: readonly { id: string; text: string }[];
	}[];
	/** the learner's attempts, read reactively */
	attempts: () => readonly Attempt[];
	/** whether storage has been read */
	loaded: () => boolean;
	/** the remembered "Show all verdicts", and how to store it */
	showAllVerdicts: () => boolean;
	onShowAllVerdicts: (show: boolean) => void;
}

export function createCompanion({ sections, ...learner }: CompanionOptions) {
	const state = new TranscriptState({
		paragraphs: sections.flatMap((s) => s.paragraphs.map((p) => ({ ...p, section: s.id }))),
		sectionTitles: Object.fromEntries(sections.map((s) => [s.id, s.title])),
		...learner
	});
	void state.loadAnnotations(fetch);
	return { state, Tools: TranscriptTools, Passages: LivePassages };
}

export type Companion = ReturnType<typeof createCompanion>;
