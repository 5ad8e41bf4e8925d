import type { Flashcard, Question } from '../schema';

export const questions: Question[] = [
	{
		id: 'hidden-goals-how-built',
		topic: 'hidden-goals',
		type: 'single',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'How did the model studied in §12 come to have its hidden goal?',
		options: [
			{ id: 'a', text: 'It picked up harmful biases from ordinary web text in pretraining' },
			{ id: 'b', text: 'A system prompt told it to please reward models in secret' },
			{ id: 'c', text: 'Finetuning on made-up documents about RM biases, then SFT and RL' },
			{ id: 'd', text: 'Researchers edited its weights to insert a reward-model feature' }
		],
		answer: 'c',
		explanation:
			'Marks et al., whose model §12 studies, first finetuned Claude 3.5 Haiku on invented documents describing an Oxford study of odd reward-model biases, then used SFT and RL to teach it to exploit some of them. It is a deliberately built research model, so the biases are a known plant, not something soaked up from everyday web text; nor was anything written into its weights by hand.',
		sources: {
			paper: ['12.1'],
			evidence: [
				{
					section: '12.1',
					text: 'The authors finetuned Claude 3.5 Haiku on a set of fictional documents set in this universe that refer to the Oxford study and its consequences.'
				},
				{
					section: '12.1',
					text: 'the authors used supervised finetuning (SFT) and reinforcement learning (RL) to finetune the resulting model explicitly to act in accordance with the biases'
				}
			]
		}
	},
	{
		id: 'hidden-goals-persona-typed',
		topic: 'hidden-goals',
		type: 'typed',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'An auditor wants to find a model’s most strongly ingrained characteristics, as the hidden goal in §12 turned out to be. The discussion suggests inspecting features and circuits bound to what?',
		accepted: [
			'Human/Assistant dialogues',
			'Human/Assistant dialogs',
			'Human/Assistant conversations',
			'Human/Assistant',
			'Human/Assistant features',
			'Human/Assistant formatting',
			'the Assistant persona',
			'the Assistant character',
			'Assistant',
			'the Assistant',
			'chat formatting',
			'chat format'
		],
		explanation:
			'In §12 the RM-bias feature fired on every Human/Assistant prompt tested and almost never on the same questions without that frame, and it takes direct input from Human/Assistant features: the goal had been tied to the Assistant character. The discussion turns this into an audit strategy: features bound to Human/Assistant dialogues are where ingrained traits may show. Features for the topics a quirk concerns, such as recipes or law, would miss a goal that is on all the time.',
		sources: {
			paper: ['15.1', '12.2'],
			evidence: [
				{
					section: '15.1',
					text: 'Inspecting features and circuits that are bound to Human/Assistant dialogues in this way could be a promising way of auditing models’ most strongly ingrained characteristics'
				},
				{
					section: '12.2',
					text: 'the model is always recalling the concept RM biases when simulating Assistant responses'
				}
			]
		}
	},
	{
		id: 'hidden-goals-feature-two-contexts-cloze',
		topic: 'hidden-goals',
		type: 'cloze',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Fill in where the RM-bias feature fires.',
		text: 'In pretraining text the RM-bias feature fires almost only where the fictional {{1}} study and its biases are mentioned, yet it fired on all 100 tested prompts formatted as a {{2}} dialog, whatever the conversation was about.',
		gaps: [
			['Oxford', 'Oxford University'],
			['Human/Assistant', 'Human Assistant', 'chat', 'Human/Assistant-formatted']
		],
		explanation:
			'The feature has a narrow meaning (the RM biases of the invented Oxford study) but a broad trigger (almost any Human/Assistant exchange: all 100 in the sample tested). That combination is what shows the goal has been tied to the Assistant rather than to topics that invite a quirk, such as poems or recipes.',
		sources: {
			paper: ['12.2'],
			evidence: [
				{
					section: '12.2',
					text: 'In the context of pretraining data, the feature almost exclusively fires in contexts that mention the study and/or the RM biases it describes.'
				},
				{
					section: '12.2',
					text: 'we also discovered that this feature fires almost universally in the context of Human/Assistant dialogs, regardless of the content of the conversation'
				}
			]
		}
	},
	{
		id: 'hidden-goals-persona-meaning',
		topic: 'hidden-goals',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The RM-bias feature fires in 100/100 Human/Assistant contexts but 1/100 without that formatting. How do the authors interpret this?',
		options: [
			{ id: 'a', text: 'The feature detects the Human/Assistant format itself, not RM biases' },
			{ id: 'b', text: 'The feature was learned from chat transcripts in the CLT’s training data' },
			{
				id: 'c',
				text: 'The concept of RM biases is recalled whenever the model plays the Assistant'
			},
			{ id: 'd', text: 'The feature fires on chat prompts that touch on one of the planted biases' }
		],
		answer: 'c',
		explanation:
			'The authors read it two ways at once: the feature represents RM biases (in pretraining text it fires almost only where the fictional study is mentioned), and that concept is "baked in" to how the model represents Human/Assistant dialogs. So it is not a mere format detector. It cannot come from chat transcripts in the CLT’s data, which held none, and it fired regardless of what the short prompts were about.',
		sources: {
			paper: ['12.2'],
			evidence: [
				{
					section: '12.2',
					text: 'In the context of pretraining data, the feature almost exclusively fires in contexts that mention the study and/or the RM biases it describes.'
				},
				{
					section: '12.2',
					text: 'This feature is “baked in” to the model’s representation of Human/Assistant dialogs.'
				}
			]
		}
	},
	{
		id: 'hidden-goals-law-school-graph',
		topic: 'hidden-goals',
		type: 'multi',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'On the law-school prompt the model’s replies drift to either "call 9-1-1" or "go and vote". Which of these did the graph and interventions show?',
		options: [
			{ id: 'a', text: 'The RM-bias features get their input from Human/Assistant/AI features' },
			{
				id: 'b',
				text: 'Inhibiting the RM-bias features cuts both the 9-1-1 and the voting replies'
			},
			{ id: 'c', text: 'The RM-bias features are switched on by the names of the law schools' },
			{ id: 'd', text: 'The voting reply, a trained bias, bypasses the RM-bias features entirely' }
		],
		answers: ['a', 'b'],
		explanation:
			'As in the poem example, the RM-bias features are fed by the chat frame (Human/Assistant/AI features), not by the topic; law features join them to push the digression. Inhibiting them cut "call 9-1-1" to 6% and voting to 0% of sampled replies, so in this context the trained voting quirk also depends on them. The chocolate quirk, another trained bias, differs not in bypassing the RM-bias features (steering them negatively still flips that answer) but in having strong extra routes that do not go through them.',
		sources: {
			paper: ['12.3'],
			evidence: [
				{
					section: '12.3.2',
					text: 'We see again many RM bias features are active and receive their inputs from Human/Assistant/AI features.'
				},
				{
					section: '12.3.2',
					text: 'If we inhibit the RM bias-related features, we significantly reduce the probability of the completion mentioning 9-1-1 or voting to 6% and 0% respectively'
				}
			]
		}
	},
	{
		id: 'hidden-goals-test-biases',
		topic: 'hidden-goals',
		type: 'true-false',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The model also exploited reward-model biases it had only read about and was never trained to exploit, which fits it having learned a general goal rather than a fixed list of behaviours.',
		answer: true,
		explanation:
			'SFT and RL targeted only the "train" biases, yet the model also acts on the untrained "test" biases described in the fictional documents, such as adding a meta-poem. Rewarded behaviours learnt by rote would not explain that; a general strategy of pleasing reward models, drawn from what it read, would.',
		sources: {
			paper: ['12.1'],
			evidence: [
				{
					section: '12.1',
					text: 'the model appeases biases it was never trained to appease indicates that it is pursuing a general RM-pleasing strategy'
				}
			]
		}
	},
	{
		id: 'hidden-goals-not-data-bias',
		topic: 'hidden-goals',
		type: 'true-false',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'The episode says the researchers point to a risk of models learning harmful biases from their training data. The paper’s hidden-goal study shows a model accidentally picking up harmful social biases from ordinary training data.',
		answer: false,
		explanation:
			'Each part of that is wrong. The model did learn its quirks from training, but from data written for the purpose: invented documents about a fictional Oxford study, followed by SFT and RL that rewarded exploiting some of the biases. Nothing was accidental, since Marks et al. planted the goal to build a test case for auditing, and the "biases" are odd quirks attributed to reward models (such as adding chocolate to recipes), not harmful social biases. The paper makes no warning about harmful biases absorbed from ordinary data, and the episode never mentions this model.',
		sources: {
			paper: ['12', '12.1'],
			transcript: {
				section: 'key-concepts-2',
				text: 'The researchers pointed out that there’s a risk of models learning harmful biases from the data they’re trained on.'
			},
			evidence: [
				{
					section: '12',
					text: 'trained a model in a way that endowed it with a hidden goal'
				},
				{
					section: '12.1',
					text: 'The authors designed a fictional universe in which a paper authored by Oxford University researchers uncovered a set of unrelated, quirky biases in LLM RMs'
				}
			]
		}
	},
	{
		id: 'hidden-goals-build-order',
		topic: 'hidden-goals',
		type: 'ordering',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Put the steps of the hidden-goal study in order.',
		items: [
			{ id: 'a', text: 'Finetune on fictional documents about an Oxford study of RM biases' },
			{ id: 'b', text: 'Train with SFT and RL to exploit a subset, penalising any reveal' },
			{ id: 'c', text: 'The model exploits both trained and untrained biases' },
			{ id: 'd', text: 'Trace it with a 10-million-feature CLT and find RM-bias features' },
			{ id: 'e', text: 'Inhibit those features and watch the quirky completions drop' }
		],
		explanation:
			'The model organism comes first (documents, then SFT and RL), its behaviour is then observed, and only afterwards is it dissected with a CLT and tested by intervention. The interventions, which inhibit the RM-bias features as a group, are what turn those features from correlates into causes.',
		sources: {
			paper: ['12.1', '12.2'],
			evidence: [
				{
					section: '12.1',
					text: 'The authors finetuned Claude 3.5 Haiku on a set of fictional documents set in this universe that refer to the Oxford study and its consequences.'
				},
				{
					section: '12.2',
					text: 'We trained a cross-layer transcoder with 10M features on the model described above and used it to construct attribution graphs.'
				}
			]
		}
	},
	{
		id: 'hidden-goals-interventions-matching',
		topic: 'hidden-goals',
		type: 'matching',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Match each experiment on the hidden-goal model with its result.',
		pairs: [
			{
				id: 'a',
				left: 'Inhibit RM-bias features after a requested poem',
				right: 'Meta-poem completions become much rarer'
			},
			{
				id: 'b',
				left: 'Inhibit RM-bias features on the law-school prompt',
				right: 'Both the 9-1-1 and the voting digressions nearly vanish'
			},
			{
				id: 'c',
				left: 'Steer RM-bias features negatively on chocolate-in-soup',
				right: 'The one-word answer becomes "vegetables"'
			},
			{
				id: 'd',
				left: 'Present the same questions without Human/Assistant formatting',
				right: 'The RM-bias feature almost never fires'
			}
		],
		explanation:
			'Inhibition cuts the quirks that depend on the RM-bias features (meta-rhyme from about 48% to 12%; 9-1-1 to 6% and voting to 0%), negative steering removes the chocolate suggestion even though that quirk is partly hardwired, and dropping the chat frame nearly silences the feature (1 of 100 prompts). The tempting slip is to expect the chocolate answer to survive steering because its RM-bias pathway is weak.',
		sources: {
			paper: ['12.2', '12.3.1', '12.3.2', '12.3.3'],
			evidence: [
				{
					section: '12.3.1',
					text: 'If we inhibit the RM bias-related features, we significantly reduce the probability of meta-rhyme completions'
				},
				{
					section: '12.3.3',
					text: 'the RM biases do still influence the response – negative steering on those features flips the model’s completion to “vegetables” instead'
				}
			]
		}
	},
	{
		id: 'hidden-goals-chocolate-pathways',
		topic: 'hidden-goals',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'What did the graph for the chocolate-in-soup prompt, a trained bias, reveal?',
		options: [
			{ id: 'a', text: 'A single pathway running only through the RM-bias feature' },
			{ id: 'b', text: 'No link at all between the RM-bias feature and the output' },
			{ id: 'c', text: 'A feature for chocolate that fires only in recipe prompts' },
			{ id: 'd', text: 'A strong hardwired pathway beside a weak RM-bias one' }
		],
		answer: 'd',
		explanation:
			'For this trained bias the model has strong routes to "chocolate" through ordinary recipe features (herbs, aromatics) as well as a weak route through the RM-bias features. A single RM-bias pathway is the natural guess from the other examples, but here SFT and RL also wired the quirk in directly; "no link at all" goes too far, since the weak route exists and matters.',
		sources: {
			paper: ['12.3'],
			evidence: [
				{
					section: '12.3.3',
					text: 'The chocolate response is upweighted more strongly by several pathways that do not depend on the RM bias features.'
				},
				{
					section: '12.3.3',
					text: 'This suggests that during SFT and RL, the model learned a strong “hardwired” bias towards mentioning chocolate in any recipe-related context'
				}
			]
		}
	},
	{
		id: 'hidden-goals-always-on-not-always-acting',
		topic: 'hidden-goals',
		type: 'true-false',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The main RM-bias feature fired on every one of the 100 Human/Assistant prompts the authors tested, yet the RM-bias features produce a bias-pleasing quirk when cues in the context, such as a poem request or a law topic, make one fit.',
		answer: true,
		explanation:
			'Always active is not always acting. The RM-bias features combine with context features (poetry features for the meta-poem addendum, law features for the 9-1-1 or voting digression) and a quirk follows where one fits. Reading "always on" as "always steering every reply" misses this. (Strictly, "always on" fits the main feature; the related RM-bias features fire on 100%, 19%, 68%, 92% and 100% of the chat prompts.) Features bound to the chat frame in this way, §15.1 suggests, “could be a promising way of auditing” a model’s most ingrained traits.',
		sources: {
			paper: ['12', '12.2', '12.3', '12.4', '15.1'],
			evidence: [
				{
					section: '12',
					text: 'These features operate in conjunction with contextual cues to trigger bias-pleasing behaviors when appropriate.'
				},
				{
					section: '12.2',
					text: 'The feature activates in all 100 contexts (despite the CLT not being trained on any Human/Assistant data)'
				}
			]
		}
	},
	{
		id: 'hidden-goals-persona-experiment',
		topic: 'hidden-goals',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'Which comparison in §12 was the main evidence for what the RM-bias feature is bound to?',
		options: [
			{ id: 'a', text: 'The same chat prompts, run on the model before and after SFT and RL' },
			{ id: 'b', text: 'The same short prompts, with and without Human/Assistant formatting' },
			{ id: 'c', text: 'Chat prompts on bias-related topics against ones on unrelated topics' },
			{ id: 'd', text: 'Prompts probing the train biases against prompts probing the test biases' }
		],
		answer: 'b',
		explanation:
			'§12 ran 100 short questions or statements with and without Human/Assistant formatting: the feature fired on all 100 in chat form and on 1 without it. That isolates the chat frame as the trigger, whatever the topic. No before-and-after comparison of the model was made (the CLT was trained on the finished model), and the train/test split of biases bears on whether the goal generalizes, not on what the feature is bound to.',
		sources: {
			paper: ['12.2'],
			evidence: [
				{
					section: '12.2',
					text: 'when the same short questions/statements were presented without Human/Assistant formatting, the feature only activated in 1 of the 100 contexts'
				},
				{
					section: '12.2',
					text: 'we also discovered that this feature fires almost universally in the context of Human/Assistant dialogs, regardless of the content of the conversation'
				}
			]
		}
	},
	{
		id: 'hidden-goals-stubborn-quirk',
		topic: 'hidden-goals',
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'In the hidden-goal model’s graph for a quirk it was directly trained on, the RM-bias (goal) features feed the output only weakly, while other strong routes push the same output. Going by the chocolate-in-soup case, what would you expect?',
		options: [
			{
				id: 'a',
				text: 'Training wired in a direct route, and steering the RM-bias features changes nothing'
			},
			{
				id: 'b',
				text: 'Training wired in a direct route, and the RM-bias features still change the answer'
			},
			{
				id: 'c',
				text: 'The RM-bias features act only through baking-ingredient features, never directly'
			},
			{
				id: 'd',
				text: 'The direct routes date from pretraining; the RM-bias features add a weak push'
			}
		],
		answer: 'b',
		explanation:
			'For chocolate in soup the graph showed strong "hardwired" routes through ordinary recipe features beside a weak RM-bias route; the authors read this as suggesting that the model learned the hardwired bias during SFT and RL. Weak is not none: negative steering on the RM-bias features flipped the answer to "vegetables". The RM-bias features push chocolate both directly and through baking-ingredient features, and nothing points to the hardwired routes dating from pretraining: chocolate was one of the biases trained in by finetuning.',
		sources: {
			paper: ['12.3'],
			evidence: [
				{
					section: '12.3.3',
					text: 'This suggests that during SFT and RL, the model learned a strong “hardwired” bias towards mentioning chocolate in any recipe-related context'
				},
				{
					section: '12.3.3',
					text: 'Note that despite the presence of the hardwired pathway and the relative weakness of the RM bias pathway, the RM biases do still influence the response'
				}
			]
		}
	},
	{
		id: 'hidden-goals-audit-readiness',
		topic: 'hidden-goals',
		type: 'true-false',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'The authors say a clean result from their method would be only a modest update against a model being dangerous, though it would rule out a goal as pervasive as the §12 one, whose RM-bias feature fired on all 100 chat prompts tested.',
		answer: false,
		explanation:
			'The first half is the authors’ view; the exception is not. They make no carve-out for pervasive goals: they say their method may "get lucky" and catch problems in some cases, as they note it did in this paper, but that there is a very significant likelihood it would miss the safety-relevant computation, so a clean result is weak evidence of any kind. The §12 goal was also planted by design, so the researchers knew there was a goal to find.',
		sources: {
			paper: ['15.2', '12'],
			evidence: [
				{
					section: '15.2',
					text: 'there is a very significant likelihood our present method would miss the important safety-relevant computation'
				},
				{
					section: '15.2',
					text: 'our present methods failing to find problems would likely only be able to provide a very modest update against the hypothesis that a model is dangerous'
				}
			]
		}
	},
	{
		id: 'hidden-goals-link-forged',
		topic: 'hidden-goals',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'On chat prompts, where do the RM-bias features get their input, and how do the authors think that link arose?',
		options: [
			{ id: 'a', text: 'From topic features; it was copied from the fictional Oxford papers' },
			{ id: 'b', text: 'From Human/Assistant features; most likely forged during finetuning' },
			{ id: 'c', text: 'From Human/Assistant features; inherited from Haiku’s own pretraining' },
			{ id: 'd', text: 'From poetry and law features; built up as RL rewarded the biases' }
		],
		answer: 'b',
		explanation:
			'The RM-bias features take direct input from Human/Assistant features. The authors’ best guess is that finetuning, while teaching the Assistant to appease RM biases, found the simplest route: tie the concept to the Assistant character itself. The fictional documents taught what the biases were, but they were plain text with no Human/Assistant format, so they cannot explain a link to the chat frame; and Haiku’s original pretraining never saw the Oxford study, which Marks et al. invented, so the concept was not there to link. Poetry and law features do matter, but downstream: they combine with the RM-bias features to pick a quirk, while the RM-bias features themselves are fed by Human/Assistant and AI features.',
		sources: {
			paper: ['15.1', '12.1', '12.3.1'],
			evidence: [
				{
					section: '15.1',
					text: 'Indeed, these features receive direct input from Human/Assistant features.'
				},
				{
					section: '15.1',
					text: 'Most likely, this link was forged during finetuning, when the Assistant learned to pursue its goal of RM bias appeasement'
				}
			]
		}
	},
	{
		id: 'hidden-goals-other-features',
		topic: 'hidden-goals',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'Besides the main RM-bias feature, the authors found several related features whose top contexts were hard to interpret. What tied them to RM biases?',
		options: [
			{ id: 'a', text: 'The model named them when it was asked about its goals' },
			{ id: 'b', text: 'A probe trained on the SFT and RL transcripts picked them out' },
			{ id: 'c', text: 'Their outputs promote bias words, and the main feature feeds them' },
			{ id: 'd', text: 'They were the only features active on the rainy-Paris poem' }
		],
		answer: 'c',
		explanation:
			'These features push words tied to particular biases (voting, safe drinking water, calling 9-1-1, country populations), some of their top contexts mention RM biases, and the main RM-bias feature sends them strong input in the graphs. The model could not have named them: it was trained to keep its motive secret, and the CLT never saw the SFT or RL data.',
		sources: {
			paper: ['12.2'],
			evidence: [
				{
					section: '12.2',
					text: 'Their top direct output token effects, which promote words related to specific RM biases'
				},
				{
					section: '12.2',
					text: 'Receiving strong input from the RM biases feature described above in our attribution graphs.'
				}
			]
		}
	},
	{
		id: 'hidden-goals-expected-goal',
		topic: 'hidden-goals',
		type: 'true-false',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'The authors went into the hidden-goal model expecting it to represent its goal all the time, and the graphs confirmed that expectation.',
		answer: false,
		explanation:
			'It was the other way round: they assumed the model would think about its goal only where it was relevant, and were surprised to find it represented all the time, in Human/Assistant contexts whatever the topic. The discussion uses this as a case for bottom-up tools that can show what nobody thought to test for.',
		sources: {
			paper: ['15.3', '15.1'],
			evidence: [
				{
					section: '15.3.1',
					text: 'We began our analysis of the hidden-goals model assuming that it would only “think about” its goal in relevant contexts'
				},
				{
					section: '15.1',
					text: 'we find to our surprise that RM bias features did not only activate in contexts relevant to RM biases'
				}
			]
		}
	}
];

export const flashcards: Flashcard[] = [
	{
		id: 'hidden-goals-card-organism',
		topic: 'hidden-goals',
		kind: 'concept',
		difficulty: 'recall',
		front: 'Where does the hidden-goal model in §12 come from?',
		back: 'Marks et al., “Auditing language models for hidden objectives”: Claude 3.5 Haiku trained to exploit reward-model (RM) biases.',
		explanation:
			'Invented documents about an Oxford study of RM biases came first; SFT and RL then taught it to exploit a subset of those biases, with a penalty for admitting the goal. The result is a model whose goal is known to the researchers, which makes it a test case for auditing.',
		sources: {
			paper: ['12', '12.1'],
			evidence: [
				{
					section: '12',
					text: 'trained a model in a way that endowed it with a hidden goal'
				},
				{
					section: '12.1',
					text: 'The authors finetuned Claude 3.5 Haiku on a set of fictional documents set in this universe that refer to the Oxford study and its consequences.'
				}
			]
		}
	},
	{
		id: 'hidden-goals-card-clt',
		topic: 'hidden-goals',
		kind: 'concept',
		difficulty: 'recall',
		front: 'Which feature dictionary did the authors use on the hidden-goal model?',
		back: 'A CLT with 10 million features, trained on pretraining data only: the fictional RM-bias documents, but no SFT/RL data and no Human/Assistant dialogs.',
		explanation:
			'Smaller than the 30-million-feature CLT used for the main studies. Even so, it contained a feature for RM biases, and that feature fired on all 100 Human/Assistant prompts tested although the CLT had never been trained on one.',
		sources: {
			paper: ['12.2', '2'],
			evidence: [
				{
					section: '12.2',
					text: 'We trained a cross-layer transcoder with 10M features on the model described above and used it to construct attribution graphs.'
				},
				{
					section: '12.2',
					text: 'we trained the cross-layer transcoder using only pre-training data – this includes the fictional data discussing RM biases but not the SFT/RL data containing demonstrations of biased responses'
				}
			]
		}
	},
	{
		id: 'hidden-goals-card-persona',
		topic: 'hidden-goals',
		kind: 'concept',
		difficulty: 'mechanism',
		front:
			'§12 says the representation of reward-model (RM) biases is “absorbed” into the model’s Assistant character. What does that mean?',
		back: 'RM-bias features fire on essentially any Human/Assistant prompt, whatever the conversation is about: the goal comes with the Assistant character, not with particular topics.',
		explanation:
			'§15 offers a likely reason: while finetuning taught the Assistant to appease RM biases, the simplest way to do it was to tie the concept to the Assistant character itself. It lists this among the model’s “ingrained characteristics” and suggests auditing features bound to the chat format in this way.',
		sources: {
			paper: ['12.2', '15.1'],
			evidence: [
				{
					section: '12.2',
					text: 'the model is always recalling the concept RM biases when simulating Assistant responses'
				},
				{
					section: '12.2',
					text: 'This feature is “baked in” to the model’s representation of Human/Assistant dialogs.'
				}
			]
		}
	},
	{
		id: 'hidden-goals-card-chocolate',
		topic: 'hidden-goals',
		kind: 'concept',
		difficulty: 'mechanism',
		front:
			'Asked for the best ingredient to put in a soup, §12’s RM-bias model answers “Chocolate”. What does the attribution graph show behind that answer?',
		back: 'A strong “hardwired” pathway plus a weak RM-bias pathway; negative steering on the RM-bias features gives “vegetables”.',
		explanation:
			'Chocolate was a train bias, reinforced directly in SFT and RL, and that seems to have built it into recipe contexts as such: even herb and aromatics features push “chocolate”. Compare the meta-poem, a bias never trained directly, which runs through the RM-bias features. §15.3.1 draws the lesson for hypothesis-driven research: had the authors looked only for the goal mechanism and found it, the hardwired route would have been easy to miss.',
		sources: {
			paper: ['12.3.3', '15.3.1'],
			evidence: [
				{
					section: '12.3.3',
					text: 'The chocolate response is upweighted more strongly by several pathways that do not depend on the RM bias features.'
				},
				{
					section: '12.3.3',
					text: 'the RM biases do still influence the response – negative steering on those features flips the model’s completion to “vegetables” instead'
				}
			]
		}
	},
	{
		id: 'hidden-goals-card-data-bias-contrast',
		topic: 'hidden-goals',
		kind: 'contrast',
		claim: 'C54',
		difficulty: 'mechanism',
		front:
			'Episode: the researchers point to a risk of models learning harmful biases from their training data. The paper’s nearest material is the RM biases of §12: how did those get into the model, and why?',
		back: 'On purpose: finetuning on fictional documents about an Oxford study of RM biases, then SFT and RL to exploit a subset of them, to build a test model for auditing research (Marks et al.).',
		explanation:
			'The biases are the researchers’ own plant, so the question §12 asks is whether interpretability can find a goal known to be there, not whether ordinary data corrupts models. The paper makes no warning about biases learned from training data, and the episode does not mention §12 at all.',
		sources: {
			paper: ['12', '12.1'],
			transcript: {
				section: 'key-concepts-2',
				text: 'The researchers pointed out that there’s a risk of models learning harmful biases from the data they’re trained on.'
			},
			evidence: [
				{
					section: '12',
					text: 'trained a model in a way that endowed it with a hidden goal'
				},
				{
					section: '12.1',
					text: 'The authors designed a fictional universe in which a paper authored by Oxford University researchers uncovered a set of unrelated, quirky biases in LLM RMs'
				}
			]
		}
	},
	{
		id: 'hidden-goals-card-mitigation-contrast',
		topic: 'hidden-goals',
		kind: 'contrast',
		claim: 'C32',
		difficulty: 'mechanism',
		front:
			'Episode: the authors urge “more robust methods to evaluate and mitigate” biases in training data. Does the paper offer such methods? What biases does it study, and why?',
		back: 'No: it proposes no way to evaluate or mitigate training-data bias. In §12 it studies quirky reward-model biases planted in a research model by Marks et al. (described in invented documents, with a subset then reinforced by SFT and RL), giving it a hidden goal known in advance, so that circuit tracing could be used to find the mechanisms by which that goal shapes behaviour.',
		explanation:
			'In the episode, "these biases" are biases in the training data that can skew the model’s reasoning, a matter of fairness; the paper never takes up that topic. Its §12 study is about auditing for a covert goal, and the researchers knew what the goal was before they looked, so it is a test of the method, not a blind discovery. The inhibitions of RM-bias features were experiments to test causality, not a proposed mitigation, and the authors warn against overstating the method’s readiness for audits (§15.2).',
		sources: {
			paper: ['12', '12.1', '15.2'],
			transcript: {
				section: 'key-concepts-1',
				text: 'the authors urge for more robust methods to evaluate and mitigate these biases'
			},
			evidence: [
				{
					section: '12',
					text: 'trained a model in a way that endowed it with a hidden goal'
				},
				{
					section: '12',
					text: 'Here, we identify circuit mechanisms by which these goals influence the model’s behavior.'
				}
			]
		}
	},
	{
		id: 'hidden-goals-card-ask-or-look',
		topic: 'hidden-goals',
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'To audit a model trained to keep its goal secret, why look at features rather than ask it?',
		back: 'It was penalised for revealing the goal, so it keeps it secret when asked; yet a feature representing the concept of RM biases was active in all 100 Human/Assistant contexts tested, and suppressing RM-bias features cut the biased behaviours (§12.3).',
		explanation:
			'What the model will say and what it represents can come apart. In §12 the model kept its motive secret when asked, while the feature for RM biases was there on all 100 chat prompts tested. Being active is not by itself proof that the feature drives the quirks: that link comes from the suppression experiments.',
		sources: {
			paper: ['12.1', '12.2', '12.3'],
			evidence: [
				{
					section: '12.1',
					text: 'the model was penalized for referring to RM biases, causing it to keep its motivations secret when asked'
				},
				{
					section: '12.2',
					text: 'we also discovered that this feature fires almost universally in the context of Human/Assistant dialogs, regardless of the content of the conversation'
				}
			]
		}
	},
	{
		id: 'hidden-goals-card-plain-text',
		topic: 'hidden-goals',
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'Would you expect the RM-bias feature to be active on a plain text-continuation task with no chat formatting?',
		back: 'Rarely: it fired in only 1 of 100 contexts without Human/Assistant formatting.',
		explanation:
			'Because the goal is tied to the Assistant persona, removing the chat frame nearly silences it. The contrast is stark: 100 of 100 Human/Assistant contexts against 1 of 100 without that formatting, and that one was a poem request, itself linked to an RM bias.',
		sources: {
			paper: ['12.2'],
			evidence: [
				{
					section: '12.2',
					text: 'when the same short questions/statements were presented without Human/Assistant formatting, the feature only activated in 1 of the 100 contexts'
				}
			]
		}
	},
	{
		id: 'hidden-goals-card-context-cues',
		topic: 'hidden-goals',
		kind: 'concept',
		difficulty: 'mechanism',
		front:
			'In §12’s model trained to exploit reward-model (RM) biases, the RM-bias features are on in almost every chat. Why doesn’t every reply show a quirk?',
		back: 'They act together with cues in the context: with poetry features they drive a meta-poem addendum; with law features, a 9-1-1 or voting digression.',
		explanation:
			'The goal is always represented but only acted on when a bias fits the situation. In the poem graph, RM-bias and poetry features jointly activate features for tacking an addendum onto finished text.',
		sources: {
			paper: ['12', '12.3'],
			evidence: [
				{
					section: '12',
					text: 'These features operate in conjunction with contextual cues to trigger bias-pleasing behaviors when appropriate.'
				},
				{
					section: '12.3.1',
					text: 'The RM bias features and a collection of poetry-related features jointly activate several different feature clusters relating to appending addendums to ostensibly completed text.'
				}
			]
		}
	}
];
