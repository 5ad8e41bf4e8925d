// The quiz sets, built once from the bank at build time for the pages under /quiz.
import { questions, sections, topics } from '$lib/content';
import {
	dataFileOf,
	repairSetId,
	retrySetId,
	setCatalogue,
	type SetInfo
} from '$lib/quiz/catalogue';

export const catalogue: SetInfo[] = setCatalogue({ questions, topics, sections });

/** what a page of one set needs before its questions arrive */
export interface SetPage extends SetInfo {
	/** the JSON file with its questions, under /quiz-data/ */
	dataFile: string;
}

const retry: SetInfo = { id: retrySetId, group: 'retry', title: 'Retry the ones I missed' };
const repair: SetInfo = { id: repairSetId, group: 'repair', title: 'Repair my misconceptions' };
/** the sets with a page but no place in the menu */
const offMenu = [retry, repair];

/** the set pages to prerender: every set, the retry of missed questions and the repair quiz */
export const setPageEntries = () => [...catalogue, ...offMenu].map((set) => ({ set: set.id }));

export function setPage(setId: string): SetPage | undefined {
	const info = offMenu.find((s) => s.id === setId) ?? catalogue.find((s) => s.id === setId);
	const dataFile = dataFileOf(setId);
	return info && dataFile ? { ...info, dataFile } : undefined;
}
