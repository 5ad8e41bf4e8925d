import type { Topic } from './schema';

export const topicList: Topic[] = [
	{
		id: 'attribution-graphs',
		title: 'Attribution graphs and circuit tracing',
		summary:
			'How the paper looks inside the model: features, the cross-layer transcoder, the replacement model, error nodes, supernodes, interventions, and what a graph can and cannot prove.',
		paperSections: ['1', '2', '14'],
		core: true
	},
	{
		id: 'rhyme-planning',
		title: 'Planning in poems',
		summary:
			'How the model picks a rhyme before it writes the line, works backward from it, and what happens when researchers swap the planned word.',
		paperSections: ['4'],
		core: true
	},
	{
		id: 'multilingual-circuits',
		title: 'Multilingual circuits',
		summary:
			'Which features are shared across languages, which are language-specific, and what the paper does and does not say about a universal language of thought.',
		paperSections: ['5'],
		core: true
	},
	{
		id: 'shared-addition',
		title: 'Addition',
		summary:
			'How the model adds 36+59 with parallel pathways, reuses the same lookup features elsewhere, and describes its own method differently from how it computes.',
		paperSections: ['6'],
		core: true
	},
	{
		id: 'multi-step-reasoning',
		title: 'Multi-step reasoning',
		summary:
			'The introductory example: from Dallas to Texas to Austin, an intermediate step the model really takes inside.',
		paperSections: ['3'],
		core: false
	},
	{
		id: 'medical-diagnosis',
		title: 'Medical diagnoses',
		summary:
			'How the model forms a candidate diagnosis internally and uses it to choose follow-up questions.',
		paperSections: ['7'],
		core: false
	},
	{
		id: 'entities-and-hallucination',
		title: 'Entities and hallucinations',
		summary:
			'The default "can\'t answer" circuit, the known-entity features that switch it off, and how a misfire produces a hallucination.',
		paperSections: ['8'],
		core: false
	},
	{
		id: 'refusals',
		title: 'Refusals',
		summary:
			'How harmful-request features are built up in fine-tuning and drive the model to refuse.',
		paperSections: ['9'],
		core: false
	},
	{
		id: 'jailbreak',
		title: 'Life of a jailbreak',
		summary:
			'Why a hidden-acronym jailbreak works for a while, and why the pull toward grammatical, coherent text delays the refusal.',
		paperSections: ['10'],
		core: false
	},
	{
		id: 'chain-of-thought-faithfulness',
		title: 'Chain-of-thought faithfulness',
		summary:
			'Telling faithful reasoning from made-up and motivated reasoning by looking at what the model actually computes.',
		paperSections: ['11'],
		core: false
	},
	{
		id: 'hidden-goals',
		title: 'Hidden goals in a misaligned model',
		summary:
			'A model trained to exploit reward-model biases, and the features that keep that goal always in view.',
		paperSections: ['12'],
		core: false
	},
	{
		id: 'limitations',
		title: 'Common circuits and limitations',
		summary:
			'The circuit components seen again and again, and what the method misses or cannot show.',
		paperSections: ['13', '14'],
		core: false
	},
	{
		id: 'podcast-vs-paper',
		title: 'The episode against the paper',
		summary:
			'Where the episode matches the paper, where it bends it, and what it adds that the paper never says.',
		paperSections: ['15'],
		core: false
	}
];
