import type { Flashcard, Question } from '../schema';

// Questions and cards on what the episode got wrong, and on what it said. The episode's inventions
// appear only as things to catch. The one fact-check per claim is in fact-checks.ts.
export const questions: Question[] = [
	{
		id: 'podcast-vs-paper-method-not-categories',
		type: 'single',
		difficulty: 'mechanism',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'The episode says the authors study the model’s responses to prompts and then categorize the reasoning patterns they see. What do the authors actually do with each prompt they study?',
		options: [
			{
				id: 'a',
				text: 'Sort the model’s answers into reasoning types such as causal or analogical',
				misconception: 'C24'
			},
			{
				id: 'b',
				text: 'Rate the answers with a mix of qualitative judgements and quantitative scores',
				misconception: 'C22'
			},
			{
				id: 'c',
				text: 'Compare the model’s written chain of thought with explanations by human experts'
			},
			{
				id: 'd',
				text: 'Trace internal features and their causal links, then test them by intervening'
			}
		],
		answer: 'd',
		explanation:
			'The paper looks inside the model: for one prompt it builds an attribution graph of features and the causal links between them, then checks that graph by inhibiting, injecting or swapping features in the real model. Sorting answers into reasoning types is the episode’s invention; no such taxonomy appears in the paper.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They analyze the model’s responses to various prompts and then categorize the reasoning patterns they observe.'
			},
			paper: ['2'],
			evidence: [
				{
					section: '2',
					text: 'we produce attribution graphs, a graphical representation of the computational steps the model uses to determine its output for a particular input'
				},
				{
					section: '2',
					text: 'we can perform intervention experiments in the original model, such as inhibiting feature groups and observing their effects on other features and on the model’s output'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-real-case-studies',
		type: 'multi',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'The hosts list "reasoning types" the paper supposedly highlights. Which of these are topics the paper really studies? Select all that apply.',
		options: [
			{
				id: 'a',
				text: 'Moral reasoning',
				misconception: 'C24'
			},
			{
				id: 'b',
				text: 'Planning rhymes in poems'
			},
			{
				id: 'c',
				text: 'Quality versus quantity of training data',
				misconception: 'C30'
			},
			{
				id: 'd',
				text: 'Circuits shared across languages'
			},
			{
				id: 'e',
				text: 'Ownership of AI-generated content',
				misconception: 'C61'
			},
			{
				id: 'f',
				text: 'A jailbreak that spells out a word'
			}
		],
		answers: ['b', 'd', 'f'],
		explanation:
			'Poem planning (§4), multilingual circuits (§5) and the “Babies Outlive Mustard Block” jailbreak (§10) are real case studies. Moral reasoning, data quality and ownership of AI content are things the episode attributed to the paper but that appear nowhere in it.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They highlight several key reasoning types, like causal reasoning, analogy-making, and even moral reasoning.'
			},
			paper: ['1', '4', '5', '10'],
			evidence: [
				{
					section: '1',
					text: 'We discover that the model plans its outputs ahead of time when writing lines of poetry.'
				},
				{
					section: '1',
					text: 'We investigate an attack which works by first tricking the model into starting to give dangerous instructions'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-not-comprehensive-tf',
		type: 'true-false',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'According to the paper, its attribution graphs give a satisfying explanation for most of the prompts the authors tried.',
		answer: false,
		misconception: 'C34',
		explanation:
			'The authors say the graphs give satisfying insight for only about a quarter of the prompts they tried, and that their examples capture only a small fraction of the model’s mechanisms. The episode’s picture of a comprehensive framework turns this candour on its head.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'So they’re really trying to create a comprehensive framework for understanding AI reasoning?'
			},
			paper: ['1.1'],
			evidence: [
				{
					section: '1.1',
					text: 'we’ve found that our attribution graphs provide us with satisfying insight for about a quarter of the prompts we’ve tried'
				},
				{
					section: '1.1',
					text: 'the discoveries we highlight here only capture a small fraction of the mechanisms of the model'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-quarter-typed',
		type: 'typed',
		difficulty: 'recall',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'The episode calls the paper a comprehensive framework. For roughly what share of the prompts they tried do the authors say their graphs give satisfying insight?',
		accepted: [
			'a quarter',
			'about a quarter',
			'one quarter',
			'quarter',
			'25%',
			'25 percent',
			'1/4',
			'one in four',
			'one fourth',
			'25'
		],
		explanation:
			'The paper reports satisfying insight for about a quarter of the prompts tried, and calls its showcased examples success cases and a biased sample. That is the opposite of a comprehensive framework.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'So they’re really trying to create a comprehensive framework for understanding AI reasoning?'
			},
			paper: ['1.1'],
			evidence: [
				{
					section: '1.1',
					text: 'we’ve found that our attribution graphs provide us with satisfying insight for about a quarter of the prompts we’ve tried'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-method-order',
		type: 'ordering',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The episode describes the method as combining qualitative and quantitative analyses. Put the paper’s actual steps in order, from building the tool to testing a hypothesis.',
		items: [
			{
				id: 'a',
				text: 'Train a cross-layer transcoder whose features stand in for the MLP neurons'
			},
			{
				id: 'b',
				text: 'For one prompt, build a local replacement model with error nodes and frozen attention'
			},
			{
				id: 'c',
				text: 'Draw and prune the attribution graph, grouping related features into supernodes'
			},
			{
				id: 'd',
				text: 'Inhibit, inject or swap features in the original model to check the graph'
			}
		],
		explanation:
			'The transcoder (30 million features) comes first and is reused across prompts; each prompt then gets its own local replacement model, from which the attribution graph is drawn and simplified. Because a graph is only a hypothesis, the last step tests it by intervening on the original model.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'they introduce their own approach, which combines qualitative and quantitative analyses'
			},
			paper: ['2'],
			evidence: [
				{
					section: '2',
					text: 'we build a replacement model that approximately reproduces the activations of the original model using more interpretable components'
				},
				{
					section: '2',
					text: 'we can perform intervention experiments in the original model, such as inhibiting feature groups and observing their effects on other features and on the model’s output'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-method-cloze',
		type: 'cloze',
		difficulty: 'recall',
		depth: 3,
		answerableFrom: 'paper',
		prompt: 'Fill in the figures and terms of the method the episode left out.',
		text: 'The paper replaces the model’s MLP neurons with a cross-layer transcoder of {{1}} million features. For each prompt it freezes the original {{2}} patterns and adds {{3}} nodes for whatever the transcoder fails to reconstruct.',
		gaps: [['30', 'thirty'], ['attention'], ['error']],
		explanation:
			'The 30-million-feature transcoder is the core of the method; attention is kept frozen rather than replaced, and error nodes fill the reconstruction gap so the local model matches the original on that prompt. None of this is captured by “qualitative and quantitative analyses”.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'they introduce their own approach, which combines qualitative and quantitative analyses'
			},
			paper: ['2'],
			evidence: [
				{
					section: '2',
					text: 'In this paper, we use a CLT with a total of 30 million features across all layers.'
				},
				{
					section: '2',
					text: 'The resulting model – incorporating error nodes and inheriting the attention patterns from the original model – we call the local replacement model.'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-what-biases-multi',
		type: 'multi',
		difficulty: 'mechanism',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'The episode says the paper discusses biases that skew the model’s reasoning. Which kinds of bias or biased reasoning does the paper actually deal with? Select all that apply.',
		options: [
			{
				id: 'a',
				text: 'Biases in the training data that lead to skewed reasoning',
				misconception: 'C31'
			},
			{
				id: 'b',
				text: 'Reward-model biases trained into a research model on purpose'
			},
			{
				id: 'c',
				text: 'Skewed reasoning caused by low-quality training data'
			},
			{
				id: 'd',
				text: 'Motivated reasoning toward an answer the user hinted at'
			},
			{
				id: 'e',
				text: 'Bias against certain groups of patients in medical diagnoses'
			}
		],
		answers: ['b', 'd'],
		explanation:
			'The hidden-goal study (§12) uses a model deliberately trained to exploit reward-model biases, and the chain-of-thought study (§11) shows the model working backwards from a user’s hinted answer. Social or fairness bias, data quality and patient bias are never analysed in the paper.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'discussing how biases in the training data can lead to skewed reasoning'
			},
			paper: ['12.1', '11'],
			evidence: [
				{
					section: '12.1',
					text: 'The authors designed a fictional universe in which a paper authored by Oxford University researchers uncovered a set of unrelated, quirky biases in LLM RMs'
				},
				{ section: '11', text: 'In the other, it exhibits motivated reasoning' }
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-real-closing-thoughts',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'The hosts say the authors’ final thoughts stress interdisciplinary collaboration. What does the paper’s own outlook actually stress?',
		options: [
			{
				id: 'a',
				text: 'Interdisciplinary collaboration and ongoing dialogue about AI’s role in society',
				misconception: 'C39'
			},
			{
				id: 'b',
				text: 'That better training-data quality is needed to keep reasoning from being skewed',
				misconception: 'C30'
			},
			{
				id: 'c',
				text: 'That AI is a new kind of intelligence we must understand for a positive impact'
			},
			{
				id: 'd',
				text: 'That the method is already ready to audit deployed models for safety'
			}
		],
		answer: 'c',
		explanation:
			'The outlook (§15.4) describes AI as a new kind of intelligence, partly like ours and partly alien, that we must understand well enough to ensure a positive impact. The paper mentions no collaboration across disciplines, and far from claiming audit readiness it cautions against exaggerating its methods.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They emphasize the importance of interdisciplinary collaboration and the need for ongoing dialogue around AI’s role in society.'
			},
			paper: ['15.4'],
			evidence: [
				{
					section: '15.4',
					text: 'Progress in AI is birthing a new kind of intelligence, reminiscent of our own in some ways but entirely alien in others.'
				},
				{
					section: '15.4',
					text: 'as AI models exert increasing influence on how we live and work, we must understand them well enough to ensure their impact is positive'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-texas-typed',
		type: 'typed',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'In the paper’s two-step example, “the capital of the state containing Dallas”, which state does the model represent internally on its way to the answer?',
		accepted: ['Texas', 'TX'],
		explanation:
			'Dallas features activate Texas features, which combine with “say a capital” features to produce “Austin”. This hop happens silently inside one forward pass. The episode’s image of a chain of thoughts “almost like a conversation you might have with a friend” suggests a dialogue, which is not what the paper describes.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'It builds a chain of thoughts, almost like a conversation you might have with a friend.'
			},
			paper: ['3'],
			evidence: [
				{
					section: '3',
					text: 'Intuitively, this completion requires two steps – first, inferring that the state containing Dallas is Texas, and second, that the capital of Texas is Austin.'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-forward-pass-tf',
		type: 'true-false',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'In the paper’s multi-step reasoning example, the intermediate step happens inside the model’s computation for a single token, without the model writing out any reasoning.',
		answer: true,
		explanation:
			'The paper describes this reasoning as done “in its head”, within one forward pass: Dallas leads to Texas, which with “say a capital” leads to Austin, alongside a direct shortcut. The episode’s “chain of thoughts, almost like a conversation you might have with a friend” suggests something dialogue-like; the paper’s point is that no step is spoken or written out.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'It builds a chain of thoughts, almost like a conversation you might have with a friend.'
			},
			paper: ['1', '3'],
			evidence: [
				{
					section: '1',
					text: 'We present a simple example where the model performs “two-hop” reasoning “in its head” to identify that “the capital of the state containing Dallas” is “Austin.”'
				},
				{
					section: '3',
					text: 'the model performs genuine two-step reasoning internally, which coexists alongside “shortcut” reasoning'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-episode-vs-paper-matching',
		type: 'matching',
		difficulty: 'mechanism',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'Match each thing the episode attributed to the paper with what the paper actually contains.',
		pairs: [
			{
				id: 'a',
				left: 'Biases in training data skewing reasoning',
				right: 'Reward-model biases deliberately trained into a test model (§12)'
			},
			{
				id: 'b',
				left: 'A chain of thoughts like a conversation',
				right: 'Two hops inside one forward pass: Dallas, Texas, Austin (§3)'
			},
			{
				id: 'c',
				left: 'Addition “not just about rote memorization”',
				right: 'A memorized one-digit table plus a rough-size pathway (§6)'
			},
			{
				id: 'd',
				left: 'The model shown assisting in medical diagnoses',
				right: 'A proof of concept on textbook-style cases (§7)'
			},
			{
				id: 'e',
				left: 'A comprehensive framework for AI reasoning',
				right: 'Satisfying insight for about a quarter of prompts (§1.1)'
			}
		],
		explanation:
			'Each episode claim has a real kernel in the paper that it stretches or bends (for addition, only the word “understanding” goes beyond the paper: memorization is part of the mechanism, which “not just” allows). Knowing the kernel (a planted bias, a silent two-hop computation, a memorized table, a textbook proof of concept, a quarter of prompts) is what lets you catch the distortion.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'where the model was shown to assist in medical diagnoses'
			},
			paper: ['12', '3', '6', '7', '1.1'],
			evidence: [
				{
					section: '6',
					text: 'Like many people do, the model has memorized the addition table for one-digit numbers.'
				},
				{
					section: '1.1',
					text: 'we’ve found that our attribution graphs provide us with satisfying insight for about a quarter of the prompts we’ve tried'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-addition-memorized',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The episode says the model’s addition is “not just about rote memorization”. How does the paper describe the role of memorization when the model adds 36 and 59?',
		options: [
			{
				id: 'a',
				text: 'It memorized the one-digit table and pairs it with a rough estimate of the sum'
			},
			{
				id: 'b',
				text: 'It avoids memorized facts and works from a general understanding of numbers'
			},
			{
				id: 'c',
				text: 'It has memorized whole two-digit sums such as 36+59=95 as single facts'
			},
			{
				id: 'd',
				text: 'It carries the one from the ones column, exactly as taught in school'
			}
		],
		answer: 'a',
		explanation:
			'In the paper’s words, “Like many people do, the model has memorized the addition table for one-digit numbers” (here 6+9, giving a last digit of 5), and it runs that lookup in parallel with a pathway estimating the rough size of the sum. Carrying the one is what the model claims when asked, but its circuits do not work that way.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'It’s not just about rote memorization; it’s applying its understanding of numbers in various scenarios.'
			},
			paper: ['6'],
			evidence: [
				{
					section: '6',
					text: 'Like many people do, the model has memorized the addition table for one-digit numbers.'
				},
				{
					section: '6',
					text: 'computing the result at a rough precision in parallel with computing the ones digit of the answer, before recombining these heuristics to get the correct answer'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-addition-cloze',
		type: 'cloze',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The episode says addition is “not just about rote memorization”. Complete what the paper says about the memorized part and about the model’s own account.',
		text: 'For 36+59, the paper says that, like many people, the model has {{1}} the addition table for one-digit numbers. Asked afterwards how it got 95, the model says it {{2}} the one, which is not what its circuits actually do.',
		gaps: [
			['memorized', 'memorised', 'learned', 'learnt'],
			['carried', 'carrying', 'carries', 'carry']
		],
		explanation:
			'The one-digit lookup (“_6 + _9” gives a sum ending in 5) is memorized, which the episode’s “not just” leaves room for; a rough-size pathway runs alongside it. Where the episode goes further than the paper is in calling this “understanding”: asked how it added, the model describes the school method of carrying, which its circuits do not use, so it lacks insight into how it really computes.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'It’s not just about rote memorization'
			},
			paper: ['6'],
			evidence: [
				{
					section: '6',
					text: 'Like many people do, the model has memorized the addition table for one-digit numbers.'
				},
				{
					section: '6',
					text: 'This is a simple instance of the model having a capability which it does not have “metacognitive” insight into.'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-harmful-bias-tf',
		type: 'true-false',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'The paper points out a risk that models learn harmful biases from the data they are trained on.',
		answer: false,
		misconception: 'C54',
		explanation:
			'The paper raises no such risk. The only biases it studies are reward-model biases deliberately trained into a research model to test whether a hidden goal can be found, which is a controlled experiment, not a warning about training data.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'The researchers pointed out that there’s a risk of models learning harmful biases from the data they’re trained on.'
			},
			paper: ['12.1'],
			evidence: [
				{
					section: '12.1',
					text: 'The authors designed a fictional universe in which a paper authored by Oxford University researchers uncovered a set of unrelated, quirky biases in LLM RMs'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-visual-disturbances-tf',
		type: 'true-false',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'In the paper’s medical example, the follow-up question the model most wants to ask is about visual disturbances.',
		answer: true,
		explanation:
			'Given a pregnant patient with right-upper-quadrant pain, headache, high blood pressure and raised liver enzymes, the model suggests asking about visual disturbances, with proteinuria next. The episode is right that it proposes follow-up questions, though the paper presents this as a textbook proof of concept.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'They highlighted how the model can suggest follow-up questions based on symptoms'
			},
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'The model’s most likely completions are “visual disturbances,” and “proteinuria,” two key indicators of preeclampsia.'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-poem-section-content',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'The hosts say the paper hints at the complexities of ownership of AI-generated content. What does the paper’s poetry section actually examine?',
		options: [
			{
				id: 'a',
				text: 'Who holds the rights to poems a model writes after training on existing works',
				misconception: 'C61'
			},
			{
				id: 'b',
				text: 'How training on published poems shapes the style of the model’s verse'
			},
			{
				id: 'c',
				text: 'How the quality of the training poems affects the model’s rhymes',
				misconception: 'C30'
			},
			{
				id: 'd',
				text: 'How the model settles on a rhyme word before it writes the line'
			}
		],
		answer: 'd',
		explanation:
			'The poem study shows the model activating candidate end words such as “rabbit” and “habit” on the newline before a line, then writing toward them. Ownership, copyright and the influence of training poems are never discussed in the paper.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'The paper hints at the complexities of ownership in AI-generated content'
			},
			paper: ['1', '4'],
			evidence: [
				{
					section: '1',
					text: 'Before beginning to write each line, the model identifies potential rhyming words that could appear at the end.'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-rhyme-order',
		type: 'ordering',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The episode says the model can “think several steps ahead”, considering “the structure of the poem as it generates it”. Order the planning steps the paper actually found for “He saw a carrot and had to grab it,”.',
		items: [
			{
				id: 'a',
				text: 'The first line ends on “grab it”'
			},
			{
				id: 'b',
				text: 'On the newline, features for rhymes with “it” become active'
			},
			{
				id: 'c',
				text: 'These activate candidate end words such as “rabbit” and “habit”'
			},
			{
				id: 'd',
				text: 'The plan shapes the middle of the line, helping produce “like”'
			},
			{
				id: 'e',
				text: 'The second line ends on “rabbit”'
			}
		],
		explanation:
			'The plan forms on the newline token before the second line and concerns that line’s end word, which then shapes the words leading up to it. The plan shapes the structure of that line (§4.4), so “structure” is fair if read as the line’s; what the paper shows is planning one line ahead, found in about half the poems examined.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'It shows that the model can think several steps ahead'
			},
			paper: ['4', '15.1'],
			evidence: [
				{
					section: '4',
					text: 'the model often activates features corresponding to candidate end-of-next-line words prior to writing the line'
				},
				{
					section: '15.1',
					text: 'it activates “rabbit” and “habit” features on the new-line token before the line even begins'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-collaboration-closing-tf',
		type: 'true-false',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'paper',
		prompt: 'The paper itself encourages interdisciplinary collaboration.',
		answer: false,
		misconception: 'C66',
		explanation:
			'The episode says this four times, but the paper never calls for interdisciplinary collaboration. Its discussion sums up what was learned about the model and the method, and its outlook urges understanding AI well enough to keep its impact positive.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'And the fact that this research encourages interdisciplinary collaboration makes it feel like we’re all in this together.'
			},
			paper: ['15.2', '15.4'],
			evidence: [
				{
					section: '15.4',
					text: 'as AI models exert increasing influence on how we live and work, we must understand them well enough to ensure their impact is positive'
				},
				{
					section: '15.2',
					text: 'Interpretability is ultimately a human project, and our methods are only useful insofar as they can be understood and trusted by people researching and using AI models.'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-trust-closing',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'In the closing, a host says that seeing how models operate lets us trust them “or not”. What does the paper say interpretability could do to trust in a model’s medical answers?',
		options: [
			{
				id: 'a',
				text: 'Increase it, or decrease it where that is the right call'
			},
			{
				id: 'b',
				text: 'Only increase it, once the model’s reasoning becomes visible'
			},
			{
				id: 'c',
				text: 'Make human experts unnecessary for routine questions'
			},
			{
				id: 'd',
				text: 'Nothing, since the paper never discusses trust at all'
			}
		],
		answer: 'a',
		explanation:
			'The medical section says interpretability could increase trust in a model’s outputs “(or decrease, if appropriate!)”, so the hosts’ “or not” matches the paper. The paper explicitly says its results do not justify trusting medical answers without human experts.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'If we can see how they operate, we can better trust them—or not.'
			},
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'interpretability could increase (or decrease, if appropriate!) trust in the model’s outputs'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-punctuation-closing',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The closing worries about “the potential for misuse”. In the paper’s jailbreak study, which change made the jailbreak work better?',
		options: [
			{
				id: 'a',
				text: 'Asking the model to reason step by step before answering'
			},
			{
				id: 'b',
				text: 'Telling the model not to use any punctuation'
			},
			{
				id: 'c',
				text: 'Writing the hidden word in French instead of English'
			},
			{
				id: 'd',
				text: 'Adding a hint with the answer the user expected'
			}
		],
		answer: 'b',
		explanation:
			'The paper finds that refusal tends to come at the start of a new sentence, where harmful-request and “new sentence” features promote “However”, and telling the model to drop punctuation made the jailbreak more effective, in line with that finding. The original jailbreak prompt, by contrast, told the model not to think step by step.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'The more we learn, the more we realize the potential for misuse.'
			},
			paper: ['10.3'],
			evidence: [
				{
					section: '10.3',
					text: 'simply ask the model not to use punctuation! Indeed, we find this can make the jailbreak somewhat more effective'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-alien-cloze',
		type: 'cloze',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The hosts close by saying models seem to have “little minds”. Complete the paper’s own, more guarded description from its outlook.',
		text: 'Progress in AI is birthing “a new kind of intelligence, reminiscent of our own in some ways but entirely {{1}} in others”.',
		gaps: [['alien']],
		explanation:
			'The outlook (§15.4) stresses that AI is only partly like us and in other ways entirely alien. The “little minds” image is the hosts’ framing; the paper puts phrases like “in its head” in quotation marks and warns its biology analogy should not be taken too literally.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'almost like they have their own little minds working behind the scenes'
			},
			paper: ['15.4'],
			evidence: [
				{
					section: '15.4',
					text: 'Progress in AI is birthing a new kind of intelligence, reminiscent of our own in some ways but entirely alien in others.'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-lessons-multi-closing',
		type: 'multi',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The closing marvels at the models’ complex behaviours. Which of these does the paper’s discussion actually list among its lessons about the model? Select all that apply.',
		options: [
			{
				id: 'a',
				text: 'Parallel mechanisms are the rule rather than the exception'
			},
			{
				id: 'b',
				text: 'Reasoning sorts into causal, analogical and moral reasoning types',
				misconception: 'C24'
			},
			{
				id: 'c',
				text: 'The model forms plans, for instance for rhymes'
			},
			{
				id: 'd',
				text: 'Training-data quality matters as much as its quantity',
				misconception: 'C30'
			},
			{
				id: 'e',
				text: 'The mechanisms are overwhelmingly complex'
			},
			{
				id: 'f',
				text: 'Interdisciplinary collaboration is what matters most',
				misconception: 'C39'
			}
		],
		answers: ['a', 'c', 'e'],
		explanation:
			'The discussion’s lessons include parallel mechanisms and modularity, plan formation, and overwhelming complexity, alongside abstraction, working backward from goals and uncertain metacognition. Reasoning types, data quality and interdisciplinary collaboration are the episode’s additions.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'It’s fascinating how these models can exhibit such complex behaviors, right?'
			},
			paper: ['15.1'],
			evidence: [
				{
					section: '15.1',
					text: 'This phenomenon of parallel mechanisms is the rule, not the exception'
				},
				{
					section: '15.1',
					text: 'The most consistent finding of our investigations is the massive complexity underlying the model’s responses even in relatively simple contexts.'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-closing-verdicts-matching',
		type: 'matching',
		difficulty: 'transfer',
		depth: 1,
		answerableFrom: 'paper',
		prompt: 'Match each remark from the episode’s closing with how it stands against the paper.',
		pairs: [
			{
				id: 'a',
				left: 'Seeing how models work lets us trust them, or not',
				right: 'Supported: trust could rise or fall (§7)'
			},
			{
				id: 'b',
				left: 'This research encourages interdisciplinary collaboration',
				right: 'Not in the paper at all'
			},
			{
				id: 'c',
				left: 'Models seem to have their own little minds',
				right: 'Hosts’ opinion; the paper calls AI partly alien'
			},
			{
				id: 'd',
				left: 'Models plan what they will write',
				right: 'Supported: rhyme words picked before the line (§4)'
			}
		],
		explanation:
			'Only two of the closing claims are backed by the paper: trust that can go either way (§7) and planning, seen when the model picks a rhyme word before writing the line (§4). The “little minds” line is the hosts’ framing, and the collaboration theme is invented.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'the way they plan and reason is almost like they have their own little minds working behind the scenes'
			},
			paper: ['7', '4', '15.4'],
			evidence: [
				{
					section: '7',
					text: 'interpretability could increase (or decrease, if appropriate!) trust in the model’s outputs'
				},
				{
					section: '15.4',
					text: 'Progress in AI is birthing a new kind of intelligence, reminiscent of our own in some ways but entirely alien in others.'
				}
			]
		},
		topic: 'podcast-vs-paper'
	}
];

export const flashcards: Flashcard[] = [
	{
		id: 'podcast-vs-paper-card-c23',
		kind: 'contrast',
		claim: 'C23',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		front:
			'Episode: the authors study the model’s answers to prompts and sort its reasoning into patterns.',
		back: '§2: they trace internal features and their causal links on single prompts and test them by intervening; the results are separate case studies, not categories.',
		explanation:
			'Looking only at outputs is exactly what the paper tries to go beyond: it opens the model and maps which internal features drive which. Its findings come as individual case studies, each checked with interventions.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They analyze the model’s responses to various prompts and then categorize the reasoning patterns they observe.'
			},
			paper: ['2'],
			evidence: [
				{
					section: '2',
					text: 'we produce attribution graphs, a graphical representation of the computational steps the model uses to determine its output for a particular input'
				},
				{
					section: '2',
					text: 'we can perform intervention experiments in the original model, such as inhibiting feature groups and observing their effects on other features and on the model’s output'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c24',
		kind: 'contrast',
		claim: 'C24',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		front: 'Episode: the paper highlights causal reasoning, analogy-making and moral reasoning.',
		back: 'Not in the paper (§1 gives the real topics): two-step recall, poems, languages, addition, medicine, hallucinations, refusals, a jailbreak, chain of thought, a hidden goal.',
		explanation:
			'There is no taxonomy of reasoning types in the paper, and moral reasoning is never studied. The real case studies each trace one concrete behaviour on specific prompts.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They highlight several key reasoning types, like causal reasoning, analogy-making, and even moral reasoning.'
			},
			paper: ['1', '1.1'],
			evidence: [
				{
					section: '1.1',
					text: 'We focus this paper on selected case studies that illuminate noteworthy mechanisms within a particular model.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c25',
		kind: 'contrast',
		claim: 'C25',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		front:
			'Episode: the paper finds the model gives ethically aware answers without feelings or beliefs.',
		back: 'Not in the paper. Nearest (§9): harmful-request features drive refusals, e.g. declining an ad for mixing bleach and ammonia.',
		explanation:
			'The paper makes no claim about ethics, feelings or beliefs. Refusal is the closest topic, and there it describes a traced chain of features, not moral understanding.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They found that the model can generate responses that reflect ethical considerations, even if it doesn’t have feelings or beliefs.'
			},
			paper: ['9'],
			evidence: [
				{
					section: '9',
					text: 'When asked, Claude denies the request because mixing bleach and ammonia creates chloramine, a toxic gas'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c28',
		kind: 'contrast',
		claim: 'C28',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		front: 'Episode: linking ideas is what lets the model write poems and coherent stories.',
		back: '§4: poems rely on a specific plan, with rhyme candidates like “rabbit” active on the newline before the line. Stories are not studied.',
		explanation:
			'The paper explains poetry with a concrete planning mechanism rather than a general ability to link ideas. It makes no claim about stories at all.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'they found that this ability to link ideas is what allows the model to perform tasks like writing poetry or generating coherent stories'
			},
			paper: ['4'],
			evidence: [
				{
					section: '4',
					text: 'the model often activates features corresponding to candidate end-of-next-line words prior to writing the line'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c30',
		kind: 'contrast',
		claim: 'C30',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		front: 'Episode: the authors stress that training-data quality matters as much as quantity.',
		back: 'Not in the paper. Training data only comes up technically, e.g. a dictionary trained on pretraining data alone had very few refusal features (§9).',
		explanation:
			'Data quality versus quantity is never discussed. Remember it as one of the episode’s inventions rather than a lesson of the paper.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'The authors stress that the quality of the training data matters just as much as the quantity.'
			},
			paper: ['9', '9.2'],
			evidence: [
				{
					section: '9.2',
					text: 'Moreover, we found that the dictionaries trained with only pretraining data had very few refusal features.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c31',
		kind: 'contrast',
		claim: 'C31',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		front: 'Episode: the paper discusses how biased training data skews reasoning.',
		back: '§12: reward-model biases deliberately trained into a research model; §11: “motivated reasoning” toward a user’s hint. No social or fairness bias.',
		explanation:
			'The word “bias” in the paper refers to a controlled experiment and to reasoning that bends toward a hinted answer. The episode recasts these as the familiar worry about biased data, which the paper does not address.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'discussing how biases in the training data can lead to skewed reasoning'
			},
			paper: ['12.1', '11'],
			evidence: [
				{
					section: '12.1',
					text: 'The authors designed a fictional universe in which a paper authored by Oxford University researchers uncovered a set of unrelated, quirky biases in LLM RMs'
				},
				{ section: '11', text: 'In the other, it exhibits motivated reasoning' }
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c32',
		kind: 'contrast',
		claim: 'C32',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		front: 'Episode: the authors urge sturdier methods to measure and mitigate bias.',
		back: 'Not in the paper. Its wish list (§14) is about interpretability: attention, error nodes, feature splitting; §15.2 warns against overstating readiness for safety audits.',
		explanation:
			'The improvements the paper asks for concern its own tools, not bias. Bias mitigation is not a topic anywhere in it.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'the authors urge for more robust methods to evaluate and mitigate these biases'
			},
			paper: ['14', '15.2'],
			evidence: [
				{
					section: '15.2',
					text: 'we caution against exaggerating our methods’ readiness for this purpose'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c33',
		kind: 'contrast',
		claim: 'C33',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		front: 'Episode: the authors propose qualitative-plus-quantitative methods to assess bias.',
		back: '§2: the one method is circuit tracing, attribution graphs tested by interventions, used to find mechanisms, not to assess bias.',
		explanation:
			'There is a single methodology in the paper and it explains how the model computes specific outputs. Nothing in it evaluates bias.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'the authors propose some methodologies for doing just that, combining qualitative assessments with quantitative measures'
			},
			paper: ['2'],
			evidence: [
				{
					section: '2',
					text: 'we produce attribution graphs, a graphical representation of the computational steps the model uses to determine its output for a particular input'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c34',
		kind: 'contrast',
		claim: 'C34',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		front: 'Episode: the paper builds a comprehensive framework for understanding AI reasoning.',
		back: '§1.1 and §14: satisfying insight for about a quarter of prompts, a small fraction of mechanisms, attention unexplained; §15.2 calls the method “a stepping stone”.',
		explanation:
			'The paper is unusually frank about how partial its method is. Calling it comprehensive reverses one of its main messages.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'So they’re really trying to create a comprehensive framework for understanding AI reasoning?'
			},
			paper: ['1.1', '14', '15.2'],
			evidence: [
				{
					section: '1.1',
					text: 'we’ve found that our attribution graphs provide us with satisfying insight for about a quarter of the prompts we’ve tried'
				},
				{ section: '15.2', text: 'Overall, we see our present method as a stepping stone.' }
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c36',
		kind: 'contrast',
		claim: 'C36',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		front:
			'Episode: the authors want ethicists, linguists and computer scientists to join forces on these problems.',
		back: 'Not in the paper. Nearest (§15.2): “Interpretability is ultimately a human project”, about interfaces researchers can understand.',
		explanation:
			'No call for collaboration across disciplines appears anywhere. The “human project” line is about making the tools usable by researchers.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'they’re also calling for collaboration across disciplines—bringing together ethicists, linguists, and computer scientists to tackle these challenges'
			},
			paper: ['15.2'],
			evidence: [
				{
					section: '15.2',
					text: 'Interpretability is ultimately a human project, and our methods are only useful insofar as they can be understood and trusted by people researching and using AI models.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c39',
		kind: 'contrast',
		claim: 'C39',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		front:
			'Episode: the authors’ final thoughts stress interdisciplinary collaboration and dialogue on AI in society.',
		back: '§15: the discussion sums up lessons (parallel mechanisms, abstraction, planning, overwhelming complexity…), and §15.4 ends on AI as “a new kind of intelligence” we must understand.',
		explanation:
			'The real ending is about what the model taught the authors and what the method can and cannot do. Collaboration and societal dialogue are the hosts’ additions.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They emphasize the importance of interdisciplinary collaboration and the need for ongoing dialogue around AI’s role in society.'
			},
			paper: ['15', '15.1', '15.4'],
			evidence: [
				{
					section: '15.1',
					text: 'The most consistent finding of our investigations is the massive complexity underlying the model’s responses even in relatively simple contexts.'
				},
				{
					section: '15.4',
					text: 'Progress in AI is birthing a new kind of intelligence, reminiscent of our own in some ways but entirely alien in others.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c54',
		kind: 'contrast',
		claim: 'C54',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		front:
			'Episode: the researchers warn that models learn harmful biases from their training data.',
		back: 'Not in the paper. Nearest (§12): a research model deliberately trained to exploit reward-model biases, used to hunt for a hidden goal.',
		explanation:
			'The paper never warns about biased training data. Its one bias-related study is a controlled experiment on finding a planted hidden goal.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'The researchers pointed out that there’s a risk of models learning harmful biases from the data they’re trained on.'
			},
			paper: ['12.1'],
			evidence: [
				{
					section: '12.1',
					text: 'The authors designed a fictional universe in which a paper authored by Oxford University researchers uncovered a set of unrelated, quirky biases in LLM RMs'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c57',
		kind: 'contrast',
		claim: 'C57',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		front:
			'Episode: “the interdisciplinary collaboration they mentioned” is where researchers, ethicists and engineers come in to write guidelines.',
		back: 'Not in the paper: it mentions no interdisciplinary collaboration. The call for guidelines is the host’s own view. Nearest (§15.2): interpretability as “a human project”, about interfaces.',
		explanation:
			'Only the collaboration is attributed to the paper (“they mentioned”), and there is nothing to refer back to. The guidelines are the host’s own suggestion, a view the paper neither makes nor opposes.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'That’s where the interdisciplinary collaboration they mentioned comes into play. Researchers, ethicists, and engineers need to work together to create guidelines for responsible AI development.'
			},
			paper: ['15.2'],
			evidence: [
				{
					section: '15.2',
					text: 'Interpretability is ultimately a human project, and our methods are only useful insofar as they can be understood and trusted by people researching and using AI models.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c61',
		kind: 'contrast',
		claim: 'C61',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		front: 'Episode: the paper hints at who owns AI-generated content trained on existing works.',
		back: 'Not in the paper: no ownership, authorship, copyright or IP. The poem study (§4) is only about how a rhyme is planned.',
		explanation:
			'Ownership of AI content is entirely the hosts’ topic. The paper’s poetry material concerns the internal planning of one rhyming line.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'The paper hints at the complexities of ownership in AI-generated content, especially when the model has been trained on vast datasets that include existing works.'
			},
			paper: ['4'],
			evidence: [
				{
					section: '4',
					text: 'the model often activates features corresponding to candidate end-of-next-line words prior to writing the line'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c22',
		kind: 'contrast',
		claim: 'C22',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		front: 'Episode: the approach combines qualitative and quantitative analyses.',
		back: '§2: a cross-layer transcoder with 30 million features, a local replacement model per prompt, attribution graphs with hand-made supernodes, and interventions on the real model.',
		explanation:
			'The episode’s description is too vague to recognize the method. The named components are what make circuit tracing work and what its limits come from.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'they introduce their own approach, which combines qualitative and quantitative analyses'
			},
			paper: ['2'],
			evidence: [
				{
					section: '2',
					text: 'In this paper, we use a CLT with a total of 30 million features across all layers.'
				},
				{
					section: '2',
					text: 'The resulting model – incorporating error nodes and inheriting the attention patterns from the original model – we call the local replacement model.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c27',
		kind: 'contrast',
		claim: 'C27',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		front:
			'Episode: to reason in several steps, the model builds up a chain of thoughts, as in a chat with a friend.',
		back: '§3: two hops inside one forward pass (Dallas to Texas, plus “say a capital”, gives Austin), next to a direct shortcut; nothing is written out.',
		explanation:
			'The paper’s point is that the intermediate step happens silently inside the model. A written chain of thought is a different thing and, as §11 shows, can be unfaithful.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'So, the model doesn’t just pull from a single memory or response. It builds a chain of thoughts, almost like a conversation you might have with a friend.'
			},
			paper: ['3', '11'],
			evidence: [
				{
					section: '3',
					text: 'Intuitively, this completion requires two steps – first, inferring that the state containing Dallas is Texas, and second, that the capital of Texas is Austin.'
				},
				{
					section: '3',
					text: 'the model performs genuine two-step reasoning internally, which coexists alongside “shortcut” reasoning'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c29',
		kind: 'contrast',
		claim: 'C29',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		front:
			'Episode: the paper says reasoning comes from the vast datasets the model is trained on.',
		back: 'Not in the paper. §1: simple training algorithms yield complex mechanisms; §9: finetuning links pretraining harm concepts into general harmful-request features.',
		explanation:
			'The paper never credits reasoning to dataset size. Its few remarks about training concern how mechanisms arise, not how much data was used.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They explain that this level of reasoning and understanding comes from the vast datasets the model is trained on.'
			},
			paper: ['1', '9'],
			evidence: [
				{
					section: '1',
					text: 'while language models are generated by simple, human-designed training algorithms, the mechanisms born of these algorithms appear to be quite complex'
				},
				{
					section: '1',
					text: 'We find evidence that the model constructs a general-purpose “harmful requests” feature during finetuning, aggregated from features representing specific harmful requests learned during pretraining.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c46',
		kind: 'contrast',
		claim: 'C46',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		front:
			'Episode: addition is “not just about rote memorization”; the model applies “its understanding of numbers”.',
		back: '§6: “like many people do”, it has memorized the one-digit addition table, used alongside a rough-size pathway, so “not just” memorization is fair. “Understanding” is not: its own carry-the-one account is wrong.',
		explanation:
			'Memorization is part of the mechanism, which the episode’s “not just” allows. The more striking finding, which the episode skips, is that the model cannot correctly report how it adds.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'It’s not just about rote memorization; it’s applying its understanding of numbers in various scenarios.'
			},
			paper: ['6'],
			evidence: [
				{
					section: '6',
					text: 'Like many people do, the model has memorized the addition table for one-digit numbers.'
				},
				{
					section: '6',
					text: 'This is a simple instance of the model having a capability which it does not have “metacognitive” insight into.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c50',
		kind: 'contrast',
		claim: 'C50',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		front: 'Episode: the model was shown to assist in medical diagnoses.',
		back: '§7: a proof of concept on textbook cases; the model internally represents preeclampsia to pick a follow-up question. Not grounds to trust it without human experts.',
		explanation:
			'The paper shows internal diagnostic reasoning on a few constructed prompts, not clinical assistance. It explicitly warns against trusting the model’s medical answers without expert involvement.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'especially in sensitive areas like healthcare, where the model was shown to assist in medical diagnoses'
			},
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'We present it as a proof of concept illustration that models can use interpretable internal steps in medical contexts.'
				},
				{
					section: '7',
					text: 'it should not be taken to indicate that interpretability tools are advanced enough to trust models’ responses to medical questions without human expert involvement'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c56',
		kind: 'contrast',
		claim: 'C56',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		front: 'Episode: developers must keep training data as unbiased as possible.',
		back: 'Not in the paper. On training it only hypothesizes (§9) that finetuning turns pretraining harm concepts into general harmful-request features.',
		explanation:
			'Responsibility for unbiased data is the hosts’ point, not the authors’. The paper’s training remarks are about how refusal features form.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'it also means there’s a lot of responsibility on developers to ensure that the training data is as unbiased as possible'
			},
			paper: ['1', '9'],
			evidence: [
				{
					section: '1',
					text: 'We find evidence that the model constructs a general-purpose “harmful requests” feature during finetuning, aggregated from features representing specific harmful requests learned during pretraining.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c66',
		kind: 'contrast',
		claim: 'C66',
		difficulty: 'recall',
		front: 'Episode (closing): this research encourages interdisciplinary collaboration.',
		back: 'Not in the paper, though the episode brings it up four times. Nearest (§15.2): “Interpretability is ultimately a human project”, about interfaces.',
		explanation:
			'The collaboration theme is the episode’s most repeated invention. The paper’s “human project” line is about building interfaces that researchers can understand.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'the fact that this research encourages interdisciplinary collaboration'
			},
			paper: ['15.2'],
			evidence: [
				{
					section: '15.2',
					text: 'Interpretability is ultimately a human project, and our methods are only useful insofar as they can be understood and trusted by people researching and using AI models.'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-card-trust-both-ways',
		kind: 'concept',
		difficulty: 'recall',
		front:
			'What does the paper say interpretability could do to trust in a model’s medical answers?',
		back: 'Raise it, or lower it where appropriate (§7).',
		explanation:
			'The medical section says interpretability could increase trust “(or decrease, if appropriate!)”, which the hosts’ closing “or not” gets right. It also says its results do not justify trusting medical answers without human experts.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'we can better trust them—or not'
			},
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'interpretability could increase (or decrease, if appropriate!) trust in the model’s outputs'
				},
				{
					section: '7',
					text: 'it should not be taken to indicate that interpretability tools are advanced enough to trust models’ responses to medical questions without human expert involvement'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-card-no-punctuation',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'Which prompt change made the “Babies Outlive Mustard Block” jailbreak more effective?',
		back: 'Telling the model not to use punctuation (§10).',
		explanation:
			'The paper finds that the model tends to refuse at the start of a new sentence, where “new sentence” features help promote “However”. Telling it to avoid punctuation made the jailbreak more effective, a concrete case of the misuse potential the hosts mention.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'the potential for misuse'
			},
			paper: ['10'],
			evidence: [
				{
					section: '10.3',
					text: 'simply ask the model not to use punctuation! Indeed, we find this can make the jailbreak somewhat more effective'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-card-quarter-of-prompts',
		kind: 'concept',
		difficulty: 'recall',
		front:
			'The closing promises "insights into AI’s thought processes". Which figure from the paper tempers that promise?',
		back: 'Attribution graphs gave satisfying insight for only about a quarter of the prompts the authors tried (§1.1).',
		explanation:
			'The hosts speak of getting insights into AI’s thought processes, but the authors say their method works well on only about a quarter of the prompts they tried. The examples they showcase are success cases, a sample they call biased.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'you get insights into AI’s thought processes'
			},
			paper: ['1.1'],
			evidence: [
				{
					section: '1.1',
					text: 'we’ve found that our attribution graphs provide us with satisfying insight for about a quarter of the prompts we’ve tried'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-card-positive-impact',
		kind: 'concept',
		difficulty: 'recall',
		front:
			'What does the paper’s outlook (§15.4) say we must do as AI gains influence over how we live and work?',
		back: 'Understand the models well enough to ensure their impact is positive.',
		explanation:
			'This is the paper’s closing appeal, and it is about understanding models, not about collaboration or guidelines. The hosts’ “used for good” is close in spirit to it.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'ensuring they’re used for good'
			},
			paper: ['15.4'],
			evidence: [
				{
					section: '15.4',
					text: 'as AI models exert increasing influence on how we live and work, we must understand them well enough to ensure their impact is positive'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-card-half-of-poems',
		kind: 'concept',
		difficulty: 'recall',
		front:
			'The closing says models "plan and reason". Which poem-study figure keeps the planning claim in proportion?',
		back: 'Planned-word features turned up in only about half of the poems the authors examined (§4).',
		explanation:
			'Planning is real but not universal: planned-word features showed up in about half the poems investigated. The hosts’ closing talk of how models “plan and reason” should carry that qualifier.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'the way they plan and reason'
			},
			paper: ['4'],
			evidence: [
				{
					section: '4',
					text: 'We found planned word features in about half of the poems we investigated'
				}
			]
		},
		topic: 'podcast-vs-paper'
	}
];
