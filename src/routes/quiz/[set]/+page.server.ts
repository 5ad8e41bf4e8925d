import { error } from '@sveltejs/kit';
import { setPage, setPageEntries } from '../catalogue.server';

export const entries = setPageEntries;

export function load({ params }) {
	const set = setPage(params.set);
	if (!set) error(404, `There is no quiz called ${params.set}.`);
	// the opening question of a new attempt, painted before any script runs (issue 15)
	const { opening, ...info } = set;
	return { set: info, opening };
}
