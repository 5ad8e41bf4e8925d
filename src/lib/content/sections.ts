import type { EpisodeSection } from './schema';

export const sectionList: EpisodeSection[] = [
	{
		id: 'introduction',
		title: 'Introduction & Setup',
		summary: 'The hosts introduce the paper, the model it studies and the biology analogy.'
	},
	{
		id: 'key-concepts-1',
		title: 'Key Concepts Part 1',
		summary:
			'Motivation, method and the first findings, with several claims the paper does not make.'
	},
	{
		id: 'key-concepts-2',
		title: 'Key Concepts Part 2',
		summary: 'Generalisation, limitations and implications as the hosts see them.'
	},
	{
		id: 'closing',
		title: 'Closing',
		summary: 'The hosts sum up and look ahead.'
	}
];
