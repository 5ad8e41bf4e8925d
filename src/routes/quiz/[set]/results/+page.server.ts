import { error } from '@sveltejs/kit';
import { setPage, setPageEntries } from '../../catalogue.server';

export const entries = setPageEntries;

export function load({ params }) {
	// the results need no first question: it is left out of the page's data, which every
	// visitor's first visit downloads (issue 15's 600 KB)
	const set = setPage(params.set, { withOpening: false });
	if (!set) error(404, `There is no quiz called ${params.set}.`);
	return { set };
}
