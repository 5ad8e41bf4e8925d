import type { Flashcard, Question } from '../schema';

const topic = 'multilingual-circuits' as const;

export const questions: Question[] = [
	// ───────────── single choice ─────────────
	{
		id: 'multilingual-circuits-episode-shared-logic',
		topic: 'multilingual-circuits',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt: 'What does the episode say the multilingual circuits show?',
		options: [
			{
				id: 'a',
				text: 'Each language can keep its own copy of the reasoning, learned separately'
			},
			{
				id: 'b',
				text: 'The model can work its answers out in English, then translate them'
			},
			{
				id: 'c',
				text: 'Across languages, the underlying logic and reasoning can be shared'
			},
			{
				id: 'd',
				text: 'Languages sharing an alphabet can share reasoning, but others cannot'
			}
		],
		answer: 'c',
		explanation:
			'The hosts say that even as the model writes in different languages, the underlying logic and reasoning can still be shared, and the paper backs this with a qualification: the antonym prompts in English, French and Chinese run through very similar circuits with largely shared multilingual features, plus language-specific features at the input and output ends. It finds a mixture, not one identical circuit (only 10 of the 27 multilingual-node features appear in all three pruned graphs), but the crux of the computation is shared rather than copied per language. Neither source says answers are worked out in English first, and the paper finds sharing even between English and Chinese, more of it in Haiku than in a smaller model.',
		sources: {
			evidence: [
				{
					section: '1',
					text: 'We find the model uses a mixture of language-specific and abstract, language-independent circuits.'
				},
				{
					section: '5',
					text: 'We find that these three prompts are driven by very similar circuits, with shared multilingual components, and an analogous language-specific component.'
				}
			],
			transcript: {
				section: 'key-concepts-2',
				text: 'The multilingual circuits they discovered show that even as it generates text in different languages, the underlying logic and reasoning can still be shared'
			},
			paper: ['1', '5']
		}
	},
	{
		id: 'multilingual-circuits-french-completion',
		topic,
		type: 'single',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'Given the French prompt “Le contraire de "petit" est "”, which word did Claude 3.5 Haiku produce?',
		options: [
			{ id: 'a', text: 'big' },
			{ id: 'b', text: 'gros' },
			{ id: 'c', text: 'grand' },
			{ id: 'd', text: 'petit' }
		],
		answer: 'c',
		explanation:
			'The French prompt was completed with "grand", just as the English one gave big/large and the Chinese one gave 大. Picking "big" mixes up the shared concept with its output: the idea of "large" is shared across languages, but language-specific features still make the model answer in the language of the prompt.',
		sources: {
			paper: ['5'],
			transcript: {
				section: 'key-concepts-2',
				text: 'even as it generates text in different languages, the underlying logic and reasoning can still be shared'
			},
			evidence: [
				{ section: '5', text: 'Le contraire de "petit" est " → grand' },
				{
					section: '5',
					text: 'we investigate how Claude 3.5 Haiku completes three prompts with identical meaning in different languages'
				}
			]
		}
	},
	{
		id: 'multilingual-circuits-english-privileged-meaning',
		topic,
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
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
			'The multilingual features have stronger direct connections to English output nodes, while outputs in other languages go more through language-specific "say X in language Y" features; that makes English the default output. It is a claim about output wiring, not about a hidden English translation step: the concept and operation features themselves are shared across the three prompts.',
		sources: {
			paper: ['5', '5.6'],
			evidence: [
				{
					section: '5.6',
					text: 'multilingual features have more significant direct weights to corresponding English output nodes'
				},
				{
					section: '5.6',
					text: 'This paints a picture of a multilingual representation in which English is the default output.'
				}
			]
		}
	},
	{
		id: 'multilingual-circuits-think-in-english',
		topic: 'multilingual-circuits',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'Some earlier work says models privilege English; other work finds genuinely multilingual representations. Where does §5.6 ("Do Models Think in English?") come down for Claude 3.5 Haiku?',
		options: [
			{
				id: 'a',
				text: 'Shared features mostly in the early layers, with the middle layers split by language'
			},
			{
				id: 'b',
				text: 'Shared features throughout, with no direct link favouring any output language'
			},
			{
				id: 'c',
				text: 'Shared features mostly in the middle layers, with English privileged as default output'
			},
			{
				id: 'd',
				text: 'English features in the middle layers, relabelled for each language at input and output'
			}
		],
		answer: 'c',
		explanation:
			'The paper reads the evidence as genuinely multilingual features, especially in the middle layers, with English privileged mechanistically: the shared features connect most directly to English outputs, and English is the default output. "English features relabelled" overstates the privilege, "no favoured language" ignores it, and the early layers are where features are most language-specific, not most shared.',
		sources: {
			evidence: [
				{
					section: '5.6',
					text: 'It seems to us that Claude 3.5 Haiku is using genuinely multilingual features, especially in the middle layers. However, there are important mechanistic ways in which English is privileged.'
				},
				{
					section: '5.6',
					text: 'This paints a picture of a multilingual representation in which English is the default output.'
				}
			],
			paper: ['5.6']
		}
	},
	{
		id: 'multilingual-circuits-alphabet-pair-gain',
		topic,
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
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
			'The gain in sharing from the smaller model to Haiku is most marked for language pairs that do not share an alphabet (English–Chinese and French–Chinese in the paper). English and Chinese use different scripts, while the other three pairs are all written in the Latin alphabet.',
		sources: {
			paper: ['5.5', '15.1'],
			evidence: [
				{
					section: '5.5',
					text: 'Claude 3.5 Haiku exhibits a higher degree of generalization, and displays an especially notable generalization improvement for language pairs that do not share an alphabet'
				}
			]
		}
	},
	{
		id: 'multilingual-circuits-universal-language-scope',
		topic: 'multilingual-circuits',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'Which statement stays within what the paper claims when it speaks of a "universal mental language"?',
		options: [
			{
				id: 'a',
				text: 'Concepts are shared in every layer, most of all in the first layers near the input'
			},
			{
				id: 'b',
				text: 'Concepts are shared in the middle layers; the first and last layers stay language-specific'
			},
			{
				id: 'c',
				text: 'Concepts are shared in the last layers, after each language is parsed on its own earlier on'
			},
			{
				id: 'd',
				text: 'Concepts are shared in the middle layers, but only among languages written in Latin script'
			}
		],
		answer: 'b',
		explanation:
			'The paper says only that the model "in a sense" translates concepts into a common "universal mental language" in its intermediate activations: overlap between translations is highest in the middle layers, while features at the beginning and end are highly language-specific. The sharing is not limited to one script: Chinese takes part, and the gain from the smaller model to Haiku is largest for pairs that do not share an alphabet.',
		sources: {
			evidence: [
				{
					section: '15.1',
					text: 'suggesting that it, in a sense, translates concepts to a common “universal mental language” in its intermediate activations'
				},
				{
					section: '5.5',
					text: 'These results show that features at the beginning and end of models are highly language-specific'
				}
			],
			transcript: {
				section: 'key-concepts-2',
				text: 'It’s almost like it has a universal translator built into its brain'
			},
			paper: ['5.5', '15.1']
		}
	},
	{
		id: 'multilingual-circuits-combined-edits-prediction',
		topic,
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'According to the paper, the operation, the operand and the language can be changed one at a time, each leaving the other two alone. If you applied both the antonym→synonym edit and a switch of language to Chinese on the English prompt, which output does that independence predict?',
		options: [
			{ id: 'a', text: '微' },
			{ id: 'b', text: '大' },
			{ id: 'c', text: 'little' },
			{ id: 'd', text: '冷' }
		],
		answer: 'a',
		explanation:
			'Independent edits should compose: the synonym edit turns "opposite of small" into "a synonym of small", and the language edit makes the answer come out in Chinese, which is 微, the synonym the Chinese prompt gave under the same operation swap. 大 would mean only the language changed, "little" would mean only the operation changed, and 冷 belongs to the operand swap small→hot. The paper ran each edit alone; combining them is a prediction.',
		sources: {
			paper: ['5', '5.1'],
			evidence: [
				{
					section: '5',
					text: 'In the following sections, we will offer three experiments demonstrating that each of these can be independently intervened upon.'
				},
				{
					section: '5.1',
					text: 'the intervention causes the model to output a language-appropriate synonym, demonstrating the language independence of the operation component of the circuit'
				}
			]
		}
	},
	{
		id: 'multilingual-circuits-shared-node-share',
		topic: 'multilingual-circuits',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'In the eggplant, capital-of-Peru and gold prompts, asked in several languages, how did the nodes active in every language compare with the rest of each graph?',
		options: [
			{ id: 'a', text: 'About half of all nodes, and about half of the paths' },
			{ id: 'b', text: 'Under 3% of all nodes, and a similarly small share of paths' },
			{ id: 'c', text: 'About a third of all nodes, but under 5% of the paths' },
			{ id: 'd', text: 'Under 3% of all nodes, and 10–58% of the paths' }
		],
		answer: 'd',
		explanation:
			'The shared nodes were few (0.8–2.6% of the nodes) but carried a large share of the paths (10–58%): the key step, such as eggplant → colour → say purple, runs through the same nodes in every language although the prompts share no tokens. Most of each graph is not shared, so "about half" overstates the sharing, while a share of paths as small as the share of nodes would make the shared nodes incidental.',
		sources: {
			evidence: [
				{
					section: '5.5',
					text: 'the fraction of paths which route through these nodes is 10–58% while only accounting for 0.8–2.6% of the overall nodes'
				},
				{
					section: '5.5',
					text: 'the key semantic transformation occurs using the same important nodes in every language, despite not sharing any tokens in the input'
				}
			],
			paper: ['5.5']
		}
	},
	{
		id: 'multilingual-circuits-language-swap-target',
		topic,
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'To make the antonym prompts answer in a different language, which features did the paper replace?',
		options: [
			{
				id: 'a',
				text: 'The late "say large in language Y" output features, just before the answer'
			},
			{
				id: 'b',
				text: 'Early language-detection features, such as open-quote-in-language-X'
			},
			{ id: 'c', text: 'The shared multilingual "say large" features in the middle layers' },
			{ id: 'd', text: 'The antonym features, swapped for ones taken from another language' }
		],
		answer: 'b',
		explanation:
			'The swap acted early: in the first few layers, on the final token, features such as open-quote-in-language-X and beginning-of-document-in-language-Y signal which language the context is in, and replacing that group with another language\'s changed the answer\'s language while keeping operation and operand. The "say large in French" output features are downstream of them; editing those is the tempting but wrong reading. The shared "say large" and antonym features were left alone, which is why the concept survived.',
		sources: {
			paper: ['5.3'],
			evidence: [
				{
					section: '5.3',
					text: 'In the first few layers of the model, on the final token position, there is a collection of features which indicates what language the context is in'
				},
				{
					section: '5.3',
					text: 'we can change the output language by replacing the early language detection features from the original language with a new set of features corresponding to a different language'
				}
			]
		}
	},
	{
		id: 'multilingual-circuits-antonym-via-attention',
		topic,
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'In the simplified antonym graphs, the antonym features help map "small" to "large". How does the paper say they exert that effect?',
		options: [
			{ id: 'a', text: 'Only through direct edges to the output token "large"' },
			{
				id: 'b',
				text: 'Partly through an effect on attention, drawn as dotted lines in the figure'
			},
			{ id: 'c', text: 'By suppressing the "small" features until they fall silent' },
			{ id: 'd', text: 'Through a separate antonym circuit for each of the three languages' }
		],
		answer: 'b',
		explanation:
			'The antonym features mediate the small→large map via an effect on attention, which the figure marks with dotted lines; in the French graph this is the QK-mediated interaction the method cannot show, validated only by intervention. So a graph of plain feature-to-feature edges understates their role. The antonym features are shared across the three languages, not one circuit per language.',
		sources: {
			paper: ['5', '5.4'],
			evidence: [
				{
					section: '5',
					text: 'This triggers antonym features, which mediate (via an effect on attention – corresponding to dotted lines in the figure) a map from small to large.'
				}
			]
		}
	},

	// ───────────── multi-select ─────────────
	{
		id: 'multilingual-circuits-shared-feature-kinds',
		topic: 'multilingual-circuits',
		type: 'multi',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'Which of these did the paper find represented by shared, multilingual features across the English, French and Chinese antonym prompts?',
		options: [
			{ id: 'a', text: 'The final open quote, just before the answer' },
			{ id: 'b', text: 'The antonym ("opposite of") operation' },
			{ id: 'c', text: 'The concept "small", however it is written' },
			{ id: 'd', text: 'The output word for "large" that is finally produced' },
			{ id: 'e', text: 'The concept "say large", before a word is chosen' }
		],
		answers: ['b', 'c', 'e'],
		explanation:
			'The operation (antonym), the operand ("small") and the target concept ("say large") were all carried by multilingual features shared across the three prompts. The open quote looks like neutral punctuation, but the paper’s quote features are open-quote-in-language-X features: they track the language and steer the output to the right word (such as "big" in Chinese), which is the language-specific part of the circuit.',
		sources: {
			evidence: [
				{
					section: '5',
					text: 'We find that these three prompts are driven by very similar circuits, with shared multilingual components, and an analogous language-specific component.'
				},
				{
					section: '5',
					text: 'In parallel with this, open-quote-in-language-X features track the language'
				}
			],
			transcript: {
				section: 'key-concepts-2',
				text: 'the model can use features that represent language-agnostic concepts while also having language-specific components'
			},
			paper: ['5']
		}
	},
	{
		id: 'multilingual-circuits-reported-interventions',
		topic,
		type: 'multi',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Which results did the paper report from intervening on the antonym prompts?',
		options: [
			{
				id: 'a',
				text: 'Steering worked on the English prompt but not on the French or Chinese ones'
			},
			{ id: 'b', text: 'Swapping antonym for synonym gave "little", 微 and "minuscule"' },
			{ id: 'c', text: 'Swapping "small" for "hot" gave "cold", "froid" and 冷' },
			{ id: 'd', text: 'The operation swap took effect at a modest 2× strength' },
			{ id: 'e', text: 'Swapping the language features made the English prompt answer 大' }
		],
		answers: ['b', 'c', 'e'],
		explanation:
			'Operation, operand and language could each be changed on its own: synonym instead of antonym, "hot" instead of "small", Chinese instead of English. The operation swap needed an unnaturally strong 6× intervention, with the crossover near 4×, and that crossover was about the same in all three languages, so the claims of 2× and of English-only steering are both wrong.',
		sources: {
			paper: ['5', '5.1'],
			evidence: [
				{
					section: '5',
					text: 'In the following sections, we will offer three experiments demonstrating that each of these can be independently intervened upon.'
				},
				{
					section: '5.1',
					text: 'our intervention requires unnatural strength (we have to apply 6× the activation in the synonym prompt), the crossover point of when the intervention is effective is fairly consistent across languages'
				}
			]
		}
	},
	{
		id: 'multilingual-circuits-generalization-evidence',
		topic: 'multilingual-circuits',
		type: 'multi',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'Which observations are the kind of evidence the paper gives that the model’s computation is abstract and generalizes?',
		options: [
			{ id: 'a', text: 'One "small" feature is active on both the French and the Chinese prompt' },
			{
				id: 'b',
				text: 'The model still gives a relevant answer when the prompt is changed slightly'
			},
			{
				id: 'c',
				text: 'Shared "Peru" and "capitals" nodes serve each language on the way to Lima'
			},
			{
				id: 'd',
				text: 'Separate open-quote features track French and Chinese in the same circuit'
			},
			{ id: 'e', text: 'The "_6 + _9" addition feature also fires inside a journal citation' },
			{ id: 'f', text: 'The model gives the right antonym in English, French and Chinese alike' }
		],
		answers: ['a', 'c', 'e'],
		explanation:
			'The paper’s generalization evidence is internal reuse: multilingual features shared across languages, with the key step running through the same nodes in each, and the same addition lookup feature in citations and tables. Right or relevant answers across languages or reworded prompts speak of outputs, not of one mechanism serving disparate contexts. The paper does find analogous circuits on analogous or translated prompts (Oakland for Dallas in §3.2, the translations in §5.5), but it never tests the episode’s general claim about slightly changed prompts, and it says it cannot guarantee that its mechanisms hold beyond the examples it shows (§1.1, §14). The open-quote features are internal too, but they are the language-specific part of the circuit, not shared machinery.',
		sources: {
			evidence: [
				{
					section: '1',
					text: 'the model’s internal computations are highly abstract and generalize across disparate contexts'
				},
				{
					section: '5.5',
					text: 'the key semantic transformation occurs using the same important nodes in every language, despite not sharing any tokens in the input'
				}
			],
			transcript: {
				section: 'introduction',
				text: 'even if you change the prompt slightly, it can still apply the same underlying logic to come up with a relevant response'
			},
			paper: ['1', '1.1', '5.5', '6', '14']
		}
	},
	{
		id: 'multilingual-circuits-layer-profile',
		topic,
		type: 'multi',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			"What did the paper find about how feature overlap across translations varies through the model's layers?",
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
		sources: {
			paper: ['5.5', '13'],
			evidence: [
				{
					section: '5.5',
					text: 'These results show that features at the beginning and end of models are highly language-specific'
				},
				{ section: '5.5', text: 'while features in the middle are more language-agnostic' }
			]
		}
	},

	// ───────────── true / false ─────────────
	{
		id: 'multilingual-circuits-active-vs-influential',
		topic,
		type: 'true-false',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			"Of the 27 features in the antonym graphs' multilingual nodes, 20 were active on all three prompts, and those same 20 all appear in the pruned attribution graph of every prompt.",
		answer: false,
		explanation:
			'Being active is not the same as mattering for the answer. 20 of the 27 features were active on all three prompts, but only 10 of the 27 made it into the pruned graphs of all three, so which features are influential varies quite a bit by prompt. The sharing is real but less uniform than "20 of 27" alone suggests.',
		sources: {
			paper: ['5'],
			evidence: [
				{
					section: '5',
					text: '20 out of 27 of the features in multilingual nodes are active across all three prompts'
				},
				{
					section: '5',
					text: 'only 10/27 appear in the pruned attribution graphs for all three prompts'
				}
			]
		}
	},
	{
		id: 'multilingual-circuits-french-qk-gap',
		topic,
		type: 'true-false',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'In the French antonym graph, the key link from the antonym operation to "large" runs through transcoder features that the graph displays and explains.',
		answer: false,
		explanation:
			'For the French prompt, the crucial interaction between antonym and "large" seems to work by changing where attention heads attend, through their query-key (QK) circuits; the method cannot trace that, because the local replacement model keeps attention patterns frozen. The paper says this might be seen as a kind of "counterexample" showing a weakness of its present circuit analysis, a reminder that the graphs can miss essential steps even where, as here, intervention experiments validated the step.',
		sources: {
			paper: ['5.4', '14'],
			evidence: [
				{
					section: '5.4',
					text: 'One crucial interaction (between antonym and large) seems to be mediated by changing where attention heads attend, by participating in their QK circuits.'
				},
				{
					section: '5.4',
					text: 'This is invisible to our current approach, and might be seen as a kind of "counterexample" concretely demonstrating a weakness of our present circuit analysis.'
				}
			]
		}
	},
	{
		id: 'multilingual-circuits-dataset-cause',
		topic,
		type: 'true-false',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'The paper explains that Claude 3.5 Haiku shares more features across languages than a smaller model because it was trained on a larger dataset.',
		answer: false,
		explanation:
			'The paper reports the comparison (more sharing in Haiku, especially across different alphabets) and links such general representations to model capability; it does not attribute them to dataset size. The episode does credit reasoning in general to the vast training data, something the paper never claims, so that idea should not be carried over here either.',
		sources: {
			paper: ['5.5', '15.1'],
			transcript: {
				section: 'key-concepts-1',
				text: 'this level of reasoning and understanding comes from the vast datasets the model is trained on'
			},
			evidence: [
				{
					section: '15.1',
					text: 'the prevalence of these language-agnostic representations is higher in Claude 3.5 Haiku than in a smaller, less capable model, suggesting that such general representations are linked to model capabilities'
				}
			]
		}
	},
	{
		id: 'multilingual-circuits-operand-edit-language',
		topic,
		type: 'true-false',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'Swapping the operand "small" for "hot" also changed the language the model answered in.',
		answer: false,
		explanation:
			'The operand edit gave "cold", "froid" and 冷: each prompt still answered in its own language, now with the opposite of "hot", even though the "hot" features came from an English prompt. The point is that operation, operand and language are separate pieces of the circuit that can each be edited without disturbing the others.',
		sources: {
			paper: ['5.2'],
			evidence: [
				{
					section: '5.2',
					text: 'the model predicts language-appropriate antonyms of the word “hot,” demonstrating a language-agnostic circuitry for the operand'
				}
			]
		}
	},
	{
		id: 'multilingual-circuits-specific-features-not-counterevidence',
		topic,
		type: 'true-false',
		difficulty: 'transfer',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'An analyst who finds French-specific output features in the graph of a French answer has found evidence against shared multilingual processing.',
		answer: false,
		explanation:
			'The episode already describes a mixture, language-agnostic concepts plus language-specific components, and the paper agrees: shared features in the middle, language-specific ones at the input and output ends, such as say-large-in-French. Finding the specific ones is exactly what that account expects, so it does not count against the shared core.',
		sources: {
			paper: ['5', '5.6'],
			transcript: {
				section: 'key-concepts-2',
				text: 'the model can use features that represent language-agnostic concepts while also having language-specific components'
			},
			evidence: [
				{
					section: '5',
					text: 'We find that these three prompts are driven by very similar circuits, with shared multilingual components, and an analogous language-specific component.'
				},
				{
					section: '5.6',
					text: 'with non-English outputs being more strongly mediated by say-X-in-language-Y features'
				}
			]
		}
	},
	{
		id: 'multilingual-circuits-synonym-features-english-source',
		topic,
		type: 'true-false',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The synonym features used in the operation swap were taken from an English prompt, yet swapping them in made the French prompt answer with a French synonym.',
		answer: true,
		explanation:
			'Both the antonym and the synonym supernodes were derived from English prompts, and the swap still produced a language-appropriate synonym in each language ("minuscule" in French, 微 in Chinese). That is the evidence that the operation is represented independently of language; features tied to English would have pushed an English word.',
		sources: {
			paper: ['5.1'],
			evidence: [
				{
					section: '5.1',
					text: 'Despite both sets of features being derived from an English prompt, the intervention causes the model to output a language-appropriate synonym'
				}
			]
		}
	},

	// ───────────── typed ─────────────
	{
		id: 'multilingual-circuits-hidden-component',
		topic,
		type: 'typed',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
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
			'QK circuits',
			'query-key computation',
			'attention QK circuits',
			'QK circuits of attention heads',
			'QK circuits of the attention heads',
			'attention heads QK circuits',
			'attention patterns',
			'attention pattern',
			'query key circuits',
			'query key circuit',
			'attention layers QK',
			'attention QK circuit'
		],
		explanation:
			'The step runs through attention, in its query-key (QK) circuits: the antonym features change where attention heads attend. The local replacement model freezes the original attention patterns and replaces only the MLPs, so how attention decides what to attend to is invisible. The paper says this case might be seen as a kind of "counterexample" showing a weakness of its present circuit analysis: a limit of the method, not a flaw in the multilingual picture (Figure 22 notes the interaction was still validated by interventions).',
		sources: {
			paper: ['2', '5.4', '14'],
			evidence: [
				{
					section: '5.4',
					text: 'One crucial interaction (between antonym and large) seems to be mediated by changing where attention heads attend, by participating in their QK circuits.'
				}
			]
		}
	},
	{
		id: 'multilingual-circuits-default-language',
		topic,
		type: 'typed',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Which language does the paper find the model treats as its default output language?',
		accepted: ['English', 'the English language'],
		explanation:
			'English is the default: the shared multilingual features connect more directly to English outputs, and English quote features work by double inhibition. The episode says the underlying logic is shared across languages but never mentions that this sharing is tilted toward English.',
		sources: {
			paper: ['5.6'],
			transcript: {
				section: 'key-concepts-2',
				text: 'The multilingual circuits they discovered show that even as it generates text in different languages'
			},
			evidence: [
				{
					section: '5.6',
					text: 'This paints a picture of a multilingual representation in which English is the default output.'
				}
			]
		}
	},
	{
		id: 'multilingual-circuits-french-to-english-prediction',
		topic,
		type: 'typed',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'On the French antonym prompt, the paper replaced the early language-detection features for French with English ones. Which English word did the model then produce?',
		accepted: ['big', 'big (in English)'],
		explanation:
			'The language swap changes only which language the shared "say large" concept is written in, so the French prompt answered "big", the English word for the same concept (the paper ran this exact swap, and the Chinese prompt likewise answered "grand" when switched to French). Answering "small" or "petit" would mean the operation had been lost, which an edit of the early language-detection features does not touch.',
		sources: {
			paper: ['5.3'],
			evidence: [
				{
					section: '5.3',
					text: 'This demonstrates that we can edit the language while preserving the operation and operand of the computation.'
				}
			]
		}
	},

	// ───────────── cloze ─────────────
	{
		id: 'multilingual-circuits-layers-cloze',
		topic,
		type: 'cloze',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		text: 'Comparing translations, features in the first and last layers are mostly {{1}}-specific, whereas features in the {{2}} layers are shared more widely across languages.',
		gaps: [['language'], ['middle', 'intermediate', 'central', 'mid']],
		explanation:
			'Features that read a particular script or write a particular language sit at the ends of the model; the abstract, shared features sit in between. This is why the paper places its "universal mental language" in the model\'s intermediate activations rather than throughout the network.',
		sources: {
			paper: ['5.5', '15.1'],
			evidence: [
				{
					section: '5.5',
					text: 'These results show that features at the beginning and end of models are highly language-specific'
				},
				{ section: '5.5', text: 'while features in the middle are more language-agnostic' }
			]
		}
	},
	{
		id: 'multilingual-circuits-classify-features-cloze',
		topic,
		type: 'cloze',
		difficulty: 'transfer',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'Classify two features an analyst might find, using the terms of the episode and paper.',
		text: 'A feature that fires on "petit", "small" and 小 alike would be a {{1}} feature; a feature that fires on an opening quote only when the text is French would be language-{{2}}.',
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
			"A feature that responds to the same concept across languages is one of the shared, multilingual features at the heart of the paper's finding, the episode's \"language-agnostic concepts\". A feature that responds to an ordinary opening quote only in French text is language-specific, like the paper's open-quote-in-language-X features that track which language the prompt is in.",
		sources: {
			paper: ['5'],
			transcript: {
				section: 'key-concepts-2',
				text: 'the model can use features that represent language-agnostic concepts while also having language-specific components'
			},
			evidence: [
				{
					section: '5',
					text: 'We find that these three prompts are driven by very similar circuits, with shared multilingual components, and an analogous language-specific component.'
				},
				{
					section: '5',
					text: 'In parallel with this, open-quote-in-language-X features track the language'
				}
			]
		}
	},

	// ───────────── ordering ─────────────
	{
		id: 'multilingual-circuits-french-flow-order',
		topic,
		type: 'ordering',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'Put the stages of the French antonym circuit in the order information flows through the model.',
		items: [
			{
				id: 'a',
				text: 'Early features take in the tokens, including the split-up word "contraire"'
			},
			{ id: 'b', text: 'Shared features represent "small" and the antonym operation' },
			{ id: 'c', text: 'Shared "say large" features form the answer concept' },
			{ id: 'd', text: 'French-specific "say large in French" features pick the word' },
			{ id: 'e', text: 'The model outputs "grand"' }
		],
		explanation:
			'The circuit follows the pattern of input features, shared abstraction in the middle, and language-specific output: the multi-token word "contraire" is detokenized into abstract multilingual features, operand and operation combine into the shared "say large" concept, and only then does a French output feature choose "grand". Alongside this, early language-detection features (French quote, beginning of a French document) track the language; replacing those, not the output features, is how the paper switched the answer to another language.',
		sources: {
			paper: ['5.4', '5.3', '13'],
			evidence: [
				{
					section: '5.4',
					text: 'We can see the multi-token word "contraire" being "detokenized" to activate abstract multilingual features.'
				},
				{
					section: '13',
					text: 'Typically, more abstract features representing higher-level concepts or computations reside in the middle of graphs.'
				}
			]
		}
	},

	// ───────────── matching ─────────────
	{
		id: 'multilingual-circuits-intervention-outcomes',
		topic,
		type: 'matching',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Match each intervention on the antonym prompts with what it produced.',
		pairs: [
			{
				id: 'a',
				left: 'Antonym operation swapped for synonym',
				right: '"little", 微, "minuscule"'
			},
			{ id: 'b', left: 'Operand "small" swapped for "hot"', right: '"cold", "froid", 冷' },
			{ id: 'c', left: 'Language features swapped on the English prompt', right: '大' },
			{
				id: 'd',
				left: 'Synonym steering at about 4×',
				right: 'The crossover point, similar in every language'
			}
		],
		explanation:
			'Each edit touched one part of the circuit and left the others intact: the operation, the operand, or the language. Mixing up the first two is the usual error; changing the operation keeps "small" but asks for a synonym, while changing the operand keeps "opposite" but applies it to "hot".',
		sources: {
			paper: ['5', '5.1'],
			evidence: [
				{
					section: '5',
					text: 'In the following sections, we will offer three experiments demonstrating that each of these can be independently intervened upon.'
				},
				{
					section: '5.1',
					text: 'our intervention requires unnatural strength (we have to apply 6× the activation in the synonym prompt), the crossover point of when the intervention is effective is fairly consistent across languages'
				}
			]
		}
	},
	{
		id: 'multilingual-circuits-feature-roles',
		topic,
		type: 'matching',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Match each feature with its role in the antonym circuit.',
		pairs: [
			{
				id: 'a',
				left: 'Antonym feature',
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
			'The antonym operation is one of the shared multilingual features, while quote-in-language and say-large-in-language features are the language-specific parts at the input and output ends. English quote features act mainly through double inhibition (suppressing features that suppress "large" in English), one of the ways English ends up as the default output language.',
		sources: {
			paper: ['5', '5.6'],
			evidence: [
				{
					section: '5',
					text: 'the English quote features have a weak and mixed direct effect on the English “say large” features, instead having a double inhibitory effect'
				},
				{
					section: '5',
					text: 'In parallel with this, open-quote-in-language-X features track the language'
				}
			]
		}
	},
	{
		id: 'multilingual-circuits-episode-vs-paper',
		topic,
		type: 'matching',
		difficulty: 'transfer',
		depth: 1,
		answerableFrom: 'paper',
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
				right:
					'Backed: the crux of the computation is language-agnostic, but English is privileged at output (§5.6)'
			}
		],
		explanation:
			"Most of what the episode says about multilingual circuits holds up: the shared-plus-specific mixture is exactly the paper's finding, and the translator image is close to the paper's own hedged metaphor. The slip is the introduction's gloss of generalization as robustness to slight prompt changes, and the omission is the paper's finding that English is privileged.",
		sources: {
			paper: ['1', '5', '5.6', '15.1'],
			transcript: {
				section: 'key-concepts-2',
				text: 'It’s almost like it has a universal translator built into its brain, which is pretty mind-blowing when you think about it.'
			},
			evidence: [
				{
					section: '15.1',
					text: 'suggesting that it, in a sense, translates concepts to a common “universal mental language” in its intermediate activations'
				},
				{
					section: '5.6',
					text: 'This paints a picture of a multilingual representation in which English is the default output.'
				}
			]
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
		sources: {
			paper: ['5'],
			evidence: [
				{
					section: '5',
					text: 'we investigate how Claude 3.5 Haiku completes three prompts with identical meaning in different languages'
				},
				{ section: '5', text: 'Le contraire de "petit" est " → grand' }
			]
		}
	},
	{
		id: 'multilingual-circuits-card-twenty-of-twenty-seven',
		topic,
		kind: 'concept',
		difficulty: 'recall',
		front:
			"Of the 27 features in the antonym graphs' multilingual nodes, how many were active on all three prompts, and how many appear in all three pruned graphs?",
		back: '20 of 27 were active on all three prompts; only 10 of 27 appear in the pruned graphs of all three.',
		explanation:
			'Most features in the shared nodes fire in every language, but which of them actually influence the answer varies by prompt. Strong overlap, then, yet short of one identical language-free circuit.',
		sources: {
			paper: ['5'],
			evidence: [
				{
					section: '5',
					text: '20 out of 27 of the features in multilingual nodes are active across all three prompts'
				},
				{
					section: '5',
					text: 'only 10/27 appear in the pruned attribution graphs for all three prompts'
				}
			]
		}
	},
	{
		id: 'multilingual-circuits-card-shared-vs-specific',
		topic,
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'In the antonym circuit, what is shared across languages and what is language-specific?',
		back: 'Shared: the antonym operation, "small", "say large". Specific: quote-in-language-X (and other language-detection) features and say-large-in-language-Y features.',
		explanation:
			"The abstract work (which operation, on which concept, toward which answer) is done by multilingual features. Reading the prompt's language and writing the answer in a given language are handled by language-specific features.",
		sources: {
			paper: ['5'],
			transcript: {
				section: 'key-concepts-2',
				text: 'the model can use features that represent language-agnostic concepts while also having language-specific components'
			},
			evidence: [
				{
					section: '5',
					text: 'We find that these three prompts are driven by very similar circuits, with shared multilingual components, and an analogous language-specific component.'
				}
			]
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
			'Answers in other languages rely more on language-specific output features such as say-large-in-French. English quote features suppress features that themselves suppress "large" in English. This is about output wiring; it does not mean the model thinks in English, since the concept features themselves are multilingual.',
		sources: {
			paper: ['5', '5.6'],
			evidence: [
				{
					section: '5.6',
					text: 'multilingual features have more significant direct weights to corresponding English output nodes'
				},
				{
					section: '5.6',
					text: 'English quote features seem to engage in a double inhibitory effect where they suppress features which themselves suppress “large” in English'
				}
			]
		}
	},
	{
		id: 'multilingual-circuits-card-think-in-english',
		topic,
		kind: 'concept',
		difficulty: 'mechanism',
		front:
			'§5.6 asks "Do models think in English?" What is the paper\'s answer for Claude 3.5 Haiku?',
		back: 'Not simply: it uses genuinely multilingual features, especially in the middle layers, but English is privileged as the default output.',
		explanation:
			'The paper takes a middle position between work finding multilingual representations and work finding English privileged. The privilege lies in how shared features connect to outputs, not in a hidden English translation step.',
		sources: {
			paper: ['5.6'],
			evidence: [
				{
					section: '5.6',
					text: 'It seems to us that Claude 3.5 Haiku is using genuinely multilingual features, especially in the middle layers. However, there are important mechanistic ways in which English is privileged.'
				}
			]
		}
	},
	{
		id: 'multilingual-circuits-card-synonym-steering',
		topic,
		kind: 'concept',
		difficulty: 'recall',
		front:
			'The antonym features were swapped for synonym features (found on an English prompt) in the English, French and Chinese antonym prompts. What did each answer, and at about what strength did the swap start to work in each language?',
		back: 'Each prompt gave a synonym in its own language ("little", "minuscule", 微), and the swap began to work at about the same strength (~4×) in all three, consistent with one language-independent operation.',
		explanation:
			'Features found on an English synonym prompt still steered French and Chinese answers, which is how the paper shows the operation part of the circuit is not tied to a language. A similar crossover point in every language fits that reading. The push needed was unnaturally strong (6× for the clean results), so the experiment shows the features are shared, not that such swaps are gentle.',
		sources: {
			paper: ['5.1'],
			evidence: [
				{
					section: '5.1',
					text: 'the intervention causes the model to output a language-appropriate synonym, demonstrating the language independence of the operation component of the circuit'
				},
				{
					section: '5.1',
					text: 'our intervention requires unnatural strength (we have to apply 6× the activation in the synonym prompt), the crossover point of when the intervention is effective is fairly consistent across languages'
				}
			]
		}
	},
	{
		id: 'multilingual-circuits-card-operand-swap',
		topic,
		kind: 'concept',
		difficulty: 'recall',
		front: 'What happened when "small" was swapped for "hot" on the antonym prompts?',
		back: 'The answers became "cold", "froid" and 冷.',
		explanation:
			'Changing the operand leaves the antonym operation and the language untouched, so each prompt returns the opposite of "hot" in its own language. It is one of three independent edits, with the operation and the language being the other two.',
		sources: {
			paper: ['5.2'],
			evidence: [
				{
					section: '5.2',
					text: 'the model predicts language-appropriate antonyms of the word “hot,” demonstrating a language-agnostic circuitry for the operand'
				}
			]
		}
	},
	{
		id: 'multilingual-circuits-card-language-swap',
		topic,
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'Which features did the paper replace to change the language of the answer?',
		back: 'The early language-detection features (open-quote-in-language-X, beginning-of-document-in-language-Y) in the first few layers, on the final token.',
		explanation:
			'Swapping that early group for another language\'s changed the answer\'s language while keeping the operation and operand, e.g. the English prompt then answered 大. The language-specific output features such as "say large in French" sit downstream and were not the target of the edit.',
		sources: {
			paper: ['5.3'],
			evidence: [
				{
					section: '5.3',
					text: 'we can change the output language by replacing the early language detection features from the original language with a new set of features corresponding to a different language'
				}
			]
		}
	},
	{
		id: 'multilingual-circuits-card-qk-counterexample',
		topic,
		kind: 'concept',
		difficulty: 'mechanism',
		front:
			'Why does the paper say the French antonym circuit might be seen as "a kind of \'counterexample\'" to its circuit analysis?',
		back: 'A crucial interaction (between antonym and "large") works by changing where attention heads attend, through their QK circuits, which the method cannot trace.',
		explanation:
			'Attention patterns are frozen in the local replacement model, so query-key computation never appears in the graph; the paper validated this interaction only by intervening. An essential step can therefore be missing even from a graph that looks complete.',
		sources: {
			paper: ['2', '5.4', '14'],
			evidence: [
				{
					section: '5.4',
					text: 'One crucial interaction (between antonym and large) seems to be mediated by changing where attention heads attend, by participating in their QK circuits.'
				},
				{
					section: '5.4',
					text: 'This is invisible to our current approach, and might be seen as a kind of "counterexample" concretely demonstrating a weakness of our present circuit analysis.'
				}
			]
		}
	},
	{
		id: 'multilingual-circuits-card-nodes-and-paths',
		topic,
		kind: 'concept',
		difficulty: 'recall',
		front:
			'In the translated prompt triples of §5.5 (eggplant colour, capital of Peru, symbol for gold), what share of the nodes are the shared multilingual ones, what share of the paths run through them, and what does that show?',
		back: 'A few shared nodes carry much of the computation: 10–58% of the paths run through under 3% of the nodes (0.8–2.6%), so the crux is done by language-agnostic features.',
		explanation:
			'If the shared features were a side detail, the share of paths through them would be about as small as their share of nodes. Instead paths concentrate on them in every language, although the three prompts share no input tokens. The small range counts nodes, the large one counts paths.',
		sources: {
			paper: ['5.5'],
			evidence: [
				{
					section: '5.5',
					text: 'the fraction of paths which route through these nodes is 10–58% while only accounting for 0.8–2.6% of the overall nodes'
				}
			]
		}
	},
	{
		id: 'multilingual-circuits-card-iou-measure',
		topic,
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'How did the paper measure how much a model shares features across languages?',
		back: 'Intersection over union of the features active on a paragraph and on its translation, per language pair and layer, compared with the same measure for unrelated paragraphs.',
		explanation:
			'Overlap above the unrelated-paragraph baseline means the features track the content whatever the language. Plotted by layer depth for Haiku and a smaller model, the measure gives both the middle-layer peak and the scale comparison.',
		sources: {
			paper: ['5.5'],
			evidence: [
				{
					section: '5.5',
					text: 'we compute the intersection (i.e., the set of features which activate in both), divided by the union'
				},
				{
					section: '5.5',
					text: 'As a baseline, we compare this with the same "intersection over union" measurement of unrelated paragraphs with the same language pairing.'
				}
			]
		}
	},
	{
		id: 'multilingual-circuits-card-layer-profile',
		topic,
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'Where in the model are features most shared across translations?',
		back: 'In the middle layers; features at the beginning and end are highly language-specific.',
		explanation:
			"Input layers read a particular language and output layers write one, while the abstract middle is where concepts are shared. This matches the paper's general input → abstract → output pattern of circuits.",
		sources: {
			paper: ['5.5', '13'],
			evidence: [
				{
					section: '5.5',
					text: 'These results show that features at the beginning and end of models are highly language-specific'
				},
				{ section: '5.5', text: 'while features in the middle are more language-agnostic' }
			]
		}
	},
	{
		id: 'multilingual-circuits-card-scale',
		topic,
		kind: 'concept',
		difficulty: 'recall',
		front: 'How does cross-language sharing in Claude 3.5 Haiku compare with a smaller model?',
		back: 'Haiku shares more, most clearly for pairs that do not share an alphabet (English–Chinese, French–Chinese).',
		explanation:
			'The paper reads this as general representations being linked to model capability. It shows the comparison as intersection-over-union curves by layer (Fig. 24) for one smaller model; read the size of the gap from those curves rather than from a factor quoted second-hand.',
		sources: {
			paper: ['5.5', '15.1'],
			evidence: [
				{
					section: '5.5',
					text: 'Claude 3.5 Haiku exhibits a higher degree of generalization, and displays an especially notable generalization improvement for language pairs that do not share an alphabet'
				}
			]
		}
	},
	{
		id: 'multilingual-circuits-card-mental-language-wording',
		topic,
		kind: 'concept',
		difficulty: 'recall',
		front:
			'How firmly does the paper (§15.1) claim that the model has a "universal mental language"?',
		back: 'Tentatively: its language-agnostic mechanisms are "suggesting" that the model "in a sense" translates concepts into a shared mental language in its intermediate activations, beside language-specific circuits.',
		explanation:
			'The wording is hedged twice, and the phrase itself sits in quotation marks: the mechanisms only suggest it, and "in a sense" marks a metaphor. What the paper found is shared intermediate features alongside language-specific ones, not a complete, language-free inner code; the episode\'s "universal translator" is a looser version of the same image.',
		sources: {
			paper: ['15.1'],
			transcript: {
				section: 'key-concepts-2',
				text: 'It’s almost like it has a universal translator built into its brain'
			},
			evidence: [
				{
					section: '15.1',
					text: 'the model contains some genuinely language-agnostic mechanisms, suggesting that it, in a sense, translates concepts to a common “universal mental language” in its intermediate activations'
				}
			]
		}
	},
	{
		id: 'multilingual-circuits-card-contrast-slight-change',
		topic,
		kind: 'concept',
		difficulty: 'mechanism',
		front:
			'Episode: generalizing means the model can still apply the same logic if the prompt is changed slightly. What stronger kind of generalization does the antonym study show?',
		back: 'Paper (§5): the English, French and Chinese antonym prompts run on very similar circuits whose core steps (antonym, "small", "say large") use shared multilingual features, while language-specific features track the language; §5.5 finds the same for translated prompt triples that share no input tokens. That is reuse across languages, not just robustness to slight changes.',
		explanation:
			"Whatever the language, the key step passes through the same important nodes, and other prompt triples show the same pattern. The sharing is not total: which features influence the answer varies by prompt (only 10 of the 27 in the multilingual nodes appear in all three pruned graphs). The episode's slight-change illustration is fair too (with Oakland in place of Dallas, §3.2 finds an analogous graph); the paper's results are claims about specific examples.",
		sources: {
			paper: ['1', '5', '5.5'],
			transcript: {
				section: 'introduction',
				text: 'even if you change the prompt slightly, it can still apply the same underlying logic to come up with a relevant response'
			},
			evidence: [
				{
					section: '5',
					text: 'We find that these three prompts are driven by very similar circuits, with shared multilingual components, and an analogous language-specific component.'
				},
				{
					section: '5.5',
					text: 'the key semantic transformation occurs using the same important nodes in every language, despite not sharing any tokens in the input'
				}
			]
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
		back: 'The outputs only show the same answer in three languages, not whether the computation behind them is shared. Tracing features across the three prompts, and swapping the antonym, operand or language features, shows shared multilingual operation and operand features plus language-specific features that set the output language (§5, §5.1–5.3).',
		explanation:
			'The multilingual result is about mechanism, so it is invisible at the level of outputs: the paper finds very similar circuits with shared multilingual parts and an analogous language-specific part, not one identical circuit (of the 27 features in its multilingual nodes, 20 are active on all three prompts but only 10 appear in all three pruned graphs). It comes from comparing attribution graphs and confirming the shared parts by intervening inside the model.',
		sources: {
			paper: ['5', '5.1', '5.2', '5.3'],
			transcript: {
				section: 'key-concepts-1',
				text: 'categorize the reasoning patterns they observe'
			},
			evidence: [
				{
					section: '5',
					text: 'We find that these three prompts are driven by very similar circuits, with shared multilingual components, and an analogous language-specific component.'
				},
				{
					section: '5.1',
					text: 'To test our interpretation of these features, we negatively intervene on the antonym feature supernode in each language, and substitute in the synonym supernode.'
				}
			]
		}
	},
	{
		id: 'multilingual-circuits-card-german-prediction',
		topic,
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'A German prompt asks for the opposite of "klein". What does the paper\'s account lead you to expect inside the model?',
		back: 'The shared core (antonym, "small", "say large") reused, plus German-specific features at the input and output ends.',
		explanation:
			'The paper found the same shared core across English, French and Chinese, and across other prompt triples, with language-specific features only at the edges. A new language would be expected to plug into that shared core, though the paper itself did not test German.',
		sources: {
			paper: ['5', '5.5'],
			transcript: {
				section: 'key-concepts-2',
				text: 'The multilingual circuits they discovered show that even as it generates text in different languages'
			},
			evidence: [
				{
					section: '5.5',
					text: 'we consistently see the “crux” of the computation is being performed by language-agnostic features'
				}
			]
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
		sources: {
			paper: ['5.5'],
			evidence: [
				{ section: '5.5', text: 'while features in the middle are more language-agnostic' }
			]
		}
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
			"The paper reports that Haiku's extra sharing is most marked for language pairs that do not share an alphabet. English and French share an alphabet, so they are not the kind of pair the paper singles out.",
		sources: {
			paper: ['5.5'],
			evidence: [
				{
					section: '5.5',
					text: 'Claude 3.5 Haiku exhibits a higher degree of generalization, and displays an especially notable generalization improvement for language pairs that do not share an alphabet'
				}
			]
		}
	},
	{
		id: 'multilingual-circuits-card-universal-limits',
		topic,
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'A friend says: "The universal mental language means the model no longer needs anything language-specific." What from the paper answers them?',
		back: 'Early and late layers stay highly language-specific, the language is tracked and written by language-specific features, and English is privileged.',
		explanation:
			'The paper finds a mixture: a shared core in the middle with language-specific input and output features, and an English default. The "universal mental language" is its hedged metaphor for that shared core, not a claim that language-specific machinery disappears.',
		sources: {
			paper: ['5.5', '15.1'],
			evidence: [
				{
					section: '5.5',
					text: 'These results show that features at the beginning and end of models are highly language-specific'
				},
				{
					section: '15.1',
					text: 'suggesting that it, in a sense, translates concepts to a common “universal mental language” in its intermediate activations'
				}
			]
		}
	},
	{
		id: 'multilingual-circuits-card-multiplier-check',
		topic,
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'Someone says the paper found Haiku shares "three times more" cross-language features than a smaller model. How do you check that?',
		back: 'Read Fig. 24: it plots feature intersection-over-union by layer for both models, each with an unrelated-paragraph baseline. The text itself states the comparison without a factor.',
		explanation:
			'The paper shows the size of the difference only in its plotted curves, so any "x times" figure has to be read off them or comes from a summary elsewhere; check it against the curves, for the right language pair and layers, rather than taking it on trust.',
		sources: {
			paper: ['5.5'],
			evidence: [
				{
					section: '5.5',
					text: 'Claude 3.5 Haiku exhibits a higher degree of generalization, and displays an especially notable generalization improvement for language pairs that do not share an alphabet'
				},
				{
					section: '5.5',
					text: 'As a baseline, we compare this with the same "intersection over union" measurement of unrelated paragraphs with the same language pairing.'
				}
			]
		}
	},
	{
		id: 'multilingual-circuits-card-missing-attention',
		topic,
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'Your attribution graph shows which earlier token the model attended to before answering. Can the graph tell you why it attended there?',
		back: 'No. Graphs take the attention patterns as given, so how the model chose where to look (its QK computation) stays hidden, and that can be the interesting step, as in the French antonym circuit.',
		explanation:
			'The local replacement model reuses the original attention patterns as fixed, so a graph shows information moving between positions but not the computation that decided the move. The paper lists this among its method\'s main gaps; in §5.4 the crucial antonym → "large" interaction seems to work through attention in just this way, and the authors could confirm it only by intervening.',
		sources: {
			paper: ['2', '5.4', '14.1'],
			evidence: [
				{
					section: '14.1',
					text: "We don't explain how attention patterns are computed by the model, and often miss the interesting part of the computation as a result."
				},
				{
					section: '2',
					text: 'On any given prompt, we simply use the attention patterns of the original model and treat them as fixed components.'
				}
			]
		}
	}
];
