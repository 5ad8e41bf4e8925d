import { mixedStoredAs, retrySetId, type SetGroup } from '$lib/quiz/catalogue';
import { catalogue } from './catalogue.server';

// the menu's words come with the page's data, not its script: the page's first load stays small
const groups: { group: SetGroup; heading: string; intro: string }[] = [
	{
		group: 'section',
		heading: 'By episode section',
		intro:
			'Just listened to a part? Test yourself on what the episode said, then go deeper into what the paper shows, and its numbers and caveats.'
	},
	{
		group: 'topic',
		heading: 'By topic',
		intro: 'One key claim of the paper at a time, at the depth you choose.'
	},
	{
		group: 'fact-check',
		heading: 'Fact-check the episode',
		intro: 'Read what the hosts said and decide what the paper makes of it.'
	},
	{ group: 'mixed', heading: 'Mixed quiz', intro: 'Questions drawn at random from every topic.' },
	{
		group: 'mistakes',
		heading: 'My mistakes',
		intro: 'Every question you got wrong the last time you answered it.'
	}
];

export function load() {
	return { sets: catalogue, retrySetId, groups, storedAs: mixedStoredAs(catalogue) };
}
