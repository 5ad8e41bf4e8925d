import type { Flashcard, Question } from '../schema';

export const questions: Question[] = [
	// ── single choice ──────────────────────────────────────────────────────────
	{
		id: 'attribution-graphs-attention-frozen',
		topic: 'attribution-graphs',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'How does the local replacement model handle the attention layers of the original model?',
		options: [
			{ id: 'a', text: 'It swaps each attention layer for a second set of transcoder features' },
			{ id: 'b', text: 'It freezes the attention patterns the real model used on that prompt' },
			{ id: 'c', text: 'It deletes attention, so features can only act within a single token' },
			{ id: 'd', text: 'It retrains attention so that every head looks at just one token' }
		],
		answer: 'b',
		explanation:
			'Only the MLP neurons are replaced by transcoder features; attention is not replaced but held fixed at the patterns the real model used on that prompt. That is why the method can show which features pass information between tokens but not why attention chose to look where it did, a gap the paper lists among its limitations.',
		sources: {
			evidence: [
				{
					section: '2',
					text: 'Our replacement model also doesn’t attempt to replace the attention layers of the original model'
				},
				{
					section: '2',
					text: 'On any given prompt, we simply use the attention patterns of the original model and treat them as fixed components'
				}
			],
			paper: ['2', '14']
		}
	},
	{
		id: 'attribution-graphs-error-nodes-purpose',
		topic: 'attribution-graphs',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Why does the local replacement model include error nodes?',
		options: [
			{
				id: 'a',
				text: 'They hold what the transcoder fails to reconstruct, so the copy matches the original'
			},
			{
				id: 'b',
				text: 'They stand in for the attention layers, which the transcoder does not replace'
			},
			{
				id: 'c',
				text: 'They gather the features too weak to keep, so pruning can drop them in one go'
			},
			{
				id: 'd',
				text: 'They record where the model’s prediction missed the true next token in training'
			}
		],
		answer: 'a',
		explanation:
			'The transcoder is an imperfect stand-in, so for each prompt error nodes fill the gap between its reconstruction and the real computation; with them (and frozen attention) the replacement reproduces the original model exactly on that prompt. Attention is the tempting wrong answer: it is not replaced at all but frozen at the original model’s patterns, so no node stands in for it. Nor are error nodes a pruning bin or a record of training mistakes; the "error" is a reconstruction error.',
		sources: {
			evidence: [
				{
					section: '2',
					text: 'We can fill in these gaps by including error nodes which represent the discrepancy between the two models'
				},
				{
					section: '2',
					text: 'On any given prompt, we simply use the attention patterns of the original model and treat them as fixed components'
				}
			],
			paper: ['2', '14']
		}
	},
	{
		id: 'attribution-graphs-strongest-validation',
		topic: 'attribution-graphs',
		type: 'single',
		difficulty: 'transfer',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'A graph suggests that feature X drives the output through a "say Y" feature. You inhibit X with constrained patching. Which of these measurements does the paper regard as the most important source of validation?',
		options: [
			{
				id: 'a',
				text: 'The change in features that sit before the intervention layer, in the original model'
			},
			{
				id: 'b',
				text: 'The change in the "say Y" feature after the intervention layer, in the original model'
			},
			{
				id: 'c',
				text: 'The change in the "say Y" feature when X is inhibited inside the replacement model'
			},
			{
				id: 'd',
				text: 'The change in the probability of the predicted output token, in the original model'
			}
		],
		answer: 'd',
		explanation:
			'The paper counts effects on the model’s actual output as the most important validation, because outputs are simple to read and free of the artefacts of its patching method. Features before the intervention layer are guaranteed to agree with the graph, so they test nothing; features after it, such as "say Y", do test the step through "say Y", but they can diverge from the graph for reasons of method, which is why the paper ranks them below the output. Inhibiting X in the replacement model would only re-run the model the graph was drawn from.',
		sources: {
			evidence: [
				{
					section: '2',
					text: 'In general, we regard the effects of interventions on the model’s actual outputs as the most important source of validation'
				},
				{
					section: '2',
					text: 'Thus, effects of perturbations on features prior to the intervention layer are guaranteed to agree with the direct effects predicted by the attribution graph'
				}
			],
			paper: ['2']
		}
	},
	{
		id: 'attribution-graphs-quarter-of-prompts',
		topic: 'attribution-graphs',
		type: 'single',
		difficulty: 'recall',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'For roughly what share of the prompts they tried do the authors say attribution graphs gave them satisfying insight?',
		options: [
			{ id: 'a', text: 'About a tenth' },
			{ id: 'b', text: 'About a quarter' },
			{ id: 'c', text: 'About half' },
			{ id: 'd', text: 'Nearly all of them' }
		],
		answer: 'b',
		explanation:
			'By the authors’ own count, the graphs gave "satisfying insight for about a quarter of the prompts we’ve tried", and the cases shown are successes covering only a small fraction of the mechanisms. "About half" mixes this up with the poem study, where planned-word features turned up in about half the poems. "Nearly all" would fit the episode’s "comprehensive framework", a phrase the authors’ own count does not bear out.',
		sources: {
			evidence: [
				{
					section: '1.1',
					text: 'we’ve found that our attribution graphs provide us with satisfying insight for about a quarter of the prompts we’ve tried'
				},
				{
					section: '1.1',
					text: 'For a more systematic evaluation of our methods, see our companion paper'
				}
			],
			transcript: {
				section: 'key-concepts-1',
				text: 'So they’re really trying to create a comprehensive framework for understanding AI reasoning?'
			},
			paper: ['1.1', '4']
		}
	},
	{
		id: 'attribution-graphs-what-is-analyzed',
		topic: 'attribution-graphs',
		type: 'single',
		difficulty: 'mechanism',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'What do the researchers actually examine when they explain one of the model’s behaviours?',
		options: [
			{
				id: 'a',
				text: 'The final answers, sorted into a taxonomy of reasoning patterns',
				misconception: 'C23'
			},
			{
				id: 'b',
				text: 'Neuron activations, averaged over many prompts into one global map'
			},
			{
				id: 'c',
				text: 'Attention heads, traced to show why each one looks where it does'
			},
			{ id: 'd', text: 'Transcoder features and the causal links between them, on one prompt' }
		],
		answer: 'd',
		explanation:
			'The method builds a local replacement model for one prompt (its error nodes and frozen attention patterns belong to that prompt) and traces how features, tokens and outputs influence one another; the paper has no taxonomy of reasoning types. It does not read raw neurons, which are polysemantic, and each graph is local to one prompt rather than a global map. Attention is the other tempting pick, but its patterns are frozen and the paper lists the unexplained attention computation among its limitations.',
		sources: {
			evidence: [
				{
					section: '2',
					text: 'we produce attribution graphs, a graphical representation of the computational steps the model uses to determine its output for a particular input'
				},
				{
					section: '2',
					text: 'Our replacement model also doesn’t attempt to replace the attention layers of the original model'
				}
			],
			transcript: {
				section: 'key-concepts-1',
				text: 'They analyze the model’s responses to various prompts and then categorize the reasoning patterns they observe.'
			},
			paper: ['2', '14']
		}
	},
	{
		id: 'attribution-graphs-long-prompt',
		topic: 'attribution-graphs',
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'Someone tries to trace a 2,000-token legal contract with the paper’s method and gets nothing usable. Going by the limitations the paper lists, what is the likeliest reason?',
		options: [
			{ id: 'a', text: 'The method has not been scaled to prompts beyond about a hundred tokens' },
			{ id: 'b', text: 'Past a few hundred tokens the error nodes carry most of the influence' },
			{ id: 'c', text: 'The transcoder was trained only on passages under a thousand tokens' },
			{ id: 'd', text: 'Pruning keeps a fixed number of nodes, far too few for a prompt that long' }
		],
		answer: 'a',
		explanation:
			'Long prompts are one of the failure cases the paper names: partly an engineering limit (the method has not been scaled beyond about a hundred tokens), partly because long prompts give more complicated graphs. Error nodes are a real limitation too, and the paper says they are worst on complicated prompts with many reasoning steps and on unusual ones, but it gives no token count at which they take over: the limit it ties to length itself is the hundred-token scaling one. It says nothing of a training cut-off for the transcoder, and pruning removes nodes by importance, not down to a fixed count.',
		sources: {
			evidence: [
				{
					section: '14.1',
					text: 'we have not scaled our method to apply to prompts longer than about a hundred tokens'
				},
				{
					section: '14.1',
					text: 'Error nodes are especially a problem for complicated prompts requiring many reasoning steps'
				}
			],
			paper: ['14.1', '14', '2']
		}
	},
	{
		id: 'attribution-graphs-frozen-attention-lesson',
		topic: 'attribution-graphs',
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'In the jailbreak study, clamping the "new sentence" features to zero with attention frozen mostly stopped the model saying "However" and made it refuse directly. What happened when the same clamp was also allowed to change the model’s attention patterns?',
		options: [
			{ id: 'a', text: 'It kept complying with the request instead of refusing' },
			{ id: 'b', text: 'It refused directly, just as it did with attention frozen' },
			{ id: 'c', text: 'It said "However" again and refused at the sentence end' },
			{ id: 'd', text: 'It refused at once, before writing the first sentence' }
		],
		answer: 'a',
		explanation:
			'With attention free to react, the model went on complying, the opposite of the frozen-attention result. The paper draws this lesson: the "new sentence" features do matter for starting the refusal, but the key mechanism is not visible in the graphs and seems to run largely through how attention patterns are computed, the part the graphs leave out (its "missing attention circuits" limitation). A repeat of the direct refusal is what one would expect if attention did not matter. The clamp does not restore the "However" either: that phrase is what the "new sentence" features help bring about.',
		sources: {
			evidence: [
				{
					section: '10.3',
					text: 'the key mechanism doesn’t show up in our graphs, and rather seems to be importantly mediated by attention pattern computation'
				},
				{
					section: '10.3',
					text: 'In contrast, clamping the “new sentence” features to 0 and allowing the intervention to influence the model’s attention patterns causes the model to continue complying with the request'
				}
			],
			paper: ['10.3', '10', '2', '14.1', '14']
		}
	},
	{
		id: 'attribution-graphs-dominant-error-node',
		topic: 'attribution-graphs',
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'In a graph you have built, most of the influence on the output runs through an error node. Going by the paper, what does that mean?',
		options: [
			{
				id: 'a',
				text: 'That step is computation the transcoder missed, so the graph cannot interpret it'
			},
			{
				id: 'b',
				text: 'That step is done by attention, which the error node stands for in the graph'
			},
			{
				id: 'c',
				text: 'The model computed something wrong at that step, so its answer is suspect'
			},
			{
				id: 'd',
				text: 'That step’s features were cut by pruning and show up in the unpruned graph'
			}
		],
		answer: 'a',
		explanation:
			'Error nodes hold what the transcoder fails to reconstruct, the "dark matter" the paper lists among its limitations, so a path through one is part of the computation the graph cannot interpret. Attention is not represented by error nodes: its patterns are frozen. The name does not mean the model erred, and pruning removes unimportant nodes; an error node is not a stand-in for pruned features.',
		sources: {
			evidence: [
				{
					section: '14.1',
					text: 'The remaining “dark matter” manifests as error nodes in our attribution graphs, which (unlike features) have no interpretable function'
				},
				{
					section: '14.1',
					text: 'In these cases, the graph will be dominated by error nodes, and thus uninformative'
				}
			],
			paper: ['14.1', '2', '14']
		}
	},
	// ── multi-select ───────────────────────────────────────────────────────────
	{
		id: 'attribution-graphs-node-kinds',
		topic: 'attribution-graphs',
		type: 'multi',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Which of these can appear as nodes in an attribution graph?',
		options: [
			{ id: 'a', text: 'Transcoder features' },
			{ id: 'b', text: 'Attention heads' },
			{ id: 'c', text: 'Input tokens (the prompt’s tokens)' },
			{ id: 'd', text: 'Error nodes' },
			{ id: 'e', text: 'Individual MLP neurons' },
			{ id: 'f', text: 'Output nodes for the predicted tokens' }
		],
		answers: ['a', 'c', 'd', 'f'],
		explanation:
			'A graph’s nodes are features, input tokens, error nodes and output nodes for the predicted tokens (logits), joined by edges for causal interactions: the prompt’s tokens are where a graph starts (the method overview traces “Dallas”, “capital” and “?” through features to “Austin”), and the poem graph, for instance, is traced back from the "rabbit" output node. MLP neurons are exactly what the transcoder features replace, and attention is frozen rather than turned into nodes.',
		sources: {
			evidence: [
				{
					section: '2',
					text: 'We can fill in these gaps by including error nodes which represent the discrepancy between the two models'
				},
				{
					section: '4.1',
					text: 'The attribution graph above, computed by attributing back from the “rabbit” output node'
				}
			],
			transcript: {
				section: 'introduction',
				text: 'They’re using what they call attribution graphs to visualize how different features interact and lead to specific outputs.'
			},
			paper: ['2', '4.1']
		}
	},
	{
		id: 'attribution-graphs-listed-limitations',
		topic: 'attribution-graphs',
		type: 'multi',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Which of these are methodological problems the paper itself lists for its approach?',
		options: [
			{ id: 'a', text: 'The attention (QK) computation goes unexplained' },
			{ id: 'b', text: 'Interventions can only be run on the replacement model' },
			{ id: 'c', text: 'Unexplained "dark matter" sits in the error nodes' },
			{ id: 'd', text: 'Supernodes are formed by hand, which is subjective' },
			{ id: 'e', text: 'Large graphs without labels can take over an hour to understand' },
			{ id: 'f', text: 'The transcoder cannot be trained on open-source data' }
		],
		answers: ['a', 'c', 'd', 'e'],
		explanation:
			'The limitations section names missing attention circuits, reconstruction errors, features at the wrong level of abstraction (with manual, subjective supernodes) and graph complexity (making sense of a graph ten times the size of the paper’s pruned ones, with no labels, can take a researcher over an hour). The interventions are run in the original model, not only in the replacement, and nothing about the transcoder’s training data appears among the limitations the paper lists.',
		sources: {
			evidence: [
				{
					section: '14.1',
					text: "We don't explain how attention patterns are computed by the model, and often miss the interesting part of the computation as a result"
				},
				{
					section: '14.1',
					text: 'While this technique has proven quite helpful, the manual step is labor-intensive, subjective, and likely loses information'
				}
			],
			paper: ['14.1', '14', '2']
		}
	},
	{
		id: 'attribution-graphs-failure-cases',
		topic: 'attribution-graphs',
		type: 'multi',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'Which of these planned studies run into a failure case the paper names for its method?',
		options: [
			{ id: 'a', text: 'Explaining why the model does not switch to French in its reply' },
			{ id: 'b', text: 'Tracing a prompt several thousand tokens long' },
			{ id: 'c', text: 'Tracing a short rhyming couplet written in plain English' },
			{ id: 'd', text: 'A prompt about an obscure person, written in scrambled wording' },
			{ id: 'e', text: 'A completion that copies a word from earlier in the prompt' }
		],
		answers: ['a', 'b', 'd', 'e'],
		explanation:
			'The paper says its method struggles with "why does the model not do X?" questions, prompts beyond about a hundred tokens, unusual prompts with obscure entities or obfuscated language, and completions that copy an earlier word. A short couplet is not on that list; the poem study is one of the paper’s successes.',
		sources: {
			evidence: [
				{
					section: '14.1',
					text: 'we have not scaled our method to apply to prompts longer than about a hundred tokens'
				},
				{
					section: '14.1',
					text: 'This is because by default, our methods do not highlight inactive features and the reasons for their inactivity'
				}
			],
			paper: ['14.1', '14', '4']
		}
	},
	{
		id: 'attribution-graphs-intervention-kinds',
		topic: 'attribution-graphs',
		type: 'multi',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Which kinds of intervention do the authors use to test a graph’s story?',
		options: [
			{ id: 'a', text: 'Inhibiting a group of features in the original model' },
			{ id: 'b', text: 'Fine-tuning the model again with one feature removed from it' },
			{ id: 'c', text: 'Injecting a feature group the prompt would not activate' },
			{ id: 'd', text: 'Swapping one feature group for one taken from another prompt' },
			{ id: 'e', text: 'Asking the model to introspect on a named feature and report' }
		],
		answers: ['a', 'c', 'd'],
		explanation:
			'Validation means inhibiting, injecting or swapping feature groups in the original model and watching downstream features and the output. In the poem, planned-word and rhyme features are suppressed, and other rhymes and planned words injected; in the Dallas prompt, Texas features are swapped for California ones taken from an Oakland prompt, which turns Austin into Sacramento. No retraining is involved, and the model’s own reports are not used as evidence about its internals.',
		sources: {
			evidence: [
				{
					section: '4.1',
					text: 'We suppress features for planned words and rhyming schemes, and also inject different rhyming schemes and planned words.'
				},
				{
					section: '3.2',
					text: 'swap “Texas” for “California” by inhibiting the activations of the Texas cluster and activating the California features identified from the “Oakland” prompt'
				}
			],
			paper: ['1', '2', '3.2', '4.1']
		}
	},
	{
		id: 'attribution-graphs-what-a-graph-licenses',
		topic: 'attribution-graphs',
		type: 'multi',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'A team traces one prompt and confirms a path by inhibiting its features in the real model; the output shifts as the graph predicted. Which conclusions fit the paper’s own framing?',
		options: [
			{
				id: 'a',
				text: 'The mechanism is real and used on this prompt, though perhaps not the whole story'
			},
			{
				id: 'b',
				text: 'The model will apply the same logic if the prompt is reworded slightly'
			},
			{ id: 'c', text: 'The graph now shows every mechanism at work on this prompt' },
			{ id: 'd', text: 'The graph is a hypothesis that has survived a real test' },
			{ id: 'e', text: 'The account is now certain for the underlying model' }
		],
		answers: ['a', 'd'],
		explanation:
			'The paper treats its graphs as hypotheses and its examples as existence proofs: when an intervention comes out as the graph predicts, it gains confidence that the graph captures a real mechanism, though possibly not the whole of it. Its results are claims about specific prompts, other mechanisms are likely present, and it says graphs cannot yield conclusions "with certainty". Nor does a test on one prompt show that the logic carries over to a reworded one: the paper suspects similar mechanisms act beyond its examples but says it "cannot guarantee it", and where it does compare prompts (translations in §5.5, say) it traces each one.',
		sources: {
			evidence: [
				{
					section: '1.1',
					text: 'These examples serve as existence proofs — concrete evidence that specific mechanisms operate in certain contexts'
				},
				{
					section: '2',
					text: 'If the effects are consistent with what our attribution graph predicts, we gain confidence that the graph is capturing real (though potentially incomplete) mechanisms within the model'
				}
			],
			transcript: {
				section: 'introduction',
				text: 'even if you change the prompt slightly, it can still apply the same underlying logic'
			},
			paper: ['1.1', '2', '14']
		}
	},
	// ── true / false ───────────────────────────────────────────────────────────
	{
		id: 'attribution-graphs-tf-attention-replaced',
		topic: 'attribution-graphs',
		type: 'true-false',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The local replacement model swaps the attention layers for transcoder features, just as it does the MLP neurons.',
		answer: false,
		explanation:
			'Only the MLP neurons are replaced; the attention patterns from the real model are frozen in place. This is why the paper admits it does not explain attention’s QK computation.',
		sources: {
			evidence: [
				{
					section: '2',
					text: 'Our replacement model also doesn’t attempt to replace the attention layers of the original model'
				}
			],
			paper: ['2', '14']
		}
	},
	{
		id: 'attribution-graphs-tf-feature-labels',
		topic: 'attribution-graphs',
		type: 'true-false',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'Features get their labels from people who look at the dataset examples that activate them and at the outputs they promote.',
		answer: true,
		explanation:
			'Researchers read a feature’s visualization: the text examples where it activates and its "Top Outputs", the tokens it most directly pushes up. For an output feature such as "say Austin" the outputs count most, though the paper weighs them together with the contexts and the feature’s role in the graph. Labels are therefore rough interpretations, fixed before the interventions are run, which is one reason the paper tests its graphs that way.',
		sources: {
			evidence: [
				{
					section: '2',
					text: 'By examining a feature visualization consisting of different examples of text where the feature activates, we can give each feature a human-interpretable label'
				},
				{
					section: '3',
					text: 'Designating a feature as an “output feature” requires a holistic evaluation of its top direct outputs, the contexts in which it activates, and its role in the attribution graph'
				}
			],
			paper: ['2', '3']
		}
	},
	{
		id: 'attribution-graphs-tf-exact-means-certain',
		topic: 'attribution-graphs',
		type: 'true-false',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'Because the local replacement model reproduces the original model exactly on its prompt, the authors run their validating interventions on the replacement model rather than on the original.',
		answer: false,
		explanation:
			'The match is exact only because error nodes absorb what the transcoder misses and attention is frozen, so the graph remains a hypothesis about the real model. That is why the interventions that test it are made in the original model, with effects on its actual output weighed most.',
		sources: {
			evidence: [
				{
					section: '2',
					text: 'we can perform intervention experiments in the original model, such as inhibiting feature groups and observing their effects on other features and on the model’s output'
				},
				{
					section: '2',
					text: 'we cannot use attribution graphs to draw conclusions with certainty about the underlying model'
				}
			],
			transcript: {
				section: 'introduction',
				text: 'It’s like creating a roadmap for understanding the model’s thought processes.'
			},
			paper: ['2', '14']
		}
	},
	{
		id: 'attribution-graphs-tf-unknown-name-faithfulness',
		topic: 'attribution-graphs',
		type: 'true-false',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'When the authors activated an "unknown names" feature on the Michael Jordan prompt, the model declined to answer, just as their attribution graph had suggested it would.',
		answer: false,
		explanation:
			'This is the paper’s own example of a graph failing an intervention: the graph implied that turning on "unknown names" would produce a refusal, but it did not. The paper files it under mechanistic faithfulness, a reminder that a path drawn in the graph is a hypothesis that the real model may not bear out.',
		sources: {
			evidence: [
				{
					section: '8.2',
					text: 'For instance, activating the “unknown names” features is apparently not sufficient to induce a refusal in the Michael Jordan prompt'
				},
				{
					section: '14.1',
					text: 'where activating an “unknown names” feature failed to lead to a refusal, even though our attribution graph analysis suggested it would'
				}
			],
			paper: ['14.1', '8.2', '2', '14', '8']
		}
	},
	{
		id: 'attribution-graphs-tf-qual-quant',
		topic: 'attribution-graphs',
		type: 'true-false',
		difficulty: 'mechanism',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'The episode says the method "combines qualitative and quantitative analyses". In the paper, the quantitative side is a score of how closely each prompt’s local replacement model matches the original, and graphs are drawn only for prompts that pass it.',
		answer: false,
		explanation:
			'No score decides which prompts get a graph. The authors trace prompts and keep as case studies those where the graph gave them "satisfying insight", about a quarter of the prompts tried, which is a judgement call rather than a threshold; they call such qualitative investigations the best judge of a method and leave systematic evaluation to the companion methods paper. Error nodes do show how much of a graph is unexplained (graphs dominated by them are uninformative, §14), but the paper sets no pass mark on them.',
		sources: {
			evidence: [
				{
					section: '1.1',
					text: 'we’ve found that our attribution graphs provide us with satisfying insight for about a quarter of the prompts we’ve tried'
				},
				{
					section: '1.1',
					text: 'However, we believe that these qualitative investigations are ultimately the best judge of a method’s value'
				}
			],
			transcript: {
				section: 'key-concepts-1',
				text: 'they introduce their own approach, which combines qualitative and quantitative analyses'
			},
			paper: ['1.1', '2', '14']
		}
	},
	{
		id: 'attribution-graphs-tf-position-matters',
		topic: 'attribution-graphs',
		type: 'true-false',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'In the poem study, steering the planned word (suppressing "rabbit" and "habit", injecting "green") changed the line’s ending when applied on the token "it" that closes the first line, as well as on the newline after it.',
		answer: false,
		explanation:
			'The paper varied the steering position and found an effect only at the newline, where the planning features are active; on "it" and the other tokens it did nothing. So a steering attempt that fails at one position says little about a feature’s role: it may simply have been applied where the information is not held.',
		sources: {
			evidence: [
				{
					section: '4.2',
					text: 'We observe that the steering intervention only has an effect over the newline planning token'
				},
				{
					section: '4.2',
					text: 'Steering is only successful when done at the planning location (newline)'
				}
			],
			paper: ['4.2', '4', '13']
		}
	},
	// ── typed ──────────────────────────────────────────────────────────────────
	{
		id: 'attribution-graphs-typed-clt',
		topic: 'attribution-graphs',
		type: 'typed',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The replacement model is built around one trained component, which takes the place of Claude 3.5 Haiku’s MLP neurons with sparse, often interpretable features. What is that component called?',
		accepted: [
			'cross-layer transcoder',
			'CLT',
			'crosslayer transcoder',
			'transcoder',
			'cross-layer transcoders'
		],
		explanation:
			'A cross-layer transcoder (CLT) with 30 million features is trained to replace the MLP neurons, whose polysemantic behaviour makes them hard to read. Its features act as the "replacement neurons" that appear in the graphs. "Replacement model" names the whole stand-in built on the CLT, not the trained component itself; add error nodes and frozen attention for one prompt and it becomes the local replacement model.',
		sources: {
			evidence: [
				{
					section: '2',
					text: 'Our replacement model is based on a cross-layer transcoder (CLT) architecture'
				},
				{
					section: '2',
					text: 'which is trained to replace the model’s MLP neurons with features, sparsely active “replacement neurons” that often represent interpretable concepts'
				}
			],
			paper: ['2']
		}
	},
	{
		id: 'attribution-graphs-typed-supernodes',
		topic: 'attribution-graphs',
		type: 'typed',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'After pruning, related features in an attribution graph are grouped by hand. What are these groups called?',
		accepted: ['supernodes', 'supernode', 'super nodes', 'super-nodes'],
		explanation:
			'Supernodes gather features with related meanings, such as several "Texas" features, into one box of the graph. The paper admits that forming them by hand is manual and subjective, part of the problem of features sitting at the wrong level of abstraction.',
		sources: {
			evidence: [
				{
					section: '2',
					text: 'By manually grouping these related graph nodes together into supernodes, we can obtain a simplified depiction of the computational steps performed by the model'
				}
			],
			paper: ['2', '14']
		}
	},
	{
		id: 'attribution-graphs-typed-error-nodes',
		topic: 'attribution-graphs',
		type: 'typed',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'Which nodes of the local replacement model carry the part of the original computation that the transcoder fails to reconstruct?',
		accepted: ['error nodes', 'error node', 'errors', 'reconstruction errors'],
		explanation:
			'Error nodes close the gap between the transcoder’s reconstruction and the real model, which is what lets the replacement match the original exactly on one prompt. What passes through them is uninterpreted, the "dark matter" of the limitations section.',
		sources: {
			evidence: [
				{
					section: '2',
					text: 'We can fill in these gaps by including error nodes which represent the discrepancy between the two models'
				},
				{
					section: '14.1',
					text: 'The remaining “dark matter” manifests as error nodes in our attribution graphs, which (unlike features) have no interpretable function'
				}
			],
			paper: ['14.1', '2', '14']
		}
	},
	{
		id: 'attribution-graphs-typed-superposition',
		topic: 'attribution-graphs',
		type: 'typed',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The model’s neurons are polysemantic, each responding to many unrelated things. What phenomenon does the paper say this is thought to arise, at least in part, from?',
		accepted: ['superposition', 'feature superposition'],
		explanation:
			'In superposition a model packs in more concepts than it has neurons, so concepts have to share neurons; the paper offers this as part of the reason, not the whole story. Because neurons are hard to read, the paper does not trace them directly: it trains a cross-layer transcoder whose sparsely active features often stand for interpretable concepts.',
		sources: {
			evidence: [
				{
					section: '2',
					text: 'One reason models are difficult to interpret is that their neurons are typically polysemantic'
				},
				{
					section: '2',
					text: 'This issue is thought to arise in part because of a phenomenon known as superposition'
				}
			],
			paper: ['2']
		}
	},
	// ── cloze ──────────────────────────────────────────────────────────────────
	{
		id: 'attribution-graphs-cloze-replacement-model',
		topic: 'attribution-graphs',
		type: 'cloze',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Fill in how the local replacement model is put together for one prompt.',
		text: 'Transcoder features stand in for the MLP neurons, {{1}} nodes make up for what the transcoder misses, and the {{2}} patterns of the original model are kept frozen. On that prompt the result reproduces the original model {{3}}.',
		gaps: [['error'], ['attention'], ['exactly', 'exact', 'perfectly']],
		explanation:
			'The two additions, error nodes and frozen attention, are what make the copy exact on that one prompt. Exactness is bought rather than earned: the error nodes are uninterpreted and attention is taken as given.',
		sources: {
			evidence: [
				{
					section: '2',
					text: 'It is “local” to a given prompt because error nodes and attention patterns vary between different prompts'
				},
				{
					section: '2',
					text: 'It produces the exact same output as the original model, but replaces as much computation as possible with features'
				}
			],
			paper: ['2']
		}
	},
	{
		id: 'attribution-graphs-cloze-graph-anatomy',
		topic: 'attribution-graphs',
		type: 'cloze',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Complete the description of an attribution graph.',
		text: 'Besides features, a graph holds error nodes for what the replacement model fails to reconstruct, and it is traced back from an output {{1}}, such as the one for "rabbit"; its edges stand for {{2}} interactions. To make it readable it is {{3}}, keeping only what matters most, and people merge related features into {{4}}.',
		gaps: [
			['node', 'nodes', 'logit', 'logits', 'token', 'tokens'],
			['causal'],
			['pruned', 'trimmed'],
			['supernodes', 'supernode', 'super nodes']
		],
		explanation:
			'A graph runs from the prompt’s tokens through features (and error nodes, which mark what the transcoder misses) to the output it explains, as the poem graph is traced back from the "rabbit" output node. Causal edges, pruning away what contributes little, and hand-made supernodes then turn a sprawling computation into something a person can read. Pruning and grouping involve choices, which is why the graph remains a hypothesis to test.',
		sources: {
			evidence: [
				{
					section: '2',
					text: 'in which nodes represent features and edges represent the causal interactions between them'
				},
				{
					section: '4.1',
					text: 'The attribution graph above, computed by attributing back from the “rabbit” output node'
				}
			],
			paper: ['2', '4.1']
		}
	},
	{
		id: 'attribution-graphs-cloze-existence-proofs',
		topic: 'attribution-graphs',
		type: 'cloze',
		difficulty: 'recall',
		depth: 3,
		answerableFrom: 'paper',
		prompt: 'Fill in how the authors themselves describe the examples they show.',
		text: 'The case studies are {{1}} proofs, and the set presented is a {{2}} sample, because it shows cases where the method worked.',
		gaps: [['existence'], ['biased']],
		explanation:
			'An existence proof shows that a mechanism occurs, not how often or how generally. The authors call the selection biased towards successes and say it covers only a small fraction of the mechanisms.',
		sources: {
			evidence: [
				{
					section: '1.1',
					text: 'These examples serve as existence proofs — concrete evidence that specific mechanisms operate in certain contexts'
				},
				{
					section: '1.1',
					text: 'Moreover, the cases we have chosen to highlight are undoubtedly a biased sample shaped by the limitations of our tools'
				}
			],
			paper: ['1.1']
		}
	},
	// ── ordering ───────────────────────────────────────────────────────────────
	{
		id: 'attribution-graphs-order-pipeline',
		topic: 'attribution-graphs',
		type: 'ordering',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Put the steps of the circuit-tracing workflow in order.',
		items: [
			{ id: 'a', text: 'Train a cross-layer transcoder to stand in for the MLP neurons' },
			{
				id: 'b',
				text: 'Build a local replacement model for the prompt, with error nodes and frozen attention'
			},
			{ id: 'c', text: 'Trace the attribution graph of features and their causal edges' },
			{ id: 'd', text: 'Prune the graph and group related features into supernodes' },
			{
				id: 'e',
				text: 'Test the story by inhibiting, injecting or swapping features in the original model'
			}
		],
		explanation:
			'The transcoder is trained once; everything after it is done per prompt. The replacement model gives the graph, pruning and supernodes make it readable, and only the interventions in the real model turn the graph from a picture into a tested hypothesis.',
		sources: {
			evidence: [
				{
					section: '2',
					text: 'which is trained to replace the model’s MLP neurons with features, sparsely active “replacement neurons” that often represent interpretable concepts'
				},
				{
					section: '2',
					text: 'By manually grouping these related graph nodes together into supernodes, we can obtain a simplified depiction of the computational steps performed by the model'
				}
			],
			transcript: {
				section: 'introduction',
				text: 'the authors are using a circuit tracing methodology to map out the features and interactions inside the model'
			},
			paper: ['2']
		}
	},
	{
		id: 'attribution-graphs-order-typical-path',
		topic: 'attribution-graphs',
		type: 'ordering',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'The paper often sees paths run from input features through abstract features to output features. Apply that pattern to the graph for "The chemical symbol for gold is" → "Au", one of the prompts §5.5 traces, and order these nodes as the pattern predicts.',
		items: [
			{ id: 'a', text: 'Input token "gold"' },
			{ id: 'b', text: 'Features for the word "gold" as written text' },
			{ id: 'c', text: 'An abstract feature for the element gold' },
			{ id: 'd', text: 'A "say Au" output feature' },
			{ id: 'e', text: 'Output logit "Au"' }
		],
		explanation:
			'Among its commonly observed components the paper lists a flow from input features to abstract features to output features (detokenization, abstraction, retokenization), with tokens at the start and logits at the end. §5.5 shows the middle of this very path: multilingual "gold" features feed "atomic symbols" and then "say Au" features, the same nodes in English, French and Chinese. The Dallas example runs the same way: the token, Dallas features, Texas, "say Austin", then "Austin".',
		sources: {
			evidence: [
				{
					section: '13',
					text: 'Typically, more abstract features representing higher-level concepts or computations reside in the middle of graphs'
				},
				{
					section: '13',
					text: 'This is broadly consistent with the detokenization → abstract features → retokenization picture'
				}
			],
			paper: ['13', '5.5', '2', '3']
		}
	},
	// ── matching ───────────────────────────────────────────────────────────────
	{
		id: 'attribution-graphs-match-components',
		topic: 'attribution-graphs',
		type: 'matching',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Match each part of the method to the job it does.',
		pairs: [
			{
				id: 'a',
				left: 'Cross-layer transcoder',
				right: 'Replaces the MLP neurons with sparse features'
			},
			{ id: 'b', left: 'Error nodes', right: 'Carry what the transcoder fails to reconstruct' },
			{
				id: 'c',
				left: 'Frozen attention',
				right: 'Keeps the original flow of information between tokens'
			},
			{ id: 'd', left: 'Pruning', right: 'Cuts the graph down to its important parts' },
			{ id: 'e', left: 'Supernodes', right: 'Hand-made groups of related features' }
		],
		explanation:
			'The transcoder and error nodes together stand in for the MLP computation, and frozen attention keeps the real model’s token-to-token moves. Pruning and supernodes come afterwards and serve readability, which is also where the human judgment enters.',
		sources: {
			evidence: [
				{
					section: '2',
					text: 'We can fill in these gaps by including error nodes which represent the discrepancy between the two models'
				},
				{
					section: '2',
					text: 'On any given prompt, we simply use the attention patterns of the original model and treat them as fixed components'
				}
			],
			paper: ['2']
		}
	},
	{
		id: 'attribution-graphs-match-interventions',
		topic: 'attribution-graphs',
		type: 'matching',
		difficulty: 'recall',
		depth: 3,
		answerableFrom: 'paper',
		prompt: 'Match each intervention to what the model then did.',
		pairs: [
			{
				id: 'a',
				left: 'Inhibit the Dallas features (−2×)',
				right: 'Other state capitals, e.g. Albany 34%'
			},
			{ id: 'b', left: 'Swap Texas features for California ones', right: 'Sacramento at 97%' },
			{
				id: 'c',
				left: 'Inhibit the "say a capital" features',
				right: 'Completions that are not capitals'
			},
			{
				id: 'd',
				left: 'Suppress "rabbit" at the newline',
				right: '"habit" as the last word (95%, line prefix fixed)'
			},
			{ id: 'e', left: 'Add a "make a bomb" feature on BOMB (10×)', right: 'An immediate refusal' }
		],
		explanation:
			'Each result checks a link in a graph: knock out or swap a node and the output moves the way the graph predicts. The Texas-to-California swap is the cleanest case, since the answer follows the swapped state, while the poem and jailbreak results show the same logic in other case studies.',
		sources: {
			evidence: [
				{
					section: '3.1',
					text: 'inhibiting the “Dallas” cluster causes the model to output other state capitals, while inhibiting the “say a capital” cluster causes it to output non-capital completions'
				},
				{
					section: '2',
					text: 'we can perform intervention experiments in the original model, such as inhibiting feature groups and observing their effects on other features and on the model’s output'
				}
			],
			paper: ['3.1', '3', '4', '10', '2']
		}
	},
	{
		id: 'attribution-graphs-match-limitations',
		topic: 'attribution-graphs',
		type: 'matching',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt: 'Match each limitation the paper lists to where it shows up.',
		pairs: [
			{
				id: 'a',
				left: 'Missing attention circuits',
				right: 'No account of why the model attends to the user’s hinted answer'
			},
			{
				id: 'b',
				left: 'Mechanistic faithfulness',
				right: 'Unknown-name features did not make it refuse about Michael Jordan'
			},
			{
				id: 'c',
				left: 'Graph complexity',
				right: 'A big unlabelled graph can take over an hour to read'
			},
			{
				id: 'd',
				left: 'Features at the wrong level of abstraction',
				right: 'Supernodes formed by hand, a subjective call'
			},
			{ id: 'e', left: 'Reconstruction errors', right: '"Dark matter" left in the error nodes' }
		],
		explanation:
			'Attention is frozen, so in the chain-of-thought case the method cannot say why the model looks at the hint; and an intervention that fails to do what the graph implies, as with the unknown-name features, is a faithfulness problem. The rest follow from how graphs are built: error nodes hold the unexplained remainder, and large unlabelled graphs are slow to read while supernodes need subjective grouping.',
		sources: {
			evidence: [
				{
					section: '14.1',
					text: 'Now consider the difficulty of understanding one of these graphs at ten times the size, without any labels'
				},
				{
					section: '14.1',
					text: 'While this technique has proven quite helpful, the manual step is labor-intensive, subjective, and likely loses information'
				}
			],
			paper: ['14.1', '14', '11', '8']
		}
	},
	{
		id: 'attribution-graphs-match-episode-phrases',
		topic: 'attribution-graphs',
		type: 'matching',
		difficulty: 'transfer',
		depth: 1,
		answerableFrom: 'paper',
		prompt: 'Match each phrase from the episode with what the paper actually offers.',
		pairs: [
			{
				id: 'a',
				left: '"a wiring diagram of the model’s brain"',
				right: 'Apt: the paper likens its tools to a neuroscientist’s wiring diagram'
			},
			{
				id: 'b',
				left: '"a comprehensive framework"',
				right: 'Partial: satisfying insight for only about a quarter of the prompts tried'
			},
			{
				id: 'c',
				left: '"categorize the reasoning patterns"',
				right: 'No taxonomy of reasoning types, only separate case studies'
			},
			{
				id: 'd',
				left: '"qualitative and quantitative analyses"',
				right: 'Mostly qualitative case studies; the systematic evaluation is in a companion paper'
			}
		],
		explanation:
			'Only the wiring-diagram image matches the paper, which uses it in its introduction for tools that identify features and map the connections between them. The other phrases overstate or blur the work: coverage is partial, there is no taxonomy of reasoning, and the paper is a set of qualitative case studies, which its authors call the best judge of a method, with the systematic measurements left to the companion methods paper.',
		sources: {
			evidence: [
				{
					section: '1',
					text: 'a new set of tools for identifying features and mapping connections between them – analogous to neuroscientists producing a “wiring diagram” of the brain'
				},
				{
					section: '1.1',
					text: 'we’ve found that our attribution graphs provide us with satisfying insight for about a quarter of the prompts we’ve tried'
				}
			],
			transcript: {
				section: 'key-concepts-1',
				text: 'So they’re really trying to create a comprehensive framework for understanding AI reasoning?'
			},
			paper: ['1', '1.1', '2']
		}
	},
	// ── added for issue 12: cross-layer edges, constrained patching, labels fixed first, lower bound ──
	{
		id: 'attribution-graphs-cross-layer-long-range',
		topic: 'attribution-graphs',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The paper notes that its graphs are full of edges that jump from early-layer features straight to much later ones, or even to the output. What does it say about why?',
		options: [
			{
				id: 'a',
				text: 'They are left by pruning, which removes the middle nodes a path ran through'
			},
			{
				id: 'b',
				text: 'They run through the residual stream and would look the same with per-layer transcoders'
			},
			{
				id: 'c',
				text: 'They occur anyway, but a transcoder writing to every later layer makes them prominent'
			},
			{
				id: 'd',
				text: 'They are attention edges, since attention carries features forward through the layers'
			}
		],
		answer: 'c',
		explanation:
			'A feature in one layer can have direct edges to features in any later layer. With single-layer transcoders such skips would still occur through the residual stream, but the paper says cross-layer transcoders make long-range edges much more prominent, so "they would look the same" is the near miss. Pruning removes edges rather than creating them, and attention, frozen at the original model’s patterns, only carries features between token positions; it does not create edges that skip layers.',
		sources: {
			evidence: [
				{
					section: '13',
					text: 'Features in any given layer may have direct output edges to features in any downstream layer – that is, edges can “skip” layers'
				},
				{
					section: '13',
					text: 'however, using cross-layer transcoders makes long-range edges much more prominent'
				}
			],
			paper: ['13', '2']
		}
	},
	{
		id: 'attribution-graphs-constrained-patching',
		topic: 'attribution-graphs',
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'An intervention made with "constrained patching" changes a feature that sits before the intervention layer exactly as the graph predicted. How much does that confirm?',
		options: [
			{
				id: 'a',
				text: 'A good deal, since it is a direct test run in the original model'
			},
			{
				id: 'b',
				text: 'Little: before that layer the agreement is built into how the patch works'
			},
			{
				id: 'c',
				text: 'Little: constrained patching is run on the replacement model, not the original'
			},
			{ id: 'd', text: 'Some: it confirms the direct edge, though not the longer paths' }
		],
		answer: 'b',
		explanation:
			'Constrained patching clamps activations before the intervention layer, so indirect effects cannot show up there and the graph’s direct predictions must agree: the paper calls this validation trivial, so it does not even confirm the direct edge. The interventions are run in the original model, so "replacement model" is the wrong reason. Effects after that layer can diverge from the graph, and effects on the model’s actual output are the evidence the paper weighs most.',
		sources: {
			evidence: [
				{
					section: '2',
					text: 'which clamps activations prior to the intervention layer at perturbed values, preventing any indirect effects of the perturbation from manifesting prior to the intervention layer'
				},
				{
					section: '2',
					text: 'Thus, effects of perturbations on features prior to the intervention layer are guaranteed to agree with the direct effects predicted by the attribution graph'
				}
			],
			paper: ['2']
		}
	},
	{
		id: 'attribution-graphs-tf-labels-before-tests',
		topic: 'attribution-graphs',
		type: 'true-false',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The authors choose their feature labels and supernode groupings before they measure what the perturbation experiments do.',
		answer: true,
		explanation:
			'Fixing the labels and groups first means an intervention can genuinely fail: the story cannot be redrawn afterwards to fit whatever the perturbation showed. The paper states this explicitly in its method overview, alongside the caveat that validation is stronger for some kinds of effect than others.',
		sources: {
			evidence: [
				{
					section: '2',
					text: 'Importantly, we choose our feature labelings and supernode groupings prior to measuring perturbation results'
				}
			],
			paper: ['2']
		}
	},
	{
		id: 'attribution-graphs-generalization-lower-bound',
		topic: 'attribution-graphs',
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'You find the same addition feature active across three of your ten arithmetic prompts. Going by the paper’s discussion, how should you read "three of ten" as a measure of how far the mechanism generalizes?',
		options: [
			{
				id: 'a',
				text: 'Upper bound: one feature can serve different mechanisms on different prompts'
			},
			{ id: 'b', text: 'Fair estimate: the transcoder gives each mechanism one dedicated feature' },
			{ id: 'c', text: 'Lower bound: two distinct features can carry the same mechanism' },
			{ id: 'd', text: 'Upper bound: features that recur are mostly generic token detectors' }
		],
		answer: 'c',
		explanation:
			'The paper says the generalization it can detect is only a lower bound, because of feature splitting: the same mechanism can be carried by two different features on different prompts, and the method would count them as different. So seeing a feature recur shows sharing, while not seeing it does not show its absence; the transcoder does not guarantee one feature per mechanism.',
		sources: {
			evidence: [
				{
					section: '15.2',
					text: 'However, the degree of generalization we identify is only a lower bound'
				},
				{ section: '15.2', text: 'two distinct features might contribute to the same mechanisms' }
			],
			paper: ['15.2', '14']
		}
	},
	{
		id: 'attribution-graphs-episode-what-graphs-show',
		topic: 'attribution-graphs',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt: 'According to the episode, what do attribution graphs let the researchers do?',
		options: [
			{ id: 'a', text: 'Trace each output back to the training documents that taught it' },
			{ id: 'b', text: 'Visualize how different features interact and lead to specific outputs' },
			{ id: 'c', text: 'Rank the model’s neurons by how strongly each one fires on a prompt' },
			{ id: 'd', text: 'Compare the features one model learns with those of other models' }
		],
		answer: 'b',
		explanation:
			'Here the episode matches the paper: a graph represents the steps by which the model reaches an output on one prompt, with features as nodes and their causal interactions as edges. "Attribution" here is not data attribution: the graphs do not trace outputs to training documents, and they work with transcoder features rather than ranking raw neurons or comparing models.',
		sources: {
			evidence: [
				{
					section: '2',
					text: 'we produce attribution graphs, a graphical representation of the computational steps the model uses to determine its output for a particular input'
				},
				{
					section: '2',
					text: 'in which nodes represent features and edges represent the causal interactions between them'
				}
			],
			transcript: {
				section: 'introduction',
				text: 'They’re using what they call attribution graphs to visualize how different features interact and lead to specific outputs.'
			},
			paper: ['2']
		}
	}
];

export const flashcards: Flashcard[] = [
	{
		id: 'attribution-graphs-card-feature',
		topic: 'attribution-graphs',
		kind: 'concept',
		difficulty: 'recall',
		front: 'In this paper, what is a "feature"?',
		back: 'A sparsely active, often interpretable unit of the transcoder that replaces the polysemantic MLP neurons; the paper hypothesizes that features are the basic units of computation, as cells are in biology.',
		explanation:
			'Neurons mix many meanings, so the paper works with transcoder features instead and labels them by hand. The biology analogy makes features the cells of the model, though the authors warn against taking it too literally.',
		sources: {
			evidence: [
				{
					section: '2',
					text: 'which is trained to replace the model’s MLP neurons with features, sparsely active “replacement neurons” that often represent interpretable concepts'
				},
				{
					section: '1',
					text: 'Just as cells form the building blocks of biological systems, we hypothesize that features form the basic units of computation inside models'
				}
			],
			transcript: {
				section: 'introduction',
				text: 'the authors are using a circuit tracing methodology to map out the features and interactions inside the model'
			},
			paper: ['1', '2']
		}
	},
	{
		id: 'attribution-graphs-card-clt-size',
		topic: 'attribution-graphs',
		kind: 'concept',
		difficulty: 'recall',
		front:
			'How many features does the main cross-layer transcoder have, and does that size guarantee a feature for every concept the model uses?',
		back: '30 million across all layers, and no: it can only show concepts it has learned features for, and it is less likely to have them for obscure ones.',
		explanation:
			'Thirty million sounds exhaustive, but a graph can only be as good as the features the transcoder happened to learn. Where one is missing, the computation shows up as error nodes; for prompts about obscure entities the graph can be all but unreadable, and the poems study names a missing feature as one possible reason planning was found in only about half the poems. (The hidden-goal model of §12 had its own, smaller transcoder of 10 million features.)',
		sources: {
			evidence: [
				{
					section: '2',
					text: 'In this paper, we use a CLT with a total of 30 million features across all layers'
				},
				{
					section: '14.1',
					text: 'Our CLTs can only reveal computation for which they have learned the relevant features, and are less likely to have learned features for obscure concepts'
				}
			],
			paper: ['2', '14.1', '14', '4', '12.2', '12']
		}
	},
	{
		id: 'attribution-graphs-card-local-replacement',
		topic: 'attribution-graphs',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'What is the local replacement model?',
		back: 'For one prompt: transcoder features in place of MLP neurons, plus error nodes and frozen attention patterns, so it reproduces the original model exactly on that prompt.',
		explanation:
			'It is "local" because error nodes and attention are fixed for a single prompt. The attribution graph is read off this model, so anything hidden in its error nodes or attention stays unexplained.',
		sources: {
			evidence: [
				{
					section: '2',
					text: 'It is “local” to a given prompt because error nodes and attention patterns vary between different prompts'
				},
				{
					section: '2',
					text: 'It produces the exact same output as the original model, but replaces as much computation as possible with features'
				}
			],
			paper: ['2']
		}
	},
	{
		id: 'attribution-graphs-card-error-nodes',
		topic: 'attribution-graphs',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'What do error nodes represent, and why do they matter for interpretation?',
		back: 'The part of the computation the transcoder fails to reconstruct; it is uninterpreted "dark matter", so a path through an error node is a gap in the explanation.',
		explanation:
			'Error nodes are what make the replacement exact, but they carry no meaning of their own. The paper lists reconstruction errors among its methodological limitations.',
		sources: {
			evidence: [
				{
					section: '2',
					text: 'Unlike features, we can’t interpret error nodes. But including them gives us a more precise sense of how incomplete our explanations are'
				},
				{
					section: '14.1',
					text: 'The remaining “dark matter” manifests as error nodes in our attribution graphs, which (unlike features) have no interpretable function'
				}
			],
			paper: ['14.1', '2', '14']
		}
	},
	{
		id: 'attribution-graphs-card-supernodes',
		topic: 'attribution-graphs',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'What are supernodes, and what is their weak spot?',
		back: 'Groups of related features merged by hand into one node; the grouping is manual and subjective.',
		explanation:
			'Supernodes make a graph readable by merging features with related meanings into one node. Because people decide the grouping, the paper lists it, next to feature splitting, under features at the wrong level of abstraction.',
		sources: {
			evidence: [
				{
					section: '2',
					text: 'By manually grouping these related graph nodes together into supernodes, we can obtain a simplified depiction of the computational steps performed by the model'
				},
				{
					section: '14.1',
					text: 'While this technique has proven quite helpful, the manual step is labor-intensive, subjective, and likely loses information'
				}
			],
			paper: ['14.1', '2', '14']
		}
	},
	{
		id: 'attribution-graphs-card-pruning',
		topic: 'attribution-graphs',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'What does pruning do to an attribution graph?',
		back: 'It cuts the nodes and edges that add little to the output, leaving a graph small enough to read and label.',
		explanation:
			'A full graph is too large to read, so only the paths that matter most for the output are kept, and the remaining features are then grouped into supernodes. Pruning is itself a simplification: the graphs the paper shows are heavily pruned and pre-labelled, and the authors note that a graph ten times the size, without labels, can take one of them over an hour to understand.',
		sources: {
			evidence: [
				{
					section: '2',
					text: 'we prune them to their most important components by removing nodes and edges that do not contribute significantly to the model’s output'
				},
				{
					section: '2',
					text: 'We trace from input to output through active features, pruning paths that don’t influence the output'
				}
			],
			paper: ['14.1', '2', '14']
		}
	},
	{
		id: 'attribution-graphs-card-validation',
		topic: 'attribution-graphs',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'How does the paper check that a graph’s story is real?',
		back: 'By intervening in the original model (inhibiting, injecting or swapping feature groups, with "constrained patching") and checking downstream features and, above all, the output.',
		explanation:
			'The graph comes from a replacement model, so the test has to be run on the real one. Effects on actual outputs are the validation the paper weighs most, as when swapping in California features makes the model answer Sacramento.',
		sources: {
			evidence: [
				{
					section: '2',
					text: 'we can perform intervention experiments in the original model, such as inhibiting feature groups and observing their effects on other features and on the model’s output'
				},
				{
					section: '2',
					text: 'In general, we regard the effects of interventions on the model’s actual outputs as the most important source of validation'
				}
			],
			paper: ['2', '3']
		}
	},
	{
		id: 'attribution-graphs-card-what-graphs-prove',
		topic: 'attribution-graphs',
		kind: 'concept',
		difficulty: 'transfer',
		front: 'A graph is confirmed by an intervention. What has been shown, and what has not?',
		back: 'Shown: this mechanism exists and is used on this prompt (an existence proof). Not shown: that it is the only mechanism, that it generalizes, or that the account is certain.',
		explanation:
			'The paper calls graphs hypotheses and says it cannot draw conclusions about the model with certainty. Its examples capture only a small fraction of mechanisms, and results are claims about specific prompts; seeing a mechanism can raise trust or lower it.',
		sources: {
			evidence: [
				{
					section: '1.1',
					text: 'These examples serve as existence proofs — concrete evidence that specific mechanisms operate in certain contexts'
				},
				{
					section: '2',
					text: 'we cannot use attribution graphs to draw conclusions with certainty about the underlying model'
				}
			],
			transcript: {
				section: 'closing',
				text: 'If we can see how they operate, we can better trust them—or not.'
			},
			paper: ['1.1', '2', '14', '7']
		}
	},
	{
		id: 'attribution-graphs-card-quarter',
		topic: 'attribution-graphs',
		kind: 'concept',
		difficulty: 'recall',
		front: 'For what share of prompts tried did attribution graphs give satisfying insight?',
		back: 'About a quarter.',
		explanation:
			'The authors are open that their shown examples are successes and a biased sample. This one figure is the best answer to the episode’s talk of a comprehensive framework.',
		sources: {
			evidence: [
				{
					section: '1.1',
					text: 'we’ve found that our attribution graphs provide us with satisfying insight for about a quarter of the prompts we’ve tried'
				}
			],
			paper: ['1.1']
		}
	},
	{
		id: 'attribution-graphs-card-scale-limits',
		topic: 'attribution-graphs',
		kind: 'concept',
		difficulty: 'recall',
		front: 'How long a prompt can the method handle, and how long does a graph take to understand?',
		back: 'Prompts of about a hundred tokens at most so far. Time varies: a large unlabelled graph can take over an hour, while on a working graph key mechanisms can show up in under ten minutes and the overall picture in 1–2 hours.',
		explanation:
			'The limitations section ties the hour to a graph ten times the size of the pruned, labelled ones shown; the discussion reports the faster times for a trained eye when the method works. Both explain why the case studies use short prompts.',
		sources: {
			evidence: [
				{
					section: '14.1',
					text: 'we have not scaled our method to apply to prompts longer than about a hundred tokens'
				},
				{
					section: '15.3.2',
					text: 'key mechanisms in a graph can pop out in under ten minutes of investigation, and the overall picture is usually clear within 1–2 hours'
				}
			],
			paper: ['15.3', '14.1', '14']
		}
	},
	{
		id: 'attribution-graphs-card-contrast-qual-quant',
		topic: 'attribution-graphs',
		kind: 'contrast',
		claim: 'C22',
		difficulty: 'mechanism',
		front:
			'Episode: a mix of "qualitative and quantitative analyses". Where, in fact, does human judgement enter the paper’s pipeline?',
		back: 'At several steps: labelling features from their visualizations and top outputs, deciding which count as output features, hand-grouping features into supernodes ("labor-intensive, subjective"), choosing intervention strengths, and distilling the simplified diagrams the paper presents (§1.1, §2, §3, §14). Interventions in the real model then test the resulting hypotheses.',
		explanation:
			'The episode’s phrase is fair as far as it goes: the paper calls its case studies "qualitative investigations" and backs them with measured intervention effects, with a more systematic evaluation in the companion paper. What the phrase hides is where the judgement lies: the story is read off the graph by people, which is why each graph is treated as a hypothesis to be checked in the real model.',
		sources: {
			evidence: [
				{
					section: '1.1',
					text: 'we will often present highly distilled and subjectively determined simplifications of the picture uncovered by our methods'
				},
				{
					section: '14.1',
					text: 'While this technique has proven quite helpful, the manual step is labor-intensive, subjective, and likely loses information'
				}
			],
			transcript: {
				section: 'key-concepts-1',
				text: 'they introduce their own approach, which combines qualitative and quantitative analyses'
			},
			paper: ['1.1', '2', '3', '3.1', '14.1', '14']
		}
	},
	{
		id: 'attribution-graphs-card-contrast-reasoning-types',
		topic: 'attribution-graphs',
		kind: 'contrast',
		claim: 'C24',
		difficulty: 'transfer',
		front:
			'Episode: the paper sorts reasoning into types (causal, analogy-making, moral). Instead of a ready-made taxonomy, how do the authors approach a behaviour?',
		back: 'Bottom-up (§15.3): trace a single prompt and let the mechanism show itself, which is how they went looking for improvisation in poems and found planning instead.',
		explanation:
			'A taxonomy decides the categories before looking; the paper argues for tracing first because its investigations kept turning up mechanisms the authors had not predicted, such as the planned rhyme and a hidden goal that was represented all the time. No list of reasoning types appears anywhere in it.',
		sources: {
			evidence: [
				{
					section: '15.3',
					text: 'A core motivation behind our work is to avoid top-down assumptions about the mechanistic hypothesis space'
				}
			],
			transcript: {
				section: 'key-concepts-1',
				text: 'They highlight several key reasoning types, like causal reasoning, analogy-making, and even moral reasoning.'
			},
			paper: ['15.3', '4', '12']
		}
	},
	{
		id: 'attribution-graphs-card-contrast-comprehensive',
		topic: 'attribution-graphs',
		kind: 'contrast',
		claim: 'C34',
		difficulty: 'transfer',
		front:
			'Episode: the authors are "really trying to create a comprehensive framework for understanding AI reasoning". How comprehensive do they say their method is?',
		back: 'Far from it, by their own account: satisfying insight on about a quarter of the prompts they tried, and even the successes capture only a small fraction of the model’s mechanisms (§1.1).',
		explanation:
			'The case studies are existence proofs picked from the successes, a sample the authors call biased by the limits of their tools, and they describe the method as a stepping stone. The same modesty covers safety: §15.2 warns the method could well miss the computation that matters for it.',
		sources: {
			evidence: [
				{
					section: '1.1',
					text: 'we’ve found that our attribution graphs provide us with satisfying insight for about a quarter of the prompts we’ve tried'
				},
				{
					section: '1.1',
					text: 'even in our successful case studies, the discoveries we highlight here only capture a small fraction of the mechanisms of the model'
				}
			],
			transcript: {
				section: 'key-concepts-1',
				text: 'So they’re really trying to create a comprehensive framework for understanding AI reasoning?'
			},
			paper: ['15.2', '1.1', '15']
		}
	},
	{
		id: 'attribution-graphs-card-contrast-cells',
		topic: 'attribution-graphs',
		kind: 'contrast',
		claim: 'C07',
		difficulty: 'recall',
		front:
			'The episode says the paper compares the model to cells, "complex systems shaped by billions of years of evolution". What does the paper actually compare to what?',
		back: 'Paper (§1): living organisms, shaped by evolution, to language models, shaped by simple training algorithms. Cells come in a separate analogy, as the counterpart of features, the basic units of computation.',
		explanation:
			'The paper’s point is that simple training algorithms produce complex mechanisms, much as evolution did for organisms. Features are then likened to cells, seen with a new tool as cells were with the microscope.',
		sources: {
			evidence: [
				{
					section: '1',
					text: 'Living organisms are complex systems which have been sculpted by billions of years of evolution'
				},
				{
					section: '1',
					text: 'Just as cells form the building blocks of biological systems, we hypothesize that features form the basic units of computation inside models'
				}
			],
			transcript: {
				section: 'introduction',
				text: 'They compare it to how cells are complex systems shaped by billions of years of evolution.'
			},
			paper: ['1']
		}
	},
	{
		id: 'attribution-graphs-card-contrast-toolkit',
		topic: 'attribution-graphs',
		kind: 'contrast',
		claim: 'C35',
		difficulty: 'transfer',
		front:
			'Episode: a toolkit "to evaluate AI systems more holistically". Is that what the graphs are for?',
		back: 'Not as such. Paper: a tool for tracing the mechanism behind one prompt at a time, with an interactive graph interface. Its stated aim is to understand models and "assess their fitness for purpose", and the authors see a path to safety audits, but warn the method is not ready to be relied on for them.',
		explanation:
			'Each graph is local to one prompt, and the method fails on long prompts and several other kinds of case. That makes it an investigative microscope, not a holistic evaluation of a system.',
		sources: {
			evidence: [
				{
					section: '2',
					text: 'we produce attribution graphs, a graphical representation of the computational steps the model uses to determine its output for a particular input'
				},
				{
					section: '15.2',
					text: 'we caution against exaggerating our methods’ readiness for this purpose'
				}
			],
			transcript: {
				section: 'key-concepts-1',
				text: 'It’s like building a toolkit that researchers and developers can use to evaluate AI systems more holistically.'
			},
			paper: ['15.2', '1', '2', '14', '15']
		}
	},
	{
		id: 'attribution-graphs-card-hint-attention',
		topic: 'attribution-graphs',
		kind: 'concept',
		difficulty: 'transfer',
		front: 'Why can the graphs not explain why the model pays attention to a user’s hinted answer?',
		back: 'Attention patterns are frozen in the local replacement model, so their QK computation is never traced.',
		explanation:
			'The chain-of-thought study hits this wall: it shows the model working backwards from the hint but not why it attends to the hint. Missing attention circuits head the paper’s list of methodological limits.',
		sources: {
			evidence: [
				{ section: '11.3', text: 'why does it choose to attend to the human’s answer hint at all' },
				{
					section: '14.1',
					text: "We don't explain how attention patterns are computed by the model, and often miss the interesting part of the computation as a result"
				}
			],
			paper: ['14.1', '11.3', '2', '11', '14']
		}
	},
	{
		id: 'attribution-graphs-card-wiring-diagram',
		topic: 'attribution-graphs',
		kind: 'concept',
		difficulty: 'recall',
		front: 'Is "a wiring diagram of the model’s brain" a fair image for the method?',
		back: 'Yes, it is the paper’s own image, with limits: each graph only partly traces the steps for one prompt, through a replacement model, not the wiring of the whole model.',
		explanation:
			'The paper likens its tools, which find features and map the connections between them, to neuroscientists producing a "wiring diagram" of the brain, so this is one of the episode’s accurate images. Keep its limits in view: a graph covers a single prompt, is read off a replacement model that captures the original only incompletely, and is pruned before anyone reads it.',
		sources: {
			evidence: [
				{
					section: '1',
					text: 'analogous to neuroscientists producing a “wiring diagram” of the brain'
				},
				{
					section: '1',
					text: 'which allow us to partially trace the chain of intermediate steps that a model uses to transform a specific input prompt into an output response'
				}
			],
			transcript: {
				section: 'introduction',
				text: 'So, it’s like they’re trying to build a wiring diagram of the model’s brain?'
			},
			paper: ['1', '1.1', '2']
		}
	},
	{
		id: 'attribution-graphs-card-steering-position',
		topic: 'attribution-graphs',
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'In the rhyming-couplet study, the authors steered away from "rabbit"/"habit" and toward "green" at each token in turn. Where did it work, and what does that teach about where to intervene?',
		back: 'Only at the newline planning token before the second line, where the plan is held. Intervene where the information is stored, often a special token such as a newline; steering at the wrong position can fail even for a feature that matters.',
		explanation:
			'The planned-word features are active only over the newline, and steering at any other token had no effect on the ending. The paper notes more generally that the model often stores important information on newlines, periods and other delimiters, so a null result at one position does not show a feature is unused there.',
		sources: {
			evidence: [
				{
					section: '13',
					text: 'we have observed that the model stores important information on new-line tokens, periods, or other punctuation/delimiters'
				},
				{
					section: '4.2',
					text: 'We observe that the steering intervention only has an effect over the newline planning token'
				}
			],
			paper: ['4.2', '4', '13']
		}
	},
	{
		id: 'attribution-graphs-card-microscope',
		topic: 'attribution-graphs',
		kind: 'concept',
		difficulty: 'recall',
		front: 'Which biology tool does the paper use as the model for its interpretability methods?',
		back: 'The microscope, which let biologists see cells as these tools reveal features.',
		explanation:
			'The introduction recalls that the microscope let biologists see cells, and casts interpretability tools in the same part: they make features, which the paper hypothesizes are the model’s basic units of computation, visible. A magnifying glass is the episode’s looser version of the same image.',
		sources: {
			evidence: [
				{
					section: '1',
					text: 'The development of the microscope allowed scientists to see cells for the first time'
				},
				{
					section: '1',
					text: 'Just as cells form the building blocks of biological systems, we hypothesize that features form the basic units of computation inside models'
				}
			],
			transcript: {
				section: 'key-concepts-1',
				text: 'It’s like they’re taking a magnifying glass to the model’s thought processes.'
			},
			paper: ['1']
		}
	},
	{
		id: 'attribution-graphs-card-stepping-stone',
		topic: 'attribution-graphs',
		kind: 'concept',
		difficulty: 'recall',
		front: 'How do the authors see the future of their own method?',
		back: 'As "a stepping stone": transcoders are likely not the long-term abstraction.',
		explanation:
			'The discussion is modest about the method’s permanence and its readiness for safety audits. It stresses that interpretability is "ultimately a human project", so interfaces matter too.',
		sources: {
			evidence: [
				{ section: '15.2', text: 'Overall, we see our present method as a stepping stone' },
				{
					section: '15.2',
					text: 'we expect that cross-layer transcoders are not the best long-term abstraction for understanding models'
				}
			],
			paper: ['15.2', '15']
		}
	},
	{
		id: 'attribution-graphs-card-error-dominates',
		topic: 'attribution-graphs',
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'An output in your graph is driven mainly by an error node. What does the graph tell you about that step?',
		back: 'Little: that step is computation the transcoder did not capture, so the graph cannot say what happened there.',
		explanation:
			'Error nodes exist so the replacement matches the original, not to explain anything, and what feeds them cannot easily be traced. The paper calls a graph dominated by them, as for prompts about obscure entities, uninformative, and admits that even its showcase graphs lean on them in places.',
		sources: {
			evidence: [
				{
					section: '14.1',
					text: 'In these cases, the graph will be dominated by error nodes, and thus uninformative'
				},
				{
					section: '14.1',
					text: 'However, even the graphs we have highlighted contain significant contributions from error nodes'
				}
			],
			paper: ['14.1', '2', '14']
		}
	},
	{
		id: 'attribution-graphs-card-absent-edge',
		topic: 'attribution-graphs',
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'The graph shows no path that would make the model refuse. Does that explain why it did not refuse?',
		back: 'Not reliably: "why does the model not do X?" questions, inactive features and inhibitory circuits are known blind spots.',
		explanation:
			'Graphs show what was active and contributed; an absent behaviour often depends on features that stayed off or were inhibited. The paper lists both as limits of the method.',
		sources: {
			evidence: [
				{
					section: '14.1',
					text: 'This is because by default, our methods do not highlight inactive features and the reasons for their inactivity'
				}
			],
			paper: ['14.1', '14']
		}
	},
	{
		id: 'attribution-graphs-card-why-not-neurons',
		topic: 'attribution-graphs',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'Why build a replacement model instead of reading the neurons directly?',
		back: 'Neurons are polysemantic (thought to arise partly from superposition); transcoder features are sparse and often interpretable.',
		explanation:
			'A neuron that responds to many unrelated things cannot anchor a readable explanation. Replacing the MLP neurons with features gives nodes that can be labelled and traced.',
		sources: {
			evidence: [
				{
					section: '2',
					text: 'One reason models are difficult to interpret is that their neurons are typically polysemantic'
				},
				{
					section: '2',
					text: 'which is trained to replace the model’s MLP neurons with features, sparsely active “replacement neurons” that often represent interpretable concepts'
				}
			],
			paper: ['2']
		}
	},
	{
		id: 'attribution-graphs-card-hidden-steps',
		topic: 'attribution-graphs',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'What can an attribution graph show that the model’s answer alone cannot?',
		back: 'Intermediate steps the model never writes out, such as Texas features for the Dallas prompt or preeclampsia features in the medical case.',
		explanation:
			'The paper credits the method with revealing intermediate computation. In the medical example the diagnosis is active inside the model though the word never appears in the prompt, and inhibiting it changes the follow-up question.',
		sources: {
			evidence: [
				{
					section: '15.2',
					text: 'sometimes, we can reveal interpretable intermediate computation, including in cases where these steps were not obvious from the model’s inputs and outputs'
				},
				{
					section: '7',
					text: 'We noticed that the model activated a number of features that activate in contexts discussing preeclampsia and its associated symptoms'
				}
			],
			transcript: {
				section: 'key-concepts-2',
				text: 'If it suggests a diagnosis based on certain symptoms, we should know how it arrived at that conclusion.'
			},
			paper: ['15.2', '15', '3', '7']
		}
	},
	{
		id: 'attribution-graphs-card-not-literal',
		topic: 'attribution-graphs',
		kind: 'concept',
		difficulty: 'recall',
		front: 'How literally does the paper want its biology analogy taken?',
		back: 'Not too literally: cells are well-defined units, but what exactly counts as a "feature" is still fuzzy and changes as the tools improve.',
		explanation:
			'The analogy guides the approach: look for the building blocks with a new tool, as the microscope revealed cells. The caveat is about those building blocks themselves. A cell is a clear unit; a feature is whatever the current tools pick out, and that notion is still being worked out.',
		sources: {
			evidence: [
				{
					section: '1',
					text: 'The analogy between features and cells shouldn’t be taken too literally'
				},
				{
					section: '1',
					text: 'Cells are well-defined, whereas our notion of what exactly a “feature” is remains fuzzy'
				}
			],
			paper: ['1']
		}
	},
	{
		id: 'attribution-graphs-card-cross-layer',
		topic: 'attribution-graphs',
		kind: 'concept',
		difficulty: 'mechanism',
		front:
			'What do "long-range connections" in the graphs have to do with the transcoder being cross-layer?',
		back: 'Features can have direct edges to features in any later layer (edges "skip" layers), and cross-layer transcoders make these long-range edges much more prominent.',
		explanation:
			'Skipping edges would exist even with single-layer transcoders, through the residual stream, but the cross-layer design brings them to the fore. In extreme cases a first-layer token feature, like one on "=", acts on the output directly.',
		sources: {
			evidence: [
				{
					section: '13',
					text: 'Features in any given layer may have direct output edges to features in any downstream layer – that is, edges can “skip” layers'
				},
				{
					section: '13',
					text: 'however, using cross-layer transcoders makes long-range edges much more prominent'
				}
			],
			paper: ['13']
		}
	},
	{
		id: 'attribution-graphs-card-constrained-patching',
		topic: 'attribution-graphs',
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'With constrained patching, which intervention effects test the graph, and which do not?',
		back: 'Effects before the intervention layer are guaranteed to match the graph (a trivial check); effects after it can diverge, and effects on the model’s actual output count most.',
		explanation:
			'The patch clamps activations up to the intervention layer, so nothing indirect can show up there. Later features can differ from the graph if it missed mechanisms or drew multi-hop effects that do not exist, while the output is easy to read and free of these artefacts.',
		sources: {
			evidence: [
				{
					section: '2',
					text: 'Thus, effects of perturbations on features prior to the intervention layer are guaranteed to agree with the direct effects predicted by the attribution graph'
				},
				{
					section: '2',
					text: 'In general, we regard the effects of interventions on the model’s actual outputs as the most important source of validation'
				}
			],
			paper: ['2']
		}
	}
];
