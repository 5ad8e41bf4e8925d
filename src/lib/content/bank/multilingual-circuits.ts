import type { Flashcard, Question } from '../schema';

const topic = 'multilingual-circuits' as const;

export const questions: Question[] = [
	// ───────────── single choice ─────────────
	{
		id: 'multilingual-circuits-french-completion',
		topic,
		type: 'single',
		difficulty: 'recall',
		prompt:
			'Given the French prompt `Le contraire de "petit" est "`, which word did Claude 3.5 Haiku produce?',
		options: [
			{ id: 'a', text: 'big' },
			{ id: 'b', text: 'gros' },
			{ id: 'c', text: 'grand' },
			{ id: 'd', text: 'petit' }
		],
		answer: 'c',
		explanation:
			'The French prompt was completed with "grand", just as the English one gave big/large and the Chinese one gave 大. Picking "big" mixes up the shared concept with its output: the idea of "large" is shared across languages, but language-specific output features still make the model answer in the language of the prompt.',
		sources: {
			paper: ['5'],
			transcript: {
				section: 'key-concepts-2',
				text: 'even as it generates text in different languages, the underlying logic and reasoning can still be shared'
			}
		}
	},
	{
		id: 'multilingual-circuits-english-privileged-meaning',
		topic,
		type: 'single',
		difficulty: 'mechanism',
		prompt: 'In what sense does the paper call English "mechanistically privileged"?',
		options: [
			{
				id: 'a',
				text: 'Every prompt is first translated into English before the antonym step runs'
			},
			{
				id: 'b',
				text: 'The shared features link more directly to English outputs, so English is the default'
			},
			{
				id: 'c',
				text: 'English prompts switch on more of the shared multilingual features than other prompts'
			},
			{ id: 'd', text: 'English features outnumber all other language features in the transcoder' }
		],
		answer: 'b',
		explanation:
			'The paper finds that the multilingual features have stronger direct connections to English outputs, which makes English the default output language; answers in other languages rely on language-specific output features. That is a claim about output wiring, not about a hidden English translation step: the concept and operation features are shared, language-independent features active on all three prompts.',
		sources: { paper: ['5'] }
	},
	{
		id: 'multilingual-circuits-alphabet-pair-gain',
		topic,
		type: 'single',
		difficulty: 'transfer',
		prompt:
			'Comparing a smaller model with Claude 3.5 Haiku, the paper finds more cross-language feature sharing in the bigger one. For which pair would its result lead you to expect the largest gain?',
		options: [
			{ id: 'a', text: 'English and French' },
			{ id: 'b', text: 'French and Spanish' },
			{ id: 'c', text: 'English and German' },
			{ id: 'd', text: 'English and Chinese' }
		],
		answer: 'd',
		explanation:
			'The paper reports that Haiku shares more features across languages than a smaller model, and that the difference shows up most for languages written in different scripts. English and Chinese use different scripts, while the other three pairs are all written in the Latin alphabet.',
		sources: { paper: ['5', '15.1'] }
	},
	{
		id: 'multilingual-circuits-universal-language-scope',
		topic,
		type: 'single',
		difficulty: 'mechanism',
		prompt:
			'Which statement stays within what the paper claims when it speaks of a "universal mental language"?',
		options: [
			{
				id: 'a',
				text: 'The inner code is fully language-free, so no language-specific features are needed'
			},
			{
				id: 'b',
				text: 'The paper measured Haiku sharing a fixed number of times more than a smaller model'
			},
			{
				id: 'c',
				text: 'Middle layers hold shared concepts; early and late layers remain language-specific'
			},
			{
				id: 'd',
				text: 'The model quietly reasons in English and translates its answer at the very end'
			}
		],
		answer: 'c',
		explanation:
			'The paper says only that the model "in a sense" translates concepts into a common "universal mental language": shared features are most common in the middle layers, while early and late layers remain language-specific. It gives no numeric factor for how much more a bigger model shares, and the shared features are language-independent rather than English ones, even though English is the default output.',
		sources: {
			paper: ['5', '15.1'],
			transcript: {
				section: 'key-concepts-2',
				text: 'It’s almost like it has a universal translator built into its brain'
			}
		}
	},
	{
		id: 'multilingual-circuits-combined-edits-prediction',
		topic,
		type: 'single',
		difficulty: 'transfer',
		prompt:
			'According to the paper, the operation, the operand and the output language can be changed one at a time, each leaving the other two alone. If you applied both the antonym→synonym edit and a switch of output language to Chinese on the English prompt, which output does that independence predict?',
		options: [
			{ id: 'a', text: '微' },
			{ id: 'b', text: '大' },
			{ id: 'c', text: 'little' },
			{ id: 'd', text: '冷' }
		],
		answer: 'a',
		explanation:
			'Independent edits should compose: the synonym edit turns "opposite of small" into "a synonym of small", and the language edit makes the answer come out in Chinese, which is 微, the synonym the Chinese prompt gave under the same operation swap. 大 would mean only the language changed, "little" would mean only the operation changed, and 冷 belongs to the operand swap small→hot.',
		sources: { paper: ['5'] }
	},
	{
		id: 'multilingual-circuits-node-share-estimate',
		topic,
		type: 'single',
		difficulty: 'transfer',
		prompt:
			"Suppose an attribution graph for another prompt triple (say, capital of Peru → Lima) had 500 nodes and matched the paper's reported range. Roughly how many of its nodes would be multilingual?",
		options: [
			{ id: 'a', text: 'About 370' },
			{ id: 'b', text: 'About 40 to 130' },
			{ id: 'c', text: 'About 50 to 290' },
			{ id: 'd', text: 'About 4 to 13' }
		],
		answer: 'd',
		explanation:
			'Multilingual nodes made up only 0.8–2.6% of nodes, which is 4 to 13 out of 500. The range 50 to 290 applies the 10–58% figure, but that is the share of paths those few nodes carry, not their share of nodes; 370 borrows the 20-of-27 ratio from the antonym example, and 40 to 130 slips a decimal place.',
		sources: { paper: ['5'] }
	},

	// ───────────── multi-select ─────────────
	{
		id: 'multilingual-circuits-shared-feature-kinds',
		topic,
		type: 'multi',
		difficulty: 'recall',
		prompt:
			'Which of these did the paper find represented by shared, multilingual features across the English, French and Chinese antonym prompts? Select all that apply.',
		options: [
			{ id: 'a', text: 'A marker that the quotation is in French' },
			{ id: 'b', text: 'The antonym ("opposite of") operation' },
			{ id: 'c', text: 'The concept "small"' },
			{ id: 'd', text: 'Saying "large" specifically in Chinese' },
			{ id: 'e', text: 'The concept "say large"' }
		],
		answers: ['b', 'c', 'e'],
		explanation:
			'The operation (antonym), the operand ("small") and the target concept ("say large") were all carried by multilingual features shared across the three prompts. Quote-in-a-language and say-large-in-a-language features are the language-specific part of the circuit, which is why they are the tempting but wrong picks.',
		sources: {
			paper: ['5'],
			transcript: {
				section: 'key-concepts-2',
				text: 'the model can use features that represent language-agnostic concepts while also having language-specific components'
			}
		}
	},
	{
		id: 'multilingual-circuits-reported-interventions',
		topic,
		type: 'multi',
		difficulty: 'recall',
		prompt:
			'Which results did the paper report from intervening on the antonym prompts? Select all that apply.',
		options: [
			{
				id: 'a',
				text: 'Steering worked on the English prompt but not on the French or Chinese ones'
			},
			{ id: 'b', text: 'Swapping antonym for synonym gave "little", 微 and "minuscule"' },
			{ id: 'c', text: 'Swapping "small" for "hot" gave "cold", "froid" and 冷' },
			{ id: 'd', text: 'The operation swap took effect at a modest 2× strength' },
			{ id: 'e', text: 'Swapping the output language made the English prompt answer 大' }
		],
		answers: ['b', 'c', 'e'],
		explanation:
			'Operation, operand and output language could each be changed on its own: synonym instead of antonym, "hot" instead of "small", Chinese instead of English. The operation swap needed a strong 6× intervention, with the crossover near 4×, and that crossover was about the same in all three languages, so the claims of 2× and of English-only steering are both wrong.',
		sources: { paper: ['5'] }
	},
	{
		id: 'multilingual-circuits-generalization-evidence',
		topic,
		type: 'multi',
		difficulty: 'transfer',
		prompt:
			'Which observations would be the kind of evidence the paper gives for abstract computation that generalizes (the same features reused across very different contexts)? Select all that apply.',
		options: [
			{ id: 'a', text: 'One "small" feature is active on both the French and the Chinese prompt' },
			{
				id: 'b',
				text: 'The model still answers well when the same prompt is reworded slightly',
				misconception: 'C14'
			},
			{ id: 'c', text: 'A shared "capital of Peru" node serves each language on the way to Lima' },
			{
				id: 'd',
				text: 'The model answers "big" every single time the English prompt is run again'
			},
			{ id: 'e', text: 'The "_6 + _9" addition feature also fires inside a journal citation' }
		],
		answers: ['a', 'c', 'e'],
		explanation:
			"The paper's generalization evidence is internal reuse: the same multilingual features across languages and prompt triples, and the same addition lookup feature in citations and tables. Coping with a slightly reworded prompt is the episode's gloss; it is about robust outputs, not about one mechanism serving disparate contexts, and the paper presents its findings as holding for particular examples only. Getting the same answer on reruns says nothing about shared mechanisms at all.",
		sources: {
			paper: ['1', '5', '6', '14'],
			transcript: {
				section: 'introduction',
				text: 'even if you change the prompt slightly, it can still apply the same underlying logic to come up with a relevant response'
			}
		}
	},
	{
		id: 'multilingual-circuits-layer-profile',
		topic,
		type: 'multi',
		difficulty: 'mechanism',
		prompt:
			"What did the paper find about how feature overlap across translations varies through the model's layers? Select all that apply.",
		options: [
			{ id: 'a', text: 'Early layers are mostly language-specific' },
			{ id: 'b', text: 'The last layers are the most language-agnostic' },
			{ id: 'c', text: 'The middle layers are more language-agnostic' },
			{ id: 'd', text: 'Late layers are mostly language-specific' },
			{ id: 'e', text: 'All layers are shared to about the same degree' }
		],
		answers: ['a', 'c', 'd'],
		explanation:
			'Overlap between translations is low at both ends of the model and highest in the middle: input and output layers deal with a particular language, while the middle layers hold more language-agnostic features. This fits the general pattern of input features, then abstract features, then output features, so neither "the last layers are most shared" nor "uniform sharing" holds.',
		sources: { paper: ['5', '13'] }
	},
	{
		id: 'multilingual-circuits-other-triples',
		topic,
		type: 'multi',
		difficulty: 'recall',
		prompt:
			'Beyond "opposite of small", the paper checked more prompt triples (eggplant → purple, capital of Peru → Lima, gold → Au). Which statements about their multilingual nodes hold? Select all that apply.',
		options: [
			{ id: 'a', text: 'They make up most of the nodes in each of the graphs studied' },
			{ id: 'b', text: 'They are a small share of nodes, about 0.8–2.6%' },
			{ id: 'c', text: 'They carry every path from input to output' },
			{ id: 'd', text: 'They carry a far larger share of paths, about 10–58%' }
		],
		answers: ['b', 'd'],
		explanation:
			'Only a tiny fraction of nodes were multilingual, yet those nodes carried a disproportionate share of the paths through each graph. They neither dominate the node count nor carry every path: the rest of the graph includes language-specific features at the input and output ends.',
		sources: { paper: ['5'] }
	},

	// ───────────── true / false ─────────────
	{
		id: 'multilingual-circuits-twenty-of-twenty-seven',
		topic,
		type: 'true-false',
		difficulty: 'recall',
		prompt:
			"Of the 27 features grouped into the antonym graphs' multilingual nodes, 20 fired on the English, French and Chinese prompts alike.",
		answer: true,
		explanation:
			'This is the paper\'s count: roughly three quarters of the shared-node features responded to all three prompts. The figure also shows that sharing is substantial but not total, which is worth remembering when the sharing is described as a "universal" language.',
		sources: { paper: ['5'] }
	},
	{
		id: 'multilingual-circuits-french-qk-gap',
		topic,
		type: 'true-false',
		difficulty: 'mechanism',
		prompt:
			'In the French antonym graph, the key link from the antonym operation to "large" runs through transcoder features that the graph displays and explains.',
		answer: false,
		explanation:
			'For the French prompt, part of how the antonym operation reaches "large" happens inside attention, in its query-key (QK) step; the method cannot trace that, because the local replacement model keeps attention patterns frozen. The paper calls this "a kind of \'counterexample\'" to its own picture, a reminder that the graphs can miss essential steps.',
		sources: { paper: ['2', '5', '14'] }
	},
	{
		id: 'multilingual-circuits-dataset-cause',
		topic,
		type: 'true-false',
		difficulty: 'transfer',
		prompt:
			'The paper explains that Claude 3.5 Haiku shares more features across languages than a smaller model because it was trained on a larger dataset.',
		answer: false,
		misconception: 'C29',
		explanation:
			'The paper reports the comparison (more sharing in Haiku, especially across different alphabets) but does not attribute it to dataset size. Crediting the vast training data echoes the episode, which says reasoning comes from the datasets the model was trained on, something the paper never claims.',
		sources: {
			paper: ['5', '15.1'],
			transcript: {
				section: 'key-concepts-1',
				text: 'this level of reasoning and understanding comes from the vast datasets the model is trained on'
			}
		}
	},
	{
		id: 'multilingual-circuits-no-scale-factor',
		topic,
		type: 'true-false',
		difficulty: 'recall',
		prompt:
			'The paper gives a numeric factor (for example "twice as much") for how much more Claude 3.5 Haiku shares features across languages than a smaller model.',
		answer: false,
		explanation:
			'The paper says the bigger model shares more, and more so when the two languages use different scripts, but it gives no "x times" figure. Any specific multiplier you hear about this comparison does not come from the paper.',
		sources: { paper: ['5'] }
	},

	{
		id: 'multilingual-circuits-operand-edit-language',
		topic,
		type: 'true-false',
		difficulty: 'mechanism',
		prompt:
			'Swapping the operand "small" for "hot" also changed the language the model answered in.',
		answer: false,
		explanation:
			'The operand edit gave "cold", "froid" and 冷: each prompt still answered in its own language, now with the opposite of "hot". The paper\'s point is that operation, operand and output language are separate pieces of the circuit that can each be edited without disturbing the others.',
		sources: { paper: ['5'] }
	},
	{
		id: 'multilingual-circuits-specific-features-not-counterevidence',
		topic,
		type: 'true-false',
		difficulty: 'transfer',
		prompt:
			'An analyst who finds French-specific output features in the graph of a French answer has found evidence against shared multilingual processing.',
		answer: false,
		explanation:
			"The paper's finding is a mixture: shared, language-independent features in the middle and language-specific features at the input and output ends, such as say-large-in-French. Finding the specific ones is exactly what that account expects, so it does not count against the shared core.",
		sources: {
			paper: ['5'],
			transcript: {
				section: 'key-concepts-2',
				text: 'the model can use features that represent language-agnostic concepts while also having language-specific components'
			}
		}
	},

	// ───────────── typed ─────────────
	{
		id: 'multilingual-circuits-multilingual-node-feature-count',
		topic,
		type: 'typed',
		difficulty: 'recall',
		prompt:
			'The multilingual nodes in the antonym graphs held how many features in total (20 of which were active on all three prompts)?',
		accepted: ['27', '27 features'],
		explanation:
			'The shared nodes of the antonym graphs held 27 features, of which 20 responded in all three languages. Do not confuse this count with the 30 million features of the whole cross-layer transcoder; these are the handful grouped into the shared nodes of one graph.',
		sources: { paper: ['5'] }
	},
	{
		id: 'multilingual-circuits-synonym-strength',
		topic,
		type: 'typed',
		difficulty: 'recall',
		prompt:
			'How strong an intervention did it take to turn the antonym operation into a synonym operation (answer as a multiple, e.g. 3×)?',
		accepted: ['6×', '6x', '6', '6 times', 'six times', 'sixfold', '6-fold'],
		explanation:
			'The synonym edit needed a 6× intervention, while the crossover, where synonym starts to beat antonym, sat at about 4× in every language. The 4× figure is the tempting slip: it marks where the switch begins, not the strength the paper used to show clean synonym outputs.',
		sources: { paper: ['5'] }
	},
	{
		id: 'multilingual-circuits-hidden-component',
		topic,
		type: 'typed',
		difficulty: 'mechanism',
		prompt:
			'In the French antonym circuit, one key interaction runs through a part of the transformer whose computation the method leaves unexplained. Which part?',
		accepted: [
			'attention',
			'attention layers',
			'attention layer',
			'attention heads',
			'attention mechanism',
			'QK',
			'query-key',
			'attention QK',
			'QK circuit',
			'query-key computation'
		],
		explanation:
			'The step runs through attention, in its query-key (QK) computation. The local replacement model freezes the original attention patterns and replaces only the MLPs, so how attention decides what to attend to is invisible, which is why the paper treats this case as a counterexample to its own account.',
		sources: { paper: ['2', '5', '14'] }
	},
	{
		id: 'multilingual-circuits-default-language',
		topic,
		type: 'typed',
		difficulty: 'mechanism',
		prompt:
			'Which language does the paper find the model falls back to as its default output language?',
		accepted: ['English', 'the English language'],
		explanation:
			'English is the default: the shared multilingual features connect more directly to English outputs, and the features marking an English quote work by double inhibition. The episode says the underlying logic is shared across languages but never mentions that this sharing is tilted toward English.',
		sources: {
			paper: ['5'],
			transcript: {
				section: 'key-concepts-2',
				text: 'The multilingual circuits they discovered show that even as it generates text in different languages'
			}
		}
	},

	{
		id: 'multilingual-circuits-french-to-english-prediction',
		topic,
		type: 'typed',
		difficulty: 'transfer',
		prompt:
			"Suppose only the output-language features are edited on the French antonym prompt so that it answers in English. Going by the paper's results, which English word should come out?",
		accepted: ['big', 'large'],
		explanation:
			'The language edit changes only which language the shared "say large" concept is written in, so the French prompt should give what the English prompt gives: big (or large). The paper showed the same kind of swap on the English prompt, which then answered 大; answering "small" or "petit" would mean the operation had been lost, which a language edit does not touch.',
		sources: { paper: ['5'] }
	},

	// ───────────── cloze ─────────────
	{
		id: 'multilingual-circuits-three-answers-cloze',
		topic,
		type: 'cloze',
		prompt: 'Fill in the completions of the three "opposite of small" prompts.',
		difficulty: 'recall',
		text: 'The English prompt was completed with "{{1}}" (or a synonym of it), the French one with "{{2}}", and the Chinese one with 大.',
		gaps: [['big', 'large'], ['grand']],
		explanation:
			'The three prompts ask the same question in three languages and get the same concept back, each time in the language of the prompt: big/large, grand, 大. That is what lets the paper compare the three attribution graphs and find the features they share.',
		sources: { paper: ['5'] }
	},
	{
		id: 'multilingual-circuits-layers-cloze',
		topic,
		type: 'cloze',
		difficulty: 'mechanism',
		text: 'Comparing translations, features in the first and last layers are mostly {{1}}-specific, whereas features in the {{2}} layers are shared more widely across languages.',
		gaps: [['language'], ['middle', 'intermediate', 'central', 'mid']],
		explanation:
			'Features that read a particular script or write a particular language sit at the ends of the model; the abstract, shared features sit in between. This is why the paper places its "universal mental language" in the model\'s intermediate activations rather than throughout the network.',
		sources: { paper: ['5', '15.1'] }
	},
	{
		id: 'multilingual-circuits-nodes-paths-cloze',
		topic,
		type: 'cloze',
		difficulty: 'recall',
		text: 'Across the extra prompt triples, multilingual nodes were only {{1}}–2.6% of all nodes, yet they carried {{2}}–58% of the paths.',
		gaps: [
			['0.8', '0.8%'],
			['10', '10%']
		],
		explanation:
			'A small set of shared nodes carries a large part of the computation: under 3% of nodes, but up to more than half of the paths. Swapping the two ranges is the common slip, and it would wrongly suggest the graphs are mostly multilingual.',
		sources: { paper: ['5'] }
	},
	{
		id: 'multilingual-circuits-classify-features-cloze',
		topic,
		type: 'cloze',
		difficulty: 'transfer',
		prompt: "Classify two features an analyst might find, using the paper's terms.",
		text: 'A feature that fires on "petit", "small" and 小 alike would be a {{1}} feature; a feature that fires only on French quotation marks would be language-{{2}}.',
		gaps: [
			[
				'multilingual',
				'shared',
				'language-independent',
				'language-agnostic',
				'language-neutral',
				'cross-lingual',
				'abstract'
			],
			['specific']
		],
		explanation:
			"A feature that responds to the same concept across languages is one of the shared, multilingual features at the heart of the paper's finding. A feature tied to how one language marks a quote is language-specific, like the paper's quote-in-language-X features that sit at the input end of the circuit.",
		sources: {
			paper: ['5'],
			transcript: {
				section: 'key-concepts-2',
				text: 'the model can use features that represent language-agnostic concepts while also having language-specific components'
			}
		}
	},

	// ───────────── ordering ─────────────
	{
		id: 'multilingual-circuits-french-flow-order',
		topic,
		type: 'ordering',
		difficulty: 'mechanism',
		prompt:
			'Put the stages of the French antonym circuit in the order information flows through the model.',
		items: [
			{ id: 'a', text: 'Language-specific features read the French quote and "petit"' },
			{ id: 'b', text: 'Shared features represent "small" and the antonym operation' },
			{ id: 'c', text: 'Shared "say large" features form the answer concept' },
			{ id: 'd', text: 'French-specific "say large in French" features pick the word' },
			{ id: 'e', text: 'The model outputs "grand"' }
		],
		explanation:
			'The circuit follows the pattern of language-specific input, shared abstraction in the middle, and language-specific output. The operand and operation are combined into the shared "say large" concept before any French-specific output feature chooses "grand", which is why swapping only the output-language features can turn the same concept into 大.',
		sources: { paper: ['5', '13'] }
	},
	{
		id: 'multilingual-circuits-steering-strength-order',
		topic,
		type: 'ordering',
		difficulty: 'recall',
		prompt:
			'Order these states of the antonym→synonym intervention from weakest to strongest steering.',
		items: [
			{ id: 'a', text: 'No intervention: the model gives the antonym' },
			{ id: 'b', text: 'About 4×: the crossover between antonym and synonym' },
			{ id: 'c', text: '6×: synonyms such as "little" and 微' }
		],
		explanation:
			'Without steering the model answers with the opposite; around 4× the synonym starts to win, and the paper reports that this crossover point is about the same in all languages; at 6× it gives synonyms such as "little", 微 and "minuscule". A crossover that sits at the same strength in every language fits the picture of one shared operation being steered.',
		sources: { paper: ['5'] }
	},
	{
		id: 'multilingual-circuits-shares-order',
		topic,
		type: 'ordering',
		difficulty: 'transfer',
		prompt: 'Order these figures from the multilingual case study from smallest to largest share.',
		items: [
			{ id: 'a', text: 'Share of graph nodes that are multilingual (0.8–2.6%)' },
			{ id: 'b', text: 'Share of paths that pass through multilingual nodes (10–58%)' },
			{
				id: 'c',
				text: 'Share of multilingual-node features active on all three prompts (20 of 27)'
			}
		],
		explanation:
			'20 of 27 is about 74%, above the top of the 10–58% path range, which in turn sits well above the 0.8–2.6% node range. Comparing the three shows that the shared features are few as nodes, heavy in paths, and largely consistent across languages within the nodes that are shared.',
		sources: { paper: ['5'] }
	},

	// ───────────── matching ─────────────
	{
		id: 'multilingual-circuits-intervention-outcomes',
		topic,
		type: 'matching',
		difficulty: 'recall',
		prompt: 'Match each intervention on the antonym prompts with what it produced.',
		pairs: [
			{
				id: 'a',
				left: 'Antonym operation swapped for synonym',
				right: '"little", 微, "minuscule"'
			},
			{ id: 'b', left: 'Operand "small" swapped for "hot"', right: '"cold", "froid", 冷' },
			{ id: 'c', left: 'Output language swapped on the English prompt', right: '大' },
			{
				id: 'd',
				left: 'Synonym steering at about 4×',
				right: 'The crossover point, similar in every language'
			}
		],
		explanation:
			'Each edit touched one part of the circuit and left the others intact: the operation, the operand, or the output language. Mixing up the first two is the usual error; changing the operation keeps "small" but asks for a synonym, while changing the operand keeps "opposite" but applies it to "hot".',
		sources: { paper: ['5'] }
	},
	{
		id: 'multilingual-circuits-triples-answers',
		topic,
		type: 'matching',
		difficulty: 'recall',
		prompt:
			'Match each prompt concept from the multilingual study with the answer the model gives.',
		pairs: [
			{ id: 'a', left: 'Opposite of "small"', right: 'big / large' },
			{ id: 'b', left: 'Colour of an eggplant', right: 'purple' },
			{ id: 'c', left: 'Capital of Peru', right: 'Lima' },
			{ id: 'd', left: 'Chemical symbol of gold', right: 'Au' }
		],
		explanation:
			'Besides the antonym example, the paper ran eggplant, capital-of-Peru and gold prompts in several languages and found shared multilingual nodes in each. These extra triples show the sharing is not a quirk of one antonym prompt.',
		sources: { paper: ['5'] }
	},
	{
		id: 'multilingual-circuits-feature-roles',
		topic,
		type: 'matching',
		difficulty: 'mechanism',
		prompt: 'Match each feature with its role in the antonym circuit.',
		pairs: [
			{
				id: 'a',
				left: '"Opposite of" feature',
				right: 'Shared operation, active in all three languages'
			},
			{
				id: 'b',
				left: 'Quote-in-Chinese feature',
				right: "Language-specific, tracks the prompt's language"
			},
			{
				id: 'c',
				left: '"Say large in French" feature',
				right: 'Language-specific, chooses the output word'
			},
			{
				id: 'd',
				left: 'English quote feature',
				right: 'Acts through double inhibition, favouring English'
			}
		],
		explanation:
			'The operation is one of the shared multilingual features, while quote-in-language and say-large-in-language features are the language-specific parts at the input and output ends. English quote features work through double inhibition (suppressing a suppressor), one of the ways English ends up as the default output language.',
		sources: { paper: ['5'] }
	},
	{
		id: 'multilingual-circuits-episode-vs-paper',
		topic,
		type: 'matching',
		difficulty: 'transfer',
		prompt: 'Match each line from the episode with how it compares to the paper.',
		pairs: [
			{
				id: 'a',
				left: '"a universal translator built into its brain"',
				right: 'Loosely echoes the hedged "universal mental language" of §15.1'
			},
			{
				id: 'b',
				left: '"change the prompt slightly" and still apply the same logic',
				right: 'Misses the point: the paper shows reuse across very different contexts'
			},
			{
				id: 'c',
				left: '"language-agnostic concepts" plus "language-specific components"',
				right: 'Matches the mixture of shared and language-specific features in §5'
			},
			{
				id: 'd',
				left: '"the underlying logic and reasoning can still be shared"',
				right: 'Supported, but leaves out that English is the default output'
			}
		],
		explanation:
			"Most of what the episode says about multilingual circuits holds up: the shared-plus-specific mixture is exactly the paper's finding, and the translator image is close to the paper's own hedged metaphor. The slip is the introduction's gloss of generalization as robustness to small rewordings, and the omission is the paper's finding that English is privileged.",
		sources: {
			paper: ['1', '5', '15.1'],
			transcript: {
				section: 'key-concepts-2',
				text: 'It’s almost like it has a universal translator built into its brain, which is pretty mind-blowing when you think about it.'
			}
		}
	}
];

export const flashcards: Flashcard[] = [
	{
		id: 'multilingual-circuits-card-three-prompts',
		topic,
		kind: 'concept',
		difficulty: 'recall',
		front: 'Which three prompts anchor the multilingual case study, and what did each return?',
		back: 'English (opposite of "small") → big/large; French (contraire de "petit") → grand; Chinese (反义词 of 小) → 大.',
		explanation:
			'The same question posed in three languages gives the same concept back in each language. Comparing the three graphs is how the paper separates shared features from language-specific ones.',
		sources: { paper: ['5'] }
	},
	{
		id: 'multilingual-circuits-card-twenty-of-twenty-seven',
		topic,
		kind: 'concept',
		difficulty: 'recall',
		front:
			"How many features in the antonym graphs' multilingual nodes were active on all three prompts?",
		back: '20 of 27.',
		explanation:
			'Most, but not all, of the features in the shared nodes fired in every language. It is a strong overlap, yet it falls short of a perfectly language-free code.',
		sources: { paper: ['5'] }
	},
	{
		id: 'multilingual-circuits-card-shared-vs-specific',
		topic,
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'In the antonym circuit, what is shared across languages and what is language-specific?',
		back: 'Shared: the antonym operation, "small", "say large". Specific: quote-in-language-X and say-large-in-language-Y features.',
		explanation:
			"The abstract work (which operation, on which concept, toward which answer) is done by multilingual features. Reading the prompt's language and writing the answer in a given language are handled by language-specific features.",
		sources: {
			paper: ['5'],
			transcript: {
				section: 'key-concepts-2',
				text: 'the model can use features that represent language-agnostic concepts while also having language-specific components'
			}
		}
	},
	{
		id: 'multilingual-circuits-card-english-default',
		topic,
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'Why does the paper call English "mechanistically privileged"?',
		back: 'Shared features link more directly to English outputs, making English the default; English quote features act by double inhibition.',
		explanation:
			'Answers in other languages rely on language-specific output features such as say-large-in-French. This is about output wiring; it does not mean the model thinks in English, since the concept features themselves are language-independent.',
		sources: { paper: ['5'] }
	},
	{
		id: 'multilingual-circuits-card-synonym-steering',
		topic,
		kind: 'concept',
		difficulty: 'recall',
		front: 'Antonym → synonym steering: what strength, what crossover, what outputs?',
		back: '6× strength; crossover near 4× in all languages; "little", 微, "minuscule".',
		explanation:
			'The crossover sits at about the same strength in every language, which fits the picture of one shared operation rather than three separate ones. The 6× figure is the strength used for the clean synonym outputs.',
		sources: { paper: ['5'] }
	},
	{
		id: 'multilingual-circuits-card-operand-swap',
		topic,
		kind: 'concept',
		difficulty: 'recall',
		front: 'What happened when "small" was swapped for "hot" on the antonym prompts?',
		back: 'The answers became "cold", "froid" and 冷.',
		explanation:
			'Changing the operand leaves the antonym operation and the output language untouched, so each prompt returns the opposite of "hot" in its own language. It is one of three independent edits, with the operation and the language being the other two.',
		sources: { paper: ['5'] }
	},
	{
		id: 'multilingual-circuits-card-qk-counterexample',
		topic,
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'Why does the paper call the French antonym circuit "a kind of \'counterexample\'"?',
		back: 'Part of how "opposite" reaches "large" happens in attention\'s query-key step, which the method cannot trace.',
		explanation:
			'Attention patterns are frozen in the local replacement model, so query-key computation never appears in the graph. An essential step can therefore be missing even from a graph that looks complete.',
		sources: { paper: ['2', '5', '14'] }
	},
	{
		id: 'multilingual-circuits-card-nodes-and-paths',
		topic,
		kind: 'concept',
		difficulty: 'recall',
		front:
			'In the extra prompt triples (eggplant, Peru, gold), what share of nodes were multilingual, and what share of paths did they carry?',
		back: '0.8–2.6% of nodes; 10–58% of paths.',
		explanation:
			'A handful of shared nodes carries a disproportionate share of the computation. Keep the two ranges apart: the small one counts nodes, the large one counts paths.',
		sources: { paper: ['5'] }
	},
	{
		id: 'multilingual-circuits-card-layer-profile',
		topic,
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'Where in the model are features most shared across translations?',
		back: 'In the middle layers; early and late layers are mostly language-specific.',
		explanation:
			"Input layers read a particular language and output layers write one, while the abstract middle is where concepts are shared. This matches the paper's general input → abstract → output pattern of circuits.",
		sources: { paper: ['5', '13'] }
	},
	{
		id: 'multilingual-circuits-card-scale',
		topic,
		kind: 'concept',
		difficulty: 'recall',
		front: 'How does cross-language sharing in Claude 3.5 Haiku compare with a smaller model?',
		back: 'Haiku shares more, most clearly for pairs written in different scripts. No numeric factor is given.',
		explanation:
			'The paper reads this as more abstraction in the more capable model. It reports a comparison with one smaller model, not a figure such as "twice as much" and not a measured trend across many sizes.',
		sources: { paper: ['5', '15.1'] }
	},
	{
		id: 'multilingual-circuits-card-mental-language-wording',
		topic,
		kind: 'concept',
		difficulty: 'recall',
		front: 'How exactly does the paper word its "universal mental language" idea (§15.1)?',
		back: 'The model "in a sense" translates concepts into a common "universal mental language".',
		explanation:
			'Both the hedge "in a sense" and the quotation marks matter: the paper offers a metaphor for shared intermediate features. It does not claim a complete, language-free inner code.',
		sources: {
			paper: ['15.1'],
			transcript: {
				section: 'key-concepts-2',
				text: 'It’s almost like it has a universal translator built into its brain'
			}
		}
	},
	{
		id: 'multilingual-circuits-card-contrast-slight-change',
		topic,
		kind: 'contrast',
		claim: 'C14',
		difficulty: 'mechanism',
		front:
			'Episode: generalizing means coping when a prompt is changed slightly. What kind of generalization does the antonym study show instead?',
		back: 'Paper (§5): one shared circuit (antonym, "small", "say large") serves prompts in three different languages, and the same holds for other prompt triples. It is reuse across very different inputs, not robustness to rewording.',
		explanation:
			"English, French and Chinese prompts share no words, yet 20 of the 27 features in the shared nodes fire on all three. That is the paper's sense of abstraction that generalizes; small rewordings of one prompt were never what it tested, and its results are claims about specific examples.",
		sources: {
			paper: ['1', '5'],
			transcript: {
				section: 'introduction',
				text: 'even if you change the prompt slightly, it can still apply the same underlying logic to come up with a relevant response'
			}
		}
	},
	{
		id: 'multilingual-circuits-card-contrast-categorize',
		topic,
		kind: 'contrast',
		claim: 'C23',
		difficulty: 'mechanism',
		front:
			'Episode: the researchers analyse responses and categorize reasoning patterns. Why could reading the answers "big", "grand" and 大 never reveal the multilingual finding?',
		back: 'Paper (§2, §5): the three answers look unrelated; only tracing internal features, and swapping the antonym, operand or language features, shows that one shared circuit produces them.',
		explanation:
			'The multilingual result is invisible at the level of outputs. It comes from comparing attribution graphs across the three prompts and confirming the shared parts by intervening inside the model.',
		sources: {
			paper: ['2', '5'],
			transcript: {
				section: 'key-concepts-1',
				text: 'categorize the reasoning patterns they observe'
			}
		}
	},
	{
		id: 'multilingual-circuits-card-german-prediction',
		topic,
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'A German prompt asks for the opposite of "klein". What does the paper\'s account lead you to expect inside the model?',
		back: 'The shared core (opposite-of, "small", "say large") reused, plus German-specific features at the input and output ends.',
		explanation:
			'The paper found the same shared core across English, French and Chinese, and across other prompt triples, with language-specific features only at the edges. A new language would be expected to plug into that shared core, though the paper itself did not test German.',
		sources: {
			paper: ['5'],
			transcript: {
				section: 'key-concepts-2',
				text: 'The multilingual circuits they discovered show that even as it generates text in different languages'
			}
		}
	},
	{
		id: 'multilingual-circuits-card-where-to-look',
		topic,
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'You want a feature for a concept that is the same in every language. Which layers should you search first?',
		back: 'The middle layers.',
		explanation:
			'Overlap between translations is highest in the middle of the model and lowest at its first and last layers. A search in the early layers would mostly turn up features tied to one script or language.',
		sources: { paper: ['5'] }
	},
	{
		id: 'multilingual-circuits-card-alphabet-prediction',
		topic,
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'Which should gain more shared features when moving from a smaller model to Haiku: English–French or English–Chinese?',
		back: 'English–Chinese, a pair with different alphabets.',
		explanation:
			"The paper reports that Haiku's extra sharing is most marked for language pairs with different scripts. English and French share an alphabet, so they are not the kind of pair the paper singles out.",
		sources: { paper: ['5'] }
	},
	{
		id: 'multilingual-circuits-card-universal-limits',
		topic,
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'A friend says: "The universal mental language means the model no longer needs anything language-specific." What from the paper answers them?',
		back: 'Early and late layers stay language-specific, only 20 of 27 shared-node features fire in all three languages, and English is privileged.',
		explanation:
			'The paper finds a mixture: a shared core in the middle with language-specific input and output features, and an English default. The "universal mental language" is its hedged metaphor for that shared core, not a claim that language-specific machinery disappears.',
		sources: { paper: ['5', '15.1'] }
	},
	{
		id: 'multilingual-circuits-card-multiplier-check',
		topic,
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'Someone says the paper found Haiku shares "three times more" cross-language features than a smaller model. How do you check that?',
		back: 'No such figure exists: the paper only says Haiku shares more, especially across different alphabets.',
		explanation:
			'The comparison in the paper is qualitative, without a multiplier. Any "x times" number attached to it comes from somewhere other than the paper.',
		sources: { paper: ['5', '15.1'] }
	},
	{
		id: 'multilingual-circuits-card-missing-attention',
		topic,
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'An attribution graph shows no attention step between an operation and its answer. Can you conclude attention plays no role?',
		back: 'No. Attention (QK) computation is invisible to the method, as the French antonym circuit showed.',
		explanation:
			'The local replacement model freezes attention patterns, so how attention chooses where to look never shows up as graph edges. In the French antonym case a key step ran exactly there, which is why the paper calls it a counterexample to its own picture.',
		sources: { paper: ['2', '5', '14'] }
	}
];
