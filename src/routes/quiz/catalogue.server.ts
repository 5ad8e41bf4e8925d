// The quiz sets, built once from the bank at build time for the pages under /quiz.
import { questions, sections, topics } from '$lib/content';
import { dataFileOf, retrySetId, setCatalogue, type SetInfo } from '$lib/quiz/catalogue';

export const catalogue: SetInfo[] = setCatalogue({ questions, topics, sections });

/** what a page of one set needs before its questions arrive */
export interface SetPage extends SetInfo {
	/** the JSON file with its questions, under /quiz-data/ */
	dataFile: string;
}

const retry: SetInfo = { id: retrySetId, group: 'retry', title: 'Retry the ones I missed' };

/** the set pages to prerender: every set, and the retry of missed questions */
export const setPageEntries = () => [...catalogue, retry].map((set) => ({ set: set.id }));

export function setPage(setId: string): SetPage | undefined {
	const info = setId === retrySetId ? retry : catalogue.find((s) => s.id === setId);
	const dataFile = dataFileOf(setId);
	return info && dataFile ? { ...info, dataFile } : undefined;
}
