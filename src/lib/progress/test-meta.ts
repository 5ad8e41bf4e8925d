// a small bank's metadata for the progress specs; never imported by the app.
import type { MetaClaim, ProgressMeta } from './meta';

export const claimC07: MetaClaim = {
	id: 'C07',
	verdict: 'DISTORTED',
	quote: 'it carries the one like we do',
	summary: 'The model adds like a person, carrying digits.',
	paperSays: 'Parallel pathways: a rough magnitude and an exact last digit.',
	paragraphId: 'p-12',
	questionIds: ['add-1'],
	factCheckIds: ['fc-7']
};

export const claimC01: MetaClaim = {
	id: 'C01',
	verdict: 'SUPPORTED',
	quote: 'a fascinating paper',
	summary: 'The paper exists.',
	paperSays: 'It does.',
	questionIds: [],
	factCheckIds: ['fc-1']
};

export const meta: ProgressMeta = {
	topics: [
		{
			id: 'rhyme-planning',
			title: 'Planning in poems',
			questionIds: ['rhyme-1', 'rhyme-2'],
			cardIds: ['rhyme-card-1', 'rhyme-card-2']
		},
		{
			id: 'shared-addition',
			title: 'Addition',
			questionIds: ['add-1', 'add-2', 'add-3', 'add-4'],
			cardIds: []
		},
		{
			id: 'podcast-vs-paper',
			title: 'Podcast versus paper',
			questionIds: ['fc-1', 'fc-7'],
			cardIds: ['pvp-card']
		}
	],
	sections: [{ id: 'closing', title: 'Closing' }],
	claims: [claimC07, claimC01]
};
